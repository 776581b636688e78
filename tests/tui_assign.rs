//! Assigning reviewers in the UI (issue 18, point 5): `P` on the marked
//! ideas (or the current one) asks who reviews and how many per idea,
//! shows the plan `sprout assign` would make (each reviewer's load, the
//! conflicts of interest avoided, the ideas left short), and applies it
//! on `y` in one commit, one step of undo.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::domain::assign_conflicts::{ConflictField, DeclaredConflict};
use sprout::store::Store;
use sprout::tui::app::{App, Dialog};

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

fn enter(app: &mut App, store: &Store) {
    press(app, store, KeyCode::Enter, KeyModifiers::NONE);
}

fn screen(app: &App) -> String {
    rows(app).join("\n")
}

/// Each idea's reviewers as stored, by id.
fn reviewers(store: &Store) -> Vec<(u64, Vec<String>)> {
    store
        .rows()
        .unwrap()
        .iter()
        .map(|r| {
            let idea = store.idea(r.id).unwrap().unwrap();
            (r.id, idea.reviewers.into_iter().collect())
        })
        .collect()
}

/// Anna may not review ideas from Perm Krai (#5 and #6 of `ideas()`).
fn declare_conflict(store: &Store) {
    let mut w = store.begin().unwrap();
    let c = DeclaredConflict::new("anna", ConflictField::Region, "Perm Krai", "lead", NOW).unwrap();
    w.set_conflicts(Vec::new(), vec![c]);
    store.commit(w).unwrap();
}

/// `P` on every idea shown, the reviewers typed, per idea left at 2.
fn ask_plan(a: &mut App, store: &Store, who: &str) {
    key(a, store, 'V');
    key(a, store, 'P');
    let p = a.overlays.prompt().expect("P asks who reviews");
    assert!(
        p.subject().starts_with("Reviewers for 6 ideas"),
        "{}",
        p.subject()
    );
    // The prompt's own text is replaced by typing.
    type_text(a, store, who);
    enter(a, store);
    let p = a.overlays.prompt().expect("then how many per idea");
    assert_eq!(p.text(), "2", "two per idea unless asked otherwise");
    enter(a, store);
}

on_both_engines!(p_shows_the_plan_and_y_applies_it_in_one_step_of_undo);
fn p_shows_the_plan_and_y_applies_it_in_one_step_of_undo(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    declare_conflict(&store);
    let mut a = app(&store, (80, 24));
    ask_plan(&mut a, &store, "anna, Boris,olga, boris");
    assert!(
        matches!(a.overlays.dialog(), Some(Dialog::Plan { .. })),
        "the plan is shown before anything is changed"
    );
    assert!(reviewers(&store).iter().all(|(_, r)| r.is_empty()));
    let text = screen(&a);
    for line in [
        "6 ideas, 2 per idea, among anna, Boris, olga: 12 assignments to add",
        "Conflicts of interest avoided (2):",
        "#5 anna: region",
        "#6 anna: region",
        "Apply the plan? u undoes it afterwards, as one step.",
    ] {
        assert!(text.contains(line), "{line}:\n{text}");
    }
    key(&mut a, &store, 'y');
    let after = reviewers(&store);
    for (id, r) in &after {
        assert_eq!(r.len(), 2, "#{id}: {r:?}");
        if *id == 5 || *id == 6 {
            assert!(
                !r.contains(&"anna".to_string()),
                "the conflict holds: #{id}"
            );
        }
    }
    let load = |name: &str| {
        after
            .iter()
            .filter(|(_, r)| r.iter().any(|x| x == name))
            .count()
    };
    assert_eq!(
        (load("anna"), load("Boris"), load("olga")),
        (4, 4, 4),
        "loads even"
    );
    assert_eq!(
        a.message.as_deref(),
        Some("reviewers assigned: 12 to 6 ideas · u undoes")
    );
    assert_eq!(a.undo.len(), 1, "one step of undo");
    key(&mut a, &store, 'u');
    assert!(
        reviewers(&store).iter().all(|(_, r)| r.is_empty()),
        "u takes the whole assignment back"
    );
    // The next time, the reviewers asked last are offered.
    key(&mut a, &store, 'P');
    assert_eq!(a.overlays.prompt().unwrap().text(), "anna, Boris, olga");
}

on_both_engines!(no_to_the_plan_or_a_bad_number_changes_nothing);
fn no_to_the_plan_or_a_bad_number_changes_nothing(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut a = app(&store, (80, 24));
    ask_plan(&mut a, &store, "anna");
    let text = screen(&a);
    assert!(
        text.contains("6 ideas get fewer reviewers than asked:"),
        "{text}"
    );
    assert!(text.contains("#1 gets 1 of 2"), "{text}");
    key(&mut a, &store, 'n');
    assert!(a.overlays.dialog().is_none());
    assert!(reviewers(&store).iter().all(|(_, r)| r.is_empty()));
    assert_eq!(a.message.as_deref(), Some("nothing changed"));
    // Per idea must be a whole number from 1: the prompt stays, as typed.
    key(&mut a, &store, 'P');
    enter(&mut a, &store);
    type_text(&mut a, &store, "0");
    enter(&mut a, &store);
    assert_eq!(
        a.message.as_deref(),
        Some("reviewers per idea: give a whole number from 1, such as 2")
    );
    assert_eq!(a.overlays.prompt().map(|p| p.text()).as_deref(), Some("0"));
    // No reviewer at all: said, and asked again.
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    a.last_assignment = Default::default();
    key(&mut a, &store, 'P');
    type_text(&mut a, &store, " , ");
    enter(&mut a, &store);
    assert!(
        a.message
            .as_deref()
            .unwrap_or("")
            .starts_with("no reviewer named"),
        "{:?}",
        a.message
    );
    assert!(a.overlays.prompt().is_some());
    assert!(reviewers(&store).iter().all(|(_, r)| r.is_empty()));
}

#[test]
fn the_plan_as_drawn_at_80x24() {
    let (_d, store) = store_with(ideas());
    declare_conflict(&store);
    let mut a = app(&store, (80, 24));
    ask_plan(&mut a, &store, "anna, boris, olga, pavel, rita");
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| sprout::tui::view::render(&a, f)).unwrap();
    insta::assert_snapshot!("assign_plan_80x24", t.backend().to_string());
}
