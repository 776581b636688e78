//! SkimMatcherV2's score (fuzzy-matcher 0.3.7, case respected, no
//! positions) for a pattern of one or two characters, worked out in one
//! pass over the word without its score matrix.
//!
//! Why: a one- or two-letter term matches half the ideas of a large
//! catalog, and the matcher's per-call set-up (a thread-local matrix
//! behind a `RefCell`, the word and pattern copied into `Vec<char>`, a
//! bonus vector allocated) was most of the time of those keystrokes. For
//! one or two characters the matrix is two rows whose every cell read is
//! written in the same call (the rows a longer pattern reuses are where
//! 0.3.7 reads cells left from an earlier call), so the recurrence below
//! gives the matcher's value exactly; `the_short_scorer_is_the_matcher`
//! checks it against the crate on every pair of characters of a mixed
//! alphabet and on random words. Longer patterns still go to the crate.

/// The matcher's own constants (`SkimScoreConfig::default()`).
const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const FIRST_CHAR_MULTIPLIER: i32 = 2;
/// An empty cell (`i16::MIN`, as the crate has it).
const NONE: i32 = i16::MIN as i32;

/// The crate's character classes (its `CharType`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

fn class(c: char) -> Class {
    match c {
        '\0' => Class::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => Class::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => Class::SoftSep,
        '0'..='9' => Class::Number,
        'A'..='Z' => Class::Upper,
        _ => Class::Lower,
    }
}

