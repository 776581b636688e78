//! The LSH tables and the bit signatures: for each band, every idea's key
//! and slot in one sorted array of `u64` (key in the high half, slot in
//! the low), and for each slot the idea's id and [`Bits`]: 8 bytes an
//! idea a band, 36 for the rest, 100 in all with 8 bands; no text, no
//! hash map (whose buckets and spare room would double it).
//!
//! Ideas added later go to two short levels in front of the sorted array
//! (a few unsorted ones, then a sorted tail), merged on once a level has
//! grown, so that adding a chunk of ideas, or one, stays cheap and a
//! lookup stays a few binary searches.
//!
//! The index only proposes candidates; the caller scores each by its real
//! shingles and drops those below the threshold, which also drops an idea
//! whose text changed since it was added (its old keys stay until the
//! index is built again, costing a check, never a wrong answer).

use super::sketch::{BANDS, Bits, LEAST_EQUAL, Sketch};
use std::borrow::Cow;

/// Candidate ideas by shared band keys. Ids are `u32`: the store gives ids
/// one after another, and four billion ideas are far past any inbox.
#[derive(Debug, Default, Clone)]
pub struct Index {
    bands: Vec<Band>,
    /// Each slot's idea.
    ids: Vec<u32>,
    /// Each slot's bit signature.
    bits: Vec<Bits>,
}

/// One band's keys, in three levels: `main` and `tail` sorted, `fresh`
/// not (at most [`FRESH`] entries, looked through one by one).
#[derive(Debug, Default, Clone)]
struct Band {
    main: Vec<u64>,
    tail: Vec<u64>,
    fresh: Vec<u64>,
}

/// Entries a band keeps unsorted: few enough to look through in a
/// microsecond, enough that the sorted tail is rebuilt rarely.
const FRESH: usize = 256;

/// What a lookup found: the ideas worth the real score, and how many the
/// bands proposed (the work the bits saved, for the figures).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Candidates {
    /// Ascending, each once.
    pub ids: Vec<u32>,
    pub proposed: usize,
}

fn entry(key: u32, slot: u32) -> u64 {
    (u64::from(key) << 32) | u64::from(slot)
}

fn key_of(e: u64) -> u32 {
    (e >> 32) as u32
}

/// The two sorted runs as one, with no spare room.
fn merged(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The entries of a sorted run with this key.
fn run(sorted: &[u64], key: u32) -> &[u64] {
    let from = sorted.partition_point(|&e| e < entry(key, 0));
    let len = sorted[from..].partition_point(|&e| key_of(e) == key);
    &sorted[from..from + len]
}

impl Band {
    fn add(&mut self, mut new: Vec<u64>) {
        if self.fresh.len() + new.len() <= FRESH {
            self.fresh.append(&mut new);
            return;
        }
        new.append(&mut self.fresh);
        new.sort_unstable();
        self.tail = merged(&self.tail, &new);
        if self.tail.len() * 8 > self.main.len() {
            self.main = merged(&self.main, &self.tail);
            self.tail = Vec::new();
        }
    }

    /// Calls `found` with the slot of every entry with this key.
    fn lookup(&self, key: u32, mut found: impl FnMut(u32)) {
        for sorted in [&self.main, &self.tail] {
            for &e in run(sorted, key) {
                found(e as u32);
            }
        }
        for &e in &self.fresh {
            if key_of(e) == key {
                found(e as u32);
            }
        }
    }

    /// All entries, sorted.
    fn sorted(&self) -> Cow<'_, [u64]> {
        if self.tail.is_empty() && self.fresh.is_empty() {
            return Cow::Borrowed(&self.main);
        }
        let mut fresh = self.fresh.clone();
        fresh.sort_unstable();
        Cow::Owned(merged(&merged(&self.main, &self.tail), &fresh))
    }
}

impl Index {
    /// An index of `items`, built at once (sorted once per band).
    pub fn build(items: impl IntoIterator<Item = (u32, Sketch)>) -> Index {
        let mut index = Index::default();
        let new = index.slots(items);
        for (band, mut entries) in index.bands.iter_mut().zip(new) {
            entries.sort_unstable();
            entries.shrink_to_fit();
            band.main = entries;
        }
        index.ids.shrink_to_fit();
        index.bits.shrink_to_fit();
        index
    }

