//! Near-duplicates: ideas whose text is nearly another's (re-sent with
//! edits, a corrected title, the same project from a second applicant).
//!
//! An idea's text (title, summary and proposer, see [`text_of`]) is cut
//! into character shingles ([`shingles`]); a MinHash signature cut into
//! LSH bands ([`sketch`]) finds, through the [`index::Index`], the ideas
//! that may be alike; a 1-bit MinHash signature kept beside the bands
//! turns away most of them at the cost of a few instructions, and each of
//! the rest is then scored by the real Jaccard index of the two shingle
//! sets. Pairs at [`THRESHOLD`] or more are reported. [`pairs`] does the
//! same for all the ideas against all (`is:duplicate`).
//!
//! Our own, not a crate: of those on crates.io, gaoya 0.2 (the one kept
//! up) keeps every idea's whole signature (128 values, 512 bytes) and a
//! hash set per band, some kilobyte an idea, against a budget of 100
//! bytes, and brings rayon's pool (see `cores.rs` for why sprout has
//! none); lshdedup-core 0.1 and datasketch-minhash-lsh 0.0.1 are early
//! drafts; probminhash is signatures without an index. What is needed
//! is small: some 600 lines here besides the tests, 100 bytes an idea.

pub mod index;
pub mod kept;
pub mod pairs;
pub mod shingles;
pub mod sketch;

use crate::cores;
use crate::domain::Idea;
pub use index::{Candidates, Index};
pub use shingles::{jaccard, shingles};
pub use sketch::{Fine, Signature, Sketch};

/// The least score reported as "looks like". Measured on the demo's
/// labelled near-copies (up to three typos, sentences in another order,
/// another amount, another proposer, up to three of these at once): they
/// score 0.80 and up (0.93 for half of them); two different projects on
/// the same theme, even the same service for the same people in the same
/// region, score at most 0.72. 0.75 is between the two, with room for a
/// copy edited a little more than the demo's. BENCHMARKS.md
/// ("Near-duplicates") has the figures.
pub const THRESHOLD: f32 = 0.75;

/// What is compared of an idea: title, summary and proposer (the fields
/// a person writes; sector, region and amount are picked from lists or
/// change between versions of the same project).
pub fn text_of(idea: &Idea) -> String {
    format!("{}\n{}\n{}", idea.title, idea.summary, idea.proposer)
}

/// A 64-bit key of [`text_of`] an idea, made without building the text:
/// to find a signature already made of the same text.
pub fn text_key(idea: &Idea) -> u64 {
    use std::hash::BuildHasher;
    let fields = (
        idea.title.as_str(),
        idea.summary.as_str(),
        idea.proposer.as_str(),
    );
    foldhash::fast::FixedState::with_seed(0x5eed_0f7e_47a1).hash_one(fields)
}

/// An idea that looks like another, and how much (0–1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub id: u64,
    pub score: f32,
}

/// The ideas of `index` that look like a text with these `shingles`, the
/// likest first (then by id). `shingles_of` gives a candidate's shingles,
/// `None` for an idea that is gone or must not be reported (the idea
/// itself, one marked "not a duplicate").
pub fn matches(
    index: &Index,
    shingles: &[u32],
    mut shingles_of: impl FnMut(u32) -> Option<Vec<u32>>,
) -> Vec<Match> {
    let Some(sketch) = Sketch::of(shingles) else {
        return Vec::new();
    };
    let mut found: Vec<Match> = index
        .candidates(&sketch)
        .ids
        .into_iter()
        .filter_map(|id| {
            let score = jaccard(shingles, &shingles_of(id)?);
            (score >= THRESHOLD).then_some(Match {
                id: u64::from(id),
                score,
            })
        })
        .collect();
    found.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    found
}

/// The sketch of an idea with an id the index can hold and some text.
pub fn sketch_of(idea: &Idea) -> Option<(u32, Sketch)> {
    let id = u32::try_from(idea.id).ok()?; // past four billion: never indexed
    Some((id, Sketch::of_text(&text_of(idea))?))
}

/// Ideas read at a time by [`sketch_all`], shingled on both cores.
const READ_AT_ONCE: usize = 4096;

/// The sketches of all `ideas` (those [`sketch_of`] gives one), in order,
/// shingled on both cores a few thousand at a time; `each` sees every
/// idea as it is read (for what else the caller keeps of it).
pub fn sketch_all<E>(
    ideas: impl IntoIterator<Item = Result<Idea, E>>,
    mut each: impl FnMut(&Idea),
) -> Result<Vec<(u32, Sketch)>, E> {
    let mut sketches = Vec::new();
    let mut batch = Vec::with_capacity(READ_AT_ONCE);
    let mut ideas = ideas.into_iter().peekable();
    while ideas.peek().is_some() {
        batch.clear();
        for idea in ideas.by_ref().take(READ_AT_ONCE) {
            let idea = idea?;
            each(&idea);
            batch.push(idea);
        }
        let sketch = |part: &[Idea]| part.iter().filter_map(sketch_of).collect::<Vec<_>>();
        let (first, second) = cores::halves(&batch, sketch);
        sketches.extend(first);
        // A worker that panicked: its half is done again on this thread,
        // never left out (a panic that comes again goes on as usual).
        sketches.extend(second.unwrap_or_else(|_| sketch(&batch[batch.len() / 2..])));
    }
    Ok(sketches)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    fn idea(title: &str, summary: &str, proposer: &str) -> Idea {
        let mut i = Idea::new(title.into(), Timestamp(0));
        i.summary = summary.into();
        i.proposer = proposer.into();
        i
    }

    #[test]
    fn a_near_copy_is_found_with_its_score_and_another_project_is_not() {
        let ideas = [
            idea(
                "Mobile clinic for elderly people living alone",
                "A mobile clinic visits the villages of Perm Krai every week. \
                 Volunteers are trained by nurses from the regional hospital.",
                "Anna Ivanova",
            ),
            idea(
                "Coding club for rural teenagers",
                "Lessons run after school in the library of the district centre.",
                "Open Doors",
            ),
        ];
        let sets: Vec<Vec<u32>> = ideas.iter().map(|i| shingles(&text_of(i))).collect();
        let index = Index::build(
            sets.iter()
                .enumerate()
                .filter_map(|(n, s)| Some((n as u32, Sketch::of(s)?))),
        );
        let copy = idea(
            "Mobile clinik for elderly people living alone",
            "Volunteers are trained by nurses from the regional hospital. \
             A mobile clinic visits the villages of Perm Krai every week.",
            "Olga Petrova",
        );
        let lookup = |id: u32| sets.get(id as usize).cloned();
        let found = matches(&index, &shingles(&text_of(&copy)), lookup);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].id, 0);
        assert!((0.7..1.0).contains(&found[0].score), "{found:?}");
        // What the caller leaves out is not reported.
        assert!(matches(&index, &shingles(&text_of(&copy)), |_| None).is_empty());
        assert!(matches(&index, &[], lookup).is_empty());
    }
}
