//! The one place that knows about fuzzy-matcher. Both sides are folded by
//! the caller (SkimMatcherV2 folds ASCII case only), so it matches case
//! sensitively here.

use crate::domain::row::FIELD_SEPARATOR;
use fuzzy_matcher::FuzzyMatcher as _;
use fuzzy_matcher::skim::SkimMatcherV2;

/// [`FIELD_SEPARATOR`] as the one byte it is in UTF-8.
const SEPARATOR_BYTE: u8 = FIELD_SEPARATOR as u8;

/// Scores folded text against a folded pattern.
pub struct Fuzzy {
    inner: SkimMatcherV2,
}

impl Default for Fuzzy {
    fn default() -> Self {
        Fuzzy {
            inner: SkimMatcherV2::default().respect_case(),
        }
    }
}

impl Fuzzy {
    /// The match score, higher is better; `None` when the pattern's
    /// characters do not all appear in order.
    pub fn score(&self, text: &str, pattern: &str) -> Option<i64> {
        // The matcher copies the text into a buffer before it finds out that
        // the pattern is not in it; most fields are not, so look first.
        if !in_order(text, pattern) {
            return None;
        }
        self.inner.fuzzy_match(text, pattern)
    }

    /// The best score of any one field of a row's search text (fields split
    /// by [`FIELD_SEPARATOR`]): a pattern must match within a field. A match
    /// in the title counts half as much again as one elsewhere, so that
    /// "water" puts "Clean water points" above a proposer "Living Water".
    pub fn best_field(&self, text: &str, pattern: &str) -> Option<i64> {
        let mut best: Option<i64> = None;
        let (mut start, mut field) = (0, 0);
        // Fields are short and the separator is one ASCII byte: a plain loop
        // finds it faster than a searcher set up per field.
        let bytes = text.as_bytes();
        for end in (0..=bytes.len()).filter(|&i| i == bytes.len() || bytes[i] == SEPARATOR_BYTE) {
            if let Some(s) = self.score(&text[start..end], pattern) {
                let s = if field == 0 { s + s / 2 } else { s };
                best = Some(best.map_or(s, |b| b.max(s)));
            }
            start = end + 1;
            field += 1;
        }
        best
    }

    /// The character positions in `text` that the pattern matched.
    pub fn positions(&self, text: &str, pattern: &str) -> Option<Vec<usize>> {
        self.inner.fuzzy_indices(text, pattern).map(|(_, p)| p)
    }
}

/// Whether the characters of `pattern` appear in `text` in order — the
/// matcher's own first test, without its copying.
fn in_order(text: &str, pattern: &str) -> bool {
    let mut rest = text;
    for c in pattern.chars() {
        match rest.find(c) {
            Some(at) => rest = &rest[at + c.len_utf8()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::fold;

    #[test]
    fn cyrillic_matches_once_both_sides_are_folded() {
        let f = Fuzzy::default();
        assert!(
            f.score("Поиск работы", "поиск").is_none(),
            "the raw matcher is ASCII-only"
        );
        assert!(f.score(&fold("Поиск работы"), &fold("ПОИСК")).is_some());
        assert!(f.score(&fold("Ёлочный базар"), &fold("елоч")).is_some());
    }

    #[test]
    fn the_quick_look_agrees_with_the_matcher() {
        let f = Fuzzy::default();
        for (text, pattern) in [
            ("clean water", "wtr"),
            ("clean water", "rw"),
            ("вода чистая", "вч"),
            ("вода чистая", "чв"),
            ("ab", "abc"),
            ("a\u{1f}b", "ab"),
            ("ёлка", "ёл"),
            ("", "a"),
        ] {
            assert_eq!(
                in_order(text, pattern),
                f.inner.fuzzy_match(text, pattern).is_some(),
                "{text} / {pattern}"
            );
        }
    }

    #[test]
    fn better_matches_score_higher_and_positions_point_at_chars() {
        let f = Fuzzy::default();
        let tight = f.score("clean water", "water").unwrap();
        let loose = f
            .score("wide area telecom energy rollout", "water")
            .unwrap();
        assert!(tight > loose);
        assert_eq!(f.positions("вода чистая", "вод").unwrap(), [0, 1, 2]);
    }
}
