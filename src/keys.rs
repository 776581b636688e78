//! Keys as sprout names them: the config file's `j`, `Ctrl-d`, `g g`, and
//! the UI's modes they are bound in. This is sprout's own type so that the
//! config file can be read without the terminal library; the UI turns the
//! terminal's key events into it (see `tui::keymap`).

use std::fmt;

/// What a key is, without its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    /// Shift-Tab, which terminals send as a key of its own.
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// Ctrl, Alt and Shift held with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Modifiers(u8);

impl Modifiers {
    pub const NONE: Modifiers = Modifiers(0);
    pub const SHIFT: Modifiers = Modifiers(1);
    pub const CONTROL: Modifiers = Modifiers(2);
    pub const ALT: Modifiers = Modifiers(4);

    pub fn contains(self, other: Modifiers) -> bool {
        self.0 & other.0 == other.0
    }
}

impl std::ops::BitOr for Modifiers {
    type Output = Modifiers;
    fn bitor(self, other: Modifiers) -> Modifiers {
        Modifiers(self.0 | other.0)
    }
}

impl std::ops::Sub for Modifiers {
    type Output = Modifiers;
    fn sub(self, other: Modifiers) -> Modifiers {
        Modifiers(self.0 & !other.0)
    }
}

/// One key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: Modifiers,
}

/// Why a text is not a key. Its Display is English; the config file's
/// errors put it in the language spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// `" "`: a space is written `Space`.
    Space,
    Empty,
    /// More than two keys in a row.
    TooMany(String),
    Unknown(String),
}

/// The named keys as the config file writes them.
pub const NAMED_KEYS: [&str; NAMED.len()] = {
    let mut out = [""; NAMED.len()];
    let mut i = 0;
    while i < NAMED.len() {
        out[i] = NAMED[i].0;
        i += 1;
    }
    out
};

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Space => f.write_str("write a space as Space"),
            KeyError::Empty => f.write_str("the key is empty"),
            KeyError::TooMany(text) => write!(f, "'{text}': at most two keys in a row"),
            KeyError::Unknown(text) => write!(
                f,
                "'{text}' is not a key (a character, Ctrl-x, or one of: {}, F1…F12)",
                NAMED_KEYS.join(", ")
            ),
        }
    }
}

impl std::error::Error for KeyError {}

