//! Flow tests of the main screen's search: what a query finds, where the
//! cursor lands, archived ideas and their way back, the loader.

mod common;
use common::*;
use sprout::tui::msg::{ChangeMsg, Handover, Msg, QueryMsg, Reply};

/// The fixed ideas with #2 and #4 archived.
fn with_archived() -> Vec<sprout::domain::Idea> {
    let mut ideas = ideas();
    ideas[1].archived = true;
    ideas[3].archived = true;
    ideas
}

fn sorted(mut ids: Vec<u64>) -> Vec<u64> {
    ids.sort_unstable();
    ids
}

#[test]
fn archived_ideas_are_found_after_the_empty_query_was_searched() {
    // The empty query, searched first, hid archived ideas: is:archived must
    // not be narrowed to what it counted.
    let (_d, store) = store_with(with_archived());
    let mut app = app(&store, (120, 36));
    assert_eq!(sorted(shown_ids(&app)), [1, 3, 5, 6]);
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, "is:archived");
    assert_eq!(sorted(shown_ids(&app)), [2, 4]);
    // Growing a fuzzy term into a query that asks for archived ideas too.
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::ClearQuery),
            Msg::Query(QueryMsg::EditQuery),
        ],
    );
    type_text(&mut app, &store, "раб");
    assert!(shown_ids(&app).is_empty(), "only archived #2 has it");
    type_text(&mut app, &store, " is:archived");
    assert_eq!(shown_ids(&app), [2]);
}

#[test]
fn x_restores_archived_ideas_and_undo_archives_them_again() {
    let (_d, store) = store_with(with_archived());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, "is:archived");
    send(&mut app, &store, [Msg::Query(QueryMsg::AcceptQuery)]);
    let first = app.selected_id().unwrap();
    send(&mut app, &store, [Msg::Change(ChangeMsg::Archive)]);
    assert!(!store.idea(first).unwrap().unwrap().archived, "restored");
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .starts_with("restored for #"),
        "{:?}",
        app.message
    );
    assert!(!shown_ids(&app).contains(&first), "no longer archived");
    send(&mut app, &store, [Msg::Change(ChangeMsg::Undo)]);
    assert!(
        store.idea(first).unwrap().unwrap().archived,
        "undo archives"
    );
    assert_eq!(sorted(shown_ids(&app)), [2, 4]);
    // Marked archived ideas come back together, as one step of undo.
    send(
        &mut app,
        &store,
        [
            Msg::Change(ChangeMsg::MarkAll),
            Msg::Change(ChangeMsg::Archive),
        ],
    );
    for id in [2, 4] {
        assert!(!store.idea(id).unwrap().unwrap().archived);
    }
    assert!(shown_ids(&app).is_empty());
    send(&mut app, &store, [Msg::Change(ChangeMsg::Undo)]);
    for id in [2, 4] {
        assert!(store.idea(id).unwrap().unwrap().archived);
    }
    // An idea that is not archived is archived, as before.
    send(&mut app, &store, [Msg::Query(QueryMsg::ClearQuery)]);
    let plain = app.selected_id().unwrap();
    send(&mut app, &store, [Msg::Change(ChangeMsg::Archive)]);
    assert!(store.idea(plain).unwrap().unwrap().archived);
}

#[test]
fn the_cursor_is_on_the_top_row_once_everything_has_loaded() {
    // #1 and #2 changed last, so they sort first, but the first page
    // (the newest ids) does not hold them.
    let mut ideas = ideas();
    for (n, idea) in ideas.iter_mut().enumerate().take(2) {
        idea.updated = sprout::domain::Timestamp(NOW.0 - n as i64);
    }
    let (_d, store) = store_with(ideas);
    let mut app = sprout::tui::app::App::new(store.newest_rows(3).unwrap(), NOW, (120, 36));
    app.loading = true;
    let first = sprout::tui::update::start(&mut app);
    sprout::tui::carry_out(&mut app, &store, first, &mut no_editor);
    assert_eq!(app.list.selected, 0);
    let whole = sprout::query::Catalog::new(store.rows().unwrap());
    send(
        &mut app,
        &store,
        [Msg::Reply(Reply::Loaded(Handover::new(whole)))],
    );
    assert_eq!(shown_ids(&app)[..2], [1, 2]);
    assert_eq!((app.list.selected, app.list.offset), (0, 0));
    assert_eq!(app.selected_id(), Some(1));
    assert_eq!(app.detail.idea.as_ref().map(|d| d.id), Some(1));
}
