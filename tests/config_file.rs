//! The config file read into sprout's own types, and its keys checked
//! against the UI's table (moved from src/config/tests.rs, so that config
//! itself names nothing of the UI).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use sprout::config::{DEFAULT_DATE_FORMAT, Loaded};
use sprout::palette::{Colour, Palette, SLOTS, Slot};
use sprout::query::SortKey;
use sprout::tui::keymap::{Context, Keymap, Lookup};

fn parse(text: &str) -> Result<(sprout::config::Config, Vec<String>), Vec<String>> {
    sprout::config::parse(text, &Keymap::default())
}

fn load(path: Option<(std::path::PathBuf, bool)>) -> Loaded {
    sprout::config::load(path, &Keymap::default())
}

fn default_file() -> String {
    sprout::config::default_file(&Keymap::default())
}

#[test]
fn the_default_file_parses_to_the_defaults_and_uncommented_too() {
    let text = default_file();
    let (config, notes) = parse(&text).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(config.theme, Palette::dark());
    assert_eq!(config.sort, SortKey::Updated);
    assert!(config.sidebar);
    assert_eq!(config.date_format, DEFAULT_DATE_FORMAT);
    // Not set: the UI writes dates its language's way.
    assert!(!config.date_format_set);
    // Every colour line, uncommented, is valid and changes nothing.
    let uncommented: String = text
        .lines()
        .map(|l| {
            let colour_line = SLOTS
                .iter()
                .any(|(_, name, _)| l.starts_with(&format!("# {name} = ")));
            if colour_line { &l[2..] } else { l }
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(uncommented, text);
    let (config, _) = parse(&uncommented).unwrap();
    assert_eq!(config.theme, Palette::dark());
    // Every action is in the file.
    for b in Keymap::default().bindings() {
        assert!(
            text.contains(&format!("\n{} = ", b.action)),
            "{} missing",
            b.action
        );
    }
}

#[test]
fn settings_are_read() {
    let text = r##"
theme = "light"

[colors]
match = "#ff8000"
stage-new = "21"

[defaults]
sort = "score"
sidebar = false
date_format = "%d.%m.%Y"

[keys.browse]
top = "g g"
move-down = ["j", "Ctrl-n"]
"##;
    let (config, notes) = parse(text).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(config.theme.name, "light");
    assert_eq!(config.theme.get(Slot::Match), Colour::Rgb(255, 128, 0));
    assert_eq!(config.theme.get(Slot::StageNew), Colour::Indexed(21));
    assert_eq!(
        config.theme.get(Slot::Border),
        Palette::light().get(Slot::Border)
    );
    assert_eq!(config.sort, SortKey::Score);
    assert!(!config.sidebar);
    assert_eq!(config.date_format, "%d.%m.%Y");
    assert!(config.date_format_set);
    let g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::NONE);
    assert!(matches!(
        Keymap::configured(&config.keys)
            .0
            .lookup(&[Context::Browse], &[], &g),
        Lookup::Pending(_)
    ));
    let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(
        Keymap::configured(&config.keys)
            .0
            .lookup(&[Context::Browse], &[], &ctrl_n),
        Lookup::Found(sprout::tui::msg::Msg::List(
            sprout::tui::msg::ListMsg::Move(sprout::tui::msg::Step::Down)
        ))
    );
}

#[test]
fn colours_apply_over_the_theme_whichever_comes_first() {
    let text = "[colors]\nmatch = \"red\"\n";
    let (a, _) = parse(text).unwrap();
    assert_eq!(a.theme.get(Slot::Match), Colour::Red);
    let (b, _) = parse("colors = { match = \"red\" }\ntheme = \"high-contrast\"\n").unwrap();
    assert_eq!(b.theme.get(Slot::Match), Colour::Red);
    assert_eq!(b.theme.name, "high-contrast");
}

#[test]
fn every_error_is_reported_with_its_line_and_key() {
    let text = r#"theme = "solarized"
colour = "red"

[colors]
match = "blurple"
nope = "red"

[defaults]
sort = "random"
sidebar = "yes"
date_format = "%Y-%Q"

[keys.browse]
move-dwn = "j"
top = "Dwn"

[keys.query]
keep = "x"

[keys.nowhere]
quit = "q"
"#;
    let errors = parse(text).unwrap_err();
    assert_eq!(
        errors,
        [
            "line 1: theme: unknown theme 'solarized' (themes: dark, light, high-contrast)",
            "line 2: colour: unknown setting (settings: theme, db, user, language, [colors], [defaults], [keys.…], [synonyms.…])",
            "line 5: colors.match: 'blurple' is not a colour (a name such as red, lightblue or darkgray; #rrggbb; or 0-255)",
            "line 6: colors.nope: unknown colour (`sprout config --default` lists them)",
            "line 9: defaults.sort: expected one of updated, created, title, score, stage",
            "line 10: defaults.sidebar: expected true or false",
            "line 11: defaults.date_format: '%Y-%Q' is not a date format (strftime items such as %Y-%m-%d %H:%M)",
            "line 14: keys.browse.move-dwn: unknown action in browse (`sprout config --default` lists them)",
            "line 15: keys.browse.top: 'Dwn' is not a key (a character, Ctrl-x, or one of: Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PgUp, PgDn, F1…F12)",
            "line 18: keys.query.keep: 'x' cannot be bound where text is typed: use one key with Ctrl, or a named key such as Enter or F2",
            "line 20: keys.nowhere: unknown mode (modes: browse, sidebar, stage, score, reason, triage, stats, query, prompt, form, review, review-comment, dialog, detail, help)",
        ]
    );
}

#[test]
fn broken_toml_is_one_error_with_its_line() {
    let errors = parse("theme = \"dark\"\n\n[keys.browse\nquit = \"q\"\n").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("line 3: not valid TOML: "),
        "{errors:?}"
    );
}

