use super::*;
use crate::domain::{Sector, Stage};
use crate::tui::msg::Step;
use crate::tui::msg::{ChangeMsg, ListMsg, ScreenMsg, TriageMsg};
use crossterm::event::KeyCode;

fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

fn found(map: &Keymap, contexts: &[Context], code: KeyCode, mods: KeyModifiers) -> Option<Msg> {
    match map.lookup(contexts, &[], &press(code, mods)) {
        Lookup::Found(m) => Some(m),
        _ => None,
    }
}

#[test]
fn keys_map_to_messages_by_context() {
    let map = Keymap::default();
    let browse = [Context::Browse];
    let none = KeyModifiers::NONE;
    assert_eq!(
        found(&map, &browse, KeyCode::Char('j'), none),
        Some(Msg::List(ListMsg::Move(Step::Down)))
    );
    assert_eq!(
        found(&map, &browse, KeyCode::Char('G'), KeyModifiers::SHIFT),
        Some(Msg::List(ListMsg::Move(Step::Bottom)))
    );
    assert_eq!(
        found(&map, &browse, KeyCode::Char('d'), KeyModifiers::CONTROL),
        Some(Msg::List(ListMsg::Move(Step::HalfDown)))
    );
    assert_eq!(
        found(&map, &browse, KeyCode::Char('c'), KeyModifiers::CONTROL),
        Some(Msg::Screen(ScreenMsg::Quit))
    );
    assert_eq!(
        found(&map, &browse, KeyCode::BackTab, KeyModifiers::SHIFT),
        Some(Msg::List(ListMsg::FocusPrev))
    );
    assert_eq!(
        found(&map, &browse, KeyCode::Char(' '), none),
        Some(Msg::Change(ChangeMsg::ToggleMark))
    );
    assert_eq!(
        found(&map, &browse, KeyCode::Char('2'), none),
        Some(Msg::Change(ChangeMsg::SetSector(Sector::Education)))
    );
    assert_eq!(
        found(&map, &[Context::StagePrefix], KeyCode::Char('c'), none),
        Some(Msg::Change(ChangeMsg::SetStage(Stage::Scaling)))
    );
    assert_eq!(
        found(&map, &[Context::ScorePrefix], KeyCode::Char('0'), none),
        Some(Msg::Change(ChangeMsg::SetScore(None)))
    );
    assert_eq!(
        found(&map, &[Context::Triage], KeyCode::Char('n'), none),
        None,
        "new is not a triage outcome"
    );
    let sidebar = [Context::Sidebar, Context::Browse];
    assert_eq!(
        found(&map, &sidebar, KeyCode::Char(' '), none),
        Some(Msg::List(ListMsg::ToggleFacet))
    );
    assert_eq!(
        found(&map, &[Context::Query], KeyCode::Char('q'), none),
        None
    );
}

#[test]
fn no_key_overlaps_another_in_one_context() {
    let mut map = Keymap::default();
    assert_eq!(map.settle(&[]), Vec::<String>::new());
}

/// Parsing keys is tested in `crate::keys`; here, that every default key
/// reads back from the name the config file gives it.
#[test]
fn every_default_key_reads_back_from_its_config_name() {
    for b in Keymap::default().bindings() {
        for s in &b.keys {
            assert_eq!(
                Seq::parse(&s.config_name()).as_ref(),
                Ok(s),
                "{}",
                s.label()
            );
        }
    }
}

#[test]
fn terminal_keys_and_sprouts_convert_both_ways() {
    for b in Keymap::default().bindings() {
        for s in &b.keys {
            for k in &s.0 {
                let event = to_terminal(*k);
                assert!(matches(*k, &event), "{}", k.label());
                assert_eq!(from_terminal(event.code), Some(k.code));
            }
        }
    }
    // A key held with Super is in no binding.
    let super_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::SUPER);
    assert_eq!(
        Keymap::default().lookup(&[Context::Browse], &[], &super_j),
        Lookup::None
    );
}

#[test]
fn a_two_key_sequence_waits_for_its_second_key() {
    let mut map = Keymap::default();
    map.rebind(Context::Browse, "top", vec![Seq::parse("g g").unwrap()]);
    assert!(map.settle(&[(Context::Browse, "top".into())]).is_empty());
    let g = press(KeyCode::Char('g'), KeyModifiers::NONE);
    let browse = [Context::Browse];
    assert_eq!(map.lookup(&browse, &[], &g), Lookup::Pending(key('g')));
    assert_eq!(
        map.lookup(&browse, &[key('g')], &g),
        Lookup::Found(Msg::List(ListMsg::Move(Step::Top)))
    );
    assert_eq!(
        map.lookup(
            &browse,
            &[key('g')],
            &press(KeyCode::Char('x'), KeyModifiers::NONE)
        ),
        Lookup::None
    );
    assert_eq!(
        map.continuations(&browse, &[key('g')]),
        [("g g".to_string(), "go to the top".to_string())]
    );
}

