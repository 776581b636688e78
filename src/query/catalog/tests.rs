//! Tests of the catalog: matching, ranking, facets, sorting, highlights.
use super::*;
use crate::domain::{Idea, Sector, Stage, Timestamp};

fn row(id: u64, title: &str, f: impl FnOnce(&mut Idea)) -> Row {
    let mut i = Idea::new(title.into(), Timestamp(id as i64 * 10));
    i.id = id;
    f(&mut i);
    Row::of(&i)
}

fn catalog() -> Catalog {
    Catalog::new(vec![
        row(1, "Clean water for villages", |i| {
            i.region = "Tatarstan".into()
        }),
        row(2, "Поиск работы для молодёжи", |i| {
            i.sector = Sector::Employment;
            i.region = "Пермский край".into();
        }),
        row(3, "Warm homes", |i| {
            i.stage = Stage::Pilot;
            i.score = Some(4);
            i.amount = Some(300_000);
            i.tags.insert("elderly".into());
        }),
        row(4, "Archived water idea", |i| i.archived = true),
    ])
}

fn ids(c: &Catalog, q: &str, ctx: &Context) -> Vec<u64> {
    let q = Query::parse(q).unwrap();
    c.search(&q, ctx, SortKey::Id)
        .iter()
        .map(|h| c.row(h.index()).id)
        .collect()
}

#[test]
fn fuzzy_terms_rank_and_fold_cyrillic() {
    let c = catalog();
    let ctx = Context::default();
    assert_eq!(ids(&c, "water", &ctx), [1]);
    assert_eq!(ids(&c, "ПОИСК", &ctx), [2]);
    assert_eq!(ids(&c, "молодеж", &ctx), [2], "ё matches е");
    assert_eq!(ids(&c, "wtr", &ctx), [1]);
}

#[test]
fn summary_hits_rank_below_field_hits() {
    let c = catalog();
    let mut ctx = Context::default();
    ctx.summary_hits.insert(
        "warm".into(),
        std::sync::Arc::new([2].into_iter().collect()),
    );
    assert_eq!(ids(&c, "warm", &ctx), [3, 2]);
}

#[test]
fn filters_negation_and_archived() {
    let c = catalog();
    let ctx = Context::default();
    assert_eq!(ids(&c, "sector:emp", &ctx), [2]);
    assert_eq!(
        ids(&c, "stage:pilot score:>=4 amount:<500000 tag:eld", &ctx),
        [3]
    );
    assert_eq!(ids(&c, "!water", &ctx), [2, 3]);
    assert_eq!(ids(&c, "is:archived", &ctx), [4]);
    assert_eq!(ids(&c, "region:пермск", &ctx), [2]);
    assert_eq!(ids(&c, "^warm", &ctx), [3]);
    assert_eq!(ids(&c, "'for vil", &ctx), [1]);
    assert_eq!(ids(&c, "", &ctx), [1, 2, 3]);
    let all = Context {
        include_archived: true,
        ..Context::default()
    };
    assert_eq!(ids(&c, "", &all), [1, 2, 3, 4]);
    let marked = Context {
        marked: [3].into_iter().collect(),
        ..Context::default()
    };
    assert_eq!(ids(&c, "is:marked", &marked), [3]);
}

#[test]
fn facets_count_what_the_rest_of_the_query_leaves() {
    let c = catalog();
    let q = Query::parse("sector:employment !warm").unwrap();
    let (hits, f) = c.search_faceted(&q, &Context::default(), SortKey::Id);
    assert_eq!(hits.len(), 1);
    // Sector counts ignore the sector term but keep `!warm`: ideas 1 and 2.
    assert_eq!(f.sectors[Sector::Unclassified.index()], 1);
    assert_eq!(f.sectors[Sector::Employment.index()], 1);
    // Stage counts keep both terms: only idea 2.
    assert_eq!(f.stages.iter().sum::<usize>(), 1);
    assert_eq!(f.regions, [("Пермский край".to_string(), 1)]);
    let (_, all) = c.search_faceted(&Query::default(), &Context::default(), SortKey::Id);
    assert_eq!(all.stages[Stage::New.index()], 2);
    assert_eq!(all.tags, [("elderly".to_string(), 1)]);
}

#[test]
fn sorting_without_fuzzy_terms() {
    let c = catalog();
    let q = Query::default();
    let order = |k| -> Vec<u64> {
        c.search(&q, &Context::default(), k)
            .iter()
            .map(|h| c.row(h.index()).id)
            .collect()
    };
    assert_eq!(order(SortKey::Updated), [3, 2, 1]);
    assert_eq!(order(SortKey::Title), [1, 3, 2]);
    assert_eq!(order(SortKey::Score), [3, 1, 2]);
    assert_eq!(order(SortKey::Stage), [2, 1, 3]);
    assert_eq!(SortKey::Stage.next(), SortKey::Updated);
}

#[test]
fn highlight_positions_stay_in_the_title() {
    let c = catalog();
    let q = Query::parse("вод tatar").unwrap();
    assert!(c.title_positions(0, &q).is_empty());
    let q = Query::parse("clean").unwrap();
    assert_eq!(c.title_positions(0, &q), [0, 1, 2, 3, 4]);
    let q = Query::parse("поиск").unwrap();
    assert_eq!(c.title_positions(1, &q), [0, 1, 2, 3, 4]);
}

