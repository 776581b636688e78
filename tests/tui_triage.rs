//! Triage's account of itself: the summary at the end of the queue and on
//! leaving early says only true things, and `u` names everything it undid.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::domain::Stage;
use sprout::store::Store;
use sprout::tui::app::{App, Dialog};

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

fn stage(store: &Store, id: u64) -> Stage {
    store.idea(id).unwrap().unwrap().stage
}

on_both_engines!(the_end_of_the_queue_does_not_call_an_inbox_with_skipped_ideas_empty);
fn the_end_of_the_queue_does_not_call_an_inbox_with_skipped_ideas_empty(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 't');
    // Queue #2, #3, #5: decide one, skip one, decide one.
    key(&mut a, &store, 'r');
    key(&mut a, &store, ' ');
    key(&mut a, &store, '6');
    key(&mut a, &store, 'i');
    assert!(a.screen.triage().unwrap().done());
    let text = screen(&a);
    assert!(!text.contains("inbox is empty"), "{text}");
    assert!(text.contains("End of the queue."), "{text}");
    assert!(
        text.contains("Triaged 2 of 3 new ideas this session."),
        "{text}"
    );
    assert!(text.contains("1 skipped, still new."), "{text}");
    assert_eq!(
        stage(&store, 3),
        Stage::New,
        "the skipped idea is new indeed"
    );
    // Going back and deciding the skipped one empties the queue for real.
    key(&mut a, &store, 'u');
    key(&mut a, &store, 'u');
    assert_eq!(a.screen.triage().unwrap().current(), Some(3));
    key(&mut a, &store, 'd');
    key(&mut a, &store, 'p');
    let text = screen(&a);
    assert!(
        text.contains("Every new idea of the queue is triaged."),
        "{text}"
    );
    assert!(text.contains("Triaged 3 of 3"), "{text}");
    assert!(!text.contains("skipped"), "{text}");
}

on_both_engines!(leaving_triage_early_shows_what_was_done_and_what_is_left);
fn leaving_triage_early_shows_what_was_done_and_what_is_left(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 't');
    key(&mut a, &store, '4');
    key(&mut a, &store, 'r');
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(a.screen.triage().is_none(), "Esc left triage");
    let lines = match a.overlays.dialog() {
        Some(Dialog::Summary { lines, .. }) => lines.clone(),
        other => panic!("no summary after leaving: {other:?}"),
    };
    let text = lines.join("\n");
    assert!(text.contains("Triage left at idea 2 of 3."), "{text}");
    assert!(
        text.contains("Triaged 1 of 3 new ideas this session."),
        "{text}"
    );
    assert!(text.contains("By sector: Employment 1"), "{text}");
    assert!(text.contains("By stage:  review 1"), "{text}");
    assert!(text.contains("2 not reached yet, still new."), "{text}");
    let shown = screen(&a);
    assert!(shown.contains("Triage: left before the end"), "{shown}");
    assert!(shown.contains("Triaged 1 of 3"), "{shown}");
    // Any key closes it and the list is back.
    key(&mut a, &store, 'j');
    assert!(a.overlays.dialog().is_none());
    // Leaving before doing anything has nothing to say.
    key(&mut a, &store, 't');
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(a.overlays.dialog().is_none() && a.screen.triage().is_none());
}

on_both_engines!(going_back_names_every_change_it_undid);
fn going_back_names_every_change_it_undid(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 't');
    // On #2 (employment): a sector, a note, then a stage (which moves on).
    key(&mut a, &store, '5');
    key(&mut a, &store, 'a');
    type_text(&mut a, &store, "Strong team");
    press(&mut a, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    key(&mut a, &store, 'r');
    assert_eq!(a.screen.triage().unwrap().current(), Some(3));
    let before = store.idea(2).unwrap().unwrap();
    assert_eq!(before.notes.len(), 1);
    key(&mut a, &store, 'u');
    assert_eq!(
        a.message.as_deref(),
        Some("undone: sector → Ecology, note added, stage → review for #2")
    );
    let after = store.idea(2).unwrap().unwrap();
    assert_eq!(after.stage, Stage::New);
    assert!(after.notes.is_empty());
    assert_eq!(after.sector, ideas()[1].sector, "the sector is back too");
    // One redo step brings all three back.
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut a, &store, 'j');
    press(&mut a, &store, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(store.idea(2).unwrap().unwrap(), before);
}

on_both_engines!(at_50x16_every_triage_key_shows_and_the_idea_scrolls_to_its_end);
fn at_50x16_every_triage_key_shows_and_the_idea_scrolls_to_its_end(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (50, 16));
    key(&mut a, &store, 't');
    let text = screen(&a);
    for word in [
        "1 health",
        "0 unclassified",
        "r review",
        "d declined",
        "Space skip",
        "Esc leave",
    ] {
        assert!(text.contains(word), "'{word}' is missing:\n{text}");
    }
    assert!(text.contains(" of "), "the idea says it scrolls:\n{text}");
    assert!(text.contains("j/k scroll"), "{text}");
    let summary_end = {
        let id = a.screen.triage().unwrap().current().unwrap();
        let summary = store.idea(id).unwrap().unwrap().summary;
        summary.split_whitespace().last().unwrap().to_string()
    };
    assert!(!text.contains(&summary_end), "{text}");
    for _ in 0..100 {
        key(&mut a, &store, 'j');
    }
    let text = screen(&a);
    assert!(text.contains(&summary_end), "scrolled to the end:\n{text}");
    // Scrolling past the end stops there: one k shows an earlier line.
    key(&mut a, &store, 'k');
    assert_ne!(
        screen(&a),
        text,
        "k moves at once after scrolling past the end"
    );
}

on_both_engines!(help_and_a_note_stack_over_triage_and_closing_them_gives_triage_its_keys_back);
fn help_and_a_note_stack_over_triage_and_closing_them_gives_triage_its_keys_back(engine: Engine) {
    use sprout::tui::keymap::Context;
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 't');
    let first = a.screen.triage().unwrap().current();
    assert_eq!(sprout::tui::contexts(&a), vec![Context::Triage]);
    key(&mut a, &store, '?');
    assert_eq!(sprout::tui::contexts(&a), vec![Context::Help]);
    assert!(screen(&a).contains("Keys ("), "help is drawn over triage");
    // Space pages help; it does not skip the idea under it.
    key(&mut a, &store, ' ');
    assert_eq!(a.screen.triage().unwrap().current(), first);
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(sprout::tui::contexts(&a), vec![Context::Triage]);
    assert!(screen(&a).contains("Triage ·"), "{}", screen(&a));
    // A note is asked inside triage; Esc cancels it, not the session.
    key(&mut a, &store, 'a');
    assert_eq!(sprout::tui::contexts(&a), vec![Context::Prompt]);
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(a.overlays.is_empty());
    assert_eq!(a.screen.triage().unwrap().current(), first);
    assert_eq!(sprout::tui::contexts(&a), vec![Context::Triage]);
}
