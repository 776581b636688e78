//! Large writes on sled (imports, demo data, copies): chunks written as
//! they come under a journal that grows with them (see `journal.rs`), so
//! that a write of a million ideas holds one chunk in memory at a time
//! (and the summary words of the ideas it adds, up to 4 million pairs,
//! some 40 MB: written at its end, so until then those ideas are not found
//! by their summary words) and is still wholly there or wholly absent,
//! after a crash, a full disk or a bad record at its end.

use super::commit::prepare_on_two;
use super::handle::SledStore;
use super::journal::{Journal, chunk_size};
use super::space;
use super::words::IndexChanges;
use crate::store::{LargeWrite, Result, StoreError, Writes};
use std::collections::HashSet;

/// A large write in progress on sled. It holds the store's write lock
/// from beginning to end, so no other commit of this process lands among
/// its chunks (and none can be lost to its roll back).
pub struct SledLargeWrite<'a> {
    store: &'a SledStore,
    _writing: std::sync::MutexGuard<'a, ()>,
    /// Whether the journal is there yet: it is started by the first chunk
    /// that writes anything, so that an import that adds nothing writes
    /// nothing (a read-only database takes it).
    started: bool,
    /// The next part of the journal's number.
    parts: u32,
    /// Ids the journal already has: added ones (a roll back removes them)
    /// and changed ones (backed up as they first were).
    added: HashSet<u64>,
    changed: HashSet<u64>,
    /// Set by `finish` once the whole write stays, and after a failure
    /// (rolled back already): nothing more is written either way.
    ended: bool,
    /// The summary words of the ideas this write adds, held back from the
    /// chunks that add them and written a few chunks' worth at a time: a
    /// chunk adds a sled key a word (some 5,000 for 8,192 ideas), and
    /// sled's cost is by the key (an import's words held to its end are
    /// a fifth of the keys).
    held: IndexChanges,
    /// The store's next id when the first chunk began: the ideas added
    /// from there are the ones whose words are held.
    held_from: Option<u64>,
    /// The word chunks' keys written from `held` so far.
    held_written: HashSet<Vec<u8>>,
    /// How many pairs `held` may have before they are written.
    held_most: usize,
}

/// How many (word, id) pairs a large write holds before writing them
/// (8 bytes each and their words: some 40 MB).
const HELD_MOST: usize = 4_000_000;

impl SledStore {
    /// Begins a large write (see [`LargeWrite`]).
    pub fn large_write(&self) -> SledLargeWrite<'_> {
        SledLargeWrite {
            store: self,
            _writing: self.writing(),
            started: false,
            parts: 0,
            added: HashSet::new(),
            changed: HashSet::new(),
            ended: false,
            held: IndexChanges::default(),
            held_from: None,
            held_written: HashSet::new(),
            held_most: HELD_MOST,
        }
    }

    /// Commits writes of any size, in chunks under a journal, so that after
    /// a crash or a failure they are wholly there or wholly absent. Even a
    /// write of one chunk has its journal: sled can keep part of any batch
    /// that meets a full disk.
    pub fn commit_large(&self, writes: Writes) -> Result<()> {
        self.commit_large_with(writes, &|_| {})
    }

    /// [`SledStore::commit_large`], telling `progress` how many ideas are
    /// written so far after each chunk.
    pub fn commit_large_with(&self, writes: Writes, progress: &dyn Fn(usize)) -> Result<()> {
        if writes.puts.is_empty() || !writes.deletes.is_empty() {
            return self.commit(writes);
        }
        let mut large = self.large_write();
        // A conflict anywhere refuses it before any chunk is written, and
        // all of it must fit, or none of it is begun (see `space`).
        self.check_versions(&writes)?;
        space::ensure(&self.path, super::journal::estimate(&writes.puts)?)?;
        let Writes {
            next_id,
            puts,
            views,
            views_seeded,
            rubrics,
            panel,
            conflicts,
            reasons,
            signatures,
            ..
        } = writes;
        let mut rest = puts.into_iter().peekable();
        let mut done = 0;
        while rest.peek().is_some() {
            let mut chunk = Writes::new(next_id);
            chunk.puts = rest.by_ref().take(chunk_size()).collect();
            chunk.signatures = std::sync::Arc::clone(&signatures);
            done += chunk.puts.len();
            large.write(chunk)?;
            progress(done);
        }
        // Views go last, still under the journal, so they land only if all
        // ideas do (or, should sled keep part of it, a roll back puts them
        // back).
        let mut last = Writes::new(next_id);
        last.views = views;
        last.views_seeded = views_seeded;
        last.rubrics = rubrics;
        last.panel = panel;
        last.conflicts = conflicts;
        last.reasons = reasons;
        Box::new(large).finish(last)
    }
}

