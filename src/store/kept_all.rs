//! What the near-duplicate search keeps of every idea, whichever engine
//! holds the database: what the engine keeps beside its rows, and for the
//! rest (an engine that keeps nothing, or rows written by an older sprout)
//! made from the ideas themselves (and from then on kept, where the
//! engine can).

use super::{Result, Store, StoreError};
use crate::similar::kept::{Kept, kept_all};

/// Ideas read at a time for those an engine has nothing kept of.
const READ_AT_ONCE: usize = 4096;

impl Store {
    /// Every idea's id and [`Kept`], to `each`: in id order where the
    /// engine keeps them all, else in no order. Never all in memory at
    /// once.
    pub fn each_kept(&self, mut each: impl FnMut(u64, Kept)) -> Result<()> {
        let Some(listed) = self.engine.kept() else {
            return self.made_of(self.ideas(), &mut each);
        };
        let mut missing = Vec::new();
        for item in listed {
            match item? {
                (id, Some(kept)) => each(id, kept),
                (id, None) => missing.push(id),
            }
            if missing.len() == READ_AT_ONCE {
                self.read_and_make(&std::mem::take(&mut missing), &mut each)?;
            }
        }
        self.read_and_make(&missing, &mut each)
    }

    /// Ideas the engine had nothing kept of: made, and kept from now on
    /// (see [`super::Engine::keep`]).
    fn read_and_make(&self, ids: &[u64], each: &mut impl FnMut(u64, Kept)) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        for (id, kept) in self.engine.keep(ids)? {
            each(id, kept);
        }
        Ok(())
    }

    /// What is kept of `ideas`, made from them on both cores, a batch at a
    /// time.
    fn made_of(
        &self,
        ideas: impl Iterator<Item = Result<crate::domain::Idea>>,
        each: &mut impl FnMut(u64, Kept),
    ) -> Result<()> {
        let mut ideas = ideas.peekable();
        while ideas.peek().is_some() {
            let batch = ideas.by_ref().take(READ_AT_ONCE);
            for (id, kept) in kept_all::<StoreError>(batch)? {
                each(id, kept);
            }
        }
        Ok(())
    }
}
