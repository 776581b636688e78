//! A large write in progress (an import): chunks of writes applied as they
//! come, so that a million ideas never wait in memory, and still all or
//! nothing. A chunk stays only once [`LargeWrite::finish`] returns; a
//! large write dropped before that (a bad record on the last line, an
//! error, a panic) is taken back whole, and one a crash interrupts is
//! taken back when the database is opened next.

use super::engine::Engine;
use super::{Result, Writes};
use crate::domain::Idea;

/// A large write begun by [`super::Store::large_write`].
pub trait LargeWrite {
    /// Writes one chunk: new and changed ideas (no removals), checked
    /// against the versions they were based on like any commit. After an
    /// error the whole write is taken back and nothing more is written.
    fn write(&mut self, chunk: Writes) -> Result<()>;
    /// Writes the last chunk (it may hold views too) and keeps the whole
    /// write for good.
    fn finish(self: Box<Self>, last: Writes) -> Result<()>;
    /// An idea an earlier chunk put that is not in the database yet (an
    /// engine that commits at the end), as it was put.
    fn pending(&self, _id: u64) -> Option<&Idea> {
        None
    }
}

/// For an engine whose one commit is already all or nothing however large
/// (PostgreSQL: one transaction): the chunks are gathered and committed
/// together at the end. Memory grows with the write here; only the
/// engines that write as they go keep it bounded.
pub(super) struct Gathered<'a> {
    pub(super) engine: &'a dyn Engine,
    pub(super) all: Option<Writes>,
}

impl LargeWrite for Gathered<'_> {
    fn write(&mut self, chunk: Writes) -> Result<()> {
        match &mut self.all {
            Some(all) => all.absorb(chunk),
            None => self.all = Some(chunk),
        }
        Ok(())
    }

    fn pending(&self, id: u64) -> Option<&Idea> {
        self.all.as_ref()?.puts.get(&id).map(|(idea, _)| idea)
    }

    fn finish(mut self: Box<Self>, last: Writes) -> Result<()> {
        self.write(last)?;
        match self.all.take() {
            Some(all) => self.engine.commit_large(all, &|_| {}),
            None => Ok(()),
        }
    }
}