    /// Adds ideas (a chunk of an import, or one); they are found at once.
    pub fn add(&mut self, items: impl IntoIterator<Item = (u32, Sketch)>) {
        let new = self.slots(items);
        for (band, entries) in self.bands.iter_mut().zip(new) {
            band.add(entries);
        }
    }

    /// Gives `items` slots, and returns their entries, band by band.
    fn slots(&mut self, items: impl IntoIterator<Item = (u32, Sketch)>) -> Vec<Vec<u64>> {
        if self.bands.is_empty() {
            self.bands = vec![Band::default(); BANDS];
        }
        let items = items.into_iter();
        let mut new: Vec<Vec<u64>> = (0..BANDS)
            .map(|_| Vec::with_capacity(items.size_hint().0))
            .collect();
        for (id, sketch) in items {
            let slot = self.ids.len() as u32;
            self.ids.push(id);
            self.bits.push(sketch.bits);
            for (band, key) in new.iter_mut().zip(sketch.keys) {
                band.push(entry(key, slot));
            }
        }
        new
    }

    /// Adds one idea; it is found at once.
    pub fn insert(&mut self, id: u32, sketch: Sketch) {
        self.add([(id, sketch)]);
    }

    /// How many ideas it holds (an idea added twice counts twice).
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids that share at least one band key with `sketch` and whose
    /// bits say they may be like it.
    pub fn candidates(&self, sketch: &Sketch) -> Candidates {
        let mut found = Candidates::default();
        for (band, &key) in self.bands.iter().zip(&sketch.keys) {
            band.lookup(key, |slot| {
                found.proposed += 1;
                let slot = slot as usize;
                if self.bits[slot].may_be_like(&sketch.bits) {
                    found.ids.push(self.ids[slot]);
                }
            });
        }
        found.ids.sort_unstable();
        found.ids.dedup();
        found
    }

