//! Rendering: every screen drawn into ratatui's TestBackend at fixed sizes
//! with fixed data and clock, checked against reviewed snapshots; and every
//! size from 1×1 up drawn without a panic.

mod common;
use common::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::i18n::Lang;
use sprout::tui::app::App;
use sprout::tui::msg::{ChangeMsg, FormMsg, ListMsg, Msg, QueryMsg, ScreenMsg, Step, TriageMsg};
use sprout::tui::view::render;

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| render(app, f)).unwrap();
    t
}

fn screen(app: &App) -> String {
    draw(app).backend().to_string()
}

/// Snapshots a screen at both reference sizes.
fn both_sizes(
    name: &str,
    setup: impl Fn(&mut App, &sprout::store::Store),
    data: fn() -> Vec<sprout::domain::Idea>,
) {
    for (w, h) in [(120, 36), (60, 20)] {
        let (_d, store) = store_with(data());
        let mut a = app(&store, (w, h));
        setup(&mut a, &store);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), screen(&a));
    }
}

#[test]
fn welcome_screen() {
    both_sizes("welcome", |_, _| {}, Vec::new);
    // Read whole at the smallest size too: no command cut or pushed off.
    let (_d, store) = store_with(Vec::new());
    let a = app(&store, (50, 16));
    let text = screen(&a);
    for line in sprout::tui::strings::welcome(&a.keymap)
        .iter()
        .filter(|l| l.starts_with("  "))
    {
        assert!(text.contains(line), "'{line}' is not whole:\n{text}");
    }
    assert!(text.contains("? shows every key, q quits."), "{text}");
}

#[test]
fn main_screen() {
    both_sizes(
        "main",
        |a, s| send(a, s, [Msg::List(ListMsg::Move(Step::Down))]),
        ideas,
    );
}

#[test]
fn search_with_highlights() {
    both_sizes(
        "search",
        |a, s| {
            send(a, s, [Msg::Query(QueryMsg::EditQuery)]);
            type_text(a, s, "water");
        },
        ideas,
    );
}

#[test]
fn no_results() {
    both_sizes(
        "no_results",
        |a, s| {
            send(a, s, [Msg::Query(QueryMsg::EditQuery)]);
            type_text(a, s, "zzzz");
            send(a, s, [Msg::Query(QueryMsg::AcceptQuery)]);
        },
        ideas,
    );
}

#[test]
fn help_overlay() {
    both_sizes(
        "help",
        |a, s| send(a, s, [Msg::Screen(ScreenMsg::ToggleHelp)]),
        ideas,
    );
}

#[test]
fn statistics_view() {
    both_sizes(
        "stats",
        |a, s| send(a, s, [Msg::Screen(ScreenMsg::ToggleStats)]),
        ideas,
    );
    // 50×16 is the smallest size every screen serves: the figures show,
    // in one column that scrolls; below it the view asks for room.
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (50, 16));
    send(&mut a, &store, [Msg::Screen(ScreenMsg::ToggleStats)]);
    insta::assert_snapshot!("stats_50x16", screen(&a));
    let mut a = app(&store, (44, 16));
    send(&mut a, &store, [Msg::Screen(ScreenMsg::ToggleStats)]);
    assert!(
        screen(&a).contains("The statistics need at least 49×10"),
        "{}",
        screen(&a)
    );
}

#[test]
fn narrow_list_and_full_screen_detail() {
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (50, 16));
    insta::assert_snapshot!("narrow_list_50x16", screen(&a));
    send(
        &mut a,
        &store,
        [
            Msg::List(ListMsg::Move(Step::Bottom)),
            Msg::List(ListMsg::Move(Step::Up)),
            Msg::List(ListMsg::Move(Step::Up)),
            Msg::List(ListMsg::Move(Step::Up)),
            Msg::List(ListMsg::Open),
        ],
    );
    insta::assert_snapshot!("narrow_detail_50x16", screen(&a));
}

#[test]
fn query_error_in_the_status_line() {
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (120, 36));
    send(&mut a, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut a, &store, "stage:zz");
    let s = screen(&a);
    let status = s.lines().nth(35).unwrap();
    assert!(
        status.contains("✗ in query term 'stage:zz': unknown stage 'zz'"),
        "{status}"
    );
}

/// Every cell's text, concatenated, for checking what reaches the terminal.
fn all_symbols(t: &Terminal<TestBackend>) -> String {
    t.backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}

#[test]
fn no_control_characters_reach_the_terminal() {
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (160, 50));
    // Select the idea with escape sequences in its title and summary.
    let evil = a
        .hits
        .iter()
        .position(|h| a.catalog().row(h.index()).title().starts_with("Evil"))
        .unwrap();
    send(&mut a, &store, [Msg::List(ListMsg::Move(Step::Top))]);
    for _ in 0..evil {
        send(&mut a, &store, [Msg::List(ListMsg::Move(Step::Down))]);
    }
    let t = draw(&a);
    let text = all_symbols(&t);
    assert!(text.contains("Evil[2J"), "the text shows, defanged");
    for c in text.chars() {
        assert!(
            !c.is_control() && !('\u{202a}'..='\u{202e}').contains(&c),
            "{c:?} reached the screen"
        );
    }
}

#[test]
fn wide_and_right_to_left_text_keeps_columns_aligned() {
    let (_d, store) = store_with(ideas());
    let a = app(&store, (120, 36));
    let s = screen(&a);
    // The Sector column starts at the same display column on every row.
    let col = |line: &str, needle: &str| -> Option<usize> {
        let byte = line.find(needle)?;
        Some(unicode_width::UnicodeWidthStr::width(&line[..byte]))
    };
    let positions: Vec<usize> = s
        .lines()
        .filter(|l| {
            l.contains('#')
                && (l.contains("ecol ")
                    || l.contains("empl ")
                    || l.contains("educ ")
                    || l.contains("hlth "))
        })
        .filter_map(|l| {
            ["ecol ", "empl ", "educ ", "hlth "]
                .iter()
                .find_map(|n| col(l, n))
        })
        .collect();
    assert!(positions.len() >= 4, "{s}");
    assert!(
        positions.windows(2).all(|w| w[0] == w[1]),
        "{positions:?}\n{s}"
    );
}

