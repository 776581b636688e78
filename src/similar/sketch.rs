//! A shingle set's MinHash signature, cut into LSH bands: two sets share a
//! band's key with a chance of about `s^ROWS` (s their Jaccard index), so
//! they share at least one of [`BANDS`] keys with a chance of
//! `1 - (1 - s^ROWS)^BANDS`: near 1 for near-copies, small for others.
//!
//! One-permutation hashing (Li, Owen and Zhang, 2012): each shingle is
//! hashed once and goes to one of `BANDS * ROWS` bins, each bin keeping its
//! least value; a bin no shingle fell into borrows from the next one that
//! has a value, by rotation (Shrivastava and Li, 2014). One hash per
//! shingle instead of one per shingle and value: a million ideas are
//! signed in a second or two.

use super::shingles::mix;

/// Bands of the signature: each is a key in the index, 8 bytes an idea
/// (12 bands: 96 bytes, within the budget of 100).
pub const BANDS: usize = 12;
/// Values in one band. With 12 bands of 6, a pair is found with a chance
/// of 0.974 at Jaccard 0.8, 0.994 at 0.84, 0.9999 at 0.9 (near-copies
/// score 0.8 and up, see [`super::THRESHOLD`]), and a pair at 0.45 with
/// 0.095, at 0.35 with 0.022: fewer rows would find more pairs of merely
/// related ideas, each to be scored for nothing.
pub const ROWS: usize = 6;
const BINS: usize = BANDS * ROWS;

/// The band keys of one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sketch(pub [u32; BANDS]);

impl Sketch {
    /// The sketch of a shingle set; `None` for an empty one (no text: it
    /// is like nothing, and nothing is like it).
    pub fn of(shingles: &[u32]) -> Option<Sketch> {
        if shingles.is_empty() {
            return None;
        }
        let mut bins = [u32::MAX; BINS];
        let mut filled = [false; BINS];
        for &s in shingles {
            let h = mix(u64::from(s) ^ 0x9e37_79b9_7f4a_7c15);
            let bin = (((h >> 32) * BINS as u64) >> 32) as usize;
            let value = h as u32;
            if !filled[bin] || value < bins[bin] {
                bins[bin] = value;
                filled[bin] = true;
            }
        }
        // Rotation: an empty bin takes the value of the next filled one,
        // told apart by how far it had to go.
        let mut dense = bins;
        for i in 0..BINS {
            if !filled[i] {
                let (step, from) = (1..BINS)
                    .map(|d| (d, (i + d) % BINS))
                    .find(|&(_, j)| filled[j])
                    .unwrap_or((0, i));
                dense[i] = (mix(u64::from(bins[from]) ^ (step as u64) << 40) >> 32) as u32;
            }
        }
        let mut keys = [0u32; BANDS];
        for (band, key) in keys.iter_mut().enumerate() {
            let mut h = band as u64;
            for &v in &dense[band * ROWS..(band + 1) * ROWS] {
                h = mix(h.rotate_left(32) ^ u64::from(v));
            }
            *key = (h >> 32) as u32;
        }
        Some(Sketch(keys))
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
    fn the_same_text_has_the_same_keys_and_no_text_none() {
        let a = Sketch::of(&shingles("Mobile clinic for rural villages")).unwrap();
        assert_eq!(
            Some(a),
            Sketch::of(&shingles("MOBILE clinic, for rural villages"))
        );
        assert_eq!(Sketch::of(&[]), None);
        // Even one shingle fills every bin, by rotation.
        assert!(Sketch::of(&[7]).is_some());
    }

    #[test]
    fn pairs_share_a_band_about_as_often_as_the_theory_says() {
        // Sets of 200 shingles with a known overlap.
        let found = |shared: u32| {
            let mut hits = 0;
            for t in 0..400u32 {
                let base = t * 1000;
                let a: Vec<u32> = (base..base + 200).collect();
                let b: Vec<u32> = (base + 200 - shared..base + 400 - shared).collect();
                let (ka, kb) = (Sketch::of(&a).unwrap(), Sketch::of(&b).unwrap());
                hits += usize::from(ka.0.iter().zip(kb.0).any(|(x, y)| *x == y));
            }
            (hits as f64 / 400.0, shared as f64 / (400 - shared) as f64)
        };
        for shared in [60, 120, 180] {
            let (seen, s) = found(shared);
            let want = chance_found(s);
            assert!((seen - want).abs() < 0.08, "s={s:.2}: {seen} vs {want:.3}");
        }
        assert!(jaccard(&[1], &[1]) == 1.0);
    }
}
