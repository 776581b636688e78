//! The optimised search must give the same ideas in the same order as a
//! straightforward implementation of SPEC §4, on a few thousand demo ideas
//! and many queries (ASCII, Cyrillic, mixed case, filters, every sort).

use sprout::domain::row::FIELD_SEPARATOR;
use sprout::domain::text::fold;
use sprout::domain::{Row, Timestamp};
use sprout::query::{
    Catalog, Context, Fuzzy, IdSet, Pattern, Query, SortKey, State, Term, TextField, TimeField,
    compare_rows,
};
use sprout::store::Store;

const NOW: Timestamp = Timestamp(1_795_694_400);

/// SPEC §4, plainly: every row, every term, no shortcuts.
fn reference(rows: &[Row], q: &Query, ctx: &Context, sort: SortKey) -> Vec<u64> {
    let fuzzy = Fuzzy::default();
    let hide_archived = !ctx.include_archived && !q.mentions_archived();
    let mut hits: Vec<(u8, i64, &Row)> = Vec::new();
    'rows: for r in rows {
        if hide_archived && r.archived {
            continue;
        }
        let text = r.search_text();
        let (mut tier, mut score) = (0u8, 0i64);
        for t in &q.terms {
            match t {
                Term::Fuzzy(p) => {
                    // The rule itself (one word, the kinds, the title's
                    // weight) is Fuzzy's, tested beside it; this is every
                    // field of every row.
                    let pattern = Pattern::new(p);
                    let best = text
                        .split(FIELD_SEPARATOR)
                        .enumerate()
                        .filter_map(|(i, f)| {
                            if i == 0 {
                                fuzzy.title_score(f, &pattern)
                            } else {
                                fuzzy.score(f, &pattern)
                            }
                        })
                        .max();
                    match best {
                        Some(s) => score += s,
                        None if ctx
                            .summary_hits
                            .get(p)
                            .is_some_and(|ids| ids.contains(&r.id)) =>
                        {
                            tier = 1
                        }
                        None => continue 'rows,
                    }
                }
                other => {
                    if !holds(other, r, &text, ctx) {
                        continue 'rows;
                    }
                }
            }
        }
        hits.push((tier, score, r));
    }
    hits.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then_with(|| compare_rows(a.2, b.2, sort))
    });
    hits.into_iter().map(|(_, _, r)| r.id).collect()
}

fn holds(t: &Term, r: &Row, text: &str, ctx: &Context) -> bool {
    let any = |hay: &str, values: &[String]| values.iter().any(|v| fold(hay).contains(v.as_str()));
    match t {
        Term::Fuzzy(p) | Term::Exact(p) => text.contains(p.as_str()),
        Term::TitlePrefix(p) => text.starts_with(p.as_str()),
        Term::Not(inner) => !holds(inner, r, text, ctx),
        Term::Sector(v) => v.contains(&r.sector),
        Term::Stage(v) => v.contains(&r.stage),
        Term::Org(v) => v.contains(&r.org_kind),
        Term::Barrier(v) => v.iter().any(|b| r.has_barrier(*b)),
        Term::Text(TextField::Title, v) => any(r.title(), v),
        Term::Text(TextField::Region, v) => any(&r.region, v),
        Term::Text(TextField::Tag, v) => r.tags.iter().any(|t| any(t, v)),
        Term::Text(TextField::Assignee, v) => any(&r.assignee, v),
        Term::Text(TextField::Funder, v) => any(&r.funder, v),
        Term::Text(TextField::Proposer, v) => any(r.proposer(), v),
        Term::Unset(TextField::Title) => r.title().is_empty(),
        Term::Unset(TextField::Region) => r.region.is_empty(),
        Term::Unset(TextField::Tag) => r.tags.iter().next().is_none(),
        Term::Unset(TextField::Assignee) => r.assignee.is_empty(),
        Term::AssignedToMe => !ctx.me.is_empty() && fold(&r.assignee) == ctx.me,
        Term::Unset(TextField::Funder) => r.funder.is_empty(),
        Term::Unset(TextField::Proposer) => r.proposer().is_empty(),
        Term::Time(TimeField::Created, w) => w.holds(r.created, ctx.now),
        Term::Time(TimeField::Updated, w) => w.holds(r.updated, ctx.now),
        // The panel's combined score where there are reviews, else the
        // quick score, in tenths.
        Term::Score(c) => {
            let tenths = match r.reviews.combined() {
                Some(m) => (f64::from(m) / 100.0).round() as u64,
                None => r.score.map_or(u64::MAX, |s| u64::from(s) * 10),
            };
            tenths != u64::MAX && c.holds(tenths)
        }
        Term::Reviews(c) => c.holds(r.reviews.count() as u64),
        Term::Reviewer(v) => r.reviews.visible().iter().any(|m| any(&m.by, v)),
        Term::ReviewedByMe => r.reviews.marks().iter().any(|m| fold(&m.by) == ctx.me),
        Term::Is(State::Contested) => r.reviews.contested(),
        Term::Amount(c) => r.amount().is_some_and(|a| c.holds(a)),
        Term::Id(id) => r.id == *id,
        Term::Is(State::Archived) => r.archived,
        Term::Is(State::Marked) => ctx.marked.contains(&r.id),
        Term::Is(State::Stale) => r.is_stale(ctx.now),
        Term::Is(State::Duplicate) => ctx.duplicates.contains(&r.id),
        Term::Similar(of) => ctx.similar.get(of).is_some_and(|s| s.contains_key(&r.id)),
        Term::Panel(names) => names
            .iter()
            .any(|n| ctx.panel.get(n).is_some_and(|s| s.contains(&r.id))),
        Term::Reason(words) => ctx.decided.matches(r.id, words),
        Term::Unreasoned => ctx.decided.reason_of(r.id).is_none(),
    }
}

