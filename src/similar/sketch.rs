//! What the index keeps of a text: a MinHash signature cut into LSH band
//! keys, which find the ideas that may be alike, and a 1-bit MinHash
//! signature, which tells cheaply which of those are worth the real score.
//!
//! Two sets share a band's key with a chance of about `s^ROWS` (s their
//! Jaccard index), so at least one of [`BANDS`] keys with a chance of
//! `1 - (1 - s^ROWS)^BANDS` ([`chance_found`]): near 1 for near-copies,
//! but not small enough for ideas on the same theme (0.35–0.5 on the
//! demo's texts), which at a million ideas come by thousands. Eight bytes
//! a band leave no room for enough bands of enough rows to tell 0.8 from
//! 0.5 by bands alone, so each proposed idea is first tested by [`Bits`]:
//! 256 MinHash values kept to their lowest bit, equal with a chance of
//! `(1 + s) / 2`; counting equal bits costs four XORs and popcounts, where
//! the real score reads and re-shingles the idea's text (Li and König,
//! "b-Bit Minwise Hashing", 2010: one bit a value tells high similarities
//! apart best for the space).
//!
//! One-permutation hashing (Li, Owen and Zhang, 2012) for both: each
//! shingle is hashed once a signature and goes to one bin, each bin
//! keeping its least value; a bin no shingle fell into borrows from the
//! next one that has a value, by rotation (Shrivastava and Li, 2014).

use super::shingles::{each_shingle, mix};

/// Bands of the signature: each is a key in the index, 8 bytes an idea.
pub const BANDS: usize = 8;
/// Values in one band. With 8 bands of 5, a pair is found with a chance
/// of 0.958 at Jaccard 0.8, 0.987 at 0.84, 0.9992 at 0.9 (near-copies
/// score 0.8 and up, see [`super::THRESHOLD`]); a pair at 0.45 with 0.14,
/// which [`Bits`] then turns away.
pub const ROWS: usize = 5;
/// 64-bit words of [`Bits`]: 256 values, 32 bytes an idea.
pub const WORDS: usize = 4;
const BITS: usize = WORDS * 64;

/// The sketch of one text: its band keys and its bit signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sketch {
    pub keys: [u32; BANDS],
    pub bits: Bits,
}

/// 256 MinHash values of a text, the lowest bit of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bits(pub [u64; WORDS]);

/// The least number of equal bits of a pair worth scoring: a pair at the
/// [`super::THRESHOLD`] (0.75) has 224 of 256 equal on average, with a
/// spread (standard deviation) of about 5.3, so 8 bits below it (one and a
/// half spreads) keeps some 93% of the pairs right at the threshold and
/// all but about one in a thousand at 0.8, where the labelled copies
/// start; a pair at 0.45 (186 on average, spread 7.1) passes with a
/// chance below 1 in 10,000 (binomial; rotation into empty bins spreads
/// it a little more). BENCHMARKS.md has the measured figures: about 1 in
/// 3,000 proposals passes at a million (813,000 of 2.3 billion pairs).
pub const LEAST_EQUAL: u32 = 216;

impl Bits {
    /// How many of the 256 bits are equal in both.
    pub fn equal(&self, other: &Bits) -> u32 {
        let differ: u32 = self
            .0
            .iter()
            .zip(&other.0)
            .map(|(a, b)| (a ^ b).count_ones())
            .sum();
        BITS as u32 - differ
    }

    /// Whether a pair with these signatures is worth its real score.
    pub fn may_be_like(&self, other: &Bits) -> bool {
        self.equal(other) >= LEAST_EQUAL
    }

    /// The Jaccard index these bits estimate (each equal with a chance of
    /// `(1 + s) / 2`), for the figures of the benchmark.
    pub fn estimate(&self, other: &Bits) -> f32 {
        (2.0 * self.equal(other) as f32 / BITS as f32 - 1.0).max(0.0)
    }
}

impl Sketch {
    /// The sketch of a shingle set; `None` for an empty one (no text: it
    /// is like nothing, and nothing is like it).
    pub fn of(shingles: &[u32]) -> Option<Sketch> {
        let mut m = MinHashes::new();
        shingles.iter().for_each(|&s| m.add(s));
        m.sketch()
    }

    /// The sketch of a text, the same as that of its [`shingles`] but
    /// without building the set (no allocation, no sort): what indexing
    /// a million ideas or checking an import record costs most.
    ///
    /// [`shingles`]: super::shingles::shingles
    pub fn of_text(text: &str) -> Option<Sketch> {
        let mut m = MinHashes::new();
        each_shingle(text, |s| m.add(s));
        m.sketch()
    }
}

/// 64-bit words of [`Fine`]: 1,024 values, 128 bytes an idea.
pub const FINE_WORDS: usize = 16;
const FINE_BITS: usize = FINE_WORDS * 64;

