//! How a fuzzy term matches one searched field, and how well: the one
//! place that knows about fuzzy-matcher and the one place the relevance
//! rule lives (README, "How a word matches"). Both sides are folded by the
//! caller (SkimMatcherV2 folds ASCII case only), so it matches case
//! sensitively here.
//!
//! The rule: a term matches inside ONE word of a field — whole, at the
//! start of the word, inside it, or with letters left out (`wtr`, `wter`
//! find "water"); after its first two letters, two neighbouring letters
//! may be swapped (`watre`). Letters spread over several words ("**w**omen
//! **a**f**ter**" for `water`) are no match. A term with spaces or
//! punctuation (a quoted phrase, `mental-health`) matches as it is, or
//! word by word in consecutive words. Among matches, the kind counts
//! first (the whole word, then the start of a word, inside a word, whole
//! but for two swapped letters, letters left out, both), then the field
//! (the title counts half as much again), then how tight the match is
//! (SkimMatcherV2's score, less a point for each letter the word has
//! beyond the term's).
//!
//! A longer term never matches where a shorter start of it does not (the
//! UI narrows a growing query to the rows the last one matched): that is
//! why swaps are allowed only after the first two letters, where every
//! shorter start still matches without one.

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

/// How a term was found in a field, worst first; each kind outranks every
/// match of the kinds before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// In one word with two neighbouring letters swapped and letters left
    /// out.
    Swapped,
    /// In one word with letters left out (or a phrase word by word).
    Scattered,
    /// Whole in a word once two neighbouring letters are swapped: one slip
    /// of the fingers says more than letters picked out of a longer word.
    SwappedWhole,
    /// Whole, inside a word.
    Inside,
    /// Whole, at the start of a word.
    Start,
    /// The whole word.
    Word,
}

/// A fuzzy term made ready for matching, once per search.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The folded term.
    text: String,
    /// Its words: one for a plain word, several for a phrase, none when it
    /// has no letter or digit.
    words: Vec<String>,
    /// Its words run together: every match has these letters in order.
    letters: String,
    /// A plain word with two neighbouring letters after the second swapped.
    swaps: Vec<String>,
    /// More than any tightness (title weight included): kinds count in
    /// steps of this.
    step: i64,
    /// Its length in characters.
    len: i64,
    /// How tight the term is against itself (as at the start of a word).
    reach: i64,
}

impl Pattern {
    pub fn new(text: &str) -> Pattern {
        let words: Vec<String> = text
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let letters = words.concat();
        let mut swaps = Vec::new();
        if words.len() == 1 && words[0] == text {
            let chars: Vec<char> = text.chars().collect();
            for k in 2..chars.len().saturating_sub(1) {
                if chars[k] != chars[k + 1] {
                    let mut swapped = chars.clone();
                    swapped.swap(k, k + 1);
                    swaps.push(swapped.into_iter().collect());
                }
            }
        }
        // The tightest a match can be is the term against itself; a word
        // scored alone can earn a few bonuses more, hence the margin.
        let fuzzy = Fuzzy::default();
        let reach = |p: &str| fuzzy.inner.fuzzy_match(p, p).unwrap_or_default().max(0);
        let best = reach(text) + words.iter().map(|w| reach(w)).sum::<i64>();
        Pattern {
            text: text.to_string(),
            words,
            letters,
            swaps,
            step: 2 * best + 64,
            len: text.chars().count() as i64,
            reach: reach(text),
        }
    }

    /// How many letters the word has beyond the term's: of equally tight
    /// matches, the closer word ("water" for `wter`, not "watershed").
    fn extra(&self, word: &str) -> i64 {
        (word.chars().count() as i64 - self.len).max(0)
    }

    fn value(&self, kind: Kind, tight: i64, title: bool) -> i64 {
        let tight = if title { tight + tight / 2 } else { tight };
        kind as i64 * self.step + tight.clamp(0, self.step - 1)
    }
}