const QUERIES: &[&str] = &[
    "",
    "w",
    "wa",
    "wat",
    "water",
    "WATER",
    "Water points",
    "clean water",
    "vi",
    "vil",
    "villages",
    "вод",
    "ПОИСК",
    "Поиск работы",
    "молодеж",
    "молодёжь",
    "ё",
    "пекарня",
    "такси",
    "sector:edu",
    "stage:new,review water",
    "!water",
    "!sector:health care",
    "'social",
    "'Social taxi",
    "^clean",
    "^школа",
    "region:perm",
    "region:\"Perm Krai\",kazan",
    "tag:youth",
    "score:>=3",
    "amount:<500k",
    "is:stale",
    "is:archived",
    "org:nonprofit barrier:fund",
    "funder:future",
    "assignee:anna",
    "proposer:living",
    "#42",
    "mentor",
    "libr",
    "e",
    "z",
    "care elderly",
    "kaz",
    "tatar care",
    "zzzz",
    "1",
    "2026",
    "с",
    "sust",
    "watre",
    "wter",
    "taxi perm",
    "\"clean water\"",
    "\"social taxi\"",
    "mental-health",
    "поикс",
    "sotax",
    "«",
    "assignee:none",
    "assignee:me",
    "!assignee:me stage:review",
    "!assignee:anna",
    "!assignee:none stage:review",
    "tag:none",
    "created:<30d",
    "updated:>7d",
    "created:>=2026-11-01 water",
    "created:2026-10-15",
    "panel:anna",
    "!panel:anna stage:new",
    "panel:anna,boris reviewer:boris",
    "water panel:anna !reviewer:boris",
];

#[test]
fn optimised_search_matches_the_reference() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let mut w = store.begin().unwrap();
    for mut idea in sprout::demo::generate(3000, 11, NOW) {
        idea.id = w.allocate();
        if idea.id % 17 == 0 {
            idea.archived = true;
        }
        w.put(idea, None);
    }
    store.commit(w).unwrap();
    let rows = store.rows().unwrap();
    let catalog = Catalog::new(rows.clone());
    let mut parallel = Catalog::new(rows.clone());
    parallel.set_parallel_from(100);
    let marked: std::collections::HashSet<u64> = [3u64, 5, 8, 13].into_iter().collect();
    let mut checked = 0;
    for q in QUERIES {
        let query = Query::parse(q).unwrap();
        let ids =
            |every: u64| -> IdSet { IdSet::new((1..=3000).filter(|id| id % every == 0).collect()) };
        let ctx = Context {
            summary_hits: sprout::search::summary_hits(&store, &query).unwrap(),
            marked: marked.clone(),
            include_archived: false,
            now: NOW,
            me: "anna".into(),
            // Who reviews what (the caller's, from whole ideas): made up.
            panel: [("anna".to_string(), ids(3))].into_iter().collect(),
            ..Context::default()
        };
        for sort in [
            SortKey::Updated,
            SortKey::Created,
            SortKey::Title,
            SortKey::Score,
            SortKey::Stage,
            SortKey::Id,
        ] {
            let want = reference(&rows, &query, &ctx, sort);
            let got: Vec<u64> = catalog
                .search(&query, &ctx, sort)
                .iter()
                .map(|h| catalog.row(h.index()).id)
                .collect();
            assert_eq!(got, want, "query {q:?} sort {sort:?}");
            let split: Vec<u64> = parallel
                .search(&query, &ctx, sort)
                .iter()
                .map(|h| parallel.row(h.index()).id)
                .collect();
            assert_eq!(split, want, "two threads, query {q:?} sort {sort:?}");
            checked += want.len();
        }
    }
    assert!(
        checked > 50_000,
        "the queries must select real sets, got {checked}"
    );
}
