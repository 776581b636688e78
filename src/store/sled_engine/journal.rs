//! Large writes (imports, demo data) in several batches that stay
//! all-or-nothing across a crash or a full disk. One batch of a million
//! ideas needs more memory than sled can give it, so a large write goes in
//! chunks: first a journal listing every idea it adds and keeping the
//! previous version of every idea it changes, then the chunks, then the
//! journal is removed. If the write fails or the process dies in between,
//! the journal puts everything back (at once, or at the next open).
//!
//! The roll back goes by the journal alone, never by what is stored: sled
//! 0.34.7 does not keep a batch whole when it meets a full disk, and once
//! opened again it can hold any part of a chunk (records without their
//! rows, rows without their records, either one's words, the new next id).

use super::batch::Batch;
use super::handle::SledStore;
use super::keys::idea_key;
use super::keys::{META_NEXT_ID, META_VIEWS};
use super::prepare::prepare;
use super::row_changes::RowChanges;
use super::words::{self, IndexChanges};
use super::{codec, space};
use crate::domain::{Idea, Row};
use crate::store::{Result, StoreError, Versioned, Writes};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

const JOURNAL: &[u8] = b"mjournal";
const BACKUP: u8 = b'b';

/// How many ideas go in one batch of a large write.
pub fn chunk_size() -> usize {
    std::env::var("SPROUT_WRITE_CHUNK")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(10_000)
}

#[derive(Serialize, Deserialize, Default)]
struct Journal {
    added: Vec<u64>,
    changed: Vec<u64>,
}

/// What a large write changes beside its ideas, as it was before it: a roll
/// back puts it back. Stored after the journal (see `codec::encode_with`),
/// so a journal written before this existed reads as `None`.
#[derive(Serialize, Deserialize)]
struct Before {
    next_id: u64,
    /// Every saved view's key and record.
    views: Vec<(Vec<u8>, Vec<u8>)>,
    /// Whether the default views had been given (`mviews`).
    views_given: bool,
}

impl Before {
    fn of(store: &SledStore) -> Result<Before> {
        let tree = store.tree()?;
        let views = tree
            .scan_prefix(b"v")
            .map(|kv| kv.map(|(k, v)| (k.to_vec(), v.to_vec())))
            .collect::<sled::Result<_>>()?;
        Ok(Before {
            next_id: store.next_id()?,
            views,
            views_given: tree.get(META_VIEWS)?.is_some(),
        })
    }
}

