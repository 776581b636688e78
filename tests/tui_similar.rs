//! Near-duplicates in the UI (issue 17, point 6): the list's mark, the
//! detail's "Similar ideas", `s` for the query `similar:N`, and the keys
//! that settle a pair (`D` a duplicate of, `N` not a duplicate), in the
//! list and in triage, undone with `u`; on both engines.

mod common;
#[path = "similar_support/mod.rs"]
mod similar_support;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use similar_support::*;
use sprout::domain::Stage;
use sprout::store::Store;
use sprout::tui::app::App;

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

/// Whether the list on `screen` marks idea `id` as looking like another:
/// its third mark cell, just before its `#id`.
fn flagged(screen: &str, id: u64) -> bool {
    let row = format!(" #{id} ");
    let mark = format!("≈#{id} ");
    assert!(
        screen.contains(&row) || screen.contains(&mark),
        "no row for #{id} in\n{screen}"
    );
    screen.contains(&mark)
}

on_both_engines!(the_list_marks_ideas_with_an_unsettled_near_copy);
fn the_list_marks_ideas_with_an_unsettled_near_copy(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let a = app(&store, (120, 36));
    let s = screen(&a);
    for id in 1..=4 {
        assert!(flagged(&s, id), "#{id} has a near-copy\n{s}");
    }
    assert!(!flagged(&s, 5), "#5 is like nothing\n{s}");
}

on_both_engines!(the_detail_lists_the_similar_ideas_with_their_scores);
fn the_detail_lists_the_similar_ideas_with_their_scores(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let mut a = app(&store, (120, 36));
    go_to(&mut a, &store, 1);
    let s = screen(&a);
    assert!(s.contains("── Similar ideas"), "{s}");
    // Its title beside it, wrapped in a narrow pane.
    let line = s
        .lines()
        .find(|l| l.contains("#2 0.9"))
        .unwrap_or_else(|| panic!("no score for #2\n{s}"));
    assert!(
        line.contains("#2 0.9") && line.contains("Mobile clinik"),
        "{line}"
    );
    assert!(!s.contains("#3 0.") && !s.contains("#4 0."), "{s}");
    // An idea like nothing has no such section.
    go_to(&mut a, &store, 5);
    assert!(!screen(&a).contains("Similar ideas"));
}

on_both_engines!(s_lists_the_ideas_like_the_selected_one);
fn s_lists_the_ideas_like_the_selected_one(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let mut a = app(&store, (120, 36));
    go_to(&mut a, &store, 3);
    key(&mut a, &store, 's');
    assert_eq!(a.query.text(), "similar:3");
    assert_eq!(shown_ids(&a), [4]);
    assert_eq!(a.selected_id(), Some(4), "the likest is selected");
}

fn stored(store: &Store, id: u64) -> sprout::domain::Idea {
    store.idea(id).unwrap().unwrap()
}

on_both_engines!(marking_a_duplicate_offers_the_likest_declines_links_and_undoes);
fn marking_a_duplicate_offers_the_likest_declines_links_and_undoes(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let mut a = app(&store, (120, 36));
    go_to(&mut a, &store, 2);
    key(&mut a, &store, 'D');
    let prompt = a.overlays.prompt().expect("D asks which idea");
    assert_eq!(prompt.text(), "1", "the likest is offered");
    enter(&mut a, &store);
    let dup = stored(&store, 2);
    assert_eq!(dup.duplicate_of, Some(1));
    assert_eq!(dup.stage, Stage::Declined);
    assert_eq!(stored(&store, 1).duplicate_of, None);
    let s = screen(&a);
    assert!(s.contains("duplicate of #1 Mobile"), "{s}");
    assert!(!flagged(&s, 2), "settled: no mark\n{s}");
    assert!(!flagged(&s, 1), "its only copy is settled\n{s}");
    // The original lists its duplicate: linked both ways.
    go_to(&mut a, &store, 1);
    assert!(screen(&a).contains("its duplicates: #2"), "{}", screen(&a));
    key(&mut a, &store, 'u');
    let back = stored(&store, 2);
    assert_eq!(back.duplicate_of, None, "undone");
    assert_eq!(back.stage, Stage::New);
    let s = screen(&a);
    assert!(flagged(&s, 1) && flagged(&s, 2), "{s}");
    assert!(!s.contains("its duplicates"), "{s}");
}

