//! Near-copies of demo ideas, labelled: what `demo --duplicates` adds and
//! what the benchmark measures the near-duplicate check on. A copy is the
//! same project sent again: with typos, its sentences in another order, a
//! changed amount, or from another proposer (one to three of these).
//!
//! The label (which idea is a copy of which) is returned beside the ideas
//! and never stored: in the product a copy is an idea like any other.

use super::particular::generate_particular;
use super::words::{FIRST, LAST, ORG_WORDS};
use super::{cyrillic_char, pick_in};
use crate::domain::{Idea, Timestamp};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Demo ideas of which some are near-copies of others among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub ideas: Vec<Idea>,
    /// (copy, original): positions in `ideas`, the original always first.
    pub copies: Vec<(usize, usize)>,
}

/// The most copies, in a hundred ideas: a copy needs an original.
pub const MAX_PERCENT: u8 = 50;

/// `count` demo ideas, `percent` of them (rounded down, at most
/// [`MAX_PERCENT`]) near-copies of ideas before them; the rest as
/// [`generate_particular`] makes them (each with sentences of its own, so
/// that the copies are the only near-duplicates among them).
pub fn generate_with_copies(count: usize, percent: u8, seed: u64, now: Timestamp) -> Labelled {
    let n_copies = count * usize::from(percent.min(MAX_PERCENT)) / 100;
    let originals = count - n_copies;
    let mut ideas = generate_particular(originals, seed, now);
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xd0b1_e5ed);
    let mut copies = Vec::with_capacity(n_copies);
    if originals == 0 {
        return Labelled { ideas, copies };
    }
    for _ in 0..n_copies {
        let of = rng.random_range(0..originals);
        let copy = near_copy(&ideas[of], &mut rng, now);
        copies.push((ideas.len(), of));
        ideas.push(copy);
    }
    Labelled { ideas, copies }
}

/// The edits a copy can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Typos,
    Reordered,
    Amount,
    Proposer,
}

/// The same project sent again by `original`'s proposer or another: a new
/// idea (no id, history or notes), sent in the last weeks.
pub fn near_copy(original: &Idea, rng: &mut ChaCha8Rng, now: Timestamp) -> Idea {
    let created = Timestamp(now.0 - rng.random_range(0..21 * 86_400));
    let mut copy = Idea::new(original.title.clone(), created);
    copy.summary = original.summary.clone();
    copy.proposer = original.proposer.clone();
    copy.org_kind = original.org_kind;
    copy.region = original.region.clone();
    copy.sector = original.sector;
    copy.funder = original.funder.clone();
    copy.amount = original.amount;
    copy.tags = original.tags.clone();
    copy.barriers = original.barriers.clone();
    let mut changes = [
        Change::Typos,
        Change::Reordered,
        Change::Amount,
        Change::Proposer,
    ];
    changes.shuffle(rng);
    let how_many = rng.random_range(1..=3);
    for change in &changes[..how_many] {
        match change {
            Change::Typos => {
                for _ in 0..rng.random_range(1..=3) {
                    if rng.random_bool(0.3) {
                        copy.title = typo(&copy.title, rng);
                    } else {
                        copy.summary = typo(&copy.summary, rng);
                    }
                }
            }
            Change::Reordered => copy.summary = reordered(&copy.summary, rng),
            Change::Amount => {
                let was = copy.amount.unwrap_or(0);
                let step = rng.random_range(1..=10) * 10_000;
                copy.amount = Some(if rng.random_bool(0.5) && was > step {
                    was - step
                } else {
                    was + step
                });
            }
            Change::Proposer => {
                let russian = copy.proposer.chars().any(cyrillic_char)
                    || copy.title.chars().any(cyrillic_char);
                let mut other = copy.proposer.clone();
                for _ in 0..16 {
                    other = if rng.random_bool(0.5) {
                        format!(
                            "{} {}",
                            pick_in(rng, FIRST, russian),
                            pick_in(rng, LAST, russian)
                        )
                    } else {
                        pick_in(rng, ORG_WORDS, russian).to_string()
                    };
                    if other != copy.proposer {
                        break;
                    }
                }
                copy.proposer = other;
            }
        }
    }
    copy
}

