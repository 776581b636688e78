//! The words sprout shows people, in their language (issue 20). Machine
//! formats (JSON, JSONL, CSV, the query language's English names) never
//! go through here: files stay portable between languages.
//!
//! A process speaks one language, chosen once at start
//! ([`set_language`]); code that shows a message asks [`texts`]. Tests
//! that need a language make their own [`Texts`].

mod defaults;
mod errors;
mod field_errors;
mod history;
mod labels;
mod lang;
mod numbers;
#[cfg(test)]
mod parity;
mod review_words;
mod rubric_words;
mod texts;

pub use defaults::{
    criterion_description, criterion_label, criterion_label_of, reason_label, reason_label_of,
    reason_named,
};
pub use errors::{amount_error, io_reason, kind_word, name_error, view_name_error};
pub mod field_rules;
pub use field_errors::{
    conflict_description, conflict_problem, field_problem, field_rule_error, text_problem,
};
pub use history::{change, field_label, field_value, person};
pub use labels::label;
pub use lang::Lang;
pub use numbers::{day, decimal};
pub use review_words::{not_a_fit, pick_problem, reason_problem, review_problem};
pub use rubric_words::{rubric_file_error, rubric_file_header, rubric_problem};
pub use texts::{Arg, Texts};

use std::cell::Cell;
use std::sync::OnceLock;

static CHOSEN: OnceLock<Lang> = OnceLock::new();
static ENGLISH: OnceLock<Texts> = OnceLock::new();
static RUSSIAN: OnceLock<Texts> = OnceLock::new();

thread_local! {
    /// A language this thread speaks instead of the chosen one: a test
    /// that draws a screen in Russian, beside tests drawing it in English
    /// in the same process.
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Speaks `lang` from now on. Only the first call counts: the language
/// does not change while sprout runs.
pub fn set_language(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language spoken now, on this thread.
pub fn language() -> Lang {
    SCOPED
        .with(Cell::get)
        .unwrap_or_else(|| CHOSEN.get().copied().unwrap_or_default())
}

/// The messages of the language spoken now (English if none was chosen).
pub fn texts() -> &'static Texts {
    let cell = match language() {
        Lang::En => &ENGLISH,
        Lang::Ru => &RUSSIAN,
    };
    cell.get_or_init(|| Texts::new(language()))
}

/// This thread speaks `lang` until the returned guard is dropped, then
/// what it spoke before. For tests, which share one process.
pub fn speak_on_this_thread(lang: Lang) -> ScopedLanguage {
    let before = SCOPED.with(|s| s.replace(Some(lang)));
    ScopedLanguage { before }
}

/// Puts back the language a thread spoke before [`speak_on_this_thread`].
#[must_use = "the language goes back when this is dropped"]
pub struct ScopedLanguage {
    before: Option<Lang>,
}

impl Drop for ScopedLanguage {
    fn drop(&mut self) {
        SCOPED.with(|s| s.set(self.before));
    }
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
