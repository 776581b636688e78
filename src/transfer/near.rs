//! Import's near-duplicate check: each record the import adds, against
//! the ideas already in the database and the records before it in the
//! same file (`line 14: looks like #877 (0.93)`). The record is still
//! added: a near-copy may be a real second project, and the person
//! triaging decides (`is:duplicate`, `similar:N`).
//!
//! [`Near::load`] indexes the database once; then [`Near::check`] takes
//! the new ideas a chunk at a time (one idea is a chunk too), checks each
//! against all indexed before it and against the chunk's earlier ones,
//! and indexes the chunk, so that the next chunk is checked against it.

use crate::cores;
use crate::domain::Idea;
use crate::similar::{self, Index, Match, Signature, Sketch, jaccard, shingles, text_of};
use crate::store::Writes;
use crate::store::{Result, Store};
use std::collections::HashMap;

/// The ideas already there and those checked since, indexed (100 bytes an
/// idea; their texts are read back only for the few candidates). The
/// default is an empty database.
#[derive(Debug, Default)]
pub struct Near {
    index: Index,
}

/// A chunk at least this long is shingled and looked up on both cores.
const ON_BOTH_CORES: usize = 64;

/// Candidates scored a record, of the index and of its chunk each, the
/// likest by their bits first: only the likest is reported, and a file of
/// identical records must not score each against all before it.
const SCORED: usize = 16;

/// One new idea, made ready for the check.
struct Ready {
    sketch: Option<Sketch>,
    /// What the index proposed, before the chunk was added.
    candidates: Vec<u32>,
}

/// The shingles of the chunk's idea `at`, made the first time they are
/// needed (most ideas are like nothing, and never need them).
fn set_of<'a>(sets: &'a mut [Option<Vec<u32>>], chunk: &[Idea], at: usize) -> &'a [u32] {
    sets[at].get_or_insert_with(|| shingles(&text_of(&chunk[at])))
}

/// Tells `writes` the near-duplicate signature of each idea it puts that
/// it was not told already, made on both cores: the check for near-copies
/// uses their sketches, and an engine that keeps them beside the rows
/// stores them.
pub fn sign(writes: &mut Writes) {
    let ideas: Vec<&Idea> = (writes.put_ideas())
        .filter(|i| writes.signature_of(i).is_none())
        .collect();
    let made = signatures_of(&ideas);
    writes.know_signatures(made);
}

/// The signatures of `ideas` by [`similar::text_key`], made on both cores
/// if there are enough.
fn signatures_of(ideas: &[&Idea]) -> Vec<(u64, Option<Signature>)> {
    let make = |part: &[&Idea]| -> Vec<(u64, Option<Signature>)> {
        (part.iter())
            .map(|i| (similar::text_key(i), Signature::of_text(&text_of(i))))
            .collect()
    };
    if ideas.len() < ON_BOTH_CORES {
        return make(ideas);
    }
    let (mut first, second) = cores::halves(ideas, make);
    // A half whose thread panicked is made here.
    first.extend(second.unwrap_or_else(|_| make(&ideas[ideas.len() / 2..])));
    first
}

impl Near {
    /// The database's ideas indexed, from what the store keeps of them
    /// (see [`Store::each_kept`]: on sled, no idea is read).
    pub fn load(store: &Store) -> Result<Near> {
        let mut sketches = Vec::new();
        store.each_kept(|id, kept| {
            if let (Some(signature), Ok(id)) = (kept.signature, u32::try_from(id)) {
                sketches.push((id, signature.0.sketch));
            }
        })?;
        Ok(Near {
            index: Index::build(sketches),
        })
    }

