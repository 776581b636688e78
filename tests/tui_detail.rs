//! The detail of an idea: full screen at any size, scrolled within its
//! text, from its top again after a resize; and Esc back to the list.

mod common;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::tui::app::{App, Focus};
use sprout::tui::msg::{ListMsg, Msg, ScreenMsg, Step};

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

/// An idea with a summary long enough to scroll at any size.
fn long_idea() -> Vec<sprout::domain::Idea> {
    let mut ideas = ideas();
    let mut long = sprout::domain::Idea::new(
        "Repair cafés in every district library".into(),
        sprout::domain::Timestamp(NOW.0 - 3600),
    );
    long.summary = (1..=80)
        .map(|n| format!("Paragraph {n}: volunteers fix what people bring."))
        .collect::<Vec<_>>()
        .join("\n");
    ideas.push(long);
    ideas
}

#[test]
fn enter_opens_the_detail_full_width_at_any_size_and_esc_goes_back() {
    for size in [(120, 36), (80, 24), (50, 16)] {
        let (_d, store) = store_with(long_idea());
        let mut app = app(&store, size);
        assert_eq!(
            selected_title(&app),
            "Repair cafés in every district library"
        );
        send(&mut app, &store, [Msg::List(ListMsg::Open)]);
        assert!(app.screen.is_full_detail(), "{size:?}");
        let detail = app.areas().detail.unwrap();
        assert_eq!(detail.width, size.0, "the whole width at {size:?}");
        let s = screen(&app);
        assert!(
            s.contains("#7 Repair cafés in every district library"),
            "{s}"
        );
        assert!(size.1 < 24 || s.contains("Paragraph 1:"), "{s}");
        send(&mut app, &store, [Msg::List(ListMsg::Back)]);
        assert!(!app.screen.is_full_detail());
        assert_eq!(app.focus, Focus::List);
    }
}

#[test]
fn the_full_screen_detail_scrolls_by_pages_and_stops_at_its_end() {
    let (_d, store) = store_with(long_idea());
    let mut app = app(&store, (120, 36));
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Open),
            Msg::List(ListMsg::Move(Step::PageDown)),
        ],
    );
    assert!(app.detail.scroll >= 20, "a page is the screen's height");
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Bottom))]);
    let end = app.detail.scroll;
    let s = screen(&app);
    assert!(s.contains("Paragraph 80:"), "{s}");
    assert!(s.contains(&format!("of {} ", end as usize + 32)), "{s}");
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Move(Step::Down)),
            Msg::List(ListMsg::Move(Step::Down)),
        ],
    );
    assert_eq!(app.detail.scroll, end, "no scrolling past the end");
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Up))]);
    assert_eq!(app.detail.scroll, end - 1, "one key back up moves at once");
    send(&mut app, &store, [Msg::List(ListMsg::Move(Step::Top))]);
    assert_eq!(app.detail.scroll, 0);
}

#[test]
fn a_resize_shows_the_detail_from_its_top() {
    // At 50×16: open, scroll one line, resize to 120×36.
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (50, 16));
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Open),
            Msg::List(ListMsg::Move(Step::Down)),
        ],
    );
    assert_eq!(app.detail.scroll, 1);
    send(&mut app, &store, [Msg::Screen(ScreenMsg::Resize(120, 36))]);
    assert_eq!(app.detail.scroll, 0);
    let s = screen(&app);
    assert!(s.contains("#6 Social taxi for wheelchair users"), "{s}");
    // The same in the side pane, scrolled with the focus on it.
    let mut app = self::app(&store, (120, 36));
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::FocusNext),
            Msg::List(ListMsg::Move(Step::Down)),
            Msg::Screen(ScreenMsg::Resize(80, 24)),
        ],
    );
    assert_eq!(app.focus, Focus::Detail);
    assert_eq!(app.detail.scroll, 0);
    let s = screen(&app);
    assert!(s.contains("#6 Social taxi for wheelchair users"), "{s}");
}

#[test]
fn esc_in_the_sidebar_gives_the_focus_back_to_the_list() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::List(ListMsg::FocusPrev)]);
    assert_eq!(app.focus, Focus::Sidebar);
    let s = screen(&app);
    assert!(s.contains("Esc back"), "the sidebar's hints name it:\n{s}");
    press(
        &mut app,
        &store,
        crossterm::event::KeyCode::Esc,
        crossterm::event::KeyModifiers::NONE,
    );
    assert_eq!(app.focus, Focus::List);
}

#[test]
fn the_detail_shows_contact_and_extra_fields_only_when_set() {
    let mut ideas = ideas();
    let mut full = sprout::domain::Idea::new(
        "Clean water points".into(),
        sprout::domain::Timestamp(NOW.0 - 60),
    );
    full.proposer = "Anna Petrova".into();
    full.email = "anna@example.org".into();
    full.website = "https://water.example.org".into();
    full.extras.set("How did you hear of us?", "Радио");
    full.extras.set("Region code", "21\nand 22");
    ideas.push(full);
    let (_d, store) = store_with(ideas);
    let mut app = app(&store, (120, 36));
    assert_eq!(selected_title(&app), "Clean water points");
    send(&mut app, &store, [Msg::List(ListMsg::Open)]);
    let s = screen(&app);
    for shown in [
        "proposer  Anna Petrova",
        "e-mail    anna@example.org",
        "website   https://water.example.org",
        "── Extra fields",
        "How did you hear of us?: Радио",
        "Region code: 21",
        "and 22",
    ] {
        assert!(s.contains(shown), "{shown:?} not in\n{s}");
    }
    assert!(!s.contains("phone"), "an empty field is left out\n{s}");
    send(
        &mut app,
        &store,
        [
            Msg::List(ListMsg::Back),
            Msg::List(ListMsg::Move(Step::Down)),
            Msg::List(ListMsg::Open),
        ],
    );
    let s = screen(&app);
    assert!(!s.contains("e-mail") && !s.contains("Extra fields"), "{s}");
}
