//! Popups and prompts tell the truth: for every one of them, each key its
//! title (or its question) and the status line name is really bound there
//! and does what the words say, and the title names no key the status line
//! does not. The keys are pressed through the real key mapping.

mod common;
use common::*;
use crossterm::event::{Event, KeyCode, KeyModifiers};
use sprout::domain::{Idea, View};
use sprout::store::Store;
use sprout::tui::app::{App, Dialog};
use sprout::tui::keymap::Key;
use sprout::tui::msg::{FormMsg, Msg};

/// Everything stored: every idea in full, and the views.
fn stored(store: &Store) -> (Vec<Idea>, Vec<View>) {
    let ideas = store
        .rows()
        .unwrap()
        .iter()
        .map(|r| store.idea(r.id).unwrap().unwrap())
        .collect();
    (ideas, store.views().unwrap())
}

/// Presses a key as help and hints write it (`Ctrl-s`, `Esc`, `y`).
fn press_label(
    app: &mut App,
    store: &Store,
    label: &str,
    editor: &mut dyn FnMut(&str) -> Result<String, String>,
) {
    let key = Key::parse(label).unwrap_or_else(|e| panic!("{label}: {e}"));
    let event = Event::Key(sprout::tui::keymap::to_terminal(key));
    if let Some(msg) = sprout::tui::message_for(app, event) {
        sprout::tui::dispatch(app, store, msg, editor);
    }
}

/// What pressing a named key must have done.
type Check = fn(&App, &Store, &(Vec<Idea>, Vec<View>), &str) -> Result<(), String>;

fn closes_and_stores(
    app: &App,
    store: &Store,
    before: &(Vec<Idea>, Vec<View>),
    _: &str,
) -> Result<(), String> {
    if open(app) {
        return Err("the popup is still open".into());
    }
    if stored(store) == *before {
        return Err("nothing was stored".into());
    }
    Ok(())
}

fn closes_and_keeps(
    app: &App,
    store: &Store,
    before: &(Vec<Idea>, Vec<View>),
    _: &str,
) -> Result<(), String> {
    if open(app) {
        return Err("the popup is still open".into());
    }
    if stored(store) != *before {
        return Err("something was stored".into());
    }
    Ok(())
}

/// Whether any popup, prompt, form or help is open.
fn open(app: &App) -> bool {
    app.overlays.prompt().is_some()
        || app.overlays.form().is_some()
        || app.overlays.dialog().is_some()
        || app.overlays.help().is_some()
}

struct Case {
    name: &'static str,
    /// The start of the popup's title (or of its question's text).
    title: &'static str,
    /// Whether the keys are named in the title (else in the question).
    keys_in_title: bool,
    data: fn() -> Vec<Idea>,
    open: fn(&mut App, &Store),
    /// What each word the keys are named with must do.
    then: &'static [(&'static str, Check)],
}

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

/// 60 ideas: more than a change asks about.
fn many() -> Vec<Idea> {
    (0..60)
        .map(|n| Idea::new(format!("Idea number {n}"), NOW))
        .collect()
}

fn broken_editor(text: &str) -> Result<String, String> {
    Ok(text.replace("sector: disparities", "sector: space"))
}