impl SledStore {
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
        let chunk = chunk_size();
        if writes.puts.is_empty() || !writes.deletes.is_empty() {
            return self.commit(writes);
        }
        let writing = self.writing();
        self.check_versions(&writes)?;
        // All of it must fit, or none of it is begun (see `space`).
        space::ensure(&self.path, estimate(&writes.puts)?)?;
        let journal = self.write_journal(&writes.puts)?;
        let Writes {
            next_id,
            puts,
            views,
            views_seeded,
            rubrics,
            ..
        } = writes;
        let mut rest = puts.into_iter().peekable();
        // Views go with the last chunk, so they land only if all ideas do
        // (or, should sled keep part of it, a roll back puts them back).
        let mut views = Some(views);
        let mut rubrics = Some(rubrics);
        let mut parts = Vec::new();
        while rest.peek().is_some() {
            let part: BTreeMap<u64, (Idea, Option<Versioned>)> =
                rest.by_ref().take(chunk).collect();
            let last = rest.peek().is_none();
            parts.push(Writes {
                next_id,
                puts: part,
                deletes: BTreeMap::new(),
                views: if last {
                    views.take().unwrap_or_default()
                } else {
                    Vec::new()
                },
                views_seeded: last && views_seeded,
                rubrics: if last {
                    rubrics.take().unwrap_or_default()
                } else {
                    Vec::new()
                },
            });
        }
        // Each chunk is encoded on a second thread while the one before it
        // is written.
        let encode = |w: &Writes| prepare(&w.puts.iter().collect::<Vec<_>>());
        let written = (|| -> Result<()> {
            let mut ready = parts.first().map(encode).transpose()?;
            let mut done = 0;
            for (k, part) in parts.iter().enumerate() {
                let prepared = ready
                    .take()
                    .ok_or_else(|| StoreError::Codec("a chunk was not encoded".into()))?;
                let (written, next) = crate::cores::join(
                    || self.apply(part, prepared),
                    || parts.get(k + 1).map(encode).transpose(),
                );
                written?;
                ready =
                    next.map_err(|_| StoreError::Codec("an encoding thread failed".into()))??;
                done += part.puts.len();
                progress(done);
            }
            Ok(())
        })();
        drop(writing);
        written.inspect_err(|_| {
            // Take back the chunks already written, now if it can be done
            // (else the next open does it).
            let _ = self.roll_back();
        })?;
        self.finish(&journal)
    }

    /// Writes the journal of a large write: the ids it adds, the previous
    /// version of each idea it changes, and what else it changes as it was.
    fn write_journal(&self, puts: &BTreeMap<u64, (Idea, Option<Versioned>)>) -> Result<Journal> {
        let before = Before::of(self)?;
        let mut journal = Journal::default();
        let mut batch = Batch::default();
        for (id, (_, previous)) in puts {
            match previous {
                None => journal.added.push(*id),
                Some(p) => {
                    journal.changed.push(*id);
                    batch.insert(
                        idea_key(BACKUP, *id).to_vec(),
                        codec::encode_idea(&p.idea, p.version)?,
                    );
                }
            }
        }
        batch.insert(JOURNAL, codec::encode_with(&journal, &Some(before))?);
        self.write_batch(batch)?;
        Ok(journal)
    }

    /// Undoes a large write that failed or that a crash interrupted, if
    /// there is one. Every step can be done again: until the journal goes,
    /// a failure here leaves the next open to do it all again.
    pub(super) fn roll_back(&self) -> Result<()> {
        let Some(bytes) = self.tree()?.get(JOURNAL)? else {
            return Ok(());
        };
        let (journal, before): (Journal, Option<Before>) = codec::decode_with(&bytes)?;
        let chunk = chunk_size();
        // An idea whose record is lost still has words in the index: each
        // id is taken out of every word first. (A changed idea whose backup
        // is gone was put back by an earlier roll back that then failed.)
        let tree = self.tree()?;
        let mut gone: HashSet<u64> = journal.added.iter().copied().collect();
        for &id in &journal.changed {
            if tree.contains_key(idea_key(BACKUP, id))? {
                gone.insert(id);
            }
        }
        let mut batch = Batch::default();
        words::remove_everywhere(&tree, &gone, &mut batch)?;
        drop(tree);
        self.write_batch(batch)?;
        for part in journal.added.chunks(chunk) {
            let tree = self.tree()?;
            let mut batch = Batch::default();
            let mut rows = RowChanges::default();
            for &id in part {
                batch.remove(idea_key(b'i', id).to_vec());
                rows.remove(id);
            }
            rows.write(&tree, &mut batch)?;
            drop(tree);
            self.write_batch(batch)?;
        }
        for part in journal.changed.chunks(chunk) {
            let tree = self.tree()?;
            let mut batch = Batch::default();
            let mut rows = RowChanges::default();
            let mut index = IndexChanges::default();
            for &id in part {
                let Some(backup) = tree.get(idea_key(BACKUP, id))? else {
                    continue;
                };
                let previous = codec::decode_idea(&backup)?;
                // Back as it was, at a version past any the write reached:
                // versions only go forward, so a change based on the
                // failed write's version is refused, not applied.
                let reached = match tree.get(idea_key(b'i', id))? {
                    Some(now) => codec::decode_idea(&now).map_or(0, |v| v.version),
                    None => 0,
                };
                let version = previous.version.max(reached) + 1;
                rows.put(Row::of(&previous.idea));
                index.change(id, None, &previous.idea.indexed_text());
                batch.insert(
                    idea_key(b'i', id).to_vec(),
                    codec::encode_idea(&previous.idea, version)?,
                );
            }
            index.write(&tree, &mut batch)?;
            rows.write(&tree, &mut batch)?;
            drop(tree);
            self.write_batch(batch)?;
        }
        if let Some(before) = before {
            let tree = self.tree()?;
            let mut batch = Batch::default();
            for key in tree.scan_prefix(b"v").keys() {
                batch.remove(key?);
            }
            for (key, value) in before.views {
                batch.insert(key, value);
            }
            if before.views_given {
                batch.insert(META_VIEWS, &[1]);
            } else {
                batch.remove(META_VIEWS);
            }
            // Ids of a write that was never reported were never given out.
            batch.insert(META_NEXT_ID, &before.next_id.to_be_bytes());
            drop(tree);
            self.write_batch(batch)?;
        }
        self.finish(&journal)
    }

    fn finish(&self, journal: &Journal) -> Result<()> {
        let mut batch = Batch::default();
        batch.remove(JOURNAL);
        for &id in &journal.changed {
            batch.remove(idea_key(BACKUP, id).to_vec());
        }
        self.write_batch(batch)
    }
}

