//! The help overlay scrolls as a pager does (a line, a page, either end)
//! and always says which of its lines show and whether more follows.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::tui::app::App;
use sprout::tui::msg::{ListMsg, Msg};

fn key(app: &mut App, store: &sprout::store::Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

/// The help box's bottom border: where help is and whether more follows.
fn help_position(app: &App) -> String {
    let screen = rows(app);
    let border = screen
        .iter()
        .rev()
        .find(|r| r.contains('└') && r.contains(" of "))
        .unwrap_or_else(|| panic!("no position under help:\n{}", screen.join("\n")));
    let from = border.rfind("─ ").unwrap() + "─ ".len();
    border[from..].split('┘').next().unwrap().trim().to_string()
}

#[test]
fn help_pages_jumps_to_either_end_and_says_where_it_is() {
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, '?');
    let first = help_position(&a);
    let (shown, total) = {
        // "1–34 of 118 · PgDn more"
        let (range, rest) = first.split_once(" of ").unwrap();
        let last: u16 = range.split('–').nth(1).unwrap().parse().unwrap();
        let total: u16 = rest.split(' ').next().unwrap().parse().unwrap();
        (last, total)
    };
    assert!(first.starts_with("1–"), "{first}");
    assert!(first.ends_with("PgDn more"), "{first}");
    assert!(
        total > shown * 2,
        "help is longer than two screens: {first}"
    );
    press(&mut a, &store, KeyCode::PageDown, KeyModifiers::NONE);
    let page = shown - 1;
    assert_eq!(
        a.overlays.help(),
        Some(page),
        "a page keeps one line in sight"
    );
    assert!(help_position(&a).starts_with(&format!("{}–", page + 1)));
    key(&mut a, &store, ' ');
    assert_eq!(a.overlays.help(), Some(2 * page), "Space pages too");
    press(&mut a, &store, KeyCode::PageUp, KeyModifiers::NONE);
    assert_eq!(a.overlays.help(), Some(page));
    key(&mut a, &store, 'G');
    assert_eq!(
        a.overlays.help(),
        Some(total - shown),
        "G goes to the last page, not past it"
    );
    let end = help_position(&a);
    assert_eq!(
        end,
        format!("{}–{total} of {total} · end", total - shown + 1)
    );
    assert!(
        rows(&a).iter().any(|r| r.contains("Mouse: click selects")),
        "the last line shows"
    );
    // One step back moves at once: G did not leave help scrolled past its end.
    key(&mut a, &store, 'k');
    assert_eq!(a.overlays.help(), Some(total - shown - 1));
    key(&mut a, &store, 'g');
    assert_eq!(a.overlays.help(), Some(0));
    press(&mut a, &store, KeyCode::End, KeyModifiers::NONE);
    assert_eq!(a.overlays.help(), Some(total - shown));
    press(&mut a, &store, KeyCode::Home, KeyModifiers::NONE);
    assert_eq!(a.overlays.help(), Some(0));
    // The wheel scrolls within the same bounds.
    sprout::tui::dispatch(
        &mut a,
        &store,
        Msg::List(ListMsg::Scroll(-3)),
        &mut no_editor,
    );
    assert_eq!(a.overlays.help(), Some(0));
    sprout::tui::dispatch(
        &mut a,
        &store,
        Msg::List(ListMsg::Scroll(3)),
        &mut no_editor,
    );
    assert_eq!(a.overlays.help(), Some(3));
    // Help lists its own keys.
    let help: String = sprout::tui::view::help_lines(&a.keymap, 98)
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    let section = &help[help.find("\nHelp\n").unwrap()..];
    for keys in ["PgDn Space", "PgUp", "g Home", "G End"] {
        assert!(
            section.contains(keys),
            "help's own keys lack {keys}:\n{section}"
        );
    }
}

#[test]
fn a_help_taller_than_the_screen_at_every_size_shows_its_position() {
    for (w, h) in [(120, 36), (80, 24), (50, 16)] {
        let (_d, store) = store_with(ideas());
        let mut a = app(&store, (w, h));
        key(&mut a, &store, '?');
        let at = help_position(&a);
        assert!(at.starts_with("1–") && at.contains(" of "), "{w}x{h}: {at}");
        key(&mut a, &store, 'G');
        assert!(help_position(&a).ends_with("end"), "{w}x{h}");
    }
}
