//! The one table of keys: (context, keys) → message. Input handling, the
//! help overlay and the status-line hints are all read from it, so they
//! cannot drift from the keys that really work. Every binding has an
//! action name, by which the config file rebinds it (see [`crate::config`]).

use super::msg::Msg;
use crossterm::event::{KeyEvent, KeyModifiers};

use crate::keys::{ActionKeys, KeyCode, KeyTable, Modifiers, Rebinding};

mod binding;
pub use crate::keys::{Context, Key, Seq};
#[cfg(test)]
use binding::key;
pub use binding::{Binding, Lookup};

/// The terminal's key as sprout's, if sprout has a name for it.
pub fn from_terminal(code: crossterm::event::KeyCode) -> Option<KeyCode> {
    use crossterm::event::KeyCode as T;
    Some(match code {
        T::Char(c) => KeyCode::Char(c),
        T::F(n) => KeyCode::F(n),
        T::Enter => KeyCode::Enter,
        T::Esc => KeyCode::Esc,
        T::Tab => KeyCode::Tab,
        T::BackTab => KeyCode::BackTab,
        T::Backspace => KeyCode::Backspace,
        T::Delete => KeyCode::Delete,
        T::Insert => KeyCode::Insert,
        T::Up => KeyCode::Up,
        T::Down => KeyCode::Down,
        T::Left => KeyCode::Left,
        T::Right => KeyCode::Right,
        T::Home => KeyCode::Home,
        T::End => KeyCode::End,
        T::PageUp => KeyCode::PageUp,
        T::PageDown => KeyCode::PageDown,
        _ => return None,
    })
}

/// The terminal's modifiers as sprout's (Ctrl, Alt, Shift; others dropped).
pub fn mods_from_terminal(mods: KeyModifiers) -> Modifiers {
    let mut out = Modifiers::NONE;
    for (t, m) in [
        (KeyModifiers::SHIFT, Modifiers::SHIFT),
        (KeyModifiers::CONTROL, Modifiers::CONTROL),
        (KeyModifiers::ALT, Modifiers::ALT),
    ] {
        if mods.contains(t) {
            out = out | m;
        }
    }
    out
}

/// Sprout's key as the terminal reports it (tests send keys this way).
pub fn to_terminal(key: Key) -> KeyEvent {
    use crossterm::event::KeyCode as T;
    let code = match key.code {
        KeyCode::Char(c) => T::Char(c),
        KeyCode::F(n) => T::F(n),
        KeyCode::Enter => T::Enter,
        KeyCode::Esc => T::Esc,
        KeyCode::Tab => T::Tab,
        KeyCode::BackTab => T::BackTab,
        KeyCode::Backspace => T::Backspace,
        KeyCode::Delete => T::Delete,
        KeyCode::Insert => T::Insert,
        KeyCode::Up => T::Up,
        KeyCode::Down => T::Down,
        KeyCode::Left => T::Left,
        KeyCode::Right => T::Right,
        KeyCode::Home => T::Home,
        KeyCode::End => T::End,
        KeyCode::PageUp => T::PageUp,
        KeyCode::PageDown => T::PageDown,
    };
    let mut mods = KeyModifiers::NONE;
    for (m, t) in [
        (Modifiers::SHIFT, KeyModifiers::SHIFT),
        (Modifiers::CONTROL, KeyModifiers::CONTROL),
        (Modifiers::ALT, KeyModifiers::ALT),
    ] {
        if key.mods.contains(m) {
            mods |= t;
        }
    }
    KeyEvent::new(code, mods)
}

