//! NO_COLOR: no colour reaches the terminal, and sprout stays usable: the
//! focused pane, the selection, marks, matches, stages and sectors all stay
//! visible through text, symbols, bold, underline or reverse video.
//! (Its own test binary, since the colour switch is process-wide.)

mod common;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use sprout::tui::msg::{ChangeMsg, ListMsg, Msg, QueryMsg, ScreenMsg, Step, TriageMsg};
use sprout::tui::theme;
use sprout::tui::view::render;

#[test]
fn without_colour_everything_still_shows() {
    theme::set_colour(false);
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (120, 36));
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
    for screen in [
        vec![],
        vec![Msg::Screen(ScreenMsg::ToggleStats)],
        vec![
            Msg::Screen(ScreenMsg::ToggleStats),
            Msg::Triage(TriageMsg::StartTriage),
        ],
    ] {
        send(&mut a, &store, screen);
        let mut t = Terminal::new(TestBackend::new(120, 36)).unwrap();
        t.draw(|f| render(&a, f)).unwrap();
        for cell in t.backend().buffer().content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (Color::Reset, Color::Reset),
                "a colour reached the screen"
            );
        }
    }
    send(&mut a, &store, [Msg::Triage(TriageMsg::LeaveTriage)]);
    let mut t = Terminal::new(TestBackend::new(120, 36)).unwrap();
    t.draw(|f| render(&a, f)).unwrap();
    let buffer = t.backend().buffer();
    let text = t.backend().to_string();
    assert!(
        text.contains("» Ideas"),
        "the focused pane is marked: {text}"
    );
    assert!(text.contains("●"), "the mark shows");
    assert!(
        text.contains("wheelchair") || text.contains("villages"),
        "{text}"
    );
    // The selected row is in reverse video; matched characters are underlined.
    let modifiers: Vec<Modifier> = buffer.content().iter().map(|c| c.modifier).collect();
    assert!(modifiers.iter().any(|m| m.contains(Modifier::REVERSED)));
    assert!(
        modifiers
            .iter()
            .any(|m| m.contains(Modifier::UNDERLINED) && m.contains(Modifier::BOLD))
    );
    insta::assert_snapshot!("no_color_main_120x36", text);
    // With its styles: only bold, underline and reverse video.
    insta::assert_snapshot!("no_color_main_styles_120x36", styled_screen(buffer));
}

/// The command line in a terminal: clap colours its help, and NO_COLOR
/// turns that off too.
#[test]
fn no_color_reaches_the_command_line_in_a_terminal() {
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let in_terminal = |no_color: bool| {
        let mut c = std::process::Command::new("script");
        c.args(["-qc", &format!("{} --help", bin.display()), "/dev/null"]);
        if no_color {
            c.env("NO_COLOR", "1");
        } else {
            c.env_remove("NO_COLOR");
        }
        c.output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let Some(coloured) = in_terminal(false) else {
        eprintln!("SKIPPED: `script` is not installed (.ci/run installs it)");
        return;
    };
    assert!(
        coloured.contains("\u{1b}["),
        "help is coloured in a terminal"
    );
    let plain = in_terminal(true).unwrap();
    assert!(plain.contains("Triage social-innovation project ideas"));
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
}
