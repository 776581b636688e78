//! The status line tells the truth: where the keys go, the order the
//! list is really in, and how much of the database is loaded.

mod common;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::tui::app::App;
use sprout::tui::msg::{Effect, Handover, ListMsg, Msg, QueryMsg, Reply, ScreenMsg, TriageMsg};

fn status(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    let screen = t.backend().to_string();
    screen.lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_status_line_names_the_screen_the_keys_go_to() {
    let (_d, store) = store_with(ideas());
    for (msgs, place) in [
        (vec![], "focus: list"),
        (
            vec![Msg::List(ListMsg::Open)],
            "focus: detail (full screen)",
        ),
        (vec![Msg::Triage(TriageMsg::StartTriage)], "focus: triage"),
        (
            vec![Msg::Screen(ScreenMsg::ToggleStats)],
            "focus: statistics",
        ),
        (vec![Msg::List(ListMsg::FocusPrev)], "focus: filters"),
        (vec![Msg::Query(QueryMsg::EditQuery)], "focus: query"),
    ] {
        let mut app = app(&store, (120, 36));
        send(&mut app, &store, msgs);
        let line = status(&app);
        assert!(line.contains(place), "{place}: {line}");
    }
}

#[test]
fn the_status_line_says_a_query_with_words_is_ranked_by_match() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    assert!(status(&app).contains("sort: updated ·"), "{}", status(&app));
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, "water");
    let line = status(&app);
    assert!(line.contains("sort: best match, then updated"), "{line}");
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::ClearQuery),
            Msg::Query(QueryMsg::EditQuery),
        ],
    );
    type_text(&mut app, &store, "stage:new");
    let line = status(&app);
    assert!(
        line.contains("sort: updated ·"),
        "filters keep the sort: {line}"
    );
    send(
        &mut app,
        &store,
        [
            Msg::Query(QueryMsg::AcceptQuery),
            Msg::Triage(TriageMsg::StartTriage),
        ],
    );
    assert!(status(&app).contains("sort: oldest first"));
}

#[test]
fn while_the_first_page_shows_the_counts_say_the_rest_is_loading() {
    let (_d, store) = store_with(ideas());
    let mut app = App::new(store.newest_rows(2).unwrap(), NOW, (120, 36));
    app.loading = true;
    let first = sprout::tui::update::start(&mut app);
    sprout::tui::carry_out(&mut app, &store, first, &mut no_editor);
    let mut t = Terminal::new(TestBackend::new(120, 36)).unwrap();
    t.draw(|f| sprout::tui::view::render(&app, f)).unwrap();
    let screen = t.backend().to_string();
    assert!(screen.contains("Ideas · 2 of the 2 newest"), "{screen}");
    let line = status(&app);
    assert!(
        line.contains(" 2 of the 2 newest ideas") && line.contains("loading the rest"),
        "{line}"
    );
    assert!(!line.contains(" 2 of 2 ideas"), "{line}");
    // Loaded: the first page's results go with its catalog, and until the
    // search of every idea answers, the screen says so (not "0 of 6",
    // not "No ideas match").
    let whole = sprout::query::Catalog::new(store.rows().unwrap());
    let mut effects =
        sprout::tui::update::update(&mut app, Msg::Reply(Reply::Loaded(Handover::new(whole))));
    // The runtime puts the loaded catalog in place first; the search of it
    // answers later (on the worker), and the screen is drawn meanwhile.
    let install = effects.remove(0);
    assert!(matches!(install, Effect::InstallCatalog(_)), "{install:?}");
    sprout::tui::perform(&mut app, &store, &install, &mut no_editor);
    let mut t = Terminal::new(TestBackend::new(120, 36)).unwrap();
    t.draw(|f| sprout::tui::view::render(&app, f)).unwrap();
    let screen = t.backend().to_string();
    let line = status(&app);
    assert!(line.contains(" searching all 6 ideas"), "{line}");
    assert!(
        !line.contains("0 of 6") && !screen.contains("No ideas match"),
        "{screen}"
    );
    sprout::tui::carry_out(&mut app, &store, effects, &mut no_editor);
    let line = status(&app);
    assert!(
        line.contains(" 6 of 6 ideas") && !line.contains("loading"),
        "{line}"
    );
}