/// Whether the terminal's key event is this key.
fn matches(key: Key, event: &KeyEvent) -> bool {
    // Super, Hyper and Meta are in no binding.
    let other = event.modifiers - (KeyModifiers::SHIFT | KeyModifiers::CONTROL | KeyModifiers::ALT);
    if !other.is_empty() && key.code != KeyCode::BackTab {
        return false;
    }
    from_terminal(event.code)
        .is_some_and(|code| key.matches(code, mods_from_terminal(event.modifiers)))
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
                    Some((_, s, by)) => notes.push(crate::tr!(
                        "ui-rebind-overlaps",
                        path = format!("keys.{}.{}", b.context.section(), b.action).as_str(),
                        key = seq.config_name().as_str(),
                        other = s.config_name().as_str(),
                        action = *by
                    )),
                    None => {
                        taken.push((b.context, seq.clone(), b.action));
                        kept.push(seq);
                    }
                }
            }
            b.keys = kept;
            if b.keys.is_empty() && !is_user(b) {
                notes.push(crate::tr!(
                    "ui-rebind-no-key-left",
                    path = format!("keys.{}.{}", b.context.section(), b.action).as_str()
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
                    if seq.0.len() > n && seq.0[..n] == *pending && matches(seq.0[n], event) {
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

    /// `key label  what it does` hints for the status line, in the
    /// language spoken.
    pub fn hints(&self, contexts: &[Context]) -> Vec<(String, String)> {
        self.hints_in(&Scope::of(contexts.to_vec()))
    }

    /// [`Keymap::hints`] within a scope. Of two actions with the same hint
    /// (Enter and Ctrl-s both save a one-line prompt) the first is named.
    pub fn hints_in(&self, scope: &Scope) -> Vec<(String, String)> {
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
        out.into_iter()
            .map(|(keys, hint)| (keys, words::hint(hint)))
            .collect()
    }

    /// The sequences that go on from `pending`, for the status line.
    pub fn continuations(&self, contexts: &[Context], pending: &[Key]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for ctx in contexts {
            for b in self.bindings.iter().filter(|b| b.context == *ctx) {
                for seq in &b.keys {
                    if seq.0.len() > pending.len() && seq.0[..pending.len()] == *pending {
                        out.push((seq.label(), words::help(b)));
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
                        format!("({})", crate::tr!("ui-no-key"))
                    } else {
                        b.keys.iter().map(Seq::label).collect::<Vec<_>>().join(" ")
                    };
                    out.push((keys, words::help(b)));
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
                            Some(k) => format!("{} {}", k.label(), words::help(m)),
                            None => format!("{} ({})", words::help(m), crate::tr!("ui-no-key")),
                        })
                        .collect();
                    let g = words::group(b, g);
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
                Some(keys) if keys.is_empty() => {
                    out.push_str(&format!("({})", crate::tr!("ui-no-key")));
                }
                Some(keys) if all => {
                    let or = format!(" {} ", crate::tr!("ui-keys-or"));
                    out.push_str(&keys.iter().map(Seq::label).collect::<Vec<_>>().join(&or));
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

impl Keymap {
    /// The default keys with the config file's rebindings, and what they
    /// took from other actions.
    pub fn configured(rebindings: &[Rebinding]) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut user = Vec::new();
        for r in rebindings {
            map.rebind(r.context, &r.action, r.keys.clone());
            user.push((r.context, r.action.clone()));
        }
        let notes = map.settle(&user);
        (map, notes)
    }
}

/// What the config file can bind is this table's actions.
impl KeyTable for Keymap {
    fn has_action(&self, context: Context, action: &str) -> bool {
        Keymap::has_action(self, context, action)
    }

    fn actions(&self) -> Vec<ActionKeys> {
        self.bindings
            .iter()
            .map(|b| ActionKeys {
                context: b.context,
                action: b.action,
                keys: b.keys.clone(),
                help: b.help,
                group: b.group,
            })
            .collect()
    }

    fn rebind_notes(&self, rebindings: &[Rebinding]) -> Vec<String> {
        Keymap::configured(rebindings).1
    }
}

mod defaults;
mod scope;
pub mod words;
use defaults::defaults;
pub use scope::Scope;

#[cfg(test)]
mod tests;
