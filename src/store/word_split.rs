//! Splitting an indexed text into its folded words, as
//! [`crate::domain::text::words`] does but into one buffer, for the word
//! indexes of both engines (`sled_engine/words.rs`, `postgres/words.rs`):
//! an import folds millions of words.

use crate::domain::text::fold_char;

/// The longest word kept in the index, in characters (as [`crate::domain::text::words`]).
const WORD_MAX: usize = 40;

/// Calls `each` with every word of `text` as [`crate::domain::text::words`] gives it (runs of
/// letters and digits, folded, cut at 40 characters), folded into one
/// buffer rather than a new string a word: an import folds millions.
pub fn each_word(text: &str, mut each: impl FnMut(&str)) {
    let mut word = String::with_capacity(64);
    for run in text.split(ends_word) {
        if run.is_empty() {
            continue;
        }
        word.clear();
        if run.is_ascii() {
            let run = &run[..run.len().min(WORD_MAX)];
            word.push_str(run);
            word.make_ascii_lowercase();
        } else {
            word.extend(run.chars().take(WORD_MAX).map(fold_cyrillic));
        }
        each(&word);
    }
}

/// [`fold_char`], with the Russian alphabet looked up without Unicode's
/// tables (most of a Russian summary's letters).
fn fold_cyrillic(c: char) -> char {
    match c {
        'а'..='я' => c,
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'ё' | 'Ё' => 'е',
        _ => fold_char(c),
    }
}

/// Whether `c` ends a word: [`char::is_alphanumeric`], with ASCII and the
/// Russian alphabet answered before Unicode's tables.
fn ends_word(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | 'а'..='я' | 'А'..='Я' | 'ё' | 'Ё' => false,
        _ if c.is_ascii() => true,
        _ => !c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::words;

    #[test]
    fn words_folded_into_one_buffer_are_the_words_of_the_text() {
        let long = "x".repeat(45);
        let long_cyrillic = "Ё".repeat(45);
        for text in [
            "",
            "Clean water for RURAL schools, 2026!",
            "Ёлки и ЁЖИКИ: экология — Пермский край",
            "mixed Straße ÇAĞRI İstanbul naïve café",
            &format!("{long} and {long_cyrillic} a1b2"),
            "  --  ,,, ",
        ] {
            let mut got = Vec::new();
            each_word(text, |w| got.push(w.to_string()));
            let want: Vec<String> = words(text).collect();
            assert_eq!(got, want, "{text:?}");
        }
        for c in ('\u{0}'..='\u{4ff}').chain(['ẞ', 'Ω', '٣']) {
            assert_eq!(ends_word(c), !c.is_alphanumeric(), "{c:?}");
            assert_eq!(fold_cyrillic(c), fold_char(c), "{c:?}");
        }
    }
}
