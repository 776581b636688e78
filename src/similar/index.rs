//! The LSH tables: for each band, every idea's key and id in one sorted
//! array of `u64` (key in the high half, id in the low), 8 bytes an idea
//! a band and nothing else: no signature, no text, no hash map (whose
//! buckets and spare room would double it). Ideas added later wait in a
//! short unsorted tail, merged in once it has grown to an eighth of the
//! whole, so that adding stays cheap on average.
//!
//! The index only proposes candidates; the caller scores each by its real
//! shingles and drops those below the threshold, which also drops an idea
//! whose text changed since it was added (its old keys stay until the
//! index is built again, costing a check, never a wrong answer).

use super::sketch::{BANDS, Sketch};

/// Candidate ideas by shared band keys. Ids are `u32`: the store gives ids
/// one after another, and four billion ideas are far past any inbox.
#[derive(Debug, Default, Clone)]
pub struct Index {
    bands: Vec<Vec<u64>>,
    tail: Vec<(u32, Sketch)>,
}

fn entry(key: u32, id: u32) -> u64 {
    (u64::from(key) << 32) | u64::from(id)
}

impl Index {
    /// An index of `items`, built at once (sorted once per band).
    pub fn build(items: impl IntoIterator<Item = (u32, Sketch)>) -> Index {
        let items = items.into_iter();
        let mut bands: Vec<Vec<u64>> = (0..BANDS)
            .map(|_| Vec::with_capacity(items.size_hint().0))
            .collect();
        for (id, sketch) in items {
            for (band, key) in bands.iter_mut().zip(sketch.0) {
                band.push(entry(key, id));
            }
        }
        for band in &mut bands {
            band.sort_unstable();
            band.shrink_to_fit();
        }
        Index {
            bands,
            tail: Vec::new(),
        }
    }

    /// Adds one idea; it is found at once.
    pub fn insert(&mut self, id: u32, sketch: Sketch) {
        self.tail.push((id, sketch));
        if self.tail.len() > 1024 && self.tail.len() * 8 > self.len() {
            self.merge_tail();
        }
    }

    fn merge_tail(&mut self) {
        if self.bands.is_empty() {
            self.bands = vec![Vec::new(); BANDS];
        }
        for (b, band) in self.bands.iter_mut().enumerate() {
            band.extend(self.tail.iter().map(|(id, s)| entry(s.0[b], *id)));
            band.sort_unstable();
        }
        self.tail.clear();
    }

    /// How many ideas it holds (an idea added twice counts twice).
    pub fn len(&self) -> usize {
        self.bands.first().map_or(0, Vec::len) + self.tail.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ids that share at least one band key with `sketch`, each once,
    /// in ascending order.
    pub fn candidates(&self, sketch: &Sketch) -> Vec<u32> {
        let mut found = Vec::new();
        for (band, &key) in self.bands.iter().zip(&sketch.0) {
            let from = band.partition_point(|&e| e < entry(key, 0));
            found.extend(
                band[from..]
                    .iter()
                    .take_while(|&&e| (e >> 32) as u32 == key)
                    .map(|&e| e as u32),
            );
        }
        for (id, s) in &self.tail {
            if s.0.iter().zip(&sketch.0).any(|(a, b)| a == b) {
                found.push(*id);
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The heap bytes it holds (the figure of BENCHMARKS.md).
    pub fn heap_bytes(&self) -> usize {
        self.bands.iter().map(|b| b.capacity() * 8).sum::<usize>()
            + self.tail.capacity() * std::mem::size_of::<(u32, Sketch)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sketch(keys: [u32; BANDS]) -> Sketch {
        Sketch(keys)
    }

    #[test]
    fn an_idea_is_a_candidate_when_it_shares_any_band() {
        let a = sketch([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        let mut b = sketch([0; BANDS]);
        b.0[7] = 8; // shares band 7 with a
        let c = sketch([8; BANDS]); // key 8 in every band: band 7 too
        let d = sketch([99; BANDS]);
        let index = Index::build([(1, a), (2, b), (3, c), (4, d)]);
        assert_eq!(index.candidates(&a), [1, 2, 3]);
        assert_eq!(index.candidates(&d), [4]);
        assert_eq!(index.candidates(&sketch([50; BANDS])), Vec::<u32>::new());
        // A key in another band is no match: band 0 of `c` is 8, of `a` 1.
        let mut only0 = sketch([1000; BANDS]);
        only0.0[0] = 8;
        assert_eq!(index.candidates(&only0), [3]);
    }

    #[test]
    fn added_ideas_are_found_before_and_after_the_tail_is_merged() {
        let mut index = Index::default();
        for id in 0..5000u32 {
            index.insert(id, sketch([id / 2; BANDS]));
            assert_eq!(index.candidates(&sketch([id / 2; BANDS])).last(), Some(&id));
        }
        assert_eq!(index.len(), 5000);
        assert!(index.tail.len() < 5000, "the tail was merged");
        assert_eq!(index.candidates(&sketch([10; BANDS])), [20, 21]);
        assert!(index.heap_bytes() >= 5000 * BANDS * 8);
    }
}