/// Letters, digits and apostrophes make words ("children's" is one word).
/// Folded text is lower case: ASCII and Cyrillic are decided without the
/// Unicode tables, which cost a sixth of a search.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '\'';
    }
    matches!(c, 'а'..='я' | 'ё' | '’') || c.is_alphanumeric()
}

/// The words of `text` with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while rest.next_if(|(_, c)| !is_word_char(*c)).is_some() {}
        let (start, _) = *rest.peek()?;
        let mut end = text.len();
        for (i, c) in rest.by_ref() {
            if !is_word_char(c) {
                end = i;
                break;
            }
        }
        Some((start, &text[start..end]))
    })
}

/// A match found in a field: its value, and the character positions when
/// they were asked for.
type Found = (i64, Vec<usize>);

impl Fuzzy {
    /// The value of the best match of `pattern` in one field (not the
    /// title); `None` when the rule finds none.
    pub fn score(&self, field: &str, pattern: &Pattern) -> Option<i64> {
        self.best(field, pattern, false, false).map(|(v, _)| v)
    }

    /// [`Fuzzy::score`] for the title, which counts half as much again.
    pub fn title_score(&self, field: &str, pattern: &Pattern) -> Option<i64> {
        self.best(field, pattern, true, false).map(|(v, _)| v)
    }

    /// The best value over the fields of a row's search text (split by
    /// [`FIELD_SEPARATOR`], the title first).
    pub fn best_field(&self, text: &str, pattern: &Pattern) -> Option<i64> {
        let mut best: Option<i64> = None;
        let mut start = 0;
        // Fields are short and the separator is one ASCII byte: a plain loop
        // finds it faster than a searcher set up per field.
        let bytes = text.as_bytes();
        for end in (0..=bytes.len()).filter(|&i| i == bytes.len() || bytes[i] == SEPARATOR_BYTE) {
            if let Some((s, _)) = self.best(&text[start..end], pattern, start == 0, false) {
                best = Some(best.map_or(s, |b| b.max(s)));
            }
            start = end + 1;
        }
        best
    }

    /// The character positions in `field` of the best match, for
    /// highlighting.
    pub fn positions(&self, field: &str, pattern: &Pattern) -> Option<Vec<usize>> {
        self.best(field, pattern, false, true).map(|(_, p)| p)
    }

    fn best(&self, field: &str, p: &Pattern, title: bool, want: bool) -> Option<Found> {
        if p.words.is_empty() {
            return self.whole(field, p, title, want);
        }
        if !in_order(field, &p.letters) {
            return self.swapped(field, p, title, want);
        }
        if p.words.len() > 1 || p.words[0] != p.text {
            return self
                .whole(field, p, title, want)
                .or_else(|| self.phrase(field, p, title, want));
        }
        let mut best: Option<Found> = None;
        let mut best_kind = Kind::Swapped;
        for (at, word) in words(field) {
            if !in_order(word, &p.text) {
                continue;
            }
            let kind = if word == p.text {
                Kind::Word
            } else if word.starts_with(p.text.as_str()) {
                Kind::Start
            } else if word.contains(p.text.as_str()) {
                Kind::Inside
            } else {
                Kind::Scattered
            };
            // A lower kind cannot win, whatever its tightness.
            if best.is_some() && kind < best_kind {
                continue;
            }
            best_kind = best_kind.max(kind);
            let found = match kind {
                // The term at the start of a word is as tight as the term
                // against itself: no need to ask the matcher.
                Kind::Word | Kind::Start if !want => Some((p.reach, Vec::new())),
                _ => self.in_word(field, at, word, &p.text, want),
            };
            let t = |t: i64| t - p.extra(word);
            keep(
                &mut best,
                found.map(|(x, pos)| (p.value(kind, t(x), title), pos)),
            );
        }
        // A swap can only do better than letters left out.
        if best
            .as_ref()
            .is_none_or(|b| b.0 < Kind::SwappedWhole as i64 * p.step)
        {
            keep(&mut best, self.swapped(field, p, title, want));
        }
        best
    }