#[test]
fn every_size_draws_without_panic() {
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (1, 1));
    for w in 1..=20u16 {
        for h in 1..=8u16 {
            send(&mut a, &store, [Msg::Screen(ScreenMsg::Resize(w, h))]);
            draw(&a);
            send(&mut a, &store, [Msg::Screen(ScreenMsg::ToggleHelp)]);
            draw(&a);
            send(
                &mut a,
                &store,
                [Msg::Screen(ScreenMsg::ToggleHelp), Msg::List(ListMsg::Open)],
            );
            draw(&a);
            send(&mut a, &store, [Msg::List(ListMsg::Back)]);
        }
    }
    for (w, h) in [(300, 100), (59, 20), (60, 20), (119, 30), (120, 30), (0, 0)] {
        send(&mut a, &store, [Msg::Screen(ScreenMsg::Resize(w, h))]);
        if w > 0 && h > 0 {
            draw(&a);
        }
    }
    let (_e, empty) = store_with(vec![]);
    let mut b = app(&empty, (1, 1));
    for w in 1..=20u16 {
        for h in 1..=8u16 {
            send(&mut b, &empty, [Msg::Screen(ScreenMsg::Resize(w, h))]);
            draw(&b);
        }
    }
}

/// Puts the app on one of its screens.
fn open_screen(a: &mut App, s: &sprout::store::Store, screen: usize) {
    let msgs: Vec<Msg> = match screen {
        0 => vec![],
        1 => vec![Msg::Screen(ScreenMsg::ToggleHelp)],
        2 => vec![Msg::Screen(ScreenMsg::ToggleStats)],
        3 => vec![Msg::Triage(TriageMsg::StartTriage)],
        4 => vec![Msg::Form(FormMsg::NewIdea)],
        5 => vec![Msg::Change(ChangeMsg::AddNote)],
        6 => vec![Msg::List(ListMsg::Open)],
        7 => vec![Msg::Form(FormMsg::EditIdea)],
        _ => vec![Msg::Query(QueryMsg::EditQuery)],
    };
    send(a, s, msgs);
}

#[test]
fn every_screen_draws_at_every_size_and_through_resizes() {
    let (_d, store) = store_with(ideas());
    // Every size from 0x0 to 300x100 with SPROUT_ALL_SIZES=1 (the long
    // run); in CI every small size and a grid up to 300x100.
    let all = std::env::var_os("SPROUT_ALL_SIZES").is_some();
    let mut sizes: Vec<(u16, u16)> = Vec::new();
    for w in 0..=300u16 {
        for h in 0..=100u16 {
            if all || (w <= 40 && h <= 14) || (w % 13 == 0 && h % 9 == 0) {
                sizes.push((w, h));
            }
        }
    }
    sizes.push((300, 100));
    let mut draws = 0usize;
    // In each language: Russian words are longer, and no width may make
    // them panic a layout.
    for (lang, screen) in [Lang::En, Lang::Ru]
        .into_iter()
        .flat_map(|l| (0..9).map(move |s| (l, s)))
    {
        let _speaking = sprout::i18n::speak_on_this_thread(lang);
        let mut a = app(&store, (120, 36));
        open_screen(&mut a, &store, screen);
        for &(w, h) in &sizes {
            send(&mut a, &store, [Msg::Screen(ScreenMsg::Resize(w, h))]);
            draw(&a);
            draws += 1;
        }
        // A walk of resizes, growing and shrinking, with keys between.
        let mut rng = 12345u64;
        for _ in 0..300 {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let (w, h) = ((rng >> 33) as u16 % 301, (rng >> 17) as u16 % 101);
            send(
                &mut a,
                &store,
                [
                    Msg::Screen(ScreenMsg::Resize(w, h)),
                    Msg::List(ListMsg::Move(Step::Down)),
                ],
            );
            draw(&a);
            draws += 1;
        }
    }
    eprintln!(
        "drew 9 screens in 2 languages {draws} times ({} sizes each, plus resize walks)",
        sizes.len()
    );
}

#[test]
fn help_and_the_form_open_over_the_welcome_screen() {
    let (_d, store) = store_with(Vec::new());
    let mut a = app(&store, (100, 30));
    type_text(&mut a, &store, "?");
    assert!(screen(&a).contains("Keys (? or Esc or q closes)"));
    type_text(&mut a, &store, "?n");
    assert!(
        screen(&a).contains("New idea · Tab next field"),
        "{}",
        screen(&a)
    );
}

#[test]
fn the_query_bar_placeholder_gives_examples_that_find_demo_ideas() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let run = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("sprout")
            .unwrap()
            .env("SPROUT_DB", &db)
            .env("SPROUT_NOW", NOW.rfc3339())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    // The README's tour starts on this database.
    run(&["demo", "--count", "500", "--seed", "1"]);
    let text = sprout::tui::strings::search_placeholder(&Default::default());
    let examples: Vec<&str> = text
        .split_once(": ")
        .unwrap()
        .1
        .trim_end_matches(" …")
        .split(", ")
        .collect();
    assert!(examples.len() >= 4, "{examples:?}");
    for example in examples {
        let found = run(&["list", example, "--format", "ids"]).lines().count();
        assert!(
            found > 0,
            "the placeholder's '{example}' finds nothing in the demo data"
        );
    }
}