#[test]
fn rows_are_found_by_id_in_any_order_and_removed_ones_come_back_in_place() {
    // A first page comes newest first; the catalog puts it in id order.
    let mut c = Catalog::new(vec![
        row(9, "nine", |_| {}),
        row(5, "five", |_| {}),
        row(7, "seven", |_| {}),
    ]);
    let at = |c: &Catalog, id| c.index_of(id).map(|i| c.row(i).id);
    assert_eq!(
        (at(&c, 5), at(&c, 7), at(&c, 9), at(&c, 6)),
        (Some(5), Some(7), Some(9), None)
    );
    // A new idea has a higher id; one below the highest is still found.
    c.upsert(row(12, "twelve", |_| {}));
    c.upsert(row(3000, "three thousand", |_| {}));
    c.upsert(row(6, "six", |_| {}));
    c.upsert(row(13, "thirteen", |_| {}));
    c.upsert(row(1 << 50, "far away", |_| {}));
    for id in [5, 6, 7, 9, 12, 13, 3000, 1 << 50] {
        assert_eq!(at(&c, id), Some(id));
    }
    let seven = c.index_of(7).unwrap();
    c.remove(7);
    assert_eq!(c.index_of(7), None);
    assert_eq!(c.len(), 7);
    c.upsert(row(7, "seven again", |_| {}));
    assert_eq!(c.index_of(7), Some(seven), "back in its place");
    assert_eq!(c.row(seven).title(), "seven again");
    assert_eq!(c.len(), 8);
    // Many ids in order, with gaps, across many runs.
    let mut big = Catalog::new(
        (1..=5000u64)
            .filter(|i| i % 7 != 0)
            .map(|i| row(i, "x", |_| {}))
            .collect(),
    );
    big.upsert(row(9000, "y", |_| {}));
    for id in [1u64, 6, 7, 1023, 1024, 1025, 2048, 4999, 5000, 9000] {
        assert_eq!(
            big.index_of(id).map(|i| big.row(i).id),
            (id % 7 != 0 || id == 9000)
                .then_some(id)
                .filter(|&i| i <= 5000 || i == 9000),
            "{id}"
        );
    }
}

#[test]
fn shared_names_match_and_follow_a_changed_row() {
    let mut c = catalog();
    c.upsert(row(5, "Bees", |i| {
        i.funder = "Фонд Потанина".into();
        i.tags.insert("urban".into());
        i.tags.insert("honey".into());
    }));
    let ctx = Context::default();
    assert_eq!(ids(&c, "потанин", &ctx), [5], "the funder");
    assert_eq!(ids(&c, "tatrs", &ctx), [1], "the region, fuzzily");
    assert_eq!(ids(&c, "\"honey urban\"", &ctx), [5], "tags as one field");
    assert_eq!(ids(&c, "!elderly", &ctx), [1, 2, 5]);
    // Only the title and the names a row has now count.
    c.upsert(row(5, "Bees", |i| i.region = "Tatarstan".into()));
    assert_eq!(ids(&c, "потанин", &ctx), Vec::<u64>::new());
    assert_eq!(ids(&c, "tatrs", &ctx), [1, 5]);
    let q = Query::parse("honey").unwrap();
    assert!(c.search(&q, &ctx, SortKey::Id).is_empty());
}

/// A review of every criterion of the default rubric at `score`.
fn reviewed_by(by: &str, score: u8) -> crate::domain::Review {
    crate::domain::Review {
        by: by.into(),
        rubric: 1,
        scores: crate::domain::Rubric::default_rubric()
            .criteria
            .iter()
            .map(|c| (c.name.clone(), score))
            .collect(),
        confidence: 2,
        comment: String::new(),
        time: Timestamp(1),
    }
}

/// A changed idea's row (the UI's save, another officer's change) comes
/// in unscored: the catalog's book scores it, and when normalising, a
/// reviewer whose scale moved moves every idea they reviewed.
#[test]
fn a_row_that_comes_in_is_scored_and_a_moved_scale_rescores_all() {
    use crate::domain::panel::PanelSettings;
    use crate::domain::panel_book::ScoreBook;
    let book = |normalise| {
        ScoreBook::new(
            &[],
            PanelSettings {
                normalise,
                ..PanelSettings::default()
            },
            "",
        )
    };
    let rows = || {
        vec![
            row(1, "one", |i| {
                i.reviews = vec![reviewed_by("anna", 2), reviewed_by("boris", 4)]
            }),
            row(2, "two", |i| {
                i.reviews = vec![reviewed_by("anna", 4), reviewed_by("boris", 5)]
            }),
        ]
    };
    let mut c = Catalog::new(rows()).scored_by(book(false));
    let sorted = |c: &Catalog| {
        let q = Query::parse("").unwrap();
        c.search(&q, &Context::default(), SortKey::Score)
            .iter()
            .map(|h| (c.row(h.index()).id, c.row(h.index()).reviews.combined()))
            .collect::<Vec<_>>()
    };
    assert_eq!(sorted(&c), [(2, Some(4500)), (1, Some(3000))]);
    c.upsert(row(3, "three", |i| {
        i.reviews = vec![reviewed_by("boris", 3)]
    }));
    assert_eq!(sorted(&c)[2], (3, Some(3000)), "scored as it came in");
    // Normalised, then anna gives #3 a 5: her scale moves, and so does
    // #2's score, though #2 did not change.
    let mut c = Catalog::new(rows()).scored_by(book(true));
    let score_of = |c: &Catalog, id: u64| c.row(c.index_of(id).unwrap()).reviews.combined();
    let before = score_of(&c, 2);
    assert_ne!(before, Some(4500), "normalised");
    c.upsert(row(3, "three", |i| {
        i.reviews = vec![reviewed_by("anna", 5)]
    }));
    assert_ne!(score_of(&c, 2), before, "#2 scored again");
    // The same again, scored from scratch.
    let mut fresh: Vec<Row> = c.rows().cloned().collect();
    book(true).score_all(&mut fresh);
    assert_eq!(fresh[1].reviews.combined(), score_of(&c, 2));
    assert_eq!(
        c.copied().row(0).reviews.combined(),
        c.row(0).reviews.combined()
    );
}
