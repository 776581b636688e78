//! How much a query may hold, and what a query over that costs: a clear
//! error from every command, a saved view over it that leaves the UI
//! usable, and a large query that costs what its terms cost.

mod cli_support;
use cli_support::*;
use sprout::domain::View;
use std::time::{Duration, Instant};

/// Longer than any of these takes on the slowest machine: a guard against
/// a hang, not a speed goal (what the work costs is counted, not timed).
const HANG: Duration = Duration::from_secs(60);

/// 33,333 two-letter terms, 100 KB: the query of issue 13.
fn huge() -> String {
    let letters: Vec<char> = ('a'..='z').collect();
    (0..33_333)
        .map(|i| format!("{}{}", letters[i % 26], letters[(i / 26) % 26]))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_command_refuses_a_query_over_the_limit_at_once() {
    let db = Db::new();
    add(&db, "Clean water points", &[]);
    let huge = huge();
    for args in [
        vec!["list", huge.as_str()],
        vec!["stats", huge.as_str()],
        vec!["export", huge.as_str()],
        vec!["views", "save", "Huge", huge.as_str()],
    ] {
        // A hang guard, not a speed goal: the refusal is proved by the
        // error below, which names the limit before any work on the query.
        let t = Instant::now();
        let err = db.fail(&args, 1);
        assert!(t.elapsed() < HANG, "{:?} hung", &args[0]);
        let err = err.trim();
        assert!(err.starts_with("error: ") && !err.contains('\n'), "{err}");
        assert!(
            err.ends_with("the query is 99,998 characters long; at most 1,000 are allowed"),
            "{:?}: {err}",
            &args[0]
        );
    }
    let many = "a ".repeat(150);
    let err = db.fail(&["list", &many], 1);
    assert_eq!(
        err.trim(),
        "error: the query has 150 terms; at most 100 are allowed"
    );
    // Just under both limits is fine.
    let fine = "wat ".repeat(100);
    assert_eq!(db.run(&["list", fine.trim(), "--format", "ids"]), "1\n");
    assert!(db.run(&["views"]).contains("Inbox"), "no view was saved");
    assert!(!db.run(&["views"]).contains("Huge"));
}

#[test]
fn a_saved_view_over_the_limit_does_not_hold_up_the_ui() {
    // As an older sprout or an import might have left it.
    let dir = tempfile::tempdir().unwrap();
    let store = sprout::store::Store::open(&dir.path().join("db")).unwrap();
    let mut w = store.begin().unwrap();
    let mut idea =
        sprout::domain::Idea::new("Clean water points".into(), sprout::domain::Timestamp(0));
    idea.id = w.allocate();
    w.put(idea, None);
    w.save_view(
        None,
        View {
            name: "Huge".into(),
            query: huge(),
            sort: None,
        },
    );
    store.commit(w).unwrap();
    let t = Instant::now();
    let mut app = sprout::tui::app::App::new(
        store.rows().unwrap(),
        sprout::domain::Timestamp(0),
        (120, 36),
    );
    app.views = std::sync::Arc::new(store.views().unwrap());
    let effects = sprout::tui::update::start(&mut app);
    sprout::tui::carry_out(&mut app, &store, effects, &mut |_: &str| {
        Err("no editor".to_string())
    });
    // A hang guard: that the view's query is never run is shown by its
    // missing count below.
    assert!(t.elapsed() < HANG, "start hung: {:?}", t.elapsed());
    let huge_view = app.sidebar.items.iter().find_map(|i| match i {
        sprout::tui::sidebar::SidebarItem::View { name, count, .. } if name == "Huge" => {
            Some(*count)
        }
        _ => None,
    });
    assert_eq!(huge_view, Some(None), "listed, without a count");
    assert_eq!(app.hits.len(), 1, "the list is there");
}

#[test]
fn a_large_query_costs_what_its_terms_cost() {
    use sprout::domain::{Idea, Row, Timestamp};
    use sprout::query::{Catalog, Context, Query, SortKey, Term};
    // Built as the parser would, past its limit, to see that no step of a
    // search grows with the terms times the rows. Every row fails the first
    // term, so each of the others should cost next to nothing; but each
    // one's summary hits are every row, which the old plan marked row by
    // row for every term before looking at any row (30,000 terms at 20,000
    // rows: seconds). Counted in steps (a term tried at a row, a name
    // scored), not timed: one term a row here, where terms times rows would
    // be 600 million.
    let rows: Vec<Row> = (1..=20_000u64)
        .map(|id| {
            let mut i = Idea::new(format!("idea {id} about water"), Timestamp(id as i64));
            i.id = id;
            Row::of(&i)
        })
        .collect();
    let catalog = Catalog::new(rows);
    let terms: Vec<String> = (0..30_000).map(|i| format!("q{i}")).collect();
    let all: sprout::query::IdSet = std::sync::Arc::new((1..=20_000u64).collect());
    let ctx = Context {
        summary_hits: terms.iter().map(|t| (t.clone(), all.clone())).collect(),
        ..Context::default()
    };
    let mut query = Query {
        terms: vec![Term::Id(999_999)],
    };
    query.terms.extend(terms.into_iter().map(Term::Fuzzy));
    assert!(catalog.search(&query, &ctx, SortKey::Id).is_empty());
    let (rows, terms) = (20_000, 30_001);
    let steps = catalog.work_done();
    assert!(steps >= rows, "every row is tried: {steps} steps");
    assert!(
        steps <= 2 * (rows + terms),
        "{steps} steps for {rows} rows and {terms} terms"
    );
}
