//! The query bar edits as readline and fzf do, through the real keys; `/`
//! starts a new term after a space; a term glued onto a text filter's
//! value gets a hint.

mod common;
use common::*;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::tui::app::App;

fn ctrl(app: &mut App, store: &sprout::store::Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::CONTROL);
}

/// Alt and a letter, as the runtime hands it on.
fn alt(app: &mut App, store: &sprout::store::Store, c: char) {
    let event = Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
    for ev in sprout::tui::events_for(app, event) {
        if let Some(msg) = sprout::tui::message_for(app, ev) {
            sprout::tui::dispatch(app, store, msg, &mut no_editor);
        }
    }
}

fn status(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    let screen = t.backend().to_string();
    screen.lines().last().unwrap_or_default().to_string()
}

/// The query bar's text with `|` at the cursor.
fn bar(app: &App) -> String {
    let mut chars: Vec<char> = app.query.text().chars().collect();
    chars.insert(app.query.cursor().min(chars.len()), '|');
    chars.into_iter().collect()
}

#[test]
fn readline_keys_edit_the_query_and_search_again() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    type_text(&mut app, &store, "/");
    type_text(&mut app, &store, "water region:perm");
    assert!(shown_ids(&app).is_empty());
    ctrl(&mut app, &store, 'w');
    assert_eq!(bar(&app), "water |");
    assert_eq!(shown_ids(&app), [1], "searched again");
    type_text(&mut app, &store, "sector:eco");
    alt(&mut app, &store, 'b');
    assert_eq!(
        bar(&app),
        "water sector:|eco",
        "Alt-b is a word back, not Esc and b"
    );
    assert!(app.query.editing);
    alt(&mut app, &store, 'b');
    alt(&mut app, &store, 'b');
    assert_eq!(bar(&app), "|water sector:eco");
    alt(&mut app, &store, 'f');
    assert_eq!(bar(&app), "water| sector:eco");
    ctrl(&mut app, &store, 'e');
    assert_eq!(bar(&app), "water sector:eco|");
    ctrl(&mut app, &store, 'a');
    assert_eq!(bar(&app), "|water sector:eco");
    alt(&mut app, &store, 'f');
    alt(&mut app, &store, 'f');
    ctrl(&mut app, &store, 'u');
    assert_eq!(bar(&app), "|:eco", "Ctrl-u deletes to the start");
    ctrl(&mut app, &store, 'k');
    assert_eq!(bar(&app), "|");
    assert_eq!(shown_ids(&app).len(), 6);
}

#[test]
fn alt_keys_outside_the_query_bar_are_still_esc_and_the_key() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    let event = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT));
    assert_eq!(sprout::tui::events_for(&app, event).len(), 2);
    alt(&mut app, &store, 'q');
    assert!(app.quit);
}

#[test]
fn slash_on_a_query_starts_a_new_term_after_a_space() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    type_text(&mut app, &store, "/region:perm");
    press(&mut app, &store, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.query.text(), "region:perm");
    type_text(&mut app, &store, "/");
    assert_eq!(bar(&app), "region:perm |");
    type_text(&mut app, &store, "score:>=1");
    assert_eq!(
        app.query.parsed.terms.len(),
        2,
        "two terms, not one glued value"
    );
    press(&mut app, &store, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut app, &store, "/");
    press(&mut app, &store, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        app.query.text(),
        "region:perm score:>=1",
        "Enter keeps the query without the space"
    );
}

#[test]
fn a_term_glued_onto_a_text_filter_gets_a_hint_in_the_status_line() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    type_text(&mut app, &store, "/region:tatarscore:>=4");
    assert!(shown_ids(&app).is_empty());
    let line = status(&app);
    assert!(
        line.contains(
            "⚠ 'tatarscore:>=4' is searched for in region: put a space before score: to make it a term"
        ),
        "{line}"
    );
    ctrl(&mut app, &store, 'w');
    type_text(&mut app, &store, "region:tatar score:>=4");
    assert!(app.query.hint.is_none());
    assert!(!status(&app).contains('⚠'));
}

#[test]
fn the_help_lists_the_query_bar_keys() {
    let (_d, store) = store_with(ideas());
    let app = app(&store, (120, 36));
    let help = app.keymap.help(sprout::tui::keymap::Context::Query);
    for keys in [
        "Ctrl-u",
        "Ctrl-w",
        "Ctrl-a Home",
        "Ctrl-e End",
        "Alt-b",
        "Alt-f",
    ] {
        assert!(help.iter().any(|(k, _)| k == keys), "{keys}: {help:?}");
    }
    let parsed = sprout::tui::keymap::Key::parse("alt-b").unwrap();
    assert_eq!(parsed.label(), "Alt-b");
}
