//! The key table's words in the language spoken: what a binding does
//! (help), its word in the status line (hint), a group's line and a
//! context's heading. The table keeps its English words: they name the
//! messages' meaning, are what the config file's listing shows, and are
//! what a language without the message falls back to.
//!
//! Messages: `ui-key-SECTION-ACTION` (help), `ui-keys-SECTION-GROUP`
//! (a group's line), `ui-hint-HINT` (status line), `ui-context-SECTION`
//! (help's headings); a group member that picks a vocabulary value
//! (`sector-health`) says the value's name, `ui-name-sector-health`.

use super::binding::Binding;
use crate::keys::Context;

/// `text` if the language spoken has no message `id` (none does: a table
/// row added without one shows in English rather than as its id).
fn said(id: &str, text: &str) -> String {
    crate::i18n::texts()
        .find(id, &[])
        .unwrap_or_else(|| text.to_string())
}

pub fn help_id(b: &Binding) -> String {
    format!("ui-key-{}-{}", b.context.section(), b.action)
}

/// What the binding does; for a member of a group, the value it picks.
pub fn help(b: &Binding) -> String {
    let own = crate::i18n::texts().find(&help_id(b), &[]);
    let value = || crate::i18n::texts().find(&format!("ui-name-{}", b.action), &[]);
    match b.group {
        None => own.unwrap_or_else(|| b.help.to_string()),
        Some(_) => own.or_else(value).unwrap_or_else(|| b.help.to_string()),
    }
}

/// The group a binding is in, by the word its actions start with
/// (`sector-health` is in `sector`).
pub fn group_id(b: &Binding) -> String {
    let word = b.action.split('-').next().unwrap_or(b.action);
    format!("ui-keys-{}-{word}", b.context.section())
}

pub fn group(b: &Binding, english: &str) -> String {
    said(&group_id(b), english)
}

pub fn hint_id(hint: &str) -> String {
    format!("ui-hint-{}", hint.replace(' ', "-").to_lowercase())
}

pub fn hint(hint: &str) -> String {
    said(&hint_id(hint), hint)
}

pub fn context_id(c: Context) -> String {
    format!("ui-context-{}", c.section())
}

/// The heading help gives the keys of a context.
pub fn context_title(c: Context) -> String {
    said(&context_id(c), c.title())
}
