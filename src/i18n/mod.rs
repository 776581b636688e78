//! The words sprout shows people, in their language (issue 20). Machine
//! formats (JSON, JSONL, CSV, the query language's English names) never
//! go through here: files stay portable between languages.
//!
//! A process speaks one language, chosen once at start
//! ([`set_language`]); code that shows a message asks [`texts`]. Tests
//! that need a language make their own [`Texts`].

mod lang;
#[cfg(test)]
mod parity;
mod texts;

pub use lang::Lang;
pub use texts::{Arg, Texts};

use std::sync::OnceLock;

static CURRENT: OnceLock<Texts> = OnceLock::new();

/// Speaks `lang` from now on. Only the first call counts: the language
/// does not change while sprout runs.
pub fn set_language(lang: Lang) {
    let _ = CURRENT.set(Texts::new(lang));
}

/// The messages of the language chosen at start (English if none was).
pub fn texts() -> &'static Texts {
    CURRENT.get_or_init(|| Texts::new(Lang::En))
}

/// The message `id` in the current language:
/// `tr!("ideas-count", count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::texts().get($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::texts().get(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
