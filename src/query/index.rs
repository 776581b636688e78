//! What the catalog keeps beside each row so that searching is cheap: the
//! letters a text contains, row-position sets, the folded texts, and a
//! hasher for idea ids.

use super::fuzzy::{Fuzzy, Pattern};
use crate::domain::Name;
use crate::domain::row::FIELD_SEPARATOR;
use crate::domain::text::fold_char;

/// Hashes idea ids with one multiplication: they are already well spread,
/// and looking every summary hit up by id is on the per-keystroke path.
#[derive(Default)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A set of idea ids, one bit an id: ids are given out in sequence, so the
/// set is dense, and building or asking it costs no hashing (a one-letter
/// summary word at a million ideas has 640,000 ids). Ids past
/// [`DENSE_IDS`] (an imported file can carry any id) are kept in an
/// ordered set instead, so a far id never costs memory in proportion to it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct IdBits {
    words: Vec<u64>,
    far: std::collections::BTreeSet<u64>,
    len: usize,
}

/// Ids below this are bits (16 MiB at most).
const DENSE_IDS: u64 = 1 << 27;

impl IdBits {
    pub fn insert(&mut self, id: u64) {
        if id >= DENSE_IDS {
            if self.far.insert(id) {
                self.len += 1;
            }
            return;
        }
        let (w, bit) = ((id / 64) as usize, 1u64 << (id % 64));
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        if self.words[w] & bit == 0 {
            self.words[w] |= bit;
            self.len += 1;
        }
    }

    pub fn contains(&self, id: &u64) -> bool {
        if *id >= DENSE_IDS {
            return self.far.contains(id);
        }
        self.words
            .get((*id / 64) as usize)
            .is_some_and(|w| w & (1 << (*id % 64)) != 0)
    }

    /// How many ids.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The ids, smallest first.
    pub fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        let dense = self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut rest = w;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros();
                    rest &= rest - 1;
                    i as u64 * 64 + u64::from(bit)
                })
            })
        });
        dense.chain(self.far.iter().copied())
    }
}

impl FromIterator<u64> for IdBits {
    fn from_iter<I: IntoIterator<Item = u64>>(ids: I) -> IdBits {
        let mut set = IdBits::default();
        for id in ids {
            set.insert(id);
        }
        set
    }
}

/// Which letters a text contains, as a 64-bit set: a pattern can only
/// match (as a subsequence) text whose set includes the pattern's.
pub fn char_mask(text: &str) -> u64 {
    text.chars().fold(0, |m, c| m | char_bit(c))
}

fn char_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << 26,
        'а'..='я' => 1 << (27 + (c as u32 - 'а' as u32)),
        c if c.is_whitespace() || c == FIELD_SEPARATOR => 0,
        c => 1 << (59 + c as u32 % 5),
    }
}

/// The folded searched text of every row, kept in a few large strings
/// with a 12-byte span per row instead of a string each (24 bytes and an
/// allocation a row).
#[derive(Default)]
pub struct Texts {
    chunks: Vec<String>,
    spans: Vec<Span>,
}

#[derive(Clone, Copy)]
struct Span {
    chunk: u32,
    start: u32,
    len: u32,
}

/// Longest chunk: spans count bytes in 32 bits.
const CHUNK_LIMIT: usize = u32::MAX as usize;

impl Texts {
    /// The text of row `i`.
    pub fn get(&self, i: usize) -> &str {
        let s = self.spans[i];
        let start = s.start as usize;
        &self.chunks[s.chunk as usize][start..start + s.len as usize]
    }

    /// Adds a chunk holding the texts of the next rows, one after another,
    /// `lens` bytes each.
    pub fn add_chunk(&mut self, chunk: String, lens: &[u32]) {
        let n = self.chunks.len() as u32;
        let mut start = 0u32;
        for &len in lens {
            self.spans.push(Span {
                chunk: n,
                start,
                len,
            });
            start += len;
        }
        self.chunks.push(chunk);
    }

    /// Adds the text of a new row.
    pub fn push(&mut self, text: &str) {
        let span = self.append(text);
        self.spans.push(span);
    }

    /// Replaces the text of row `i` (the old text stays unused in its chunk).
    pub fn set(&mut self, i: usize, text: &str) {
        self.spans[i] = self.append(text);
    }

    fn append(&mut self, text: &str) -> Span {
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.len() + text.len() <= CHUNK_LIMIT);
        if !fits {
            self.chunks.push(String::new());
        }
        let chunk = self.chunks.len() - 1;
        let last = &mut self.chunks[chunk];
        let start = last.len() as u32;
        last.push_str(text);
        Span {
            chunk: chunk as u32,
            start,
            len: text.len() as u32,
        }
    }
}

/// The folded text and letter set of every name some row has as its
/// region, tags or funder, by the name's number: held once however many
/// rows share it, and scored once per search instead of once a row.
#[derive(Default)]
pub struct NameTexts {
    texts: Vec<Option<Box<str>>>,
    masks: Vec<u64>,
}

impl NameTexts {
    /// Makes `name` known; its letter set.
    pub fn add(&mut self, name: Name) -> u64 {
        let i = name.id() as usize;
        if i >= self.texts.len() {
            self.texts.resize(i + 1, None);
            self.masks.resize(i + 1, 0);
        }
        if self.texts[i].is_none() {
            let folded: String = name.chars().map(fold_char).collect();
            self.masks[i] = char_mask(&folded);
            self.texts[i] = Some(folded.into());
        }
        self.masks[i]
    }

    /// The folded text of a known name.
    pub fn get(&self, name: Name) -> &str {
        self.texts
            .get(name.id() as usize)
            .and_then(|t| t.as_deref())
            .unwrap_or_default()
    }

    /// The score of every known name against a fuzzy pattern (by number;
    /// `None` where it does not match).
    pub fn scores(&self, fuzzy: &Fuzzy, pattern: &Pattern, mask: u64) -> Vec<Option<i64>> {
        self.texts
            .iter()
            .zip(&self.masks)
            .map(|(t, m)| match t {
                Some(t) if m & mask == mask => fuzzy.score(t, pattern),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_bits_hold_each_id_once_in_order() {
        let far = u64::MAX - 1;
        let set: IdBits = [70, far, 3, 3, 64, 0, 1 << 20, far].into_iter().collect();
        assert_eq!(set.len(), 6);
        assert_eq!(set.iter().collect::<Vec<_>>(), [0, 3, 64, 70, 1 << 20, far]);
        assert!(set.contains(&64) && set.contains(&(1 << 20)) && set.contains(&far));
        assert!(!set.contains(&65) && !set.contains(&(1 << 40)));
        assert!(
            set.words.len() <= (1 << 20) / 64 + 1,
            "a far id costs no bits"
        );
        assert!(IdBits::default().is_empty());
    }
}
