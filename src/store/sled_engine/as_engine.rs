//! sled as an [`Engine`]: the trait's methods, each the sled store's own.

use super::SledStore;
use crate::domain::{Idea, Row, View};
use crate::store::{Changed, CloseHandle, Engine, LargeWrite, Result, Seq, Versioned, Writes};

impl Engine for SledStore {
    fn idea(&self, id: u64) -> Result<Option<Versioned>> {
        SledStore::idea(self, id)
    }

    /// Each read where it is: no round trip to save on the same machine.
    fn ideas_with_versions(&self, ids: &[u64]) -> Result<Vec<Option<Versioned>>> {
        ids.iter().map(|&id| SledStore::idea(self, id)).collect()
    }

    fn ideas(&self) -> Box<dyn Iterator<Item = Result<Idea>> + '_> {
        Box::new(SledStore::ideas(self))
    }

    fn rows(&self) -> Result<Vec<Row>> {
        SledStore::rows(self)
    }

    fn rows_iter(&self) -> Box<dyn Iterator<Item = Result<Row>> + '_> {
        Box::new(SledStore::rows_iter(self))
    }

    fn kept(&self) -> Option<crate::store::engine::KeptIter<'_>> {
        Some(Box::new(SledStore::kept(self)))
    }

    fn keep(&self, ids: &[u64]) -> Result<Vec<(u64, crate::similar::kept::Kept)>> {
        SledStore::keep(self, ids)
    }

    fn newest_rows(&self, n: usize) -> Result<Vec<Row>> {
        SledStore::newest_rows(self, n)
    }

    fn next_id(&self) -> Result<u64> {
        SledStore::next_id(self)
    }

    fn summary_ids(&self, prefix: &str) -> Result<Vec<u64>> {
        SledStore::summary_ids(self, prefix)
    }

    fn views(&self) -> Result<Vec<View>> {
        SledStore::views(self)
    }

    fn rubrics(&self) -> Result<Vec<crate::domain::Rubric>> {
        SledStore::rubrics(self)
    }

    fn panel_settings(&self) -> Result<crate::domain::panel::PanelSettings> {
        SledStore::panel_settings(self)
    }

    fn declared_conflicts(&self) -> Result<Vec<crate::domain::assign_conflicts::DeclaredConflict>> {
        SledStore::declared_conflicts(self)
    }

    fn reasons(&self) -> Result<Vec<crate::domain::Reason>> {
        SledStore::reasons(self)
    }

    fn view(&self, name: &str) -> Result<Option<View>> {
        SledStore::view(self, name)
    }

    fn begin(&self) -> Result<Writes> {
        SledStore::begin(self)
    }

    fn commit(&self, writes: Writes) -> Result<()> {
        SledStore::commit(self, writes)
    }

    fn commit_large(&self, writes: Writes, progress: &dyn Fn(usize)) -> Result<()> {
        SledStore::commit_large_with(self, writes, progress)
    }

    fn large_write(&self) -> Result<Option<Box<dyn LargeWrite + '_>>> {
        Ok(Some(Box::new(SledStore::large_write(self))))
    }

    fn flush(&self) -> Result<()> {
        SledStore::flush(self)
    }

    /// Nothing: the directory's lock keeps every other process out (see
    /// `lock.rs`), so every commit is this process's own. The
    /// sequence is the commit count.
    fn changes_since(&self, _seq: Seq) -> Result<Changed> {
        Ok(Changed {
            upto: self.commits()?,
            ..Changed::default()
        })
    }

    /// Never called, for the same reason.
    fn watch(&self, _wake: Box<dyn Fn() + Send + Sync>) -> Result<()> {
        Ok(())
    }

    fn close_handle(&self) -> CloseHandle {
        SledStore::close_handle(self)
    }
}
