//! The idea list gives the title the width: spare columns go to it, not to
//! wider labels; score and assignee show where there is room, the score
//! always when the list is sorted by it.

mod common;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::tui::app::App;
use sprout::tui::msg::{ListMsg, Msg};

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

/// The list's header row.
fn header(s: &str) -> String {
    s.lines()
        .find(|l| l.contains(" # ") && l.contains("Title"))
        .unwrap_or_default()
        .to_string()
}

/// How many columns the title has: from "Title" to the next header.
fn title_width(s: &str) -> usize {
    let h = header(s);
    let after = h.split("Title").nth(1).unwrap_or_default();
    let spaces = after.chars().take_while(|c| *c == ' ').count();
    "Title".len() + spaces
}

const LONG_TITLE: &str = "Clean water points for villages along the Volga";

#[test]
fn at_120_columns_the_title_has_40_columns_beside_sidebar_and_detail() {
    let (_d, store) = store_with(ideas());
    let app = app(&store, (120, 36));
    let s = screen(&app);
    assert!(title_width(&s) >= 40, "{}", header(&s));
    assert!(s.contains(&LONG_TITLE[..40]), "{s}");
}

#[test]
fn hiding_the_sidebar_widens_the_title_not_the_labels() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::List(ListMsg::ToggleSidebar)]);
    let s = screen(&app);
    assert!(s.contains(LONG_TITLE), "the whole title: {s}");
    let h = header(&s);
    assert!(title_width(&s) >= 48, "{h}");
    assert!(h.contains("Sect ") && !h.contains("Sector"), "{h}");
}

#[test]
fn sorting_by_score_shows_the_score_at_any_width() {
    let (_d, store) = store_with(ideas());
    for size in [(120, 36), (80, 24), (50, 16)] {
        let mut app = app(&store, size);
        while app.sort != sprout::query::SortKey::Score {
            send(&mut app, &store, [Msg::List(ListMsg::CycleSort)]);
        }
        let s = screen(&app);
        assert!(header(&s).contains("Score"), "{size:?}: {s}");
        assert!(s.contains("4/5"), "the kitchen's score at {size:?}: {s}");
    }
}

#[test]
fn wide_lists_show_score_assignee_and_region() {
    let mut ideas = ideas();
    ideas[0].assignee = "anna".into();
    let (_d, store) = store_with(ideas);
    let mut app = app(&store, (240, 40));
    send(&mut app, &store, [Msg::List(ListMsg::ToggleSidebar)]);
    let s = screen(&app);
    let h = header(&s);
    for column in ["Sector", "Stage", "Score", "Assignee", "Region", "Age"] {
        assert!(h.contains(column), "{column}: {h}");
    }
    assert!(s.contains("anna"), "{s}");
    assert!(title_width(&s) >= 48, "{h}");
}
