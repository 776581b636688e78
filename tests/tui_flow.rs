//! Flow tests: an app on a temporary store, driven by messages, checked by
//! its state (navigation, query edits, facet toggles, sorting, focus,
//! resize, mouse).

mod common;
use common::*;
use sprout::domain::Sector;
use sprout::query::SortKey;
use sprout::tui::app::Focus;
use sprout::tui::msg::{ChangeMsg, ListMsg, Msg, QueryMsg, Reply, ScreenMsg, Step};
use sprout::tui::sidebar::SidebarItem;

on_both_engines!(starts_with_every_idea_newest_first_and_the_detail_loaded);
fn starts_with_every_idea_newest_first_and_the_detail_loaded(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let app = app(&store, (120, 36));
    assert_eq!(app.hits.len(), 6);
    assert_eq!(selected_title(&app), "Social taxi for wheelchair users");
    assert_eq!(app.detail.idea.as_ref().map(|d| d.id), Some(6));
    assert_eq!(app.focus, Focus::List);
}

on_both_engines!(moving_clamps_and_loads_the_detail);
fn moving_clamps_and_loads_the_detail(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Move(Step::Down)),
            Msg::List(ListMsg::Move(Step::Down)),
        ],
    );
    assert_eq!(app.list.selected, 2);
    assert_eq!(
        app.detail.idea.as_ref().map(|d| d.id),
        app.selected_row().map(|r| r.id)
    );
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Bottom))]);
    assert_eq!(app.list.selected, 5);
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Move(Step::Down)),
            Msg::List(ListMsg::Move(Step::PageDown)),
        ],
    );
    assert_eq!(app.list.selected, 5, "clamped at the end");
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::HalfUp))]);
    assert!(app.list.selected < 5);
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Move(Step::Top)),
            Msg::List(ListMsg::Move(Step::Up)),
        ],
    );
    assert_eq!(app.list.selected, 0);
}

on_both_engines!(typing_a_query_filters_live_and_bad_terms_keep_the_last_results);
fn typing_a_query_filters_live_and_bad_terms_keep_the_last_results(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    assert!(app.query.editing);
    type_text(&mut app, &store, "wat");
    assert_eq!(shown_ids(&app), [1], "live results after each key");
    send(&mut app, &store, [Msg::Query(QueryMsg::ClearQuery)]);
    assert_eq!(app.hits.len(), 6);
    assert!(!app.query.editing);
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, "ПОИСК");
    assert_eq!(shown_ids(&app), [2], "Cyrillic folds");
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::ClearQuery),
            Msg::Query(QueryMsg::EditQuery),
        ],
    );
    type_text(&mut app, &store, "sector:emp");
    assert_eq!(shown_ids(&app), [2]);
    type_text(&mut app, &store, "x");
    assert!(
        app.query
            .error
            .as_deref()
            .unwrap()
            .contains("unknown sector 'empx'")
    );
    assert_eq!(shown_ids(&app), [2], "last good results kept");
    send(&mut app, &store, [Msg::Query(QueryMsg::AcceptQuery)]);
    assert!(!app.query.editing);
    assert_eq!(app.query.text(), "sector:empx");
}

on_both_engines!(summary_words_match_below_title_hits);
fn summary_words_match_below_title_hits(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, "borehole");
    assert_eq!(shown_ids(&app), [1]);
}

on_both_engines!(sidebar_and_query_are_one_truth);
fn sidebar_and_query_are_one_truth(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::List(ListMsg::FocusPrev)]);
    assert_eq!(app.focus, Focus::Sidebar);
    // Walk down to Education and tick it.
    let education = app
        .sidebar.items
        .iter()
        .position(|i| matches!(i, SidebarItem::Value { field: "sector", value, .. } if value == "education"))
        .unwrap();
    while app.sidebar.cursor != education {
        send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Down))]);
    }
    send(&mut app, &store, [Msg::List(ListMsg::ToggleFacet)]);
    assert_eq!(app.query.text(), "sector:education");
    assert_eq!(shown_ids(&app), [3]);
    // Typing in the bar ticks the box.
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::ClearQuery),
            Msg::Query(QueryMsg::EditQuery),
        ],
    );
    type_text(&mut app, &store, "sector:eco,edu");
    let ticked: Vec<String> = app
        .sidebar
        .items
        .iter()
        .filter_map(|i| match i {
            SidebarItem::Value {
                value,
                checked: true,
                ..
            } => Some(value.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(ticked, ["education", "ecology"]);
    // Counts for the sector group ignore the sector term.
    let count = |name: &str| {
        app.sidebar.items.iter().find_map(|i| match i {
            SidebarItem::Value {
                field: "sector",
                value,
                count,
                ..
            } if value == name => Some(*count),
            _ => None,
        })
    };
    assert_eq!(count("health"), Some(1));
    assert_eq!(count("education"), Some(1));
    // Unticking from the sidebar edits the text.
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::AcceptQuery),
            Msg::List(ListMsg::FocusPrev),
        ],
    );
    app.sidebar.cursor = education;
    send(&mut app, &store, [Msg::List(ListMsg::ToggleFacet)]);
    assert_eq!(app.query.text(), "sector:eco");
}

