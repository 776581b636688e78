//! A row of the key table, and what a key means where the user is.

use super::context::Context;
use super::key::{Key, Seq};
use crate::tui::msg::Msg;

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
