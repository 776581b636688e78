//! Flow tests for changing ideas from the UI: quick keys with marks, undo
//! and redo, triage in two keystrokes, notes, assignee, score, archive, the
//! form and the external editor. Every change is checked in the store too.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::domain::{Sector, Stage};
use sprout::store::Store;
use sprout::tui::app::{App, Dialog};
use sprout::tui::dispatch;
use sprout::tui::msg::{FormMsg, Msg};

fn stored(store: &Store, id: u64) -> sprout::domain::Idea {
    store.idea(id).unwrap().unwrap()
}

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

fn selected_id(app: &App) -> u64 {
    app.selected_row().unwrap().id
}

on_both_engines!(a_digit_sets_the_sector_and_s_then_a_letter_the_stage);
fn a_digit_sets_the_sector_and_s_then_a_letter_the_stage(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = selected_id(&app);
    key(&mut app, &store, '2');
    assert_eq!(stored(&store, id).sector, Sector::Education);
    key(&mut app, &store, 'S');
    assert!(app.message.is_none() || !app.message.as_deref().unwrap().contains("stage"));
    key(&mut app, &store, 'p');
    let idea = stored(&store, id);
    assert_eq!(idea.stage, Stage::Pilot);
    let fields: Vec<&str> = idea.history.iter().map(|c| c.field.as_str()).collect();
    assert!(fields.ends_with(&["sector", "stage"]), "{fields:?}");
    // The detail pane shows the new state at once.
    assert_eq!(app.detail.idea.as_ref().unwrap().stage, Stage::Pilot);
}

on_both_engines!(marked_ideas_change_together_and_undo_as_one_step);
fn marked_ideas_change_together_and_undo_as_one_step(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    key(&mut app, &store, ' ');
    key(&mut app, &store, ' ');
    assert_eq!(app.list.marked.len(), 2);
    let marked: Vec<u64> = {
        let mut v: Vec<u64> = app.list.marked.iter().copied().collect();
        v.sort();
        v
    };
    key(&mut app, &store, '5');
    for &id in &marked {
        assert_eq!(stored(&store, id).sector, Sector::Ecology);
    }
    assert!(
        app.message.as_deref().unwrap().contains("2 ideas"),
        "{:?}",
        app.message
    );
    key(&mut app, &store, 'u');
    for &id in &marked {
        assert_ne!(stored(&store, id).sector, Sector::Ecology, "#{id} restored");
        assert!(stored(&store, id).history.iter().all(|c| c.to != "ecology"));
    }
    press(&mut app, &store, KeyCode::Char('r'), KeyModifiers::CONTROL);
    for &id in &marked {
        assert_eq!(stored(&store, id).sector, Sector::Ecology, "#{id} redone");
    }
    key(&mut app, &store, 'V');
    assert_eq!(app.list.marked.len(), 6);
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.list.marked.is_empty());
}

on_both_engines!(triage_takes_two_keys_per_idea_oldest_first);
fn triage_takes_two_keys_per_idea_oldest_first(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    key(&mut app, &store, 't');
    let t = app.screen.triage().unwrap();
    // New ideas, oldest first: #2 (20 days), #3 (12), #5 (5).
    assert_eq!(t.queue, [2, 3, 5]);
    assert_eq!(t.counter(), "1 / 3 new");
    assert_eq!(app.detail.idea.as_ref().unwrap().id, 2);
    key(&mut app, &store, '4');
    key(&mut app, &store, 'r');
    assert_eq!(
        (stored(&store, 2).sector, stored(&store, 2).stage),
        (Sector::Employment, Stage::Review)
    );
    assert_eq!(app.screen.triage().unwrap().counter(), "2 / 3 new");
    assert_eq!(app.detail.idea.as_ref().unwrap().id, 3);
    // The stage key alone works when the sector is right.
    key(&mut app, &store, 'd');
    assert_eq!(stored(&store, 3).stage, Stage::Declined);
    // u goes back one idea and undoes what was done to it.
    key(&mut app, &store, 'u');
    assert_eq!(app.detail.idea.as_ref().unwrap().id, 3);
    assert_eq!(stored(&store, 3).stage, Stage::New);
    key(&mut app, &store, ' ');
    key(&mut app, &store, '6');
    key(&mut app, &store, 'i');
    let t = app.screen.triage().unwrap();
    assert!(t.done());
    let summary = t.summary().join("\n");
    assert!(summary.contains("Triaged 2 of 3 new ideas"), "{summary}");
    assert!(
        summary.contains("Employment 1") && summary.contains("Other 1"),
        "{summary}"
    );
    assert!(
        summary.contains("review 1") && summary.contains("incubation 1"),
        "{summary}"
    );
    assert!(summary.contains("1 skipped, still new"), "{summary}");
    // The first Esc closes the reason menu `i` opened (the stage stays).
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(stored(&store, 5).stage, Stage::Incubation);
    assert!(app.screen.triage().is_some());
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.screen.triage().is_none());
}

