//! Themes and keybindings from the config file, through the real UI:
//! every colour on screen comes from the theme in use, each theme has a
//! snapshot with its styles, and a rebound key works and shows in help.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use sprout::config::Loaded;
use sprout::tui::msg::{
    ChangeMsg, FormMsg, ListMsg, Msg, PromptMsg, QueryMsg, ScreenMsg, Step, TriageMsg,
};
use sprout::tui::runtime::configure;
use sprout::tui::theme::{SLOTS, Theme};
use sprout::tui::view::render;

fn parse(text: &str) -> Result<(sprout::config::Config, Vec<String>), Vec<String>> {
    sprout::config::parse(text, &sprout::tui::keymap::Keymap::default())
}

fn configured(text: &str, store: &sprout::store::Store, size: (u16, u16)) -> sprout::tui::app::App {
    let (config, notes) = parse(text).unwrap();
    let mut a = app(store, size);
    configure(
        &mut a,
        &Loaded {
            config,
            errors: Vec::new(),
            notes,
        },
    );
    a
}

fn draw(a: &sprout::tui::app::App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.size.0, a.size.1)).unwrap();
    t.draw(|f| render(a, f)).unwrap();
    t
}

#[test]
fn every_colour_on_screen_comes_from_the_theme() {
    let (_d, store) = store_with(ideas());
    for name in Theme::NAMES {
        let mut a = configured(&format!("theme = \"{name}\""), &store, (120, 36));
        let palette: Vec<Color> = SLOTS
            .iter()
            .map(|(slot, _, _)| a.theme.get(*slot))
            .chain([Color::Reset])
            .collect();
        send(
            &mut a,
            &store,
            [
                Msg::Change(ChangeMsg::ToggleMark),
                Msg::Query(QueryMsg::EditQuery),
            ],
        );
        type_text(&mut a, &store, "for");
        send(
            &mut a,
            &store,
            [
                Msg::Query(QueryMsg::AcceptQuery),
                Msg::List(ListMsg::Move(Step::Top)),
            ],
        );
        let mut seen = Vec::new();
        for screen in [
            vec![],
            vec![Msg::List(ListMsg::FocusPrev)],
            vec![Msg::Screen(ScreenMsg::ToggleHelp)],
            vec![
                Msg::Screen(ScreenMsg::ToggleHelp),
                Msg::Screen(ScreenMsg::ToggleStats),
            ],
            vec![
                Msg::Screen(ScreenMsg::ToggleStats),
                Msg::Triage(TriageMsg::StartTriage),
            ],
            vec![
                Msg::Triage(TriageMsg::LeaveTriage),
                Msg::Change(ChangeMsg::AddNote),
            ],
        ] {
            send(&mut a, &store, screen);
            for cell in draw(&a).backend().buffer().content() {
                for c in [cell.fg, cell.bg] {
                    assert!(palette.contains(&c), "{name}: {c:?} is not in the theme");
                    if !seen.contains(&c) {
                        seen.push(c);
                    }
                }
            }
        }
        assert!(
            seen.len() > 8,
            "{name}: the screens use the theme's colours: {seen:?}"
        );
    }
}

#[test]
fn each_theme_has_a_snapshot_with_its_styles() {
    let (_d, store) = store_with(ideas());
    for name in Theme::NAMES {
        let mut a = configured(&format!("theme = \"{name}\""), &store, (100, 30));
        send(
            &mut a,
            &store,
            [
                Msg::Change(ChangeMsg::ToggleMark),
                Msg::Query(QueryMsg::EditQuery),
            ],
        );
        type_text(&mut a, &store, "for");
        send(&mut a, &store, [Msg::Query(QueryMsg::AcceptQuery)]);
        let screen = styled_screen(draw(&a).backend().buffer());
        insta::assert_snapshot!(format!("theme_{name}_100x30"), screen);
    }
}

#[test]
fn a_colour_from_the_config_file_reaches_the_screen() {
    let (_d, store) = store_with(ideas());
    let a = configured(
        "theme = \"light\"\n[colors]\nborder-focus = \"#123456\"\n",
        &store,
        (120, 36),
    );
    let t = draw(&a);
    assert!(
        t.backend()
            .buffer()
            .content()
            .iter()
            .any(|c| c.fg == Color::Rgb(0x12, 0x34, 0x56))
    );
}

