//! Every prompt and dialog in Russian (issue 20, points 2 and 6), at
//! 120×36, 80×24 and 50×16, checked against reviewed snapshots: the stage
//! keys, the reason menu, the note, assignee, reviewers, duplicate and view
//! prompts, the form's discard question, the detail in focus, statistics,
//! the form and the review pane at 50×16, and the config file's notice
//! (its chrome: the problems are `config`'s words).

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::i18n::{Lang, speak_on_this_thread};
use sprout::store::Store;
use sprout::tui::app::App;

const SIZES: [(u16, u16); 3] = [(120, 36), (80, 24), (50, 16)];

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

/// A key as typed: a character, or Esc, Tab and Enter by name.
fn key(app: &mut App, store: &Store, k: &str) {
    let code = match k {
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "Enter" => KeyCode::Enter,
        c => KeyCode::Char(c.chars().next().unwrap()),
    };
    press(app, store, code, KeyModifiers::NONE);
}

/// English words of prompts and dialogs; none may be left on a Russian
/// screen (the test ideas' own English text aside, which these avoid).
const ENGLISH: &[&str] = &[
    "stage:",
    "reason",
    "Note",
    "note for",
    "Assignee",
    "reviewers",
    "per idea",
    "duplicate of",
    "View name",
    "Discard",
    "changes",
    "focus:",
    "Config",
    "problem",
    "any key",
    "close",
    "cancel",
];

/// Draws the screen `keys` lead to at every size, in Russian, checks it
/// names `expected` and no English word, and snapshots it as `name`.
fn check(name: &str, keys: &[&str], expected: &str) {
    check_sized(name, keys, [expected; 3]);
}

/// As [`check`], with what each of [`SIZES`] must show.
fn check_sized(name: &str, keys: &[&str], expected_at: [&str; 3]) {
    let _ru = speak_on_this_thread(Lang::Ru);
    sprout::store::actor::set_configured_user(Some("olga"));
    for ((w, h), expected) in SIZES.into_iter().zip(expected_at) {
        let (_d, store) = store_with(ideas());
        let mut a = app(&store, (w, h));
        for k in keys {
            key(&mut a, &store, k);
        }
        let s = screen(&a);
        assert!(
            s.contains(expected),
            "{name} {w}x{h}: no '{expected}':\n{s}"
        );
        for word in ENGLISH {
            assert!(
                !s.contains(word),
                "{name} {w}x{h}: '{word}' is English:\n{s}"
            );
        }
        insta::assert_snapshot!(format!("{name}_ru_{w}x{h}"), s);
    }
}

#[test]
fn the_stage_keys_in_russian() {
    // Each key with its Russian word where room allows (the keys are
    // letters of the English names); at 50 columns the keys alone.
    check_sized(
        "stage_keys",
        &["S"],
        ["p пилот  c масштабир.", "p пилт  c масш", "nripcsd стадия"],
    );
}

#[test]
fn the_reason_menu_in_russian() {
    check("reason_menu", &["S", "d"], "Причина");
}

#[test]
fn the_note_prompt_in_russian() {
    check("note_prompt", &["a"], "аметка");
}

#[test]
fn the_assignee_prompt_in_russian() {
    check("assignee_prompt", &["A"], "тветственн");
}

#[test]
fn the_reviewers_prompt_in_russian() {
    check("reviewers_prompt", &["P"], "ецензент");
}

#[test]
fn the_duplicate_prompts_in_russian() {
    check("duplicate_prompt", &["D"], "дубль какой идеи?");
    check("not_duplicate_prompt", &["N"], "дубл");
}

#[test]
fn the_view_prompt_in_russian() {
    check("view_prompt", &["w"], "ид");
}

#[test]
fn the_forms_discard_question_in_russian() {
    check("form_discard", &["e", "x", "Esc"], "Отбросить изменения?");
}

#[test]
fn the_detail_in_focus_in_russian() {
    check("detail_focus", &["Enter"], "Карточка");
}

#[test]
fn statistics_at_50x16_in_russian() {
    let _ru = speak_on_this_thread(Lang::Ru);
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (50, 16));
    key(&mut a, &store, "v");
    let s = screen(&a);
    assert!(s.contains("Статистика"), "{s}");
    insta::assert_snapshot!("stats_ru_50x16", s);
}

#[test]
fn the_form_and_the_review_pane_at_50x16_in_russian() {
    let _ru = speak_on_this_thread(Lang::Ru);
    sprout::store::actor::set_configured_user(Some("olga"));
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (50, 16));
    key(&mut a, &store, "e");
    let s = screen(&a);
    assert!(s.contains("Название"), "{s}");
    insta::assert_snapshot!("form_ru_50x16", s);
    let mut a = app(&store, (50, 16));
    key(&mut a, &store, "R");
    let s = screen(&a);
    assert!(s.contains("актуальность"), "{s}");
    insta::assert_snapshot!("review_pane_ru_50x16", s);
}

#[test]
fn the_config_files_notice_in_russian() {
    let _ru = speak_on_this_thread(Lang::Ru);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    std::fs::write(
        &file,
        "theme = \"purple\"\nsort = 3\n[keys]\nquit = \"Ctrl-Q-Z\"\n",
    )
    .unwrap();
    let keymap = sprout::tui::keymap::Keymap::default();
    let mut loaded = sprout::config::load(Some((file, true)), &keymap);
    assert!(!loaded.errors.is_empty());
    // The snapshots show a home's path, not the temporary directory's.
    let temporary = dir.path().to_str().unwrap();
    for e in &mut loaded.errors {
        *e = e.replace(temporary, "/home/olga/.config/sprout");
    }
    for (w, h) in SIZES {
        let (_d, store) = store_with(ideas());
        let mut a = app(&store, (w, h));
        sprout::tui::runtime::configure(&mut a, &loaded);
        let s = screen(&a);
        assert!(
            s.contains("Ошибки в настройках: запуск по умолчанию"),
            "{w}x{h}:\n{s}"
        );
        assert!(s.contains("строка 1:"), "{w}x{h}:\n{s}");
        // The problems are said in Russian too; the settings' names are
        // the file's own words.
        for word in ["Config file", "any key", "line 1", "unknown", "expected"] {
            assert!(!s.contains(word), "{w}x{h}: '{word}' is English:\n{s}");
        }
        insta::assert_snapshot!(format!("config_notice_ru_{w}x{h}"), s);
    }
}
