//! A row of the key table, what a key means where the user is, and the
//! shorthands the default table is written with.

use crate::keys::{Context, Key, KeyCode, Modifiers, Seq};
use crate::tui::msg::Msg;

pub(super) const fn key(c: char) -> Key {
    Key::plain(c)
}
pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: Modifiers::CONTROL,
    }
}
pub(super) const fn alt(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: Modifiers::ALT,
    }
}
pub(super) const fn code(code: KeyCode) -> Key {
    Key::code(code)
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