#[test]
fn a_users_key_wins_over_a_default_and_the_loss_is_reported() {
    let mut map = Keymap::default();
    map.rebind(Context::Browse, "triage", vec![Seq::parse("x").unwrap()]);
    let notes = map.settle(&[(Context::Browse, "triage".into())]);
    assert_eq!(
        notes,
        [
            "keys.browse.archive: 'x' left out: it overlaps 'x' of triage",
            "keys.browse.archive: has no key left; bind it to another"
        ]
    );
    assert_eq!(
        found(
            &map,
            &[Context::Browse],
            KeyCode::Char('x'),
            KeyModifiers::NONE
        ),
        Some(Msg::Triage(TriageMsg::StartTriage))
    );
    assert!(
        map.help(Context::Browse)
            .iter()
            .any(|(k, h)| k == "(no key)" && h.starts_with("archive"))
    );
    assert!(
        map.help(Context::Browse)
            .iter()
            .any(|(k, h)| k == "x" && h.starts_with("triage"))
    );
}

#[test]
fn groups_show_as_one_line_naming_each_key() {
    let mut map = Keymap::default();
    map.rebind(
        Context::Browse,
        "sector-health",
        vec![Seq::parse("h").unwrap()],
    );
    map.settle(&[(Context::Browse, "sector-health".into())]);
    let help = map.help(Context::Browse);
    let line = help
        .iter()
        .find(|(_, h)| h.starts_with("set the sector"))
        .unwrap();
    assert_eq!(line.0, "h 2 3 4 5 6 0");
    assert!(
        line.1.starts_with("set the sector: h health, 2 education"),
        "{}",
        line.1
    );
    let hints = map.hints(&[Context::Triage]);
    assert_eq!(hints[0], ("1234560".to_string(), "sector".to_string()));
}

#[test]
fn words_that_name_keys_follow_the_bindings() {
    let mut map = Keymap::default();
    assert_eq!(
        map.fill("press {browse.search} to search, {browse.quit*} to quit, {no.such}"),
        "press / to search, q or Ctrl-c to quit, {no.such}"
    );
    map.rebind(Context::Browse, "search", vec![Seq::parse("F3").unwrap()]);
    map.rebind(Context::Browse, "quit", vec![]);
    assert_eq!(
        map.fill("press {browse.search}; {browse.quit} quits"),
        "press F3; (no key) quits"
    );
}

/// Every word of the key table a person reads has a message in each
/// language, and the English one says what the table says: help, the
/// status line and the config file's listing cannot drift apart.
#[test]
fn every_word_of_the_key_table_has_a_message_in_each_language() {
    use super::words;
    use crate::i18n::{Lang, Texts};
    let map = Keymap::default();
    for lang in Lang::ALL {
        let texts = Texts::new(lang);
        let check = |id: String, english: &str| {
            let text = texts.find(&id, &[]);
            assert!(text.is_some(), "{id} missing in {}", lang.code());
            if lang == Lang::En {
                assert_eq!(text.as_deref(), Some(english), "{id}");
            }
        };
        for c in Context::ALL {
            check(words::context_id(c), c.title());
            for b in map.bindings().iter().filter(|b| b.context == c) {
                if let Some(hint) = b.hint {
                    check(words::hint_id(hint), hint);
                }
                let says_its_key = b.keys.first().is_some_and(|k| k.label() == b.help);
                match b.group {
                    None => check(words::help_id(b), b.help),
                    Some(g) => {
                        check(words::group_id(b), g);
                        if !says_its_key {
                            let value = format!("ui-name-{}", b.action);
                            let id = if texts.find(&value, &[]).is_some() {
                                value
                            } else {
                                words::help_id(b)
                            };
                            check(id, b.help);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn help_and_hints_speak_russian_and_keep_their_keys() {
    let _ru = crate::i18n::speak_on_this_thread(crate::i18n::Lang::Ru);
    let map = Keymap::default();
    let help = map.help(Context::Browse);
    let sector = help.iter().find(|(_, h)| h.starts_with("сектор:")).unwrap();
    assert_eq!(sector.0, "1 2 3 4 5 6 0");
    assert!(
        sector.1.contains("1 здравоохр., 2 образование"),
        "{}",
        sector.1
    );
    assert!(help.contains(&("?".to_string(), "справка: все клавиши".to_string())));
    let hints = map.hints(&[Context::Triage]);
    assert_eq!(hints[0], ("1234560".to_string(), "сектор".to_string()));
    assert_eq!(map.fill("{help.close*}"), "? или Esc или q");
}
