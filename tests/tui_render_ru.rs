//! The main screens in Russian (issue 20): the list with the detail, help
//! and the welcome screen at 120×36, 80×24 and 50×16, checked against
//! reviewed snapshots; and what must never be cut mid-word at those sizes
//! (column headers, the status line's words, help's headings).

mod common;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::i18n::{Lang, speak_on_this_thread};
use sprout::tui::app::App;
use sprout::tui::msg::{ListMsg, Msg, ScreenMsg, Step};
use sprout::tui::view::render;

const SIZES: [(u16, u16); 3] = [(120, 36), (80, 24), (50, 16)];

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| render(app, f)).unwrap();
    t.backend().to_string()
}

/// The screen's rows without the test backend's quotes.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim_matches('"').to_string())
        .collect()
}

/// Snapshots a screen at the three sizes, in Russian.
fn in_russian(name: &str, open: &[Msg], data: fn() -> Vec<sprout::domain::Idea>) {
    let _ru = speak_on_this_thread(Lang::Ru);
    for (w, h) in SIZES {
        let (_d, store) = store_with(data());
        let mut a = app(&store, (w, h));
        send(&mut a, &store, open.to_vec());
        insta::assert_snapshot!(format!("{name}_ru_{w}x{h}"), screen(&a));
    }
}

#[test]
fn main_screen_in_russian() {
    in_russian("main", &[], ideas);
}

#[test]
fn help_in_russian() {
    in_russian("help", &[Msg::Screen(ScreenMsg::ToggleHelp)], ideas);
}

/// Help's end: the query language's section, fields and values in both
/// languages, and where to read more.
#[test]
fn help_end_in_russian() {
    in_russian(
        "help_end",
        &[
            Msg::Screen(ScreenMsg::ToggleHelp),
            Msg::List(ListMsg::Move(Step::Bottom)),
        ],
        ideas,
    );
}

#[test]
fn help_has_a_query_section_in_either_language() {
    let (_d, store) = store_with(ideas());
    let a = app(&store, (120, 36));
    let text = |lang| {
        let _l = speak_on_this_thread(lang);
        sprout::tui::view::help_lines(&a.keymap, 98)
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (en, ru) = (text(Lang::En), text(Lang::Ru));
    assert!(en.contains("Query language (/ types one"), "{en}");
    assert!(ru.contains("Язык запросов (/ — ввести запрос"), "{ru}");
    for t in [&en, &ru] {
        assert!(t.contains("sprout help query"), "{t}");
        assert!(t.contains("sector/сектор stage/стадия"), "{t}");
        assert!(t.contains("pilot/пилот"), "{t}");
        assert!(t.contains("health/здравоохранение"), "{t}");
    }
    assert!(ru.contains("сектор:здоровье"), "{ru}");
    assert!(!ru.contains("narrows"), "{ru}");
}

#[test]
fn welcome_in_russian() {
    in_russian("welcome", &[], Vec::new);
}

#[test]
fn the_main_screen_speaks_russian_and_cuts_no_header_or_hint_mid_word() {
    let _ru = speak_on_this_thread(Lang::Ru);
    for (w, h) in SIZES {
        let (_d, store) = store_with(ideas());
        let a = app(&store, (w, h));
        let text = screen(&a);
        let rows = lines(&text);
        let header = rows
            .iter()
            .find(|r| r.contains("Название"))
            .unwrap_or_else(|| panic!("{w}x{h}: no column headers:\n{text}"));
        assert!(!header.contains('…'), "{w}x{h}: a header is cut: {header}");
        let status = rows.last().unwrap();
        assert!(status.contains("из"), "{w}x{h}: {status}");
        assert!(
            !status.contains('…'),
            "{w}x{h}: the status is cut: {status}"
        );
        for english in ["Ideas", "Detail", "Filters", "sort:", "focus:", "Title"] {
            assert!(!text.contains(english), "{w}x{h}: '{english}' in:\n{text}");
        }
    }
}

#[test]
fn help_headings_and_its_title_are_whole_in_russian_at_every_size() {
    let _ru = speak_on_this_thread(Lang::Ru);
    let (_d, store) = store_with(ideas());
    let headings: Vec<String> = sprout::keys::Context::ALL
        .iter()
        .map(|c| sprout::tui::keymap::words::context_title(*c))
        .collect();
    for (w, _) in SIZES {
        let a = app(&store, (w, 36));
        let help: Vec<String> = sprout::tui::view::help_lines(&a.keymap, usize::from(w) - 2)
            .iter()
            .map(|l| l.to_string())
            .collect();
        for h in &headings {
            assert!(help.contains(h), "{w}: heading '{h}' is not whole");
        }
    }
}

#[test]
fn the_detail_writes_dates_the_russian_way() {
    let _ru = speak_on_this_thread(Lang::Ru);
    let (_d, store) = store_with(ideas());
    let a = app(&store, (120, 36));
    let text = screen(&a);
    // Dates as 24.11.2026, not RFC 3339.
    let dated = lines(&text)
        .into_iter()
        .find(|r| r.contains("создана"))
        .unwrap_or_else(|| panic!("no created line:\n{text}"));
    let date: String = dated
        .split("создана")
        .nth(1)
        .unwrap()
        .trim_start()
        .chars()
        .take(10)
        .collect();
    let parts: Vec<&str> = date.split('.').collect();
    assert_eq!(
        parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
        [2, 2, 4],
        "{dated}"
    );
}