/// The text the editor is handed the second time, for "edit again".
static EDITOR_GOT: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "note",
            title: "Note for",
            keys_in_title: true,
            data: ideas,
            open: |a, s| {
                key(a, s, 'a');
                type_text(a, s, "Called them");
            },
            then: &[("save", closes_and_stores), ("cancel", closes_and_keeps)],
        },
        Case {
            name: "assignee",
            title: "Assignee for",
            keys_in_title: true,
            data: ideas,
            open: |a, s| {
                key(a, s, 'A');
                type_text(a, s, "olga");
            },
            then: &[("save", closes_and_stores), ("cancel", closes_and_keeps)],
        },
        Case {
            name: "new view",
            title: "Name of",
            keys_in_title: true,
            data: ideas,
            open: |a, s| {
                key(a, s, 'w');
                type_text(a, s, "Everything");
            },
            then: &[("save", closes_and_stores), ("cancel", closes_and_keeps)],
        },
        Case {
            name: "rename view",
            title: "Rename the view",
            keys_in_title: true,
            data: ideas,
            open: |a, s| {
                press(a, s, KeyCode::BackTab, KeyModifiers::NONE);
                key(a, s, 'r');
                type_text(a, s, " (old)");
            },
            then: &[("save", closes_and_stores), ("cancel", closes_and_keeps)],
        },
        Case {
            name: "delete view",
            title: "Delete the view",
            keys_in_title: false,
            data: ideas,
            open: |a, s| {
                press(a, s, KeyCode::BackTab, KeyModifiers::NONE);
                key(a, s, 'd');
            },
            then: &[("yes", closes_and_stores), ("no", closes_and_keeps)],
        },
        Case {
            name: "editor errors",
            title: "Edit again and",
            keys_in_title: false,
            data: ideas,
            open: |a, s| {
                sprout::tui::dispatch(a, s, Msg::Form(FormMsg::ExternalEdit), &mut broken_editor)
            },
            then: &[
                ("edit again", |a, _, _, _| {
                    // The editor had the text back, and it was broken again.
                    let got = EDITOR_GOT.lock().unwrap().clone();
                    match a.overlays.dialog() {
                        Some(Dialog::EditorErrors { text, .. })
                            if got.contains("sector: space") && *text == got =>
                        {
                            Ok(())
                        }
                        other => Err(format!("the editor got {got:?}; then {other:?}")),
                    }
                }),
                ("discard", closes_and_keeps),
            ],
        },
        Case {
            name: "new idea form",
            title: "New idea",
            keys_in_title: true,
            data: ideas,
            open: |a, s| {
                key(a, s, 'n');
                type_text(a, s, "A new idea");
            },
            then: &[
                ("next field", |a, _, _, _| match a.overlays.form() {
                    Some(f) if f.focus == 1 => Ok(()),
                    _ => Err("the focus did not move to the next field".into()),
                }),
                ("save", closes_and_stores),
                ("cancel", |a, _, _, _| match a.overlays.form() {
                    Some(f) if f.confirm_cancel => Ok(()),
                    _ => Err("a changed form did not ask before cancelling".into()),
                }),
            ],
        },
        Case {
            name: "edit form",
            title: "Edit #",
            keys_in_title: true,
            data: ideas,
            open: |a, s| key(a, s, 'e'),
            then: &[
                ("next field", |a, _, _, _| match a.overlays.form() {
                    Some(f) if f.focus == 1 => Ok(()),
                    _ => Err("the focus did not move to the next field".into()),
                }),
                ("save", |a, s, before, w| {
                    // Nothing was changed: saving closes and says so.
                    closes_and_keeps(a, s, before, w)?;
                    match a.message.as_deref() {
                        Some("no changes") => Ok(()),
                        other => Err(format!("message {other:?}")),
                    }
                }),
                ("cancel", closes_and_keeps),
            ],
        },
        Case {
            name: "discard the form",
            title: "Discard the changes",
            keys_in_title: false,
            data: ideas,
            open: |a, s| {
                key(a, s, 'n');
                type_text(a, s, "A new idea");
                press(a, s, KeyCode::Esc, KeyModifiers::NONE);
            },
            then: &[
                ("yes", closes_and_keeps),
                ("no", |a, _, _, _| match a.overlays.form() {
                    Some(f) if !f.confirm_cancel => Ok(()),
                    _ => Err("no did not go back to the form".into()),
                }),
            ],
        },
        Case {
            name: "a change to many ideas",
            title: "Set the sector of 60 ideas",
            keys_in_title: false,
            data: many,
            open: |a, s| {
                key(a, s, 'V');
                key(a, s, '1');
            },
            then: &[("yes", closes_and_stores), ("no", closes_and_keeps)],
        },
        Case {
            name: "help",
            title: "Keys (",
            keys_in_title: false,
            data: ideas,
            open: |a, s| {
                key(a, s, '?');
                press(a, s, KeyCode::Down, KeyModifiers::NONE);
                press(a, s, KeyCode::Down, KeyModifiers::NONE);
            },
            then: &[
                ("close", closes_and_keeps),
                ("next page", |a, _, _, _| match a.overlays.help() {
                    Some(n) if n > 2 => Ok(()),
                    other => Err(format!("help is at {other:?}")),
                }),
                ("previous page", |a, _, _, _| match a.overlays.help() {
                    Some(0) => Ok(()),
                    other => Err(format!("help is at {other:?}")),
                }),
            ],
        },
    ]
}