/// One typo in `text`, at a letter: two letters swapped, one dropped,
/// doubled or replaced by its neighbour in the alphabet.
fn typo(text: &str, rng: &mut ChaCha8Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let letters: Vec<usize> = (0..chars.len())
        .filter(|&i| chars[i].is_alphabetic())
        .collect();
    let Some(&at) = letters.get(rng.random_range(0..letters.len().max(1))) else {
        return text.to_string();
    };
    match rng.random_range(0..4) {
        0 if at + 1 < chars.len() && chars[at + 1].is_alphabetic() => chars.swap(at, at + 1),
        1 if letters.len() > 3 => {
            chars.remove(at);
        }
        2 => chars.insert(at, chars[at]),
        _ => {
            let c = chars[at];
            chars[at] = char::from_u32(c as u32 + 1)
                .filter(|n| n.is_alphabetic())
                .unwrap_or(c);
        }
    }
    chars.into_iter().collect()
}

/// The sentences of `text` in another order (when it has more than one).
fn reordered(text: &str, rng: &mut ChaCha8Rng) -> String {
    let mut sentences: Vec<&str> = text.split_inclusive(". ").map(|s| s.trim_end()).collect();
    if sentences.len() < 2 {
        return text.to_string();
    }
    let was = sentences.clone();
    while sentences == was {
        sentences.shuffle(rng);
    }
    sentences.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_labelled_changed_and_point_to_an_earlier_idea() {
        let now = Timestamp(1_800_000_000);
        let demo = generate_with_copies(1_000, 20, 5, now);
        assert_eq!(demo.ideas.len(), 1_000);
        assert_eq!(demo.copies.len(), 200);
        assert_eq!(demo, generate_with_copies(1_000, 20, 5, now), "same seed");
        // The originals are the demo ideas of that seed.
        assert_eq!(demo.ideas[..800], generate_particular(800, 5, now)[..]);
        let (mut typos, mut reordered, mut amounts, mut proposers) = (0, 0, 0, 0);
        for &(copy, of) in &demo.copies {
            assert!(of < 800 && copy >= 800, "{copy} of {of}");
            let (c, o) = (&demo.ideas[copy], &demo.ideas[of]);
            assert_ne!(c, o);
            assert!(c.history.is_empty() && c.notes.is_empty() && c.id == 0);
            assert!(crate::domain::idea::valid_title(&c.title).is_ok());
            let sentences = |t: &str| {
                let mut s: Vec<String> = t.split('.').map(|s| s.trim().to_string()).collect();
                s.sort();
                s
            };
            if c.summary != o.summary {
                reordered += usize::from(sentences(&c.summary) == sentences(&o.summary));
            }
            typos += usize::from(c.title != o.title);
            amounts += usize::from(c.amount != o.amount);
            proposers += usize::from(c.proposer != o.proposer);
        }
        for (what, n) in [
            ("typos", typos),
            ("reordered", reordered),
            ("amounts", amounts),
            ("proposers", proposers),
        ] {
            assert!(n > 20, "{what}: {n} of 200");
        }
        assert_eq!(generate_with_copies(10, 100, 1, now).copies.len(), 5);
        assert_eq!(generate_with_copies(10, 0, 1, now).copies, []);
    }

    #[test]
    fn a_typo_changes_one_letter_and_a_reorder_keeps_every_sentence() {
        let mut rng = ChaCha8Rng::seed_from_u64(3);
        for _ in 0..200 {
            let t = typo("Mobile clinic", &mut rng);
            let diff = t.chars().count() as i64 - 13;
            assert!((-1..=1).contains(&diff), "{t}");
        }
        let text = "One. Two two. Three three three.";
        let r = reordered(text, &mut rng);
        assert_ne!(r, text);
        let mut a: Vec<&str> = r.split(' ').collect();
        let mut b: Vec<&str> = text.split(' ').collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(reordered("Only one.", &mut rng), "Only one.");
    }
}