    /// At most `k` of [`Self::candidates`], those whose bits are likest
    /// `sketch`'s first (then the lowest ids): for a caller that wants
    /// only the likest idea, so that a file of a thousand identical
    /// records costs a thousand times `k` scores, not half a million.
    pub fn likest_candidates(&self, sketch: &Sketch, k: usize) -> Vec<u32> {
        // The slots of every band first, each once, in the order of the
        // bits in memory: a near-copy shares several bands, and reading
        // its bits once, in order, was most of an import's check.
        let mut slots: Vec<u32> = Vec::new();
        for (band, &key) in self.bands.iter().zip(&sketch.keys) {
            band.lookup(key, |slot| slots.push(slot));
        }
        slots.sort_unstable();
        slots.dedup();
        let mut found: Vec<(u32, u32)> = slots
            .into_iter()
            .filter_map(|slot| {
                let equal = self.bits[slot as usize].equal(&sketch.bits);
                (equal >= LEAST_EQUAL).then(|| (u32::MAX - equal, self.ids[slot as usize]))
            })
            .collect();
        // A slot comes once now, but an idea added twice has two: the
        // first k a band each are still enough, and picking them is
        // linear where a sort is not.
        let head = (k * BANDS).min(found.len());
        if head < found.len() {
            found.select_nth_unstable(head);
            found.truncate(head);
        }
        found.sort_unstable();
        let mut ids: Vec<u32> = Vec::with_capacity(k);
        for (_, id) in found {
            if ids.len() == k {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The ids that share at least one band key with `sketch`, bits or no
    /// bits (the bands alone, for the benchmark's A/B), each once.
    pub fn proposed(&self, sketch: &Sketch) -> Vec<u32> {
        let mut ids = Vec::new();
        for (band, &key) in self.bands.iter().zip(&sketch.keys) {
            band.lookup(key, |slot| ids.push(self.ids[slot as usize]));
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Calls `pair(a, b)`, `a` < `b`, for every two ideas that share a band
    /// key and whose bits say they may be alike: the candidates of all
    /// against all, without looking each idea up. A pair that shares
    /// several bands comes once a band. Returns how many pairs the bands
    /// proposed.
    pub fn pairs(&self, mut pair: impl FnMut(u32, u32)) -> usize {
        let mut proposed = 0;
        let mut group: Vec<(u32, Bits)> = Vec::new();
        for band in &self.bands {
            let sorted = band.sorted();
            let mut rest = &sorted[..];
            while let Some(&first) = rest.first() {
                let len = rest.partition_point(|&e| key_of(e) == key_of(first));
                let (same, after) = rest.split_at(len);
                rest = after;
                if same.len() < 2 {
                    continue;
                }
                proposed += same.len() * (same.len() - 1) / 2;
                group.clear();
                group.extend(same.iter().map(|&e| {
                    let slot = e as u32 as usize;
                    (self.ids[slot], self.bits[slot])
                }));
                for (j, (b, bits_b)) in group.iter().enumerate() {
                    for (a, bits_a) in &group[..j] {
                        if a != b && bits_a.may_be_like(bits_b) {
                            pair(*a.min(b), *a.max(b));
                        }
                    }
                }
            }
        }
        proposed
    }

    /// The heap bytes it holds (the figure of BENCHMARKS.md).
    pub fn heap_bytes(&self) -> usize {
        let band = |b: &Band| (b.main.capacity() + b.tail.capacity() + b.fresh.capacity()) * 8;
        self.bands.iter().map(band).sum::<usize>()
            + self.ids.capacity() * 4
            + self.bits.capacity() * std::mem::size_of::<Bits>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sketch with these keys and the same bits as every other.
    fn sketch(keys: [u32; BANDS]) -> Sketch {
        Sketch {
            keys,
            bits: Bits::default(),
        }
    }

    #[test]
    fn an_idea_is_a_candidate_when_it_shares_any_band() {
        let a = sketch([1, 2, 3, 4, 5, 6, 7, 8]);
        let mut b = sketch([0; BANDS]);
        b.keys[6] = 7; // shares band 6 with a
        let c = sketch([7; BANDS]); // key 7 in every band: band 6 too
        let d = sketch([99; BANDS]);
        let index = Index::build([(1, a), (2, b), (3, c), (4, d)]);
        assert_eq!(index.candidates(&a).ids, [1, 2, 3]);
        // Itself in every band, b and c in one.
        assert_eq!(index.candidates(&a).proposed, BANDS + 2);
        assert_eq!(index.candidates(&d).ids, [4]);
        assert!(index.candidates(&sketch([50; BANDS])).ids.is_empty());
        // A key in another band is no match: band 0 of `c` is 7, of `a` 1.
        let mut only0 = sketch([1000; BANDS]);
        only0.keys[0] = 7;
        assert_eq!(index.candidates(&only0).ids, [3]);
    }

    #[test]
    fn a_candidate_whose_bits_differ_is_proposed_but_not_given() {
        let a = sketch([1; BANDS]);
        let mut far = sketch([1; BANDS]);
        far.bits = Bits([u64::MAX, u64::MAX, 0, 0]); // half the bits differ
        let mut near = sketch([1; BANDS]);
        near.bits = Bits([0xff, 0, 0, 0]); // 8 of 256 differ
        let index = Index::build([(1, a), (2, far), (3, near)]);
        let found = index.candidates(&a);
        assert_eq!(found.ids, [1, 3]);
        assert_eq!(found.proposed, 3 * BANDS);
        let mut pairs = Vec::new();
        assert_eq!(index.pairs(|x, y| pairs.push((x, y))), 3 * BANDS);
        pairs.sort_unstable();
        pairs.dedup();
        assert_eq!(pairs, [(1, 3)]);
    }

    #[test]
    fn added_ideas_are_found_before_and_after_their_levels_are_merged() {
        let mut index = Index::default();
        for id in 0..3000u32 {
            index.insert(id, sketch([id / 2; BANDS]));
            assert_eq!(
                index.candidates(&sketch([id / 2; BANDS])).ids.last(),
                Some(&id)
            );
        }
        // A chunk at once, some of it like ideas added one by one.
        index.add((3000..8000u32).map(|id| (id, sketch([id % 4000 / 2; BANDS]))));
        assert_eq!(index.len(), 8000);
        assert!(index.bands[0].fresh.len() <= FRESH);
        assert!(!index.bands[0].main.is_empty(), "merged");
        assert_eq!(
            index.candidates(&sketch([10; BANDS])).ids,
            [20, 21, 4020, 4021]
        );
        assert_eq!(
            index.candidates(&sketch([1990; BANDS])).ids,
            [3980, 3981, 7980, 7981]
        );
        let mut pairs = 0;
        index.pairs(|a, b| {
            assert!(a < b && a % 4000 / 2 == b % 4000 / 2, "{a} {b}");
            pairs += 1;
        });
        // 2000 keys of four ideas (six pairs each), once a band.
        assert_eq!(pairs, 2000 * 6 * BANDS);
        assert!(index.heap_bytes() >= 8000 * (BANDS * 8 + 36));
    }
}