#[test]
fn a_rebound_key_works_and_help_and_hints_show_it() {
    let (_d, store) = store_with(ideas());
    let mut a = configured(
        "[keys.browse]\nstats = \"F2\"\ntop = \"g g\"\nmove-down = [\"j\", \"Ctrl-n\"]\n",
        &store,
        (120, 36),
    );
    press(&mut a, &store, KeyCode::Char('v'), KeyModifiers::NONE);
    assert!(
        a.screen.stats().is_none(),
        "v no longer opens the statistics"
    );
    press(&mut a, &store, KeyCode::F(2), KeyModifiers::NONE);
    assert!(a.screen.stats().is_some(), "F2 does");
    press(&mut a, &store, KeyCode::Esc, KeyModifiers::NONE);
    // The status line names the key as bound.
    let screen = draw(&a).backend().to_string();
    assert!(screen.contains("F2 stats"), "{screen}");
    // Two keys in a row: g waits, then g goes to the top.
    press(&mut a, &store, KeyCode::Char('n'), KeyModifiers::CONTROL);
    press(&mut a, &store, KeyCode::Char('j'), KeyModifiers::NONE);
    assert_eq!(a.list.selected, 2);
    press(&mut a, &store, KeyCode::Char('g'), KeyModifiers::NONE);
    assert_eq!(a.list.selected, 2, "one g is not enough");
    let screen = draw(&a).backend().to_string();
    assert!(
        screen.contains("g g go to the top"),
        "the status line says what may follow: {screen}"
    );
    press(&mut a, &store, KeyCode::Char('g'), KeyModifiers::NONE);
    assert_eq!(a.list.selected, 0);
    // A key that does not go on from g ends the sequence and does nothing.
    press(&mut a, &store, KeyCode::Char('j'), KeyModifiers::NONE);
    press(&mut a, &store, KeyCode::Char('g'), KeyModifiers::NONE);
    press(&mut a, &store, KeyCode::Char('x'), KeyModifiers::NONE);
    assert_eq!(a.list.selected, 1);
    assert!(a.keys_pending.is_empty());
    // Help lists the keys as bound.
    press(&mut a, &store, KeyCode::Char('?'), KeyModifiers::NONE);
    let help: String = sprout::tui::view::help_lines(&a.keymap, 98)
        .iter()
        .map(|l| l.to_string() + "\n")
        .collect();
    assert!(
        help.contains("  F2                  statistics of the ideas shown"),
        "{help}"
    );
    assert!(
        help.contains("  g g                 go to the top"),
        "{help}"
    );
    assert!(help.contains("  j Ctrl-n            move down"), "{help}");
    assert!(!help.contains("  v                   statistics"), "{help}");
}

#[test]
fn config_errors_are_shown_at_start_and_any_key_closes_them() {
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (120, 36));
    let errors = parse("[defaults]\nsort = \"random\"\n").unwrap_err();
    configure(
        &mut a,
        &Loaded {
            errors: errors.iter().map(|e| format!("config.toml: {e}")).collect(),
            ..Loaded::default()
        },
    );
    let screen = draw(&a).backend().to_string();
    assert!(
        screen.contains("Config file errors: started with the defaults"),
        "{screen}"
    );
    assert!(
        screen.contains("config.toml: line 2: defaults.sort: expected one of"),
        "{screen}"
    );
    assert!(
        screen.contains("any key close"),
        "the status line says how to close it"
    );
    press(&mut a, &store, KeyCode::Char('j'), KeyModifiers::NONE);
    assert!(a.overlays.dialog().is_none());
    assert_eq!(a.list.selected, 0, "the key only closed the notice");
}

#[test]
fn defaults_from_the_config_apply_at_start() {
    let (_d, store) = store_with(ideas());
    let a = configured(
        "[defaults]\nsort = \"title\"\nsidebar = false\ndate_format = \"%d.%m.%Y\"\n",
        &store,
        (120, 36),
    );
    assert_eq!(a.sort, sprout::query::SortKey::Title);
    assert!(!a.sidebar.visible);
    let screen = draw(&a).backend().to_string();
    assert!(!screen.contains("Filters"));
    assert!(screen.contains("sort: title"));
    assert!(screen.contains("created   23.11.2026"), "{screen}");
}

#[test]
fn the_light_theme_paints_its_own_background_under_every_screen() {
    let (_d, store) = store_with(ideas());
    let mut a = configured("theme = \"light\"", &store, (100, 30));
    let background = a.theme.get(sprout::tui::theme::Slot::Background);
    assert_ne!(background, Color::Reset, "light sets a background");
    for (name, screen) in [
        ("main", vec![]),
        ("help", vec![Msg::Screen(ScreenMsg::ToggleHelp)]),
        (
            "stats",
            vec![
                Msg::Screen(ScreenMsg::ToggleHelp),
                Msg::Screen(ScreenMsg::ToggleStats),
            ],
        ),
        (
            "triage",
            vec![
                Msg::Screen(ScreenMsg::ToggleStats),
                Msg::Triage(TriageMsg::StartTriage),
            ],
        ),
        (
            "note prompt",
            vec![
                Msg::Triage(TriageMsg::LeaveTriage),
                Msg::Change(ChangeMsg::AddNote),
            ],
        ),
        (
            "form",
            vec![
                Msg::Prompt(PromptMsg::PromptCancel),
                Msg::Form(FormMsg::NewIdea),
            ],
        ),
    ] {
        send(&mut a, &store, screen);
        a.overlays.take_dialog();
        let t = draw(&a);
        let cells = t.backend().buffer().content();
        let bare: Vec<(u16, u16)> = cells
            .iter()
            .enumerate()
            // The cell after a wide character is drawn by that character.
            .filter(|(i, _)| {
                i % 100 == 0 || unicode_width::UnicodeWidthStr::width(cells[i - 1].symbol()) < 2
            })
            .filter(|(_, c)| c.bg == Color::Reset || (c.fg == Color::Reset && c.symbol() != " "))
            .map(|(i, _)| ((i % 100) as u16, (i / 100) as u16))
            .collect();
        assert!(
            bare.is_empty(),
            "{name}: cells left to the terminal's colours at {:?}\n{}",
            &bare[..bare.len().min(5)],
            styled_screen(t.backend().buffer())
        );
    }
}
