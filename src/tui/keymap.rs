//! The one table of keys: (context, keys) → message. Input handling, the
//! help overlay and the status-line hints are all read from it, so they
//! cannot drift from the keys that really work. Every binding has an
//! action name, by which the config file rebinds it (see [`crate::config`]).

use super::msg::Msg;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a key applies.
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
}

impl Context {
    /// Every context, in the order help lists them.
    pub const ALL: [Context; 12] = [
        Context::Browse,
        Context::Sidebar,
        Context::StagePrefix,
        Context::ScorePrefix,
        Context::Triage,
        Context::Stats,
        Context::Query,
        Context::Prompt,
        Context::Form,
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
            Context::Triage => "Triage",
            Context::Prompt => "Note, assignee or view-name prompt",
            Context::Form => "Idea form",
            Context::Dialog => "Questions",
            Context::Stats => "Statistics view",
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
            Context::Triage => "triage",
            Context::Prompt => "prompt",
            Context::Form => "form",
            Context::Dialog => "dialog",
            Context::Stats => "stats",
        }
    }

    pub fn from_section(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.section() == name)
    }

    /// Whether text is typed here, so plain characters and sequences
    /// cannot be bound (they would stop being typed).
    pub fn takes_text(self) -> bool {
        matches!(self, Context::Query | Context::Prompt | Context::Form)
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
const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::ALT,
    }
}
const fn code(code: KeyCode) -> Key {
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
    fn overlaps(&self, other: &Seq) -> bool {
        let n = self.0.len().min(other.0.len());
        self.0[..n] == other.0[..n]
    }
}

/// A row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    /// The name the config file uses (`move-down`).
    pub action: &'static str,
    pub keys: Vec<Seq>,
    pub msg: Msg,
    /// What it does; for a member of a group, the value it picks.
    pub help: &'static str,
    /// Bindings that pick one of several values (the sectors) share a
    /// group, shown as one line of help.
    pub group: Option<&'static str>,
    /// Shown in the status line when this context is active.
    pub hint: Option<&'static str>,
}

/// What a key means where the user is.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// A whole binding: send this.
    Found(Msg),
    /// The start of a longer sequence: wait for the next key.
    Pending(Key),
    /// Nothing.
    None,
}

/// All the bindings in force: the defaults, changed by the config file.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: defaults(),
        }
    }
}

impl Keymap {
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// Whether `context` has an action of this name.
    pub fn has_action(&self, context: Context, action: &str) -> bool {
        self.bindings
            .iter()
            .any(|b| b.context == context && b.action == action)
    }

    /// Gives an action new keys (replacing its defaults). The caller then
    /// calls [`Keymap::settle`] to resolve what the new keys overlap.
    pub fn rebind(&mut self, context: Context, action: &str, keys: Vec<Seq>) {
        for b in &mut self.bindings {
            if b.context == context && b.action == action {
                b.keys = keys.clone();
            }
        }
    }

    /// Resolves overlapping keys after rebinding: a key the user bound wins
    /// over a default, and of two user keys the first in the table wins.
    /// Returns one line for each key that was taken from an action.
    pub fn settle(&mut self, user: &[(Context, String)]) -> Vec<String> {
        let is_user = |b: &Binding| user.iter().any(|(c, a)| *c == b.context && a == b.action);
        let mut notes = Vec::new();
        // Users' bindings first, so they keep what they asked for.
        let mut order: Vec<usize> = (0..self.bindings.len()).collect();
        order.sort_by_key(|&i| !is_user(&self.bindings[i]));
        let mut taken: Vec<(Context, Seq, &'static str)> = Vec::new();
        for i in order {
            let b = &mut self.bindings[i];
            let mut kept = Vec::new();
            for seq in std::mem::take(&mut b.keys) {
                match taken
                    .iter()
                    .find(|(c, s, _)| *c == b.context && s.overlaps(&seq))
                {
                    Some((_, s, by)) => notes.push(format!(
                        "keys.{}.{}: '{}' left out: it overlaps '{}' of {by}",
                        b.context.section(),
                        b.action,
                        seq.config_name(),
                        s.config_name()
                    )),
                    None => {
                        taken.push((b.context, seq.clone(), b.action));
                        kept.push(seq);
                    }
                }
            }
            b.keys = kept;
            if b.keys.is_empty() && !is_user(b) {
                notes.push(format!(
                    "keys.{}.{}: has no key left; bind it to another",
                    b.context.section(),
                    b.action
                ));
            }
        }
        notes
    }

    /// What a key means in the given contexts (most specific first), after
    /// the keys of a sequence already `pending`.
    pub fn lookup(&self, contexts: &[Context], pending: &[Key], event: &KeyEvent) -> Lookup {
        self.lookup_in(&Scope::of(contexts.to_vec()), pending, event)
    }

    /// [`Keymap::lookup`] within a scope.
    pub fn lookup_in(&self, scope: &Scope, pending: &[Key], event: &KeyEvent) -> Lookup {
        for ctx in &scope.contexts {
            for b in self.in_scope(scope, *ctx) {
                for seq in &b.keys {
                    let n = pending.len();
                    if seq.0.len() > n && seq.0[..n] == *pending && seq.0[n].matches(event) {
                        return if seq.0.len() == n + 1 {
                            Lookup::Found(b.msg.clone())
                        } else {
                            Lookup::Pending(seq.0[n])
                        };
                    }
                }
            }
        }
        Lookup::None
    }

    /// `key label  what it does` hints for the status line.
    pub fn hints(&self, contexts: &[Context]) -> Vec<(String, &'static str)> {
        self.hints_in(&Scope::of(contexts.to_vec()))
    }

    /// [`Keymap::hints`] within a scope. Of two actions with the same hint
    /// (Enter and Ctrl-s both save a one-line prompt) the first is named.
    pub fn hints_in(&self, scope: &Scope) -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> = Vec::new();
        for ctx in &scope.contexts {
            for b in self.in_scope(scope, *ctx) {
                let (Some(hint), Some(first)) = (b.hint, b.keys.first()) else {
                    continue;
                };
                if b.group.is_none() && out.iter().any(|(_, h)| *h == hint) {
                    continue;
                }
                match b.group {
                    // Keys that each pick a value show them all: `1234560 sector`.
                    Some(g) => match out.iter_mut().find(|(_, h)| *h == hint) {
                        Some((keys, _)) if b.group == Some(g) => keys.push_str(&first.label()),
                        _ => out.push((first.label(), hint)),
                    },
                    None => out.push((first.label(), hint)),
                }
            }
        }
        out
    }

