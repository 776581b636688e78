//! A search with many hits answers early with the count, the facets and
//! the first hits in order, then completes the order (issue 19 point 1):
//! the early answer must agree with the complete one, the complete one with
//! a plain search, and the list must never show or move into the part
//! still being ordered.

mod common;
use common::*;
use sprout::domain::{Idea, Named as _, Row, Timestamp};
use sprout::query::{Catalog, Context, Query, SortKey};
use sprout::search::engine::FIRST_RANKED;
use sprout::search::{Engine, Outcome, Request};
use sprout::store::Store;
use sprout::tui::msg::{ListMsg, Msg, Reply, Step};

/// Ideas whose titles match `water` in every kind of way (the whole word,
/// its start, inside a word, letters left out), so scores differ, with
/// times and stages that repeat, so the sort keys have ties to settle.
fn rows(n: u64) -> Vec<Row> {
    (1..=n)
        .map(|id| {
            let title = match id % 4 {
                0 => format!("water point {}", id % 97),
                1 => format!("waterproof roofs {}", id % 89),
                2 => format!("clean wastewater {}", id % 83),
                _ => format!("winter aid {}", id % 79),
            };
            let mut idea = Idea::new(title, Timestamp((id % 1_000) as i64));
            idea.id = id;
            idea.updated = Timestamp((id * 7 % 5_003) as i64);
            idea.score = Some((id % 5 + 1) as u8);
            idea.stage = sprout::domain::Stage::ALL[id as usize % 3];
            Row::of(&idea)
        })
        .collect()
}

fn request(generation: u64, q: &str, sort: SortKey) -> Request {
    Request {
        generation,
        query: Query::parse(q).unwrap(),
        sort,
        marked: Default::default(),
        now: NOW,
        data_version: 0,
        views: Default::default(),
    }
}

/// The early answer (if one came) and the complete one.
fn answer(
    engine: &mut Engine,
    catalog: &Catalog,
    store: &Store,
    req: &Request,
) -> (Option<Outcome>, Outcome) {
    let mut early = None;
    let complete = engine
        .answer_early(catalog, store, req, None, &mut |o| early = Some(o))
        .unwrap();
    (early, complete)
}

fn sorted(hits: &[sprout::query::Hit]) -> Vec<usize> {
    let mut v: Vec<usize> = hits.iter().map(|h| h.index()).collect();
    v.sort_unstable();
    v
}

#[test]
fn the_early_answer_is_the_first_of_the_complete_order_for_every_sort() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let catalog = Catalog::new(rows(30_000));
    for sort in [
        SortKey::Updated,
        SortKey::Created,
        SortKey::Title,
        SortKey::Score,
        SortKey::Stage,
        SortKey::Id,
    ] {
        for q in ["w", "water", "wtr"] {
            let (early, complete) =
                answer(&mut Engine::new(), &catalog, &store, &request(1, q, sort));
            let early =
                early.unwrap_or_else(|| panic!("{q} {sort:?}: over 20,000 hits answer early"));
            assert_eq!(early.ranked, FIRST_RANKED, "{q} {sort:?}");
            assert_eq!(complete.ranked, complete.hits.len(), "{q} {sort:?}");
            assert!(complete.hits.len() > 20_000, "{q} {sort:?}");
            assert_eq!(
                early.hits[..FIRST_RANKED],
                complete.hits[..FIRST_RANKED],
                "{q} {sort:?}"
            );
            assert_eq!(sorted(&early.hits), sorted(&complete.hits), "{q} {sort:?}");
            assert_eq!(early.facets, complete.facets, "{q} {sort:?}");
            // The complete order is the plain search's.
            let ctx = Context {
                now: NOW,
                ..Context::default()
            };
            let plain = catalog.search(&Query::parse(q).unwrap(), &ctx, sort);
            assert_eq!(*complete.hits, plain, "{q} {sort:?}");
        }
    }
    // Few hits: one answer, in order.
    let (early, complete) = answer(
        &mut Engine::new(),
        &catalog,
        &store,
        &request(2, "water point 7", SortKey::Updated),
    );
    assert!(early.is_none());
    assert_eq!(complete.ranked, complete.hits.len());
    assert!(!complete.hits.is_empty());
}

#[test]
fn a_result_kept_before_its_order_was_finished_is_finished_when_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let catalog = Catalog::new(rows(30_000));
    let mut engine = Engine::new();
    // A newer request comes while the first is being ordered: it gives up
    // after its early answer.
    let newer = std::sync::atomic::AtomicBool::new(false);
    let cancelled = || newer.load(std::sync::atomic::Ordering::Relaxed);
    let mut early = None;
    let gave_up = engine.answer_early(
        &catalog,
        &store,
        &request(1, "w", SortKey::Updated),
        Some(&cancelled),
        &mut |o| {
            early = Some(o);
            newer.store(true, std::sync::atomic::Ordering::Relaxed);
        },
    );
    assert!(gave_up.is_none() && early.is_some());
    // Narrowing from it, and asking for it again, give what a fresh engine
    // gives, in the complete order.
    for q in ["wa", "w"] {
        let (_, kept) = answer(
            &mut engine,
            &catalog,
            &store,
            &request(2, q, SortKey::Updated),
        );
        let (_, fresh) = answer(
            &mut Engine::new(),
            &catalog,
            &store,
            &request(2, q, SortKey::Updated),
        );
        assert_eq!(kept.hits, fresh.hits, "{q}");
        assert_eq!(kept.ranked, kept.hits.len(), "{q}");
    }
}

