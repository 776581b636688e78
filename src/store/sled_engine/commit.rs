//! The commit path: a set of writes checked against the versions it was
//! based on, encoded (see `prepare.rs`), and applied in one atomic batch
//! that is flushed before the commit returns. A large write goes through
//! its journal instead (see `journal.rs`), which uses the same pieces.

use super::batch::Batch;
use super::handle::{SledStore, stored_idea};
use super::keys::{
    LAYOUT_VERSION, META_COMMITS, META_NEXT_ID, META_SCHEMA, META_VIEWS, commits_of, idea_key,
};
use super::prepare::{Prepared, prepare};
use super::{commits, space};
use crate::store::{Conflict, Result, StoreError, Writes};

/// Encodes the puts of a commit; encoding is most of a large commit's own
/// work, so two threads share it.
pub(super) fn prepare_on_two(writes: &Writes) -> Result<Prepared> {
    let puts: Vec<_> = writes.puts.iter().collect();
    let prepare = |part: &[_]| prepare(part, writes);
    if puts.len() < 2048 {
        return prepare(&puts);
    }
    let (first, second) = crate::cores::halves(&puts, prepare);
    let (mut records, mut index, mut rows) = first?;
    let (more, index2, rows2) =
        second.map_err(|_| StoreError::Codec("an encoding thread failed".into()))??;
    index.merge(index2);
    rows.merge(rows2);
    records.extend(more);
    Ok((records, index, rows))
}

impl SledStore {
    /// Applies the writes in one atomic batch and flushes them to disk, so
    /// that once this returns they survive a crash. Refused whole, with
    /// nothing written, when an idea is not at the version its change was
    /// based on.
    pub fn commit(&self, writes: Writes) -> Result<()> {
        if writes.is_empty() && !writes.views_seeded {
            return Ok(());
        }
        let _writing = self.writing();
        self.check_versions(&writes)?;
        let prepared = prepare_on_two(&writes)?;
        self.apply(&writes, prepared)
    }

    /// Writes a commit whose puts are already encoded, in one atomic batch,
    /// and flushes it.
    pub(super) fn apply(&self, writes: &Writes, prepared: Prepared) -> Result<()> {
        let (records, mut index, mut rows) = prepared;
        let tree = self.tree()?;
        let mut batch = Batch::default();
        for (key, value) in records {
            batch.insert(key.to_vec(), value);
        }
        for (id, old) in &writes.deletes {
            batch.remove(idea_key(b'i', *id).to_vec());
            rows.remove(*id);
            index.change(*id, Some(&old.idea.indexed_text()), "");
        }
        index.write(&tree, &mut batch, self.next_id()?)?;
        rows.write(&tree, &mut batch)?;
        self.write_views(writes, &mut batch)?;
        self.write_rubrics(writes, &mut batch)?;
        self.write_declared_conflicts(writes, &mut batch)?;
        self.write_reasons(writes, &mut batch)?;
        batch.insert(META_VIEWS, &[1]);
        batch.insert(super::row_reviews::META_ROWS_REVIEWS, &[1]);
        batch.insert(super::row_reasons::META_ROWS_REASONS, &[1]);
        batch.insert(super::row_reviewers::META_ROWS_REVIEWERS, &[1]);
        let next = writes
            .puts
            .keys()
            .next_back()
            .map_or(1, |id| id + 1)
            .max(writes.next_id);
        batch.insert(META_NEXT_ID, &next.to_be_bytes());
        batch.insert(META_SCHEMA, &[LAYOUT_VERSION]);
        let count = commits_of(&tree)? + 1;
        batch.insert(META_COMMITS, &count.to_be_bytes());
        drop(tree);
        self.write_batch(batch)?;
        if self.copy.is_none() {
            commits::write(&self.path, count, None);
        }
        Ok(())
    }

    /// Writes the words a large write held back (see `large_write.rs`) in
    /// a batch of their own, and flushes it.
    pub(super) fn write_words(
        &self,
        held: super::words::IndexChanges,
        from: u64,
        written: &mut std::collections::HashSet<Vec<u8>>,
    ) -> Result<()> {
        let tree = self.tree()?;
        let mut batch = Batch::default();
        held.write_held(&tree, &mut batch, from, written)?;
        drop(tree);
        self.write_batch(batch)
    }

    /// Applies a batch and flushes it, if the disk has room for it. When
    /// sled fails part way, it is opened again from its files, so that what
    /// this process reads is what is stored (see [`space`]).
    pub(super) fn write_batch(&self, batch: Batch) -> Result<()> {
        if self.shared.broken.load(std::sync::atomic::Ordering::SeqCst) {
            return Err(StoreError::Broken);
        }
        space::ensure(&self.path, batch.bytes)?;
        let tree = self.tree()?;
        let written = tree.apply_batch(batch.inner).and_then(|()| tree.flush());
        drop(tree);
        if let Err(e) = written {
            self.reopen_after_failure();
            return Err(e.into());
        }
        Ok(())
    }

    /// Refuses a batch in which an idea is not at the version its change
    /// was based on, or a new idea's id is taken. Called with
    /// [`SledStore::writing`] held, before anything is written.
    pub(super) fn check_versions(&self, writes: &Writes) -> Result<()> {
        let tree = self.tree()?;
        // Every stored id is below the next one: a new idea at or past it
        // has nothing to meet (an import's or a demo's ideas are not read).
        let next = self.next_id()?;
        let based = (writes
            .puts
            .iter()
            .map(|(id, (_, base))| (*id, base.as_ref())))
        .chain(writes.deletes.iter().map(|(id, base)| (*id, Some(base))));
        for (id, base) in based {
            if base.is_none() && id >= next {
                continue;
            }
            let stored = stored_idea(&tree, id)?;
            let same = match (base, &stored) {
                (None, None) => true,
                (Some(b), Some(s)) => b.version == s.version,
                _ => false,
            };
            if !same {
                let conflict = Conflict::between(id, base, stored.as_ref());
                return Err(StoreError::Conflict(Box::new(conflict)));
            }
        }
        Ok(())
    }
}