impl SledLargeWrite<'_> {
    fn write_chunk(&mut self, chunk: Writes) -> Result<()> {
        if self.ended {
            return Err(StoreError::Codec(
                "a large write was written to after it ended".into(),
            ));
        }
        if !chunk.deletes.is_empty() {
            return Err(StoreError::Codec("a large write removes no ideas".into()));
        }
        if chunk.is_empty() && !chunk.views_seeded {
            return Ok(());
        }
        let store = self.store;
        store.check_versions(&chunk)?;
        if !self.started {
            // A journal a failure earlier in this process left goes first.
            store.roll_back()?;
            store.start_journal()?;
            self.started = true;
        }
        let (added, changed) = (&self.added, &self.changed);
        let part = store.journal_part(self.parts, &chunk.puts, &|id| {
            added.contains(&id) || changed.contains(&id)
        })?;
        self.parts += 1;
        self.added.extend(part.added);
        self.changed.extend(part.changed);
        // sled takes a batch of at most a chunk at a time (and a crash
        // can land between two).
        let Writes {
            next_id,
            puts,
            views,
            views_seeded,
            rubrics,
            panel,
            conflicts,
            reasons,
            signatures,
            ..
        } = chunk;
        let mut rest = puts.into_iter().peekable();
        let mut views = Some((views, views_seeded, rubrics, (panel, conflicts, reasons)));
        loop {
            let mut batch = Writes::new(next_id);
            batch.puts = rest.by_ref().take(chunk_size()).collect();
            batch.signatures = std::sync::Arc::clone(&signatures);
            if rest.peek().is_none()
                && let Some((views, seeded, rubrics, (panel, conflicts, reasons))) = views.take()
            {
                batch.views = views;
                batch.views_seeded = seeded;
                batch.rubrics = rubrics;
                batch.panel = panel;
                batch.conflicts = conflicts;
                batch.reasons = reasons;
            }
            let (records, mut index, rows) = prepare_on_two(&batch)?;
            let from = match self.held_from {
                Some(from) => from,
                None => *self.held_from.insert(store.next_id()?),
            };
            index.forget_in(&mut self.held);
            self.held.merge(index.take_new(from));
            store.apply(&batch, (records, index, rows))?;
            if self.held.pairs() > self.held_most {
                self.write_held()?;
            }
            if rest.peek().is_none() {
                return Ok(());
            }
        }
    }

    /// Writes the words held so far.
    fn write_held(&mut self) -> Result<()> {
        let (Some(from), false) = (self.held_from, self.held.is_empty()) else {
            return Ok(());
        };
        let held = std::mem::take(&mut self.held);
        self.store.write_words(held, from, &mut self.held_written)
    }

    /// Takes back everything written so far, now if it can be done (else
    /// the next open does it).
    fn abandon(&mut self) {
        self.ended = true;
        if self.started {
            let _ = self.store.roll_back();
        }
    }
}

impl LargeWrite for SledLargeWrite<'_> {
    fn write(&mut self, chunk: Writes) -> Result<()> {
        self.write_chunk(chunk).inspect_err(|_| self.abandon())
    }

    fn finish(mut self: Box<Self>, last: Writes) -> Result<()> {
        self.write(last)?;
        self.write_held().inspect_err(|_| self.abandon())?;
        self.ended = true;
        if self.started {
            let journal = Journal {
                added: Vec::new(),
                changed: self.changed.iter().copied().collect(),
            };
            // Until its first record is gone the journal can still take
            // the write back: a failure here does so now (else at the
            // next open), as the write is reported failed.
            self.store.finish(&journal).inspect_err(|_| {
                let _ = self.store.roll_back();
            })?;
        }
        Ok(())
    }
}