    /// For each idea of `chunk` (new ideas with their ids, in file order),
    /// the idea it looks most like, if any: of those indexed (the store's,
    /// and earlier chunks'), and of the chunk's own before it; never one
    /// the idea says it is not a duplicate of, nor the one it is marked a
    /// duplicate of. Then indexes the chunk.
    /// `read(id)` gives an indexed idea's text back, for the real score:
    /// the store's, or that of an earlier chunk not yet written (`None`:
    /// it is gone, and is not reported).
    /// `known(idea)` is the sketch of an idea's text where it was made
    /// already (`Some(None)`: the text has none).
    pub fn check(
        &mut self,
        chunk: &[Idea],
        known: &(dyn Fn(&Idea) -> Option<Option<Sketch>> + Sync),
        mut read: impl FnMut(u64) -> Result<Option<Idea>>,
    ) -> Result<Vec<Option<Match>>> {
        let prepare = |part: &[Idea]| -> Vec<Ready> {
            part.iter()
                .map(|idea| {
                    let sketch = known(idea).unwrap_or_else(|| Sketch::of_text(&text_of(idea)));
                    let candidates = match &sketch {
                        Some(s) if !self.index.is_empty() => {
                            self.index.likest_candidates(s, SCORED)
                        }
                        _ => Vec::new(),
                    };
                    Ready { sketch, candidates }
                })
                .collect()
        };
        let ready = if chunk.len() >= ON_BOTH_CORES {
            let (mut first, second) = cores::halves(chunk, prepare);
            // A worker that panicked: its half is done again on this
            // thread (a panic that comes again goes on as usual).
            first.extend(second.unwrap_or_else(|_| prepare(&chunk[chunk.len() / 2..])));
            first
        } else {
            prepare(chunk)
        };
        // The chunk's own ideas, for the later ones of the chunk.
        let mut own = Index::default();
        let mut position: HashMap<u32, usize> = HashMap::new();
        let mut found = Vec::with_capacity(chunk.len());
        let mut sets = vec![None; chunk.len()];
        for (at, (idea, r)) in chunk.iter().zip(&ready).enumerate() {
            let mut best: Option<Match> = None;
            let mut consider = |id: u32, score: f32| {
                let m = Match {
                    id: u64::from(id),
                    score,
                };
                let better =
                    best.is_none_or(|b| score > b.score || (score == b.score && m.id < b.id));
                if score >= similar::THRESHOLD && better {
                    best = Some(m);
                }
            };
            // Itself, one it says it is not a duplicate of, and the one it
            // is marked a duplicate of (settled: nothing to report).
            let skip = |id: u32| {
                let id = u64::from(id);
                id == idea.id || idea.not_duplicates.contains(&id) || idea.duplicate_of == Some(id)
            };
            for &c in r.candidates.iter().filter(|&&c| !skip(c)) {
                if let Some(other) = read(u64::from(c))? {
                    let own = set_of(&mut sets, chunk, at);
                    let score = jaccard(own, &shingles(&text_of(&other)));
                    consider(c, score);
                    if score == 1.0 {
                        break; // the same text: none likelier, and the lowest id
                    }
                }
            }
            if let Some(sketch) = &r.sketch {
                for c in own.likest_candidates(sketch, SCORED) {
                    if !skip(c) {
                        let other = set_of(&mut sets, chunk, position[&c]).to_vec();
                        consider(c, jaccard(set_of(&mut sets, chunk, at), &other));
                    }
                }
                if let Ok(id) = u32::try_from(idea.id) {
                    own.insert(id, *sketch);
                    position.insert(id, at);
                }
            }
            found.push(best);
        }
        self.index.add(
            chunk
                .iter()
                .zip(&ready)
                .filter_map(|(idea, r)| Some((u32::try_from(idea.id).ok()?, r.sketch?))),
        );
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    fn idea(id: u64, title: &str) -> Idea {
        let mut i = Idea::new(title.into(), Timestamp(0));
        i.id = id;
        i.summary = "A mobile clinic visits the villages of Perm Krai every week. \
                     Volunteers are trained by nurses from the regional hospital."
            .into();
        i.proposer = "Anna Ivanova".into();
        i
    }

    fn other(id: u64) -> Idea {
        let mut i = Idea::new("Coding club for rural teenagers".into(), Timestamp(0));
        i.id = id;
        i.summary = "Lessons run after school in the library of the district centre.".into();
        i
    }

    #[test]
    fn each_new_idea_is_checked_against_earlier_chunks_and_its_own_chunk() {
        let mut near = Near::default();
        let first = [idea(1, "Mobile clinic for elderly people"), other(2)];
        let mut written: Vec<Idea> = Vec::new();
        let found = near.check(&first, &|_| None, |_| Ok(None)).unwrap();
        assert_eq!(found, [None, None], "nothing before them, and unlike");
        written.extend(first);
        let read = |id: u64| Ok(written.iter().find(|i| i.id == id).cloned());
        // In the next chunk: a copy of #1 (an earlier chunk), and a copy of
        // #3 (earlier in the same chunk), likest to #3 of the two.
        let second = [
            idea(3, "Mobile clinic for the elderly people"),
            idea(4, "Mobile clinic for the elderly peoples"),
            other(5),
        ];
        let found = near.check(&second, &|_| None, read).unwrap();
        assert_eq!(found[0].map(|m| m.id), Some(1));
        assert_eq!(found[1].map(|m| m.id), Some(3));
        let j = |a: &Idea, b: &Idea| jaccard(&shingles(&text_of(a)), &shingles(&text_of(b)));
        assert!(
            j(&second[1], &second[0]) > j(&second[1], &written[0]),
            "likest first"
        );
        assert_eq!(found[1].unwrap().score, j(&second[1], &second[0]));
        assert_eq!(found[2].map(|m| m.id), Some(2));
        assert!((0.75..1.0).contains(&found[0].unwrap().score), "{found:?}");
    }

    #[test]
    fn identical_records_are_scored_against_a_few_not_all_before_them() {
        let mut near = Near::default();
        let same: Vec<Idea> = (1..=300).map(|id| idea(id, "Mobile clinic")).collect();
        let mut reads = 0;
        let found = near
            .check(&same, &|_| None, |id| {
                reads += 1;
                Ok(same.iter().find(|i| i.id == id).cloned())
            })
            .unwrap();
        assert_eq!(found[0], None);
        assert!(found[1..].iter().all(|m| m.is_some_and(|m| m.score == 1.0)));
        // Each like the lowest id before it of those scored.
        assert_eq!(found[299].map(|m| m.id), Some(1));
        // And the next chunk reads at most SCORED a record, not 300.
        near.check(&same[..10], &|_| None, |id| {
            reads += 1;
            Ok(same.iter().find(|i| i.id == id).cloned())
        })
        .unwrap();
        assert!(reads <= 10 * SCORED, "{reads} reads");
    }

    #[test]
    fn what_an_idea_says_of_a_pair_is_heeded_and_a_gone_idea_not_reported() {
        let mut near = Near::default();
        let there = [idea(1, "Mobile clinic"), idea(2, "Mobile clinic!")];
        near.check(&there, &|_| None, |_| Ok(None)).unwrap();
        // #2 is gone by now (read gives nothing for it).
        let read = |id: u64| Ok(there.iter().find(|i| i.id == id && id != 2).cloned());
        let mut not_dup = idea(3, "Mobile clinic");
        not_dup.not_duplicates.insert(1);
        let mut marked = idea(4, "Mobile clinic");
        marked.duplicate_of = Some(1);
        let found = near.check(&[not_dup, marked], &|_| None, read).unwrap();
        assert_eq!(found[0], None, "not #1, said not to be; not #2, gone");
        // #4 is marked #1's duplicate, settled: its like is #3, before it.
        assert_eq!(found[1].map(|m| m.id), Some(3));
        // And one with nothing to go by is like nothing.
        let found = near.check(&[Idea::new(String::new(), Timestamp(0))], &|_| None, read);
        assert_eq!(found.unwrap(), [None]);
    }
}
