//! Changing ideas from prompts and marks: the assignee prompt treats the
//! name there as a default and completes known names; a change to more
//! than 50 ideas asks first and stays one step of undo.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::domain::Idea;
use sprout::store::Store;
use sprout::tui::app::{App, Dialog};
use sprout::tui::msg::{ListMsg, Msg};

fn key(app: &mut App, store: &sprout::store::Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

/// Everything stored: every idea in full, and the views.
fn stored(store: &Store) -> (Vec<Idea>, Vec<sprout::domain::View>) {
    let ideas = store
        .rows()
        .unwrap()
        .iter()
        .map(|r| store.idea(r.id).unwrap().unwrap())
        .collect();
    (ideas, store.views().unwrap())
}

/// 60 ideas: more than a change asks about.
fn many() -> Vec<Idea> {
    (0..60)
        .map(|n| Idea::new(format!("Idea number {n}"), NOW))
        .collect()
}

fn assignee_of(store: &Store, id: u64) -> String {
    store.idea(id).unwrap().unwrap().assignee
}

on_both_engines!(the_assignee_prompt_replaces_its_default_and_completes_known_names);
fn the_assignee_prompt_replaces_its_default_and_completes_known_names(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (120, 36));
    let id = a.selected_id().unwrap();
    key(&mut a, &store, 'A');
    type_text(&mut a, &store, "anna");
    press(&mut a, &store, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(assignee_of(&store, id), "anna");
    // Opened again, the name there is a default: typing replaces it.
    key(&mut a, &store, 'A');
    assert_eq!(a.overlays.prompt().unwrap().text(), "anna");
    type_text(&mut a, &store, "ti");
    assert_eq!(a.overlays.prompt().unwrap().text(), "ti", "not 'annati'");
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    // An arrow key keeps it, to edit.
    key(&mut a, &store, 'A');
    press(&mut a, &store, KeyCode::End, KeyModifiers::NONE);
    type_text(&mut a, &store, "-maria");
    assert_eq!(a.overlays.prompt().unwrap().text(), "anna-maria");
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    // Backspace on the default clears it (and Enter then clears the assignee).
    key(&mut a, &store, 'A');
    press(&mut a, &store, KeyCode::Backspace, KeyModifiers::NONE);
    assert_eq!(a.overlays.prompt().unwrap().text(), "");
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    // Known names complete, as in the form: the rest shows, → takes it.
    sprout::tui::dispatch(
        &mut a,
        &store,
        Msg::List(ListMsg::Move(sprout::tui::msg::Step::Bottom)),
        &mut no_editor,
    );
    assert_ne!(a.list.selected, 0);
    let second = a.selected_id().unwrap();
    key(&mut a, &store, 'A');
    assert_eq!(
        a.overlays.prompt().unwrap().text(),
        "",
        "this idea has none"
    );
    type_text(&mut a, &store, "AN");
    assert_eq!(
        a.overlays.prompt().unwrap().suggestion().as_deref(),
        Some("na")
    );
    let screen = rows(&a).join("\n");
    assert!(screen.contains("AN na  (→ accepts)"), "{screen}");
    press(&mut a, &store, KeyCode::Right, KeyModifiers::NONE);
    assert_eq!(a.overlays.prompt().unwrap().text(), "ANna");
    press(&mut a, &store, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(assignee_of(&store, second), "ANna");
}

on_both_engines!(a_change_to_more_than_fifty_ideas_asks_first_and_undoes_as_one_step);
fn a_change_to_more_than_fifty_ideas_asks_first_and_undoes_as_one_step(engine: Engine) {
    use sprout::domain::{Sector, Stage};
    let (_d, store) = store_on(engine, many());
    let mut a = app(&store, (120, 36));
    let sectors =
        |s: &Store| -> Vec<Sector> { s.rows().unwrap().iter().map(|r| r.sector).collect() };
    let untouched = stored(&store);
    key(&mut a, &store, 'V');
    key(&mut a, &store, '1');
    match a.overlays.dialog() {
        Some(Dialog::Confirm { question, .. }) => {
            assert_eq!(
                question,
                "Set the sector of 60 ideas to Health & social care?"
            )
        }
        other => panic!("expected a question, got {other:?}"),
    }
    assert_eq!(
        stored(&store),
        untouched,
        "nothing changes before the answer"
    );
    key(&mut a, &store, 'n');
    assert!(a.overlays.dialog().is_none());
    assert_eq!(stored(&store), untouched);
    assert_eq!(a.message.as_deref(), Some("nothing changed"));
    key(&mut a, &store, '1');
    key(&mut a, &store, 'y');
    assert!(sectors(&store).iter().all(|s| *s == Sector::Health));
    // Stage, score, assignee and archive ask too.
    key(&mut a, &store, 'S');
    key(&mut a, &store, 'r');
    assert!(
        matches!(a.overlays.dialog(), Some(Dialog::Confirm { question, .. }) if question == "Set the stage of 60 ideas to review?")
    );
    key(&mut a, &store, 'y');
    assert!(
        store
            .rows()
            .unwrap()
            .iter()
            .all(|r| r.stage == Stage::Review)
    );
    key(&mut a, &store, '*');
    key(&mut a, &store, '4');
    assert!(
        matches!(a.overlays.dialog(), Some(Dialog::Confirm { question, .. }) if question == "Set the score of 60 ideas to 4?")
    );
    key(&mut a, &store, 'n');
    key(&mut a, &store, 'A');
    type_text(&mut a, &store, "olga");
    press(&mut a, &store, KeyCode::Enter, KeyModifiers::NONE);
    assert!(
        matches!(a.overlays.dialog(), Some(Dialog::Confirm { question, .. }) if question == "Set the assignee of 60 ideas to olga?")
    );
    key(&mut a, &store, 'n');
    key(&mut a, &store, 'x');
    assert!(
        matches!(a.overlays.dialog(), Some(Dialog::Confirm { question, .. }) if question == "Archive 60 ideas?")
    );
    key(&mut a, &store, 'n');
    assert!(
        store
            .rows()
            .unwrap()
            .iter()
            .all(|r| r.score.is_none() && r.assignee.is_empty() && !r.archived)
    );
    // Undo is one step per change, whatever was asked.
    key(&mut a, &store, 'u');
    assert!(store.rows().unwrap().iter().all(|r| r.stage == Stage::New));
    assert!(sectors(&store).iter().all(|s| *s == Sector::Health));
    key(&mut a, &store, 'u');
    assert_eq!(
        stored(&store)
            .0
            .iter()
            .map(|i| i.sector)
            .collect::<Vec<_>>(),
        untouched.0.iter().map(|i| i.sector).collect::<Vec<_>>()
    );
    // Fifty ideas do not ask.
    let (_d2, store) = store_on(engine, many().into_iter().take(50).collect());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 'V');
    key(&mut a, &store, '2');
    assert!(a.overlays.dialog().is_none());
    assert!(sectors(&store).iter().all(|s| *s == Sector::Education));
}