/// 1,024 one-bit MinHash values of a text, from bins of their own: kept
/// beside the rows (not in the index), to turn away, before they are read
/// and scored, the pairs [`Bits`] passes that are only on the same theme.
/// Of the 8,133 pairs scored at 100,000 demo ideas, 8,100 were between 0.5
/// and 0.75; each such read costs sled memory for the whole session (it
/// keeps the page). A pair at 0.75 has 896 of 1,024 equal on average; the
/// spread is 10.6 in theory but 13.5 measured on demo texts (about 400
/// shingles, so most bins are filled from a neighbour and move together).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fine(pub [u64; FINE_WORDS]);

/// The least number of equal [`Fine`] bits of a pair worth scoring: three
/// and a half measured spreads below a pair at the threshold, so that
/// `is:duplicate` finds what it found before the fine bits. At 1,000,000
/// demo ideas, of the 480 pairs at 0.75 or more the fewest equal bits were
/// 852 (1 % under 863, 5 % under 876); 880 lost 35 of them (7 %). A third
/// of the same-theme pairs at 0.63 that [`Bits`] passes pass these too.
pub const LEAST_FINE_EQUAL: u32 = 848;

impl Fine {
    pub fn equal(&self, other: &Fine) -> u32 {
        let differ: u32 = (self.0.iter().zip(&other.0))
            .map(|(a, b)| (a ^ b).count_ones())
            .sum();
        FINE_BITS as u32 - differ
    }

    /// Whether a pair with these signatures is worth its real score.
    pub fn may_be_like(&self, other: &Fine) -> bool {
        self.equal(other) >= LEAST_FINE_EQUAL
    }
}

/// All a text's signatures: what the index keeps, and [`Fine`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signature {
    pub sketch: Sketch,
    pub fine: Fine,
}

impl Signature {
    /// `None` for a text without shingles, as [`Sketch::of_text`].
    pub fn of_text(text: &str) -> Option<Signature> {
        let mut m = MinHashes::new();
        let mut fine = Bins::<FINE_BITS>::new(0x4cf5_ad43_2745_937f);
        each_shingle(text, |s| {
            m.add(s);
            fine.add(s);
        });
        let mut bits = Fine([0; FINE_WORDS]);
        for (i, v) in fine.values()?.iter().enumerate() {
            bits.0[i / 64] |= u64::from(v & 1) << (i % 64);
        }
        Some(Signature {
            sketch: m.sketch()?,
            fine: bits,
        })
    }
}

/// Both one-permutation MinHashes of a text, a shingle at a time.
struct MinHashes {
    rows: Bins<{ BANDS * ROWS }>,
    bits: Bins<BITS>,
}

impl MinHashes {
    fn new() -> MinHashes {
        MinHashes {
            rows: Bins::new(0x9e37_79b9_7f4a_7c15),
            bits: Bins::new(0x2545_f491_4f6c_dd1d),
        }
    }

    fn add(&mut self, shingle: u32) {
        self.rows.add(shingle);
        self.bits.add(shingle);
    }

    fn sketch(self) -> Option<Sketch> {
        let rows = self.rows.values()?;
        let mut keys = [0u32; BANDS];
        for (band, key) in keys.iter_mut().enumerate() {
            let mut h = band as u64;
            for &v in &rows[band * ROWS..(band + 1) * ROWS] {
                h = mix(h.rotate_left(32) ^ u64::from(v));
            }
            *key = (h >> 32) as u32;
        }
        let mut bits = Bits::default();
        for (i, v) in self.bits.values()?.iter().enumerate() {
            bits.0[i / 64] |= u64::from(v & 1) << (i % 64);
        }
        Some(Sketch { keys, bits })
    }
}

/// One one-permutation MinHash of `N` bins: each shingle, hashed with the
/// seed, goes to one bin, which keeps the least value. A bin holding
/// `u32::MAX` is empty (a value that hashes to it is kept as one less:
/// one shingle in four billion, and only its order among the least).
struct Bins<const N: usize> {
    seed: u64,
    least: [u32; N],
}

impl<const N: usize> Bins<N> {
    fn new(seed: u64) -> Self {
        Bins {
            seed,
            least: [u32::MAX; N],
        }
    }

    fn add(&mut self, shingle: u32) {
        let h = mix(u64::from(shingle) ^ self.seed);
        let bin = (((h >> 32) * N as u64) >> 32) as usize;
        let value = (h as u32).min(u32::MAX - 1);
        let least = &mut self.least[bin];
        *least = (*least).min(value);
    }

    /// Each bin's value, an empty bin taking that of the next filled one,
    /// told apart by how far it had to go; `None` when no shingle came.
    fn values(&self) -> Option<[u32; N]> {
        let empty = |v: u32| v == u32::MAX;
        let first = (0..N).find(|&i| !empty(self.least[i]))?;
        let mut out = self.least;
        // Walking back, the next filled bin after `i`, unrotated: past the
        // last filled one it is the first, once round.
        let mut next = first + N;
        for i in (0..N).rev() {
            if empty(self.least[i]) {
                let step = next - i;
                let from = next % N;
                out[i] = (mix(u64::from(self.least[from]) ^ (step as u64) << 40) >> 32) as u32;
            } else {
                next = i;
            }
        }
        Some(out)
    }
}

