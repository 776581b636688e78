//! One key and a sequence of keys, as the key table and the config file
//! write them.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

pub(super) const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
pub(super) const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}
pub(super) const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

/// Named keys: (name in the config file, code, label in help).
const NAMED: &[(&str, KeyCode, &str)] = &[
    ("Space", KeyCode::Char(' '), "Space"),
    ("Enter", KeyCode::Enter, "Enter"),
    ("Esc", KeyCode::Esc, "Esc"),
    ("Tab", KeyCode::Tab, "Tab"),
    ("Shift-Tab", KeyCode::BackTab, "Shift-Tab"),
    ("Backspace", KeyCode::Backspace, "Backspace"),
    ("Delete", KeyCode::Delete, "Delete"),
    ("Insert", KeyCode::Insert, "Insert"),
    ("Up", KeyCode::Up, "↑"),
    ("Down", KeyCode::Down, "↓"),
    ("Left", KeyCode::Left, "←"),
    ("Right", KeyCode::Right, "→"),
    ("Home", KeyCode::Home, "Home"),
    ("End", KeyCode::End, "End"),
    ("PgUp", KeyCode::PageUp, "PgUp"),
    ("PgDn", KeyCode::PageDown, "PgDn"),
];

impl Key {
    /// How the key is written in help: `j`, `Ctrl-d`, `PgDn`, `↑`.
    pub fn label(self) -> String {
        self.written(|(_, _, label)| label)
    }

    /// How the key is written in the config file: `j`, `Ctrl-d`, `Up`.
    pub fn config_name(self) -> String {
        self.written(|(name, _, _)| name)
    }

    fn written(
        self,
        pick: impl Fn(&(&'static str, KeyCode, &'static str)) -> &'static str,
    ) -> String {
        let base = match NAMED.iter().find(|n| n.1 == self.code) {
            Some(n) => pick(n).to_string(),
            None => match self.code {
                KeyCode::Char(c) => c.to_string(),
                KeyCode::F(n) => format!("F{n}"),
                other => format!("{other:?}"),
            },
        };
        let base = if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    /// Reads a key as the config file writes it: a character (`j`, `G`,
    /// `/`), a name (`Enter`, `PgDn`, `F5`, `Up` or `↑`), or `Ctrl-` or
    /// `Alt-` and either of those.
    pub fn parse(text: &str) -> Result<Key, String> {
        let lower = text.to_lowercase();
        for prefix in ["alt-", "alt+", "m-"] {
            if lower.starts_with(prefix) && text.len() > prefix.len() {
                let rest = Key::parse(&text[prefix.len()..])?;
                return Ok(Key {
                    mods: rest.mods | KeyModifiers::ALT,
                    ..rest
                });
            }
        }
        for prefix in ["ctrl-", "ctrl+", "c-"] {
            if lower.starts_with(prefix) && text.len() > prefix.len() {
                let rest = Key::parse(&text[prefix.len()..])?;
                return Ok(Key {
                    mods: rest.mods | KeyModifiers::CONTROL,
                    code: match rest.code {
                        KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
                        other => other,
                    },
                });
            }
        }
        if let Some(n) = NAMED
            .iter()
            .find(|n| n.0.eq_ignore_ascii_case(text) || n.2 == text)
        {
            return Ok(code(n.1));
        }
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(' '), None) => Err("write a space as Space".into()),
            (Some(c), None) if !c.is_control() => Ok(key(c)),
            _ => match lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                Some(n) if (1..=12).contains(&n) => Ok(code(KeyCode::F(n))),
                _ => Err(format!(
                    "'{text}' is not a key (a character, Ctrl-x, or one of: {}, F1…F12)",
                    NAMED.iter().map(|n| n.0).collect::<Vec<_>>().join(", ")
                )),
            },
        }
    }

    pub(super) fn matches(self, event: &KeyEvent) -> bool {
        // Shift is part of the character for letters ('G'), and terminals
        // differ in whether they report it, so it is ignored for chars.
        let mods = event.modifiers - KeyModifiers::SHIFT;
        match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && mods == self.mods,
            (a, b) => a == b && (event.modifiers == self.mods || (a == KeyCode::BackTab)),
        }
    }
}

/// Keys pressed one after the other (`g g`); most bindings are one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seq(pub Vec<Key>);

impl Seq {
    pub fn label(&self) -> String {
        self.0
            .iter()
            .map(|k| k.label())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn config_name(&self) -> String {
        self.0
            .iter()
            .map(|k| k.config_name())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads `g g` or `Ctrl-d`: at most two keys, separated by spaces.
    pub fn parse(text: &str) -> Result<Seq, String> {
        if text == " " {
            return Err("write a space as Space".into());
        }
        let keys = text
            .split_whitespace()
            .map(Key::parse)
            .collect::<Result<Vec<_>, _>>()?;
        match keys.len() {
            0 => Err("the key is empty".into()),
            1 | 2 => Ok(Seq(keys)),
            _ => Err(format!("'{text}': at most two keys in a row")),
        }
    }

    /// Whether one of the two is the start of (or equal to) the other.
    pub(super) fn overlaps(&self, other: &Seq) -> bool {
        let n = self.0.len().min(other.0.len());
        self.0[..n] == other.0[..n]
    }
}