    /// The sequences that go on from `pending`, for the status line.
    pub fn continuations(&self, contexts: &[Context], pending: &[Key]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for ctx in contexts {
            for b in self.bindings.iter().filter(|b| b.context == *ctx) {
                for seq in &b.keys {
                    if seq.0.len() > pending.len() && seq.0[..pending.len()] == *pending {
                        out.push((seq.label(), b.help.to_string()));
                    }
                }
            }
        }
        out
    }

    /// Help lines for one context: (keys, what they do). A group is one
    /// line whose text names each value with its key.
    pub fn help(&self, context: Context) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut groups_done: Vec<&str> = Vec::new();
        let in_context: Vec<&Binding> = self
            .bindings
            .iter()
            .filter(|b| b.context == context)
            .collect();
        for b in &in_context {
            match b.group {
                None => {
                    let keys = if b.keys.is_empty() {
                        "(no key)".to_string()
                    } else {
                        b.keys.iter().map(Seq::label).collect::<Vec<_>>().join(" ")
                    };
                    out.push((keys, b.help.to_string()));
                }
                Some(g) if !groups_done.contains(&g) => {
                    groups_done.push(g);
                    let members: Vec<&&Binding> =
                        in_context.iter().filter(|m| m.group == Some(g)).collect();
                    let keys: Vec<String> = members
                        .iter()
                        .filter_map(|m| m.keys.first().map(Seq::label))
                        .collect();
                    let text: Vec<String> = members
                        .iter()
                        .map(|m| match m.keys.first() {
                            // A score key says its own value: `1`, not `1 1`.
                            Some(k) if k.label() == m.help => m.help.to_string(),
                            Some(k) => format!("{} {}", k.label(), m.help),
                            None => format!("{} (no key)", m.help),
                        })
                        .collect();
                    out.push((keys.join(" "), format!("{g}: {}", text.join(", "))));
                }
                Some(_) => {}
            }
        }
        out
    }

    /// Text with the keys bound now put in for `{section.action}` (the
    /// first key) and `{section.action*}` (every key, joined by "or"), so
    /// that words naming keys stay true when keys are rebound.
    pub fn fill(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            let name = &rest[start + 1..start + len];
            let (name, all) = match name.strip_suffix('*') {
                Some(n) => (n, true),
                None => (name, false),
            };
            let keys = name.split_once('.').and_then(|(section, action)| {
                let context = Context::from_section(section)?;
                self.bindings
                    .iter()
                    .find(|b| b.context == context && b.action == action)
                    .map(|b| &b.keys)
            });
            out.push_str(&rest[..start]);
            match keys {
                Some(keys) if keys.is_empty() => out.push_str("(no key)"),
                Some(keys) if all => {
                    out.push_str(&keys.iter().map(Seq::label).collect::<Vec<_>>().join(" or "));
                }
                Some(keys) => out.push_str(&keys[0].label()),
                None => out.push_str(&rest[start..=start + len]),
            }
            rest = &rest[start + len + 1..];
        }
        out.push_str(rest);
        out
    }

    /// The first key bound to `msg` in `context`, for messages that name a
    /// key ("press … to search").
    pub fn key_for(&self, context: Context, msg: &Msg) -> Option<String> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.msg == *msg)
            .and_then(|b| b.keys.first())
            .map(Seq::label)
    }
}

mod defaults;
mod scope;
use defaults::defaults;
pub use scope::Scope;

#[cfg(test)]
mod tests;