on_both_engines!(region_facets_quote_names_with_spaces);
fn region_facets_quote_names_with_spaces(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let perm = app
        .sidebar.items
        .iter()
        .position(|i| matches!(i, SidebarItem::Value { field: "region", value, .. } if value == "Perm Krai"))
        .unwrap();
    app.sidebar.cursor = perm;
    send(&mut app, &store, [Msg::List(ListMsg::ToggleFacet)]);
    assert_eq!(app.query.text(), "region:\"Perm Krai\"");
    assert_eq!(shown_ids(&app).len(), 2);
}

on_both_engines!(sort_cycles_and_fuzzy_queries_stay_best_first);
fn sort_cycles_and_fuzzy_queries_stay_best_first(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(
        &mut app,
        &store,
        [Msg::List(ListMsg::CycleSort), Msg::List(ListMsg::CycleSort)],
    );
    assert_eq!(app.sort, SortKey::Title);
    let first = app.catalog().row(app.hits[0].index()).title().to_string();
    assert_eq!(first, "Clean water points for villages along the Volga");
    assert_eq!(
        selected_title(&app),
        "Social taxi for wheelchair users",
        "selection follows the idea"
    );
    send(
        &mut app,
        &store,
        [Msg::List(ListMsg::CycleSort), Msg::List(ListMsg::CycleSort)],
    );
    assert_eq!(app.sort, SortKey::Stage);
    let first = app.catalog().row(app.hits[0].index()).stage;
    assert_eq!(first, sprout::domain::Stage::New);
    send(&mut app, &store, [Msg::List(ListMsg::CycleSort)]);
    assert_eq!(app.sort, SortKey::Updated);
}

on_both_engines!(focus_cycles_over_the_panes_that_are_shown);
fn focus_cycles_over_the_panes_that_are_shown(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::List(ListMsg::FocusNext)]);
    assert_eq!(app.focus, Focus::Detail);
    send(&mut app, &store, [Msg::List(ListMsg::FocusNext)]);
    assert_eq!(app.focus, Focus::Sidebar);
    send(&mut app, &store, [Msg::List(ListMsg::ToggleSidebar)]);
    assert_eq!(
        app.focus,
        Focus::List,
        "hiding the sidebar moves focus off it"
    );
    send(
        &mut app,
        &store,
        [Msg::List(ListMsg::FocusNext), Msg::List(ListMsg::FocusNext)],
    );
    assert_eq!(app.focus, Focus::List);
    send(&mut app, &store, [Msg::List(ListMsg::FocusNext)]);
    assert_eq!(app.focus, Focus::Detail);
    send(&mut app, &store, [Msg::List(ListMsg::Back)]);
    assert_eq!(app.focus, Focus::List);
    send(&mut app, &store, [Msg::List(ListMsg::Open)]);
    assert!(
        app.screen.is_full_detail(),
        "Enter opens the idea full screen"
    );
    send(&mut app, &store, [Msg::List(ListMsg::Back)]);
    assert!(!app.screen.is_full_detail());
    assert_eq!(app.focus, Focus::List);
}

on_both_engines!(narrow_terminals_show_the_list_and_open_the_detail_full_screen);
fn narrow_terminals_show_the_list_and_open_the_detail_full_screen(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::List(ListMsg::FocusNext)]);
    send(&mut app, &store, [Msg::Screen(ScreenMsg::Resize(50, 20))]);
    assert_eq!(app.focus, Focus::List, "detail is not on screen");
    let areas = app.areas();
    assert!(areas.sidebar.is_none() && areas.detail.is_none());
    send(&mut app, &store, [Msg::List(ListMsg::Open)]);
    assert!(app.screen.is_full_detail());
    send(&mut app, &store, [Msg::List(ListMsg::Back)]);
    assert!(!app.screen.is_full_detail());
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Open),
            Msg::Screen(ScreenMsg::Resize(130, 40)),
        ],
    );
    assert!(app.screen.is_full_detail(), "the idea stays open until Esc");
    assert_eq!(app.areas().detail.map(|d| d.width), Some(130));
    send(&mut app, &store, [Msg::List(ListMsg::Back)]);
    assert!(
        app.areas().detail.is_some_and(|d| d.width < 130),
        "panes again"
    );
}

on_both_engines!(help_opens_scrolls_and_closes);
fn help_opens_scrolls_and_closes(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(
        &mut app,
        &store,
        [
            Msg::Screen(ScreenMsg::ToggleHelp),
            Msg::List(ListMsg::Move(Step::Down)),
        ],
    );
    assert_eq!(app.overlays.help(), Some(1));
    assert_eq!(app.list.selected, 0, "keys go to the help, not the list");
    send(&mut app, &store, [Msg::Screen(ScreenMsg::ToggleHelp)]);
    assert_eq!(app.overlays.help(), None);
}