impl From<KeyError> for String {
    fn from(e: KeyError) -> String {
        e.to_string()
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
    /// A character with no modifier.
    pub const fn plain(c: char) -> Key {
        Key::code(KeyCode::Char(c))
    }

    /// A key with no modifier.
    pub const fn code(code: KeyCode) -> Key {
        Key {
            code,
            mods: Modifiers::NONE,
        }
    }

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
        let base = if self.mods.contains(Modifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        };
        if self.mods.contains(Modifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    /// Reads a key as the config file writes it: a character (`j`, `G`,
    /// `/`), a name (`Enter`, `PgDn`, `F5`, `Up` or `↑`), or `Ctrl-` or
    /// `Alt-` and either of those.
    pub fn parse(text: &str) -> Result<Key, KeyError> {
        let lower = text.to_lowercase();
        for prefix in ["alt-", "alt+", "m-"] {
            if lower.starts_with(prefix) && text.len() > prefix.len() {
                let rest = Key::parse(&text[prefix.len()..])?;
                return Ok(Key {
                    mods: rest.mods | Modifiers::ALT,
                    ..rest
                });
            }
        }
        for prefix in ["ctrl-", "ctrl+", "c-"] {
            if lower.starts_with(prefix) && text.len() > prefix.len() {
                let rest = Key::parse(&text[prefix.len()..])?;
                return Ok(Key {
                    mods: rest.mods | Modifiers::CONTROL,
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
            return Ok(Key::code(n.1));
        }
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(' '), None) => Err(KeyError::Space),
            (Some(c), None) if !c.is_control() => Ok(Key::plain(c)),
            _ => match lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                Some(n) if (1..=12).contains(&n) => Ok(Key::code(KeyCode::F(n))),
                _ => Err(KeyError::Unknown(text.to_string())),
            },
        }
    }

    /// Whether a key the terminal reported (`code` with `mods`) is this
    /// key. Shift is part of the character for letters ('G'), and
    /// terminals differ in whether they report it, so it is ignored for
    /// characters; Shift-Tab is Shift-Tab whatever else is reported.
    pub fn matches(self, code: KeyCode, mods: Modifiers) -> bool {
        match (self.code, code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && mods - Modifiers::SHIFT == self.mods,
            (a, b) => a == b && (mods == self.mods || a == KeyCode::BackTab),
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
    pub fn parse(text: &str) -> Result<Seq, KeyError> {
        if text == " " {
            return Err(KeyError::Space);
        }
        let keys = text
            .split_whitespace()
            .map(Key::parse)
            .collect::<Result<Vec<_>, _>>()?;
        match keys.len() {
            0 => Err(KeyError::Empty),
            1 | 2 => Ok(Seq(keys)),
            _ => Err(KeyError::TooMany(text.to_string())),
        }
    }

    /// Whether one of the two is the start of (or equal to) the other.
    pub fn overlaps(&self, other: &Seq) -> bool {
        let n = self.0.len().min(other.0.len());
        self.0[..n] == other.0[..n]
    }

    /// Whether the keys may be bound where text is typed: one key, and
    /// not a plain character (it would stop being typed).
    pub fn bindable_in_text(&self) -> bool {
        let plain = self
            .0
            .iter()
            .any(|k| matches!(k.code, KeyCode::Char(_)) && k.mods == Modifiers::NONE);
        !plain && self.0.len() == 1
    }
}

/// Where a key applies: the UI's modes, as the config file's `[keys.…]`
/// tables name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Browsing, whatever pane has focus.
    Browse,
    /// The filter sidebar has focus.
    Sidebar,
    /// The query bar is being edited.
    Query,
    /// The help overlay is open.
    Help,
    /// The detail is open full screen.
    Detail,
    /// After `S`: a stage key.
    StagePrefix,
    /// After `*`: a score key.
    ScorePrefix,
    /// After a decline's or an accept's stage key: the reason's key.
    ReasonPrefix,
    /// Triage mode.
    Triage,
    /// A note, assignee or view-name prompt is open.
    Prompt,
    /// The idea form is open.
    Form,
    /// A question is asked.
    Dialog,
    /// The statistics view is open.
    Stats,
    /// The review pane, on a criterion or the confidence.
    Review,
    /// The review pane, in its comment.
    ReviewComment,
}

impl Context {
    /// Every context, in the order help lists them.
    pub const ALL: [Context; 15] = [
        Context::Browse,
        Context::Sidebar,
        Context::StagePrefix,
        Context::ScorePrefix,
        Context::ReasonPrefix,
        Context::Triage,
        Context::Stats,
        Context::Query,
        Context::Prompt,
        Context::Form,
        Context::Review,
        Context::ReviewComment,
        Context::Dialog,
        Context::Detail,
        Context::Help,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Browse => "Browsing",
            Context::Sidebar => "Filter sidebar",
            Context::Query => "Editing the query",
            Context::Help => "Help",
            Context::Detail => "Full-screen detail",
            Context::StagePrefix => "After the stage key (set the stage)",
            Context::ScorePrefix => "After the score key (set the score)",
            Context::ReasonPrefix => "After a decline's or an accept's stage key (the reason)",
            Context::Triage => "Triage",
            Context::Prompt => "Note, assignee or view-name prompt",
            Context::Form => "Idea form",
            Context::Dialog => "Questions",
            Context::Stats => "Statistics view",
            Context::Review => "Review pane (scores and confidence)",
            Context::ReviewComment => "Review pane (the comment)",
        }
    }

    /// The context's table in the config file (`[keys.browse]`).
    pub fn section(self) -> &'static str {
        match self {
            Context::Browse => "browse",
            Context::Sidebar => "sidebar",
            Context::Query => "query",
            Context::Help => "help",
            Context::Detail => "detail",
            Context::StagePrefix => "stage",
            Context::ScorePrefix => "score",
            Context::ReasonPrefix => "reason",
            Context::Triage => "triage",
            Context::Prompt => "prompt",
            Context::Form => "form",
            Context::Dialog => "dialog",
            Context::Stats => "stats",
            Context::Review => "review",
            Context::ReviewComment => "review-comment",
        }
    }

    pub fn from_section(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.section() == name)
    }

    /// Whether text is typed here, so plain characters and sequences
    /// cannot be bound (they would stop being typed).
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Query | Context::Prompt | Context::Form | Context::ReviewComment
        )
    }
}

/// An action given keys of the user's own in the config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rebinding {
    pub context: Context,
    /// The action's name (`move-down`).
    pub action: String,
    pub keys: Vec<Seq>,
}

/// One action as the config file lists it: where, its name, its keys and
/// what it does.
#[derive(Debug, Clone)]
pub struct ActionKeys {
    pub context: Context,
    pub action: &'static str,
    pub keys: Vec<Seq>,
    pub help: &'static str,
    /// The group of values it picks one of (sectors), if any.
    pub group: Option<&'static str>,
}

/// What the config file can bind: the UI's key table, seen without what
/// the keys do. The UI implements it; the config file is checked against
/// it, so that a binding the UI does not have is an error with its line.
pub trait KeyTable {
    /// Whether `context` has an action of this name.
    fn has_action(&self, context: Context, action: &str) -> bool;
    /// Every action with its keys, in the order help lists them.
    fn actions(&self) -> Vec<ActionKeys>;
    /// What giving these actions these keys takes from other actions:
    /// one line for each key taken, or action left without a key.
    fn rebind_notes(&self, rebindings: &[Rebinding]) -> Vec<String>;
}

#[cfg(test)]
mod tests;
