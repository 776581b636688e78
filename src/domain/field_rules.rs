//! The rules for an idea's typed fields (SPEC §1): how long a title, a
//! summary, a line or a note may be, and how a score, an amount and a tag
//! are read. `idea.rs` re-exports them beside the idea they are for.
//!
//! The `check_*` rules say what is wrong as a [`FieldRuleError`], which the
//! faces put into the language spoken (`i18n::field_rule_error`); the
//! `valid_*` forms give its English words, for callers that carry errors
//! as text.

use super::amount::AmountError;
use super::text::{clean_line, clean_multiline, normalize_tag};

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 20_000;
pub const LINE_MAX: usize = 500;
pub const NOTE_MAX: usize = 20_000;

/// Why a field's text was refused, as data. `Display` is English, a phrase
/// that fits after the field's name (`title is required ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldRuleError {
    /// A title is required.
    TitleMissing,
    /// A note has no text.
    NoteEmpty,
    /// A tag has no letters left once normalised.
    TagEmpty,
    /// Longer than the field allows: `chars` characters, `most` allowed.
    TooLong { chars: usize, most: usize },
    /// Not a whole score from 1 to 5 (the text as shown, cleaned).
    NotAScore(String),
    /// Not an amount of roubles.
    Amount(AmountError),
}

impl std::fmt::Display for FieldRuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldRuleError::TitleMissing => write!(f, "is required and must not be empty"),
            FieldRuleError::NoteEmpty => write!(f, "is empty"),
            FieldRuleError::TagEmpty => write!(f, "a tag must not be empty"),
            FieldRuleError::TooLong { chars, most } => {
                write!(f, "is {chars} characters long; at most {most} are allowed")
            }
            FieldRuleError::NotAScore(shown) => write!(f, "'{shown}' is not a score from 1 to 5"),
            FieldRuleError::Amount(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FieldRuleError {}

fn at_most(text: String, most: usize) -> Result<String, FieldRuleError> {
    match text.chars().count() {
        chars if chars > most => Err(FieldRuleError::TooLong { chars, most }),
        _ => Ok(text),
    }
}

/// Title: one line, 1–200 characters after cleaning.
pub fn check_title(input: &str) -> Result<String, FieldRuleError> {
    let title = clean_line(input);
    if title.is_empty() {
        return Err(FieldRuleError::TitleMissing);
    }
    at_most(title, TITLE_MAX)
}

/// Summary: multi-line, at most 20,000 characters.
pub fn check_summary(input: &str) -> Result<String, FieldRuleError> {
    at_most(clean_multiline(input), SUMMARY_MAX)
}

/// A one-line text field (proposer, region, funder, assignee).
pub fn check_line(input: &str) -> Result<String, FieldRuleError> {
    at_most(clean_line(input), LINE_MAX)
}

/// A note's text: not empty, at most 20,000 characters.
pub fn check_note(input: &str) -> Result<String, FieldRuleError> {
    let text = clean_multiline(input);
    if text.is_empty() {
        return Err(FieldRuleError::NoteEmpty);
    }
    at_most(text, NOTE_MAX)
}

/// Score: a whole number from 1 to 5.
pub fn check_score(input: &str) -> Result<u8, FieldRuleError> {
    match input.trim().parse::<u8>() {
        Ok(n @ 1..=5) => Ok(n),
        _ => Err(FieldRuleError::NotAScore(clean_line(input))),
    }
}

/// Amount in roubles, as [`super::amount::parse_amount`] reads it
/// (`1 500 000`, `300k`, `1.5M`, `1,500,000 ₽`).
pub fn check_amount(input: &str) -> Result<u64, FieldRuleError> {
    super::amount::parse_amount(input).map_err(FieldRuleError::Amount)
}

/// A tag, normalised; an empty tag is an error.
pub fn check_tag(input: &str) -> Result<String, FieldRuleError> {
    normalize_tag(input).ok_or(FieldRuleError::TagEmpty)
}

/// [`check_title`] with the reason in English words.
pub fn valid_title(input: &str) -> Result<String, String> {
    check_title(input).map_err(|e| e.to_string())
}

/// [`check_summary`] with the reason in English words.
pub fn valid_summary(input: &str) -> Result<String, String> {
    check_summary(input).map_err(|e| e.to_string())
}

/// [`check_line`] with the reason in English words.
pub fn valid_line(input: &str) -> Result<String, String> {
    check_line(input).map_err(|e| e.to_string())
}

/// [`check_note`] with the reason in English words.
pub fn valid_note(input: &str) -> Result<String, String> {
    check_note(input).map_err(|e| e.to_string())
}

/// [`check_score`] with the reason in English words.
pub fn valid_score(input: &str) -> Result<u8, String> {
    check_score(input).map_err(|e| e.to_string())
}

/// [`check_amount`] with the reason in English words.
pub fn valid_amount(input: &str) -> Result<u64, String> {
    check_amount(input).map_err(|e| e.to_string())
}

/// [`check_tag`] with the reason in English words.
pub fn valid_tag(input: &str) -> Result<String, String> {
    check_tag(input).map_err(|e| e.to_string())
}
