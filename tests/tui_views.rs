//! Saved views in the UI, driven through the real key mapping: saving the
//! query, choosing views from the sidebar and with `[` `]`, live counts,
//! renaming and deleting.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::tui::app::Focus;
use sprout::tui::sidebar::SidebarItem;

fn key(app: &mut sprout::tui::app::App, store: &sprout::store::Store, code: KeyCode) {
    press(app, store, code, KeyModifiers::NONE);
}

fn views_in_sidebar(app: &sprout::tui::app::App) -> Vec<(String, Option<usize>, bool)> {
    app.sidebar
        .items
        .iter()
        .filter_map(|i| match i {
            SidebarItem::View {
                name,
                count,
                active,
                ..
            } => Some((name.clone(), *count, *active)),
            _ => None,
        })
        .collect()
}

on_both_engines!(the_sidebar_lists_the_default_views_with_live_counts);
fn the_sidebar_lists_the_default_views_with_live_counts(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let new_ones = ideas()
        .iter()
        .filter(|i| i.stage == sprout::domain::Stage::New)
        .count();
    assert_eq!(
        views_in_sidebar(&app),
        [
            ("Inbox".to_string(), Some(new_ones), false),
            ("In review".to_string(), Some(1), false),
            ("Waiting too long".to_string(), Some(0), false),
            ("My queue".to_string(), Some(0), false),
            ("My reviews".to_string(), Some(0), false),
        ]
    );
    // Triage one new idea to review: the counts follow.
    type_text(&mut app, &store, "/");
    type_text(&mut app, &store, "stage:new");
    key(&mut app, &store, KeyCode::Enter);
    type_text(&mut app, &store, "Sr");
    let counts: Vec<Option<usize>> = views_in_sidebar(&app).iter().map(|v| v.1).collect();
    assert_eq!(
        counts,
        [Some(new_ones - 1), Some(2), Some(0), Some(0), Some(0)]
    );
    assert!(views_in_sidebar(&app)[0].2, "the query is the Inbox view's");
}

on_both_engines!(w_saves_the_query_and_brackets_step_through_views);
fn w_saves_the_query_and_brackets_step_through_views(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    type_text(&mut app, &store, "/");
    type_text(&mut app, &store, "sector:edu");
    key(&mut app, &store, KeyCode::Enter);
    type_text(&mut app, &store, "w");
    assert!(app.overlays.prompt().is_some(), "w asks for a name");
    type_text(&mut app, &store, "Education");
    key(&mut app, &store, KeyCode::Enter);
    assert_eq!(
        app.message.as_deref(),
        Some("saved view 'Education': sector:edu")
    );
    let stored = store.views().unwrap();
    assert_eq!(stored.last().map(|v| v.query.as_str()), Some("sector:edu"));
    let shown = views_in_sidebar(&app);
    assert_eq!(
        shown.last(),
        Some(&("Education".to_string(), Some(1), true))
    );
    // Saving the same query again says which view it is.
    type_text(&mut app, &store, "w");
    assert!(app.overlays.prompt().is_none());
    assert_eq!(
        app.message.as_deref(),
        Some("this query is already the view 'Education'")
    );
    // ] wraps from the last view to the first; [ goes back.
    type_text(&mut app, &store, "]");
    assert_eq!(app.query.text(), "stage:new");
    assert_eq!(shown_ids(&app).len(), views_in_sidebar(&app)[0].1.unwrap());
    type_text(&mut app, &store, "[");
    assert_eq!(app.query.text(), "sector:edu");
}

on_both_engines!(views_are_chosen_renamed_and_deleted_in_the_sidebar);
fn views_are_chosen_renamed_and_deleted_in_the_sidebar(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    key(&mut app, &store, KeyCode::BackTab);
    assert_eq!(app.focus, Focus::Sidebar);
    // The cursor starts on the first view; j moves to the second.
    type_text(&mut app, &store, "j");
    key(&mut app, &store, KeyCode::Enter);
    assert_eq!(app.query.text(), "stage:review");
    assert_eq!(shown_ids(&app).len(), 1);
    type_text(&mut app, &store, "r");
    for _ in 0.."In review".len() {
        key(&mut app, &store, KeyCode::Backspace);
    }
    type_text(&mut app, &store, "Being reviewed");
    key(&mut app, &store, KeyCode::Enter);
    let names: Vec<String> = store.views().unwrap().into_iter().map(|v| v.name).collect();
    assert_eq!(
        names,
        [
            "Inbox",
            "Being reviewed",
            "Waiting too long",
            "My queue",
            "My reviews"
        ]
    );
    type_text(&mut app, &store, "d");
    type_text(&mut app, &store, "n");
    assert_eq!(store.views().unwrap().len(), 5, "n keeps the view");
    type_text(&mut app, &store, "d");
    type_text(&mut app, &store, "y");
    let names: Vec<String> = store.views().unwrap().into_iter().map(|v| v.name).collect();
    assert_eq!(
        names,
        ["Inbox", "Waiting too long", "My queue", "My reviews"]
    );
    assert_eq!(views_in_sidebar(&app).len(), 4);
    assert_eq!(
        app.message.as_deref(),
        Some("deleted view 'Being reviewed'")
    );
}

on_both_engines!(a_click_on_a_view_uses_it);
fn a_click_on_a_view_uses_it(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let side = app.areas().sidebar_rows().unwrap();
    // Row 0 is the Views header; row 1 is Inbox.
    sprout::tui::dispatch(
        &mut app,
        &store,
        sprout::tui::msg::Msg::List(sprout::tui::msg::ListMsg::Click(side.x + 2, side.y + 1)),
        &mut no_editor,
    );
    assert_eq!(app.query.text(), "stage:new");
}

on_both_engines!(w_keeps_the_sort_with_the_view_and_using_the_view_brings_it_back);
fn w_keeps_the_sort_with_the_view_and_using_the_view_brings_it_back(engine: Engine) {
    use sprout::query::SortKey;
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    type_text(&mut app, &store, "/");
    type_text(&mut app, &store, "sector:edu");
    key(&mut app, &store, KeyCode::Enter);
    while app.sort != SortKey::Score {
        type_text(&mut app, &store, "o");
    }
    type_text(&mut app, &store, "w");
    type_text(&mut app, &store, "Edu by score");
    key(&mut app, &store, KeyCode::Enter);
    assert_eq!(
        app.message.as_deref(),
        Some("saved view 'Edu by score': sector:edu, sorted by score")
    );
    let saved = store.views().unwrap().pop().unwrap();
    assert_eq!(saved.sort, Some(SortKey::Score));

    // Another order, then another view that keeps none: the order stays.
    type_text(&mut app, &store, "o");
    assert_eq!(app.sort, SortKey::Stage);
    type_text(&mut app, &store, "[");
    assert_eq!(app.query.text(), "panel:me !reviewer:me");
    assert_eq!(app.sort, SortKey::Stage, "a view without an order keeps it");
    // Back to the saved view: its query and its order.
    type_text(&mut app, &store, "]");
    assert_eq!(app.query.text(), "sector:edu");
    assert_eq!(app.sort, SortKey::Score);

    // The same query in another order is another view, not "already saved".
    type_text(&mut app, &store, "o");
    type_text(&mut app, &store, "w");
    assert!(app.overlays.prompt().is_some(), "{:?}", app.message);
}