/// The chance that two texts at Jaccard index `s` share a band.
pub fn chance_found(s: f64) -> f64 {
    1.0 - (1.0 - s.powi(ROWS as i32)).powi(BANDS as i32)
}

#[cfg(test)]
mod tests {
    use super::super::shingles::{jaccard, shingles};
    use super::*;

    #[test]
    fn the_same_text_has_the_same_sketch_and_no_text_none() {
        let a = Sketch::of(&shingles("Mobile clinic for rural villages")).unwrap();
        assert_eq!(
            Some(a),
            Sketch::of(&shingles("MOBILE clinic, for rural villages"))
        );
        assert_eq!(a.bits.equal(&a.bits), 256);
        for text in ["Mobile clinic for rural villages", "Дом", "ab", ""] {
            assert_eq!(
                Sketch::of_text(text),
                Sketch::of(&shingles(text)),
                "{text:?}"
            );
        }
        assert_eq!(Sketch::of(&[]), None);
        // Even one shingle fills every bin, by rotation.
        assert!(Sketch::of(&[7]).is_some());
    }

    /// Pairs of sets of 300 shingles sharing `shared` of them.
    fn pairs(shared: u32, n: u32) -> impl Iterator<Item = (Sketch, Sketch, f64)> {
        (0..n).map(move |t| {
            let base = t * 10_000;
            let a: Vec<u32> = (base..base + 300).collect();
            let b: Vec<u32> = (base + 300 - shared..base + 600 - shared).collect();
            let s = jaccard(&a, &b) as f64;
            (Sketch::of(&a).unwrap(), Sketch::of(&b).unwrap(), s)
        })
    }

    #[test]
    fn pairs_share_a_band_about_as_often_as_the_theory_says() {
        for shared in [150, 210, 260] {
            let (mut hits, mut s) = (0, 0.0);
            for (a, b, j) in pairs(shared, 400) {
                hits += usize::from(a.keys.iter().zip(b.keys).any(|(x, y)| *x == y));
                s = j;
            }
            let (seen, want) = (hits as f64 / 400.0, chance_found(s));
            assert!((seen - want).abs() < 0.08, "s={s:.2}: {seen} vs {want:.3}");
        }
    }

    #[test]
    fn the_bits_keep_near_copies_and_turn_away_related_texts() {
        // 0.82 (270 of 300 shared): nearly all kept, and the estimate is
        // close to the truth.
        let mut kept = 0;
        let mut off = 0.0f64;
        for (a, b, s) in pairs(270, 400) {
            kept += usize::from(a.bits.may_be_like(&b.bits));
            off += (f64::from(a.bits.estimate(&b.bits)) - s).abs();
        }
        assert!(kept >= 396, "kept {kept} of 400 at 0.82");
        assert!(off / 400.0 < 0.05, "mean error {}", off / 400.0);
        // 0.5 (200 shared): next to none.
        let kept = pairs(200, 400)
            .filter(|(a, b, _)| a.bits.may_be_like(&b.bits))
            .count();
        assert!(kept <= 2, "kept {kept} of 400 at 0.5");
    }

    /// Texts of `n` words, the second with every `every`-th word changed.
    fn texts(n: usize, every: usize, seed: usize) -> (String, String) {
        let word = |i: usize| format!("w{}x{}", (i * 7 + seed * 131) % 997, i % 13);
        let a: Vec<String> = (0..n).map(word).collect();
        let b: Vec<String> = (0..n)
            .map(|i| {
                if i % every == 0 {
                    format!("q{i}z{seed}")
                } else {
                    word(i)
                }
            })
            .collect();
        (a.join(" "), b.join(" "))
    }

    #[test]
    fn the_fine_bits_keep_near_copies_and_turn_away_what_the_coarse_ones_pass() {
        let judged = |every: usize| {
            // Kept: passed by both, as the engine asks of a pair.
            let (mut kept, mut coarse, mut s) = (0, 0, 0.0);
            for seed in 0..200 {
                let (a, b) = texts(60, every, seed);
                let (x, y) = (
                    Signature::of_text(&a).unwrap(),
                    Signature::of_text(&b).unwrap(),
                );
                assert_eq!(Some(x.sketch), Sketch::of_text(&a));
                let passed = x.sketch.bits.may_be_like(&y.sketch.bits);
                kept += usize::from(passed && x.fine.may_be_like(&y.fine));
                coarse += usize::from(passed);
                s += jaccard(&shingles(&a), &shingles(&b)) / 200.0;
            }
            (kept, coarse, s)
        };
        // A word in 8 changed: about 0.78, just under the labelled copies.
        let (kept, _, s) = judged(8);
        assert!((0.76..0.80).contains(&s), "{s}");
        assert!(kept >= 196, "kept {kept} of 200 at {s:.2}");
        // A word in 4: about 0.55–0.65, same-theme texts.
        let (kept, coarse, s) = judged(4);
        assert!(s < 0.68, "{s}");
        assert!(
            coarse >= 20 && kept * 2 <= coarse,
            "fine {kept}, coarse {coarse} of 200 at {s:.2}"
        );
        assert_eq!(Signature::of_text(""), None);
    }
}