/// The bonus for matching a character of class `cur` after one of `prev`
/// (the crate's `in_place_bonus` of its `CharRole`).
fn bonus(prev: Class, cur: Class) -> i32 {
    match (prev, cur) {
        (Class::Empty | Class::HardSep, _) => BONUS_HEAD,
        (Class::SoftSep, _) => BONUS_BREAK,
        (Class::Lower | Class::Number, Class::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

/// Each character of `choice` with its in-place bonus (the first one's
/// multiplied, as the crate does).
fn with_bonuses(choice: &str) -> impl Iterator<Item = (char, i32)> + '_ {
    let mut prev = Class::Empty;
    choice.chars().enumerate().map(move |(k, c)| {
        let cur = class(c);
        let mut b = bonus(prev, cur);
        if k == 0 {
            b *= FIRST_CHAR_MULTIPLIER;
        }
        prev = cur;
        (c, b)
    })
}

/// The matcher's score of `pattern` in `choice`, when the pattern has one
/// or two characters; `None` for a longer pattern (ask the crate) and
/// `Some(None)` when it does not match.
pub(super) fn score(choice: &str, pattern: &str) -> Option<Option<i64>> {
    let mut p = pattern.chars();
    let (Some(first), second, None) = (p.next(), p.next(), p.next()) else {
        return None;
    };
    Some(match second {
        None => one(choice, first),
        Some(second) => two(choice, first, second),
    })
}

/// One character: the best of its places, each worth a match after a
/// skipped start (row 0 of the matrix holds the gap extension everywhere).
fn one(choice: &str, p: char) -> Option<i64> {
    with_bonuses(choice)
        .filter(|&(c, _)| c == p)
        .map(|(_, b)| GAP_EXTENSION + b + SCORE_MATCH)
        .max()
        .map(i64::from)
}

/// Two characters: the matrix's two rows carried along the word, one
/// column at a time. Row 1 (the first character) starts where the first
/// character first occurs, row 0 (the second) where the second first
/// occurs after it; before those, cells keep what the crate's reset gives
/// them. The running bonus of row 0 is always 0 when read: the crate
/// writes it only into the cell before a match, which the next column
/// does not read again.
fn two(choice: &str, p0: char, p1: char) -> Option<i64> {
    // The crate's cheap first pass: where each character first occurs, in
    // order; no match without both.
    let mut chars = choice.chars().enumerate();
    let first0 = chars.find(|&(_, c)| c == p0)?.0;
    let first1 = chars.find(|&(_, c)| c == p1)?.0;
    // Row 1 at the column before the current one (its m and p scores);
    // the column of `first0` is reset.
    let (mut m1, mut p1_prev) = (NONE, NONE);
    // Row 0 at the column before the current one.
    let (mut m0, mut p0_prev) = (NONE, GAP_EXTENSION);
    let mut best: Option<i32> = None;
    // Column `k + 1` is the character at `k`.
    for (k, (c, b)) in with_bonuses(choice).enumerate() {
        if k < first0 {
            continue;
        }
        // Row 0 at column k + 1 reads row 1 at column k (before this
        // column's row 1 is written) and row 0 at column k.
        if k >= first1 {
            let m0_here = if c == p1 {
                let consecutive = b.max(BONUS_CONSECUTIVE);
                let by_match = m1 + consecutive;
                let by_skip = p1_prev + b;
                by_match.max(by_skip) + SCORE_MATCH
            } else {
                NONE
            };
            let p0_here = (GAP_START + GAP_EXTENSION + m0).max(GAP_EXTENSION + p0_prev);
            best = Some(best.map_or(m0_here, |x| x.max(m0_here)));
            (m0, p0_prev) = (m0_here, p0_here);
        }
        // Row 1 at column k + 1: row 0 of the matrix before any character
        // is the gap extension, with no match.
        let m1_here = if c == p0 {
            let by_match = NONE + b.max(BONUS_CONSECUTIVE);
            let by_skip = GAP_EXTENSION + b;
            by_match.max(by_skip) + SCORE_MATCH
        } else {
            NONE
        };
        let p1_here = (GAP_START + GAP_EXTENSION + m1).max(GAP_EXTENSION + p1_prev);
        (m1, p1_prev) = (m1_here, p1_here);
    }
    // The column of `first1` itself is reset (no match) and counts in the
    // crate's maximum too.
    best.map(|b| i64::from(b.max(NONE)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher as _;
    use fuzzy_matcher::skim::SkimMatcherV2;
    use rand::{Rng as _, SeedableRng as _};

    /// Every character class the matcher tells apart, in ASCII and beyond.
    const ALPHABET: &[char] = &[
        'a', 'b', 'w', 'A', 'Z', '0', '9', '\'', ' ', '-', '/', '_', '~', 'а', 'я', 'ё', '’', '\0',
        'é', '.',
    ];

    #[test]
    fn the_short_scorer_is_the_matcher() {
        // One matcher for every call, as a search has (its cells carry
        // over between calls), and a fresh one now and then.
        let reused = SkimMatcherV2::default().respect_case();
        let patterns: Vec<String> = ALPHABET
            .iter()
            .map(|c| c.to_string())
            .chain(
                ALPHABET
                    .iter()
                    .flat_map(|a| ALPHABET.iter().map(move |b| format!("{a}{b}"))),
            )
            .collect();
        let mut words: Vec<String> = vec![String::new()];
        for len in 1..=3 {
            let mut of_len = vec![String::new()];
            for _ in 0..len {
                of_len = of_len
                    .iter()
                    .flat_map(|w| ALPHABET.iter().map(move |c| format!("{w}{c}")))
                    .collect();
            }
            words.extend(of_len.into_iter().step_by(7));
        }
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(19);
        for _ in 0..1_500 {
            let len = rng.random_range(4..24);
            words.push(
                (0..len)
                    .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())])
                    .collect(),
            );
        }
        words.extend(
            [
                "water",
                "watershed",
                "children's",
                "поиск",
                "по",
                "ww",
                "wawa",
                "a'w",
                "Wa-wA",
            ]
            .map(String::from),
        );
        let mut checked = 0;
        for (n, word) in words.iter().enumerate() {
            for pattern in &patterns {
                let ours = score(word, pattern).expect("one or two characters");
                assert_eq!(
                    ours,
                    reused.fuzzy_match(word, pattern),
                    "{word:?} / {pattern:?}"
                );
                if n % 97 == 0 {
                    let fresh = SkimMatcherV2::default().respect_case();
                    assert_eq!(
                        ours,
                        fresh.fuzzy_match(word, pattern),
                        "{word:?} / {pattern:?}"
                    );
                }
                checked += usize::from(ours.is_some());
            }
        }
        assert!(checked > 10_000, "most pairs must be matches to test much");
        assert_eq!(score("water", "wat"), None, "three characters: the crate's");
        assert_eq!(score("water", ""), None);
    }
}
