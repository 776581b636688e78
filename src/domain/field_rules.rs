//! The rules for an idea's typed fields (SPEC §1): how long a title, a
//! summary, a line or a note may be, and how a score, an amount and a tag
//! are read. `idea.rs` re-exports them beside the idea they are for.

use super::text::{clean_line, clean_multiline, normalize_tag};

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 20_000;
pub const LINE_MAX: usize = 500;
pub const NOTE_MAX: usize = 20_000;

/// Title: one line, 1–200 characters after cleaning.
pub fn valid_title(input: &str) -> Result<String, String> {
    let title = clean_line(input);
    match title.chars().count() {
        0 => Err("is required and must not be empty".into()),
        n if n > TITLE_MAX => Err(format!(
            "is {n} characters long; at most {TITLE_MAX} are allowed"
        )),
        _ => Ok(title),
    }
}

/// Summary: multi-line, at most 20,000 characters.
pub fn valid_summary(input: &str) -> Result<String, String> {
    let summary = clean_multiline(input);
    let n = summary.chars().count();
    if n > SUMMARY_MAX {
        return Err(format!(
            "is {n} characters long; at most {SUMMARY_MAX} are allowed"
        ));
    }
    Ok(summary)
}

/// A one-line text field (proposer, region, funder, assignee).
pub fn valid_line(input: &str) -> Result<String, String> {
    let line = clean_line(input);
    let n = line.chars().count();
    if n > LINE_MAX {
        return Err(format!(
            "is {n} characters long; at most {LINE_MAX} are allowed"
        ));
    }
    Ok(line)
}

/// A note's text: not empty, at most 20,000 characters.
pub fn valid_note(input: &str) -> Result<String, String> {
    let text = clean_multiline(input);
    match text.chars().count() {
        0 => Err("is empty".into()),
        n if n > NOTE_MAX => Err(format!(
            "is {n} characters long; at most {NOTE_MAX} are allowed"
        )),
        _ => Ok(text),
    }
}

/// Score: a whole number from 1 to 5.
pub fn valid_score(input: &str) -> Result<u8, String> {
    match input.trim().parse::<u8>() {
        Ok(n @ 1..=5) => Ok(n),
        _ => Err(format!(
            "'{}' is not a score from 1 to 5",
            clean_line(input)
        )),
    }
}

/// Amount in roubles, as [`super::amount::parse_amount`] reads it
/// (`1 500 000`, `300k`, `1.5M`, `1,500,000 ₽`).
pub fn valid_amount(input: &str) -> Result<u64, String> {
    super::amount::parse_amount(input).map_err(|e| e.to_string())
}

/// A tag, normalised; an empty tag is an error.
pub fn valid_tag(input: &str) -> Result<String, String> {
    normalize_tag(input).ok_or_else(|| "a tag must not be empty".to_string())
}
