//! The detail pane of an idea with near-copies, as drawn: "Similar ideas"
//! under its title, the likest with their scores and titles, and the keys
//! that act on them; the list's ≈ marks beside.

mod common;
#[path = "similar_support/mod.rs"]
mod similar_support;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use similar_support::*;
use sprout::tui::app::App;

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

#[test]
fn the_detail_with_similar_ideas_at_both_sizes() {
    for (w, h) in [(120, 36), (80, 24)] {
        let (_d, store) = store_with(near_copies());
        let mut a = app(&store, (w, h));
        go_to(&mut a, &store, 2);
        insta::assert_snapshot!(format!("similar_detail_{w}x{h}"), screen(&a));
    }
}

#[test]
fn a_marked_duplicate_and_its_original_in_the_full_screen_detail() {
    let (_d, store) = store_with(near_copies());
    let mut a = app(&store, (80, 24));
    go_to(&mut a, &store, 2);
    key(&mut a, &store, 'D');
    enter(&mut a, &store);
    enter(&mut a, &store);
    insta::assert_snapshot!("similar_duplicate_80x24", screen(&a));
    press(
        &mut a,
        &store,
        crossterm::event::KeyCode::Esc,
        crossterm::event::KeyModifiers::NONE,
    );
    go_to(&mut a, &store, 1);
    enter(&mut a, &store);
    insta::assert_snapshot!("similar_original_80x24", screen(&a));
}