#[test]
fn the_list_moves_only_among_the_hits_in_order_until_the_rest_is_ordered() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let mut app = sprout::tui::app::App::new(rows(30_000), NOW, (120, 36));
    let mut engine = Engine::new();
    let outcomes = |app: &sprout::tui::app::App, engine: &mut Engine, q: &str| {
        let mut req = app.search_request(app.generation);
        req.query = Query::parse(q).unwrap();
        let (early, complete) = answer(engine, &app.catalog, &store, &req);
        (early.expect("many hits"), complete)
    };
    app.query.parsed = Query::parse("w").unwrap();
    app.generation += 1;
    app.from_top = true;
    let (early, complete) = outcomes(&app, &mut engine, "w");
    send(
        &mut app,
        &store,
        [Msg::Reply(Reply::Results(Box::new(early)))],
    );
    assert_eq!(app.hits.len(), complete.hits.len(), "counted in full");
    assert_eq!(app.listed().len(), FIRST_RANKED, "listed: the ordered part");
    assert!(app.searching, "the status line says the order is coming");
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Bottom))]);
    assert_eq!(
        app.list.selected,
        FIRST_RANKED - 1,
        "no further than ordered"
    );
    let on = app.selected_id();
    send(
        &mut app,
        &store,
        [Msg::Reply(Reply::Results(Box::new(complete)))],
    );
    assert_eq!(app.listed().len(), app.hits.len());
    assert!(!app.searching);
    assert_eq!(app.selected_id(), on, "the selection stays on its idea");
    assert_eq!(app.list.selected, FIRST_RANKED - 1);
    // Further down than the first hits: an early answer of a new search
    // does not hold it, so the list waits for the complete answer.
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Bottom))]);
    let far = app.selected_id().unwrap();
    let far_at = app.list.selected;
    assert!(far_at > FIRST_RANKED);
    let before = app.hits.clone();
    app.generation += 1;
    let mut fresh = Engine::new();
    let (early, complete) = outcomes(&app, &mut fresh, "w");
    send(
        &mut app,
        &store,
        [Msg::Reply(Reply::Results(Box::new(early)))],
    );
    assert_eq!(app.hits, before, "the early answer is not shown");
    assert_eq!(app.selected_id(), Some(far));
    send(
        &mut app,
        &store,
        [Msg::Reply(Reply::Results(Box::new(complete)))],
    );
    assert_eq!((app.selected_id(), app.list.selected), (Some(far), far_at));
}

/// The views are counted after the results are given: at start, and after
/// every change, counting a `panel:` view reads every idea, and the list
/// must not wait for it. The first answer carries the counts last made;
/// the second, the same hits, brings the new ones.
#[test]
fn results_come_before_the_views_are_counted_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let catalog = Catalog::new(rows(500));
    let views = std::sync::Arc::new(sprout::domain::View::defaults());
    let mut engine = Engine::new();
    let mut req = request(1, "water point 7", SortKey::Updated);
    req.views = std::sync::Arc::clone(&views);
    let (early, complete) = answer(&mut engine, &catalog, &store, &req);
    let early = early.expect("uncounted views: the results first");
    assert!(early.view_counts.is_empty(), "nothing was counted before");
    assert_eq!(early.hits, complete.hits);
    assert_eq!(complete.view_counts.len(), views.len());
    // Counted for this data version: one answer.
    req.generation = 2;
    req.query = sprout::query::Query::parse("water").unwrap();
    let (early, again) = answer(&mut engine, &catalog, &store, &req);
    assert!(early.is_none());
    assert_eq!(again.view_counts, complete.view_counts);
    // After a change the counts are made again, the last ones shown first.
    req.generation = 3;
    req.data_version += 1;
    let (early, _) = answer(&mut engine, &catalog, &store, &req);
    assert_eq!(early.expect("recounted").view_counts, complete.view_counts);
}

/// The sidebar shows no view counts until every idea is loaded, so a
/// search made while loading asks for none: counting a view such as `My
/// reviews` (panel:me) reads every idea, and the first frame waited for
/// it. Once loaded, the views are counted again.
#[test]
fn a_search_while_the_ideas_load_asks_no_view_counts() {
    let mut app = sprout::tui::app::App::new(rows(600), NOW, (120, 36));
    app.views = std::sync::Arc::new(sprout::domain::View::defaults());
    app.loading = true;
    assert!(app.search_request(1).views.is_empty());
    app.loading = false;
    assert_eq!(
        app.search_request(2).views.len(),
        sprout::domain::View::defaults().len()
    );
}