#[test]
fn a_file_with_errors_loads_as_the_defaults_and_a_missing_one_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "theme = \"light\"\n[defaults]\nsidebar = 3\n").unwrap();
    let loaded = load(Some((path.clone(), true)));
    assert_eq!(
        loaded.config.theme,
        Palette::dark(),
        "defaults, not half of the file"
    );
    assert_eq!(
        loaded.errors,
        [format!(
            "{}: line 3: defaults.sidebar: expected true or false",
            path.display()
        )]
    );
    let missing = dir.path().join("none.toml");
    let quiet = load(Some((missing.clone(), false)));
    assert!(quiet.errors.is_empty());
    let asked = load(Some((missing, true)));
    assert_eq!(asked.errors.len(), 1);
    assert!(asked.errors[0].contains("cannot read it"));
}

#[test]
fn overlapping_keys_are_settled_and_reported() {
    let text = "[keys.browse]\ntriage = \"x\"\ntop = \"g g\"\nbottom = \"g\"\n";
    let (config, notes) = parse(text).unwrap();
    assert_eq!(
        notes,
        [
            "keys.browse.bottom: 'g' left out: it overlaps 'g g' of top",
            "keys.browse.archive: 'x' left out: it overlaps 'x' of triage",
            "keys.browse.archive: has no key left; bind it to another",
        ]
    );
    let x = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
    assert_eq!(
        Keymap::configured(&config.keys)
            .0
            .lookup(&[Context::Browse], &[], &x),
        Lookup::Found(sprout::tui::msg::Msg::Triage(
            sprout::tui::msg::TriageMsg::StartTriage
        ))
    );
}

#[test]
fn the_language_is_read_and_an_unknown_one_is_refused_by_line() {
    let (config, _) = parse("language = \"ru\"\n").unwrap();
    assert_eq!(config.language, Some(sprout::i18n::Lang::Ru));
    let (config, _) = parse("theme = \"dark\"\n").unwrap();
    assert_eq!(config.language, None, "none given: the locale decides");
    assert_eq!(
        parse("\nlanguage = \"fr\"\n").unwrap_err(),
        ["line 2: language: unknown language 'fr' (languages: en, ru)"]
    );
}

/// In Russian the default file's comments are Russian (a person reads
/// them) and its settings the same words as in English, so it parses to
/// the same defaults; every key binding still says what it does.
#[test]
fn the_default_file_in_russian_has_russian_comments_and_the_same_settings() {
    let english = default_file();
    let russian = {
        let _ru = sprout::i18n::speak_on_this_thread(sprout::i18n::Lang::Ru);
        default_file()
    };
    let settings = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| l.split(" #").next().unwrap().trim_end().to_string())
            .collect()
    };
    assert_eq!(settings(&russian), settings(&english));
    let (config, notes) = parse(&russian).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(config.theme, Palette::dark());
    assert!(russian.starts_with("# Файл настроек sprout."), "{russian}");
    assert!(
        russian.contains("\n[keys.triage]   # Разбор\n"),
        "{russian}"
    );
    assert!(
        russian.contains("# сектор: Здравоохранение и соцзащита\n"),
        "{russian}"
    );
    // No comment is left in English prose (key names and values such as
    // `PgDn` or `dark` are the file's own words in every language).
    for line in russian.lines().filter(|l| l.contains('#')) {
        let comment = format!(" {} ", &line[line.find('#').unwrap() + 1..]);
        for word in [" the ", " and ", " of ", " to ", " is ", " a ", " set "] {
            assert!(!comment.contains(word), "an English comment: {line}");
        }
    }
}