/// About how many bytes a large write adds, from a sample of its ideas: each
/// is stored whole, as a row, and in the word index.
fn estimate(puts: &BTreeMap<u64, (Idea, Option<Versioned>)>) -> Result<u64> {
    let step = (puts.len() / 64).max(1);
    let mut sampled = 0u64;
    let mut bytes = 0u64;
    for (_, (idea, _)) in puts.iter().step_by(step) {
        bytes += codec::encode(idea)?.len() as u64;
        sampled += 1;
    }
    Ok((bytes / sampled.max(1)) * puts.len() as u64 * 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    #[test]
    fn an_interrupted_large_write_is_rolled_back_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = SledStore::open(&path).unwrap();
        let mut w = store.begin().unwrap();
        let mut first = Idea::new("kept".into(), Timestamp(1));
        first.id = w.allocate();
        w.put(first.clone(), None);
        store.commit(w).unwrap();
        // A large write: one changed idea, 30 new ones, in chunks of 7 —
        // stopped after its journal and two chunks, as a crash would.
        let mut changed = first.clone();
        changed.title = "changed".into();
        changed.summary = "water".into();
        let mut news = Vec::new();
        let mut w = store.begin().unwrap();
        w.put(changed.clone(), store.idea(first.id).unwrap());
        for n in 0..30 {
            let mut i = Idea::new(format!("new {n}"), Timestamp(2));
            i.summary = "boreholes".into();
            i.id = w.allocate();
            news.push(i.id);
            w.put(i, None);
        }
        let Writes { next_id, puts, .. } = w;
        let journal = Journal {
            added: news.clone(),
            changed: vec![first.id],
        };
        let mut batch = sled::Batch::default();
        batch.insert(
            idea_key(BACKUP, first.id).to_vec(),
            codec::encode_idea(&first, 1).unwrap(),
        );
        batch.insert(JOURNAL, codec::encode(&journal).unwrap());
        store.tree().unwrap().apply_batch(batch).unwrap();
        let mut rest = puts.into_iter();
        for _ in 0..2 {
            let part: BTreeMap<_, _> = rest.by_ref().take(7).collect();
            store
                .commit(Writes {
                    next_id,
                    puts: part,
                    deletes: BTreeMap::new(),
                    views: Vec::new(),
                    views_seeded: false,
                    rubrics: Vec::new(),
                })
                .unwrap();
        }
        assert_eq!(store.idea(first.id).unwrap().unwrap().idea.title, "changed");
        store.roll_back().unwrap();
        let back = store.idea(first.id).unwrap().unwrap();
        assert_eq!(back.idea, first);
        assert_eq!(back.version, 3, "put back as a new version, not an old one");
        assert_eq!(store.rows().unwrap().len(), 1);
        assert!(store.summary_ids("bore").unwrap().is_empty());
        assert!(store.summary_ids("water").unwrap().is_empty());
        assert!(
            store.next_id().unwrap() > *news.last().unwrap(),
            "ids are not given again"
        );
        assert!(store.tree().unwrap().get(JOURNAL).unwrap().is_none());
    }

    /// Everything a user could see of a database.
    fn state(store: &SledStore) -> impl PartialEq + std::fmt::Debug {
        let mut words = store.summary_ids("").unwrap();
        words.sort_unstable();
        (
            store.rows().unwrap(),
            store.ideas().collect::<Result<Vec<_>>>().unwrap(),
            words,
            store.views().unwrap(),
            store.next_id().unwrap(),
        )
    }

    #[test]
    fn a_large_write_sled_kept_only_part_of_is_taken_back_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        let mut old = Vec::new();
        for summary in ["water wells", "bees", "school meals"] {
            let mut i = Idea::new(format!("old {summary}"), Timestamp(1));
            i.summary = summary.into();
            i.id = w.allocate();
            old.push(i.clone());
            w.put(i, None);
        }
        store.commit(w).unwrap();
        let before = state(&store);
        // A large write: one idea changed, 40 new ones, a view saved.
        let mut w = store.begin().unwrap();
        let mut changed = old[1].clone();
        changed.summary = "honey markets".into();
        w.put(changed, store.idea(old[1].id).unwrap());
        let mut news = Vec::new();
        for n in 0..40 {
            let mut i = Idea::new(format!("new {n}"), Timestamp(2));
            i.summary = format!("boreholes water{n}");
            i.id = w.allocate();
            news.push(i.id);
            w.put(i, None);
        }
        w.save_view(
            None,
            crate::domain::View {
                name: "wells".into(),
                query: "water".into(),
                sort: None,
            },
        );
        let journal = store.write_journal(&w.puts).unwrap();
        assert_eq!(journal.added, news);
        store.commit(w).unwrap();
        // What sled 0.34.7 can hold after it met a full disk part way: of
        // some ideas the rows and words but no record, of others the
        // record but no row, of the changed one its new words only.
        let tree = store.tree().unwrap();
        let mut batch = Batch::default();
        for &id in &news[..15] {
            batch.remove(idea_key(b'i', id).to_vec());
        }
        let mut rows = RowChanges::default();
        for &id in &news[15..30] {
            rows.remove(id);
        }
        rows.remove(old[1].id);
        batch.remove(idea_key(b'i', old[1].id).to_vec());
        rows.write(&tree, &mut batch).unwrap();
        drop(tree);
        store.write_batch(batch).unwrap();
        assert_ne!(state(&store), before);
        let journal_bytes = store.tree().unwrap().get(JOURNAL).unwrap().unwrap();
        store.roll_back().unwrap();
        assert_eq!(state(&store), before);
        assert!(store.summary_ids("bore").unwrap().is_empty());
        assert!(store.summary_ids("honey").unwrap().is_empty());
        assert_eq!(store.summary_ids("bees").unwrap(), [old[1].id]);
        let tree = store.tree().unwrap();
        assert!(tree.get(JOURNAL).unwrap().is_none());
        assert_eq!(tree.scan_prefix([BACKUP]).count(), 0);
        // A roll back whose last batch kept only part of itself (the
        // backups gone, the journal still there) is done again on open,
        // and changes nothing.
        tree.insert(JOURNAL, journal_bytes).unwrap();
        drop(tree);
        store.roll_back().unwrap();
        assert_eq!(state(&store), before);
    }

    #[test]
    fn a_write_of_one_chunk_is_written_under_its_journal() {
        // sled can keep part of any batch that meets a full disk, so even
        // a write that fits in one batch needs its journal to be undone.
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        for n in 0..5 {
            let mut i = Idea::new(format!("new {n}"), Timestamp(2));
            i.id = w.allocate();
            w.put(i, None);
        }
        assert!(w.len() < chunk_size());
        let journaled = std::cell::Cell::new(None);
        store
            .commit_large_with(w, &|written| {
                let there = store.tree().unwrap().get(JOURNAL).unwrap().is_some();
                journaled.set(Some((written, there)));
            })
            .unwrap();
        assert_eq!(journaled.get(), Some((5, true)));
        assert!(store.tree().unwrap().get(JOURNAL).unwrap().is_none());
        assert_eq!(store.rows().unwrap().len(), 5);
    }
}
