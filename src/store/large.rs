//! A large write in progress (an import): chunks of writes applied as they
//! come, so that a million ideas never wait in memory, and still all or
//! nothing. A chunk stays only once [`LargeWrite::finish`] returns; a
//! large write dropped before that (a bad record on the last line, an
//! error, a panic) is taken back whole, and one a crash interrupts is
//! taken back when the database is opened next.

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
    /// Whether earlier chunks are found only through [`LargeWrite::pending`]
    /// (an engine that commits at the end), not by reading the store: then
    /// an import reads them between chunks, never beside a chunk's write.
    fn keeps_pending(&self) -> bool {
        false
    }
}
