//! The one table of keys: (context, key) → message. Input handling, the
//! help overlay and the status-line hints are all read from it, so they
//! cannot drift from the keys that really work.

use super::msg::{Msg, Step};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a key applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Browsing, whatever pane has focus.
    Browse,
    /// The filter sidebar has focus.
    Sidebar,
    /// The query bar is being edited.
    Query,
    /// The help overlay is open.
    Help,
    /// The detail is open full screen (narrow terminals).
    Detail,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Browse => "Browsing",
            Context::Sidebar => "Filter sidebar",
            Context::Query => "Editing the query",
            Context::Help => "Help",
            Context::Detail => "Full-screen detail",
        }
    }
}

/// One key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

impl Key {
    /// How the key is written in help: `j`, `Ctrl-d`, `PgDn`.
    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    fn matches(self, event: &KeyEvent) -> bool {
        // Shift is part of the character for letters ('G'), and terminals
        // differ in whether they report it, so it is ignored for chars.
        let mods = event.modifiers - KeyModifiers::SHIFT;
        match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && mods == self.mods,
            (a, b) => a == b && (event.modifiers == self.mods || (a == KeyCode::BackTab)),
        }
    }
}

/// A row of the key table.
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Key>,
    pub msg: Msg,
    pub help: &'static str,
    /// Shown in the status line when this context is active.
    pub hint: Option<&'static str>,
}

/// Every key sprout knows.
pub fn bindings() -> &'static [Binding] {
    use Context::*;
    static TABLE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let b = |context, keys: Vec<Key>, msg, help, hint| Binding {
            context,
            keys,
            msg,
            help,
            hint,
        };
        vec![
            b(
                Browse,
                vec![key('j'), code(KeyCode::Down)],
                Msg::Move(Step::Down),
                "move down",
                None,
            ),
            b(
                Browse,
                vec![key('k'), code(KeyCode::Up)],
                Msg::Move(Step::Up),
                "move up",
                None,
            ),
            b(
                Browse,
                vec![key('g'), code(KeyCode::Home)],
                Msg::Move(Step::Top),
                "go to the top",
                None,
            ),
            b(
                Browse,
                vec![key('G'), code(KeyCode::End)],
                Msg::Move(Step::Bottom),
                "go to the bottom",
                None,
            ),
            b(
                Browse,
                vec![code(KeyCode::PageDown)],
                Msg::Move(Step::PageDown),
                "page down",
                None,
            ),
            b(
                Browse,
                vec![code(KeyCode::PageUp)],
                Msg::Move(Step::PageUp),
                "page up",
                None,
            ),
            b(
                Browse,
                vec![ctrl('d')],
                Msg::Move(Step::HalfDown),
                "half a page down",
                None,
            ),
            b(
                Browse,
                vec![ctrl('u')],
                Msg::Move(Step::HalfUp),
                "half a page up",
                None,
            ),
            b(
                Browse,
                vec![key('/')],
                Msg::EditQuery,
                "search: edit the query",
                Some("search"),
            ),
            b(
                Browse,
                vec![code(KeyCode::Tab)],
                Msg::FocusNext,
                "focus the next pane",
                Some("pane"),
            ),
            b(
                Browse,
                vec![code(KeyCode::BackTab)],
                Msg::FocusPrev,
                "focus the previous pane",
                None,
            ),
            b(
                Browse,
                vec![key('f')],
                Msg::ToggleSidebar,
                "show or hide the filter sidebar",
                Some("filters"),
            ),
            b(
                Browse,
                vec![key('o')],
                Msg::CycleSort,
                "cycle the sort order",
                Some("sort"),
            ),
            b(
                Browse,
                vec![code(KeyCode::Enter)],
                Msg::Open,
                "open the selected idea",
                None,
            ),
            b(
                Browse,
                vec![code(KeyCode::Esc)],
                Msg::Back,
                "close / back",
                None,
            ),
            b(
                Browse,
                vec![key('?')],
                Msg::ToggleHelp,
                "help: every key",
                Some("help"),
            ),
            b(
                Browse,
                vec![key('q'), ctrl('c')],
                Msg::Quit,
                "quit",
                Some("quit"),
            ),
            b(
                Sidebar,
                vec![key(' ')],
                Msg::ToggleFacet,
                "tick or untick the filter",
                Some("tick"),
            ),
            b(
                Query,
                vec![code(KeyCode::Enter)],
                Msg::AcceptQuery,
                "keep the query",
                Some("keep"),
            ),
            b(
                Query,
                vec![code(KeyCode::Esc)],
                Msg::ClearQuery,
                "clear the query",
                Some("clear"),
            ),
            b(Query, vec![ctrl('c')], Msg::Quit, "quit", None),
            b(
                Help,
                vec![key('?'), code(KeyCode::Esc), key('q')],
                Msg::ToggleHelp,
                "close help",
                Some("close"),
            ),
            b(
                Help,
                vec![key('j'), code(KeyCode::Down)],
                Msg::Move(Step::Down),
                "scroll down",
                None,
            ),
            b(
                Help,
                vec![key('k'), code(KeyCode::Up)],
                Msg::Move(Step::Up),
                "scroll up",
                None,
            ),
            b(Help, vec![ctrl('c')], Msg::Quit, "quit", None),
            b(
                Detail,
                vec![code(KeyCode::Esc)],
                Msg::Back,
                "back to the list",
                Some("back"),
            ),
            b(
                Detail,
                vec![key('j'), code(KeyCode::Down)],
                Msg::Move(Step::Down),
                "scroll down",
                None,
            ),
            b(
                Detail,
                vec![key('k'), code(KeyCode::Up)],
                Msg::Move(Step::Up),
                "scroll up",
                None,
            ),
            b(
                Detail,
                vec![key('?')],
                Msg::ToggleHelp,
                "help",
                Some("help"),
            ),
            b(
                Detail,
                vec![key('q'), ctrl('c')],
                Msg::Quit,
                "quit",
                Some("quit"),
            ),
        ]
    })
}

/// The message a key means in the given contexts (most specific first).
pub fn lookup(contexts: &[Context], event: &KeyEvent) -> Option<Msg> {
    contexts.iter().find_map(|ctx| {
        bindings()
            .iter()
            .filter(|b| b.context == *ctx)
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
            .map(|b| b.msg.clone())
    })
}

/// `key label  what it does` hints for the status line.
pub fn hints(contexts: &[Context]) -> Vec<(String, &'static str)> {
    contexts
        .iter()
        .flat_map(|ctx| bindings().iter().filter(move |b| b.context == *ctx))
        .filter_map(|b| b.hint.map(|h| (b.keys[0].label(), h)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_map_to_messages_by_context() {
        let browse = [Context::Browse];
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Msg::Move(Step::Down))
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Msg::Move(Step::Bottom))
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Msg::Move(Step::HalfDown))
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Msg::Quit)
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Msg::FocusPrev)
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char(' '), KeyModifiers::NONE)),
            None
        );
        let sidebar = [Context::Sidebar, Context::Browse];
        assert_eq!(
            lookup(&sidebar, &press(KeyCode::Char(' '), KeyModifiers::NONE)),
            Some(Msg::ToggleFacet)
        );
        assert_eq!(
            lookup(
                &[Context::Query],
                &press(KeyCode::Char('q'), KeyModifiers::NONE)
            ),
            None
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        let all = bindings();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                if a.context == b.context {
                    for k in &a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{} bound twice in {:?}",
                            k.label(),
                            a.context
                        );
                    }
                }
            }
        }
    }
}
