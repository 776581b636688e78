//! Words both forms of the board pack write, in the language spoken.

use crate::domain::Timestamp;
use crate::i18n::{Lang, language};

/// `n` ideas, with the plural form the language takes.
pub fn ideas(n: usize) -> String {
    crate::tr!("ideas-count", count = n)
}

/// A day as the language writes it: `2026-11-24`, `24.11.2026`.
pub fn day(t: Timestamp) -> String {
    match language() {
        Lang::En => t.date(),
        Lang::Ru => t.format("%d.%m.%Y"),
    }
}