impl Drop for SledLargeWrite<'_> {
    /// A large write that was not finished is taken back whole.
    fn drop(&mut self) {
        if !self.ended {
            self.abandon();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Timestamp};

    fn new_ideas(w: &mut Writes, n: usize, summary: &str) {
        for k in 0..n {
            let mut i = Idea::new(format!("new {k}"), Timestamp(2));
            i.summary = summary.into();
            i.id = w.allocate();
            w.put(i, None);
        }
    }

    #[test]
    fn a_large_write_dropped_part_way_puts_back_each_idea_as_it_first_was() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        let mut first = Idea::new("kept".into(), Timestamp(1));
        first.summary = "wells".into();
        first.id = w.allocate();
        w.put(first.clone(), None);
        store.commit(w).unwrap();
        let next_before = store.next_id().unwrap();
        let mut large = store.large_write();
        // Two chunks each change the same idea and add some.
        let mut w = store.begin().unwrap();
        let mut changed = first.clone();
        changed.summary = "pumps".into();
        w.put(changed, store.idea(first.id).unwrap());
        new_ideas(&mut w, 5, "boreholes");
        let mut next = w.follow_on();
        large.write(w).unwrap();
        let mut again = store.idea(first.id).unwrap().unwrap().idea;
        again.summary = "filters".into();
        next.put(again, store.idea(first.id).unwrap());
        new_ideas(&mut next, 5, "bees");
        large.write(next).unwrap();
        assert_eq!(store.rows().unwrap().len(), 11, "written as they came");
        drop(large);
        assert_eq!(store.idea(first.id).unwrap().unwrap().idea, first);
        assert_eq!(store.rows().unwrap().len(), 1);
        for word in ["pump", "filter", "bore", "bee"] {
            assert!(store.summary_ids(word).unwrap().is_empty(), "{word}");
        }
        assert_eq!(store.summary_ids("well").unwrap(), [first.id]);
        assert_eq!(store.next_id().unwrap(), next_before);
        let tree = store.tree().unwrap();
        assert!(tree.scan_prefix(b"mj").next().is_none(), "no journal left");
        assert!(tree.scan_prefix(b"b").next().is_none(), "no backup left");
    }

    #[test]
    fn a_large_write_that_adds_nothing_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let commits = store.commits().unwrap();
        let large = store.large_write();
        let last = store.begin().unwrap();
        Box::new(large).finish(last).unwrap();
        assert_eq!(store.commits().unwrap(), commits);
    }

    #[test]
    fn held_words_follow_the_changes_of_later_chunks_held_to_the_end_or_not() {
        for held_most in [usize::MAX, 0] {
            let dir = tempfile::tempdir().unwrap();
            let store = SledStore::open(&dir.path().join("db")).unwrap();
            let mut large = store.large_write();
            large.held_most = held_most;
            // The first chunk adds #1 and #2, the next takes "gamma" out of
            // #1, the one after puts it back.
            let mut w = store.begin().unwrap();
            new_ideas(&mut w, 2, "gamma");
            let mut next = w.follow_on();
            large.write(w).unwrap();
            for summary in ["other", "gamma delta"] {
                let base = store.idea(1).unwrap();
                let mut idea = base.clone().unwrap().idea;
                idea.summary = summary.into();
                next.put(idea, base);
                let after = next.follow_on();
                large.write(std::mem::replace(&mut next, after)).unwrap();
            }
            Box::new(large).finish(next).unwrap();
            let mut gamma = store.summary_ids("gamma").unwrap();
            gamma.sort();
            assert_eq!(gamma, [1, 2], "held at most {held_most}");
            assert_eq!(store.summary_ids("delta").unwrap(), [1]);
            assert!(store.summary_ids("other").unwrap().is_empty());
        }
    }
}
