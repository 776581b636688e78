//! Import's near-duplicate check: each record the import adds, against
//! the ideas already in the database (`line 14: looks like #877 (0.93)`).
//! The record is still added: a near-copy may be a real second project,
//! and the person triaging decides (`is:duplicate`, `similar:N`).

use crate::domain::Idea;
use crate::similar::{self, Index, Match, Sketch, shingles, text_of};
use crate::store::{Result, Store};

/// The ideas already there, indexed (96 bytes an idea; their texts are
/// read back from the store only for the few candidates).
pub struct Near {
    index: Index,
}

impl Near {
    pub fn load(store: &Store) -> Result<Near> {
        let mut sketches = Vec::new();
        for idea in store.ideas() {
            let idea = idea?;
            if let Ok(id) = u32::try_from(idea.id)
                && let Some(sketch) = Sketch::of(&shingles(&text_of(&idea)))
            {
                sketches.push((id, sketch));
            }
        }
        Ok(Near {
            index: Index::build(sketches),
        })
    }

    /// The idea already there that `new` looks most like, if any (not one
    /// the record itself says it is not a duplicate of).
    pub fn likest(&self, store: &Store, new: &Idea) -> Result<Option<Match>> {
        if self.index.is_empty() {
            return Ok(None);
        }
        let mut failed = None;
        let found = similar::matches(&self.index, &shingles(&text_of(new)), |c| {
            let c = u64::from(c);
            if new.not_duplicates.contains(&c) || failed.is_some() {
                return None;
            }
            match store.idea(c) {
                Ok(other) => other.map(|o| shingles(&text_of(&o))),
                Err(e) => {
                    failed = Some(e);
                    None
                }
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(found.into_iter().next()),
        }
    }
}