on_both_engines!(notes_assignee_and_score_from_keys);
fn notes_assignee_and_score_from_keys(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = selected_id(&app);
    key(&mut app, &store, 'a');
    assert!(app.overlays.prompt().is_some());
    type_text(&mut app, &store, "Called them");
    press(&mut app, &store, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&mut app, &store, "second line");
    press(&mut app, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(app.overlays.prompt().is_none());
    assert_eq!(
        stored(&store, id).notes.last().unwrap().text,
        "Called them\nsecond line"
    );
    key(&mut app, &store, 'A');
    type_text(&mut app, &store, "olga");
    press(&mut app, &store, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(stored(&store, id).assignee, "olga");
    key(&mut app, &store, '*');
    key(&mut app, &store, '5');
    assert_eq!(stored(&store, id).score, Some(5));
    key(&mut app, &store, '*');
    key(&mut app, &store, '0');
    assert_eq!(stored(&store, id).score, None);
    // Esc cancels a prompt and stores nothing.
    key(&mut app, &store, 'a');
    type_text(&mut app, &store, "never mind");
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(stored(&store, id).notes.len(), 1);
}

on_both_engines!(archive_hides_and_undo_brings_back);
fn archive_hides_and_undo_brings_back(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = selected_id(&app);
    key(&mut app, &store, 'x');
    assert!(stored(&store, id).archived);
    assert_eq!(app.hits.len(), 5);
    assert!(!shown_ids(&app).contains(&id));
    key(&mut app, &store, 'u');
    assert!(!stored(&store, id).archived);
    assert_eq!(app.hits.len(), 6);
}

on_both_engines!(the_form_adds_and_edits_with_validation);
fn the_form_adds_and_edits_with_validation(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    key(&mut app, &store, 'n');
    assert!(app.overlays.form().is_some());
    press(&mut app, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let form = app.overlays.form().expect("an empty title blocks saving");
    assert!(form.error("title").unwrap().contains("required"));
    type_text(&mut app, &store, "Repair café");
    // Tab to region (title, summary, proposer, org, region) and complete.
    for _ in 0..4 {
        press(&mut app, &store, KeyCode::Tab, KeyModifiers::NONE);
    }
    type_text(&mut app, &store, "Pe");
    assert_eq!(
        app.overlays.form().unwrap().suggestion().as_deref(),
        Some("rm Krai")
    );
    press(&mut app, &store, KeyCode::Right, KeyModifiers::NONE);
    press(&mut app, &store, KeyCode::Tab, KeyModifiers::NONE);
    // Sector: a choice list; each 'e' goes to the next option starting with e.
    for _ in 0..3 {
        key(&mut app, &store, 'e');
    }
    press(&mut app, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        app.overlays.form().is_none(),
        "{:?}",
        app.overlays.form().map(|f| f.errors.clone())
    );
    let created = store
        .rows()
        .unwrap()
        .into_iter()
        .find(|r| r.title() == "Repair café")
        .unwrap();
    assert_eq!(created.id, 7);
    assert_eq!(created.region, "Perm Krai");
    assert_eq!(created.sector, Sector::Ecology);
    assert_eq!(selected_id(&app), 7, "the new idea is selected");
    // Edit it: change the amount to something invalid, then fix it.
    key(&mut app, &store, 'e');
    for _ in 0..9 {
        press(&mut app, &store, KeyCode::Tab, KeyModifiers::NONE);
    }
    type_text(&mut app, &store, "lots");
    assert!(
        app.overlays.form().unwrap().error("amount").is_some(),
        "shown at the field"
    );
    press(&mut app, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(app.overlays.form().is_some(), "invalid input blocks saving");
    for _ in 0..4 {
        press(&mut app, &store, KeyCode::Backspace, KeyModifiers::NONE);
    }
    type_text(&mut app, &store, "250000");
    press(&mut app, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(stored(&store, 7).amount, Some(250_000));
    // Undo of the creation removes the idea again; its id is not reused.
    key(&mut app, &store, 'u');
    key(&mut app, &store, 'u');
    assert!(store.idea(7).unwrap().is_none());
    assert_eq!(app.hits.len(), 6);
}

on_both_engines!(cancelling_a_changed_form_asks_first);
fn cancelling_a_changed_form_asks_first(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    key(&mut app, &store, 'e');
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(
        app.overlays.form().is_none(),
        "nothing changed: no question"
    );
    key(&mut app, &store, 'e');
    type_text(&mut app, &store, "!");
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.overlays.form().unwrap().confirm_cancel);
    key(&mut app, &store, 'n');
    assert!(
        app.overlays.form().is_some_and(|f| !f.confirm_cancel),
        "kept editing"
    );
    press(&mut app, &store, KeyCode::Esc, KeyModifiers::NONE);
    key(&mut app, &store, 'y');
    assert!(app.overlays.form().is_none());
}

on_both_engines!(the_external_editor_round_trip);
fn the_external_editor_round_trip(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = selected_id(&app);
    let before = stored(&store, id);
    // Unchanged file: nothing stored.
    dispatch(
        &mut app,
        &store,
        Msg::Form(FormMsg::ExternalEdit),
        &mut |t: &str| Ok(t.to_string()),
    );
    assert_eq!(stored(&store, id), before);
    assert_eq!(app.message.as_deref(), Some("no changes"));
    // A broken file: the errors are shown and the text is kept.
    let mut broken = String::new();
    dispatch(
        &mut app,
        &store,
        Msg::Form(FormMsg::ExternalEdit),
        &mut |t: &str| {
            broken = t.replace("sector: disparities", "sector: space");
            Ok(broken.clone())
        },
    );
    match app.overlays.dialog() {
        Some(Dialog::EditorErrors { text, problems, .. }) => {
            assert_eq!(text, &broken);
            assert!(
                problems[0].starts_with("sector: unknown sector 'space'"),
                "{problems:?}"
            );
        }
        other => panic!("expected the error dialog, got {other:?}"),
    }
    // Edit again: the editor gets the broken text back, and this time it is fixed.
    let mut seen = String::new();
    dispatch(&mut app, &store, Msg::DialogKey('e'), &mut |t: &str| {
        seen = t.to_string();
        Ok(t.replace("sector: space", "sector: health")
            .replace("title: Social taxi", "title: Social taxi service"))
    });
    assert_eq!(seen, broken, "the user's text came back to them");
    let after = stored(&store, id);
    assert_eq!(after.title, "Social taxi service for wheelchair users");
    assert_eq!(after.sector, Sector::Health);
    // Both changes enter the history, the title's too (issue 13).
    let last: Vec<&str> = after
        .history
        .iter()
        .rev()
        .take(2)
        .map(|c| c.field.as_str())
        .collect();
    assert_eq!(last, ["title", "sector"]);
}

#[test]
fn help_lists_the_editing_keys() {
    let text: String = sprout::tui::view::help_lines(&Default::default(), 98)
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    for needed in [
        "triage",
        "set the sector",
        "S",
        "undo",
        "redo",
        "archive",
        "note",
        "assignee",
        "score",
        "$VISUAL",
    ] {
        assert!(text.contains(needed), "help lacks {needed}:\n{text}");
    }
}

on_both_engines!(at_50x16_the_form_scrolls_so_the_field_being_edited_is_in_view);
fn at_50x16_the_form_scrolls_so_the_field_being_edited_is_in_view(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (50, 16));
    key(&mut app, &store, 'e');
    let screen = |app: &App| {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(50, 16)).unwrap();
        t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
        t.backend().to_string()
    };
    let fields = app.overlays.form().unwrap().fields.len();
    let top = screen(&app);
    assert!(
        top.contains("Ctrl-s save"),
        "save shows in the title:\n{top}"
    );
    assert!(top.contains("Esc cancel"), "{top}");
    assert!(
        top.contains(&format!("of {fields} ")),
        "says there is more:\n{top}"
    );
    for n in 0..fields {
        let form = app.overlays.form().unwrap();
        assert_eq!(form.focus, n);
        let label = form.fields[n].label;
        let text = screen(&app);
        assert!(
            text.lines().any(|l| l.starts_with(&format!("\"│{label}"))),
            "field {n} '{label}' is not on screen:\n{text}"
        );
        press(&mut app, &store, KeyCode::Tab, KeyModifiers::NONE);
    }
}