    /// A plain word found in one word of the field with a swap.
    fn swapped(&self, field: &str, p: &Pattern, title: bool, want: bool) -> Option<Found> {
        let mut best: Option<Found> = None;
        for swap in p.swaps.iter().filter(|s| in_order(field, s)) {
            for (at, word) in words(field).filter(|(_, w)| in_order(w, swap)) {
                let kind = if word.contains(swap.as_str()) {
                    Kind::SwappedWhole
                } else {
                    Kind::Swapped
                };
                let found = self.in_word(field, at, word, swap, want);
                let t = |t: i64| t - p.extra(word);
                keep(
                    &mut best,
                    found.map(|(x, pos)| (p.value(kind, t(x), title), pos)),
                );
            }
        }
        best
    }

    /// The term as it is, anywhere in the field.
    fn whole(&self, field: &str, p: &Pattern, title: bool, want: bool) -> Option<Found> {
        let at = field.find(p.text.as_str())?;
        let end = at + p.text.len();
        let starts = field[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c))
            || !p.text.starts_with(is_word_char);
        let ends = field[end..].chars().next().is_none_or(|c| !is_word_char(c))
            || !p.text.ends_with(is_word_char);
        let kind = match (starts, ends) {
            (true, true) => Kind::Word,
            (true, false) => Kind::Start,
            _ => Kind::Inside,
        };
        let tight = self.tightness(&field[at..end], &p.text)?;
        let positions = if want {
            let first = field[..at].chars().count();
            (first..first + p.text.chars().count()).collect()
        } else {
            Vec::new()
        };
        Some((p.value(kind, tight, title), positions))
    }

    /// A phrase's words, each inside one of consecutive words of the field.
    fn phrase(&self, field: &str, p: &Pattern, title: bool, want: bool) -> Option<Found> {
        let all: Vec<(usize, &str)> = words(field).collect();
        let n = p.words.len();
        let mut best: Option<Found> = None;
        for run in all.windows(n) {
            if !run.iter().zip(&p.words).all(|((_, w), q)| in_order(w, q)) {
                continue;
            }
            let (mut tight, mut positions) = (0, Vec::new());
            for ((at, w), q) in run.iter().zip(&p.words) {
                let (t, pos) = self.in_word(field, *at, w, q, want)?;
                tight += t;
                positions.extend(pos);
            }
            keep(
                &mut best,
                Some((p.value(Kind::Scattered, tight, title), positions)),
            );
        }
        best
    }

    /// SkimMatcherV2's score of `pattern` in `choice`: worked out here for
    /// one or two characters (see short.rs), asked of the crate otherwise.
    fn tightness(&self, choice: &str, pattern: &str) -> Option<i64> {
        match short::score(choice, pattern) {
            Some(found) => found,
            None => self.inner.fuzzy_match(choice, pattern),
        }
    }

    /// The tightness of `pattern` in one word of the field that holds it
    /// in order, with its positions in the field when wanted.
    fn in_word(
        &self,
        field: &str,
        at: usize,
        word: &str,
        pattern: &str,
        want: bool,
    ) -> Option<(i64, Vec<usize>)> {
        if !want {
            return self.tightness(word, pattern).map(|t| (t, Vec::new()));
        }
        let first = field[..at].chars().count();
        let (t, pos) = self.inner.fuzzy_indices(word, pattern)?;
        Some((t, pos.into_iter().map(|i| first + i).collect()))
    }
}

/// Keeps the better of two matches (the first of equals).
fn keep(best: &mut Option<Found>, found: Option<Found>) {
    if let Some(f) = found
        && best.as_ref().is_none_or(|b| f.0 > b.0)
    {
        *best = Some(f);
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

mod short;

#[cfg(test)]
mod tests;