on_both_engines!(mouse_selects_rows_ticks_facets_and_scrolls);
fn mouse_selects_rows_ticks_facets_and_scrolls(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let rows = app.areas().list_rows();
    send(
        &mut app,
        &store,
        [Msg::List(ListMsg::Click(rows.x + 5, rows.y + 3))],
    );
    assert_eq!(app.list.selected, 3);
    send(&mut app, &store, [Msg::List(ListMsg::Scroll(-3))]);
    assert_eq!(app.list.selected, 0);
    let side = app.areas().sidebar_rows().unwrap();
    // Views (a header and five) come first, then the Sector header and Health.
    send(
        &mut app,
        &store,
        [Msg::List(ListMsg::Click(side.x + 2, side.y + 7))],
    );
    assert_eq!(app.query.text(), "sector:health");
    assert_eq!(app.focus, Focus::Sidebar);
    send(&mut app, &store, [Msg::List(ListMsg::Click(0, 35))]);
    assert_eq!(
        app.query.text(),
        "sector:health",
        "a click on the status line does nothing"
    );
}

on_both_engines!(quitting_sets_the_flag);
fn quitting_sets_the_flag(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::Screen(ScreenMsg::Quit)]);
    assert!(app.quit);
}

on_both_engines!(an_empty_database_starts_cleanly);
fn an_empty_database_starts_cleanly(engine: Engine) {
    let (_d, store) = store_on(engine, vec![]);
    let mut app = app(&store, (80, 24));
    assert!(app.hits.is_empty());
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Move(Step::Down)),
            Msg::List(ListMsg::Open),
            Msg::List(ListMsg::Move(Step::Bottom)),
            Msg::List(ListMsg::FocusPrev),
            Msg::List(ListMsg::ToggleFacet),
        ],
    );
    assert!(app.detail.idea.is_none());
    assert_eq!(Sector::Health.key(), '1');
}

on_both_engines!(the_ui_starts_on_the_newest_page_and_takes_the_rest_when_loaded);
fn the_ui_starts_on_the_newest_page_and_takes_the_rest_when_loaded(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = sprout::tui::app::App::new(store.newest_rows(2).unwrap(), NOW, (120, 36));
    app.loading = true;
    let first = sprout::tui::update::start(&mut app);
    sprout::tui::carry_out(&mut app, &store, first, &mut no_editor);
    assert_eq!(shown_ids(&app).len(), 2, "the first page");
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Down))]);
    let chosen = app.selected_id();
    send(
        &mut app,
        &store,
        [Msg::Change(ChangeMsg::SetSector(
            sprout::domain::Sector::Other,
        ))],
    );
    assert!(app.message.as_deref().unwrap().contains("still loading"));
    assert_ne!(
        store.idea(chosen.unwrap()).unwrap().unwrap().sector,
        sprout::domain::Sector::Other
    );
    let whole = sprout::query::Catalog::new(store.rows().unwrap());
    send(
        &mut app,
        &store,
        [Msg::Reply(Reply::Loaded(sprout::tui::msg::Handover::new(
            whole,
        )))],
    );
    assert!(!app.loading);
    assert_eq!(shown_ids(&app).len(), 6, "everything, once loaded");
    assert_eq!(
        app.selected_id(),
        chosen,
        "the selection stays on the same idea"
    );
}

#[test]
fn alt_and_a_key_is_read_as_esc_then_the_key() {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let split = sprout::tui::split_alt(Event::Key(KeyEvent::new(
        KeyCode::Char('q'),
        KeyModifiers::ALT,
    )));
    assert_eq!(
        split,
        [
            Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
            Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE))
        ]
    );
    let plain = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
    assert_eq!(sprout::tui::split_alt(plain.clone()), [plain]);
}

on_both_engines!(a_new_query_starts_at_its_best_match_and_other_searches_keep_the_selection);
fn a_new_query_starts_at_its_best_match_and_other_searches_keep_the_selection(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    assert_eq!(selected_title(&app), "Social taxi for wheelchair users");
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, "wr");
    let ids = shown_ids(&app);
    // The idea selected before matches, but is not the best match: as in
    // fzf, the list starts at the best one.
    assert!(ids.contains(&6) && ids[0] != 6, "{ids:?}");
    assert_eq!((app.list.selected, app.list.offset), (0, 0));
    // A search for another reason (here the sort) keeps the selection.
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::AcceptQuery),
            Msg::List(ListMsg::Move(Step::Down)),
        ],
    );
    let kept = selected_title(&app);
    send(&mut app, &store, [Msg::List(ListMsg::CycleSort)]);
    assert_eq!(selected_title(&app), kept);
}