#[test]
fn every_popup_and_prompt_names_keys_that_do_what_they_say() {
    for case in cases() {
        let (_d, store) = store_with((case.data)());
        let mut a = app(&store, (120, 36));
        (case.open)(&mut a, &store);
        assert!(open(&a), "{}: nothing opened", case.name);
        let screen = rows(&a);
        let status = screen.last().unwrap().clone();
        let hints = a.keymap.hints_in(&sprout::tui::scope(&a));
        let words: Vec<&str> = hints.iter().map(|(_, w)| w.as_str()).collect();
        let expected: Vec<&str> = case.then.iter().map(|(w, _)| *w).collect();
        assert_eq!(words, expected, "{}: the keys named", case.name);
        // Where the popup names its keys: its title, or its question.
        let title = screen
            .iter()
            .find(|r| r.contains(case.title))
            .unwrap_or_else(|| {
                panic!(
                    "{}: no '{}' on screen:\n{}",
                    case.name,
                    case.title,
                    screen.join("\n")
                )
            });
        let keys_line = if case.keys_in_title {
            title.clone()
        } else {
            let (k, w) = &hints[0];
            screen
                .iter()
                .find(|r| r.contains(&format!("{k} {w}")) && *r != &status)
                .cloned()
                .unwrap_or_default()
        };
        for (k, w) in &hints {
            let named = format!("{k} {w}");
            assert!(
                status.contains(&named),
                "{}: status line lacks '{named}': {status}",
                case.name
            );
            if case.name != "help" {
                assert!(
                    keys_line.contains(&named),
                    "{}: popup lacks '{named}':\n{}",
                    case.name,
                    screen.join("\n")
                );
            }
        }
        if case.keys_in_title {
            // Every `key word` the title names after its subject is one of them.
            let from = title.find(case.title).unwrap();
            let inside = title[from..].split('┐').next().unwrap();
            for part in inside.split(" · ").skip(1) {
                let part = part.trim_end_matches('─').trim();
                assert!(
                    hints.iter().any(|(k, w)| format!("{k} {w}") == part),
                    "{}: the title names '{part}', which the status line does not",
                    case.name
                );
            }
        }
        // Each named key, pressed on a fresh popup, does what it says.
        for ((label, word), (_, check)) in hints.iter().zip(case.then) {
            let (_d, store) = store_with((case.data)());
            let mut a = app(&store, (120, 36));
            (case.open)(&mut a, &store);
            let before = stored(&store);
            let mut editor = |t: &str| {
                *EDITOR_GOT.lock().unwrap() = t.to_string();
                Ok(t.to_string())
            };
            press_label(&mut a, &store, label, &mut editor);
            if let Err(e) = check(&a, &store, &before, word) {
                panic!("{}: '{label} {word}': {e}", case.name);
            }
        }
    }
}

#[test]
fn notices_and_summaries_close_on_any_key() {
    let (_d, store) = store_with(ideas());
    for dialog in [
        Dialog::Notice {
            title: " Config file errors ".into(),
            lines: vec!["line 3: oops".into()],
        },
        Dialog::Summary {
            title: " Triage ".into(),
            lines: vec!["Triaged 1 of 3 new ideas this session.".into()],
        },
    ] {
        let mut a = app(&store, (120, 36));
        a.overlays
            .push(sprout::tui::screen::Overlay::Dialog(dialog));
        let status = rows(&a).last().unwrap().clone();
        assert!(status.contains("any key close"), "{status}");
        let before = stored(&store);
        key(&mut a, &store, 'x');
        assert!(a.overlays.dialog().is_none());
        assert_eq!(stored(&store), before, "the key did nothing else");
    }
}

#[test]
fn at_50x16_no_prompt_title_cuts_a_key_in_half() {
    let (_d, store) = store_with(common::ideas());
    for opener in ['a', 'A', 'e', 'n'] {
        let mut app = app(&store, (50, 16));
        press(&mut app, &store, KeyCode::Char(opener), KeyModifiers::NONE);
        let title = rows(&app)
            .into_iter()
            .find(|r| {
                r.starts_with('┌')
                    && ["Note for", "Assignee for", "Edit #", "New idea"]
                        .iter()
                        .any(|w| r.contains(w))
            })
            .unwrap_or_else(|| panic!("no popup title after {opener}"));
        // The hints are whole: the last of them is cancelling.
        assert!(title.contains(" · Esc cancel "), "{opener}: {title}");
    }
}