on_both_engines!(not_a_duplicate_is_written_on_both_and_never_flagged_again);
fn not_a_duplicate_is_written_on_both_and_never_flagged_again(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let mut a = app(&store, (120, 36));
    go_to(&mut a, &store, 4);
    key(&mut a, &store, 'N');
    assert_eq!(a.overlays.prompt().unwrap().text(), "3");
    enter(&mut a, &store);
    assert!(stored(&store, 4).not_duplicates.contains(&3));
    assert!(stored(&store, 3).not_duplicates.contains(&4));
    assert_eq!(stored(&store, 4).stage, Stage::New, "not declined");
    let s = screen(&a);
    for id in [3, 4] {
        assert!(!flagged(&s, id), "#{id}\n{s}");
    }
    assert!(!s.contains("Similar ideas"), "{s}");
    // Never again, from either side: not even after a restart.
    let b = app(&store, (120, 36));
    let s = screen(&b);
    assert!(!flagged(&s, 3) && !flagged(&s, 4));
    key(&mut a, &store, 'u');
    assert!(
        stored(&store, 4).not_duplicates.is_empty(),
        "undone on both"
    );
    assert!(stored(&store, 3).not_duplicates.is_empty());
    assert!(flagged(&screen(&a), 4));
}

on_both_engines!(a_wrong_answer_to_which_idea_saves_nothing_and_says_why);
fn a_wrong_answer_to_which_idea_saves_nothing_and_says_why(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let mut a = app(&store, (120, 36));
    go_to(&mut a, &store, 2);
    for (typed, says) in [
        ("2", "#2 cannot be paired with itself"),
        ("99", "there is no idea #99"),
        ("clinic", "'clinic' is not an idea's number"),
        ("", "no idea given"),
    ] {
        key(&mut a, &store, 'D');
        // The offer is selected: typing replaces it.
        type_text(&mut a, &store, typed);
        if typed.is_empty() {
            press(
                &mut a,
                &store,
                crossterm::event::KeyCode::Backspace,
                crossterm::event::KeyModifiers::NONE,
            );
        }
        enter(&mut a, &store);
        let message = a.message.clone().unwrap_or_default();
        assert!(message.contains(says), "{typed:?}: {message}");
        assert!(message.contains("nothing saved"), "{message}");
        assert_eq!(stored(&store, 2).duplicate_of, None);
        assert_eq!(stored(&store, 2).stage, Stage::New);
    }
    // A circle is refused by the store's check: #1 is marked a duplicate
    // of #2 first.
    go_to(&mut a, &store, 1);
    key(&mut a, &store, 'D');
    enter(&mut a, &store);
    assert_eq!(stored(&store, 1).duplicate_of, Some(2));
    go_to(&mut a, &store, 2);
    key(&mut a, &store, 'D');
    type_text(&mut a, &store, "#1");
    enter(&mut a, &store);
    let message = a.message.clone().unwrap_or_default();
    assert!(
        message.contains("#1 is marked a duplicate of #2"),
        "{message}"
    );
    assert_eq!(stored(&store, 2).duplicate_of, None);
}

on_both_engines!(in_triage_a_duplicate_is_declined_and_the_next_idea_comes);
fn in_triage_a_duplicate_is_declined_and_the_next_idea_comes(engine: Engine) {
    let (_d, store) = store_on(engine, near_copies());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 't');
    // Oldest first: #1, then #2, the copy.
    key(&mut a, &store, ' ');
    assert_eq!(a.screen.triage().unwrap().current(), Some(2));
    let s = screen(&a);
    assert!(s.contains("── Similar ideas") && s.contains("#1 0."), "{s}");
    assert!(s.contains("D duplicate"), "the legend names the key\n{s}");
    key(&mut a, &store, 'D');
    assert_eq!(a.overlays.prompt().unwrap().text(), "1");
    enter(&mut a, &store);
    assert_eq!(stored(&store, 2).duplicate_of, Some(1));
    assert_eq!(stored(&store, 2).stage, Stage::Declined);
    assert_eq!(
        a.screen.triage().unwrap().current(),
        Some(3),
        "on to the next"
    );
    // Back one idea undoes it.
    key(&mut a, &store, 'u');
    assert_eq!(a.screen.triage().unwrap().current(), Some(2));
    assert_eq!(stored(&store, 2).duplicate_of, None);
    assert_eq!(stored(&store, 2).stage, Stage::New);
}
