//! The journal of a large write (imports, demo data, see `large_write.rs`),
//! which keeps it all-or-nothing across a crash, a full disk or a bad
//! record found at its end. One batch of a million ideas needs more memory
//! than sled can give it, so a large write goes in chunks: first the
//! journal's first record (what else the write changes, as it was), then
//! for each chunk a part of the journal listing the ideas it adds and
//! keeping the previous version of each idea it changes, then the chunk;
//! at the end the journal is removed. If the write fails, is dropped or
//! the process dies in between, the journal puts everything back (at once,
//! or at the next open).
//!
//! The roll back goes by the journal alone, never by what is stored: sled
//! 0.34.7 does not keep a batch whole when it meets a full disk, and once
//! opened again it can hold any part of a chunk (records without their
//! rows, rows without their records, either one's words, the new next id).

use super::batch::Batch;
use super::codec;
use super::handle::SledStore;
use super::keys::idea_key;
use super::keys::{META_NEXT_ID, META_VIEWS};
use super::row_changes::RowChanges;
use super::words::{self, IndexChanges};
use crate::domain::Idea;
use crate::store::{Result, Versioned};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

const JOURNAL: &[u8] = b"mjournal";
/// A part of the journal, one for each chunk (`mjpart` + its number, 4
/// bytes big-endian): the journal grows as the write goes.
const JOURNAL_PART: &[u8] = b"mjpart";
const BACKUP: u8 = b'b';

/// How many ideas go in one batch of a large write.
pub fn chunk_size() -> usize {
    std::env::var("SPROUT_WRITE_CHUNK")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(10_000)
}

/// The ideas a large write adds, and those it changes (whose previous
/// versions are kept under `b` + id).
#[derive(Serialize, Deserialize, Default)]
pub(super) struct Journal {
    pub(super) added: Vec<u64>,
    pub(super) changed: Vec<u64>,
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
    /// Starts the journal of a large write: what it changes beside its
    /// ideas, as it was. Whatever a journal that is no longer there left
    /// behind (parts, backups: a `finish` that met a full disk after its
    /// first batch) goes first, so that it is never read as this one's.
    pub(super) fn start_journal(&self) -> Result<()> {
        let before = Before::of(self)?;
        let tree = self.tree()?;
        let mut batch = Batch::default();
        for key in tree.scan_prefix(JOURNAL_PART).keys() {
            batch.remove(key?);
        }
        for key in tree.scan_prefix([BACKUP]).keys() {
            batch.remove(key?);
        }
        drop(tree);
        batch.insert(
            JOURNAL,
            codec::encode_with(&Journal::default(), &Some(before))?,
        );
        self.write_batch(batch)
    }

    /// Adds a part to the journal of a large write, before the chunk it
    /// describes is written: the ids the chunk adds, and the previous
    /// version of each idea it changes for the first time. `journaled`
    /// says whether an id is already in the journal (added or backed up by
    /// an earlier chunk: its first state is the one to go back to).
    pub(super) fn journal_part(
        &self,
        number: u32,
        puts: &BTreeMap<u64, (Idea, Option<Versioned>)>,
        journaled: &dyn Fn(u64) -> bool,
    ) -> Result<Journal> {
        let mut part = Journal::default();
        let mut batch = Batch::default();
        for (id, (_, previous)) in puts {
            if journaled(*id) {
                continue;
            }
            match previous {
                None => part.added.push(*id),
                Some(p) => {
                    part.changed.push(*id);
                    batch.insert(
                        idea_key(BACKUP, *id).to_vec(),
                        codec::encode_idea(&p.idea, p.version)?,
                    );
                }
            }
        }
        if part.added.is_empty() && part.changed.is_empty() {
            return Ok(part);
        }
        let mut key = JOURNAL_PART.to_vec();
        key.extend_from_slice(&number.to_be_bytes());
        batch.insert(key, codec::encode(&part)?);
        self.write_batch(batch)?;
        Ok(part)
    }

    /// The journal of a large write, if one is there: its first record
    /// (which, written by an older sprout, lists everything) and the parts
    /// after it.
    fn read_journal(&self) -> Result<Option<(Journal, Option<Before>)>> {
        let tree = self.tree()?;
        let Some(bytes) = tree.get(JOURNAL)? else {
            return Ok(None);
        };
        let (mut journal, before): (Journal, Option<Before>) = codec::decode_with(&bytes)?;
        for part in tree.scan_prefix(JOURNAL_PART).values() {
            let part: Journal = codec::decode(&part?)?;
            journal.added.extend(part.added);
            journal.changed.extend(part.changed);
        }
        Ok(Some((journal, before)))
    }

    /// Undoes a large write that failed or that a crash interrupted, if
    /// there is one. Every step can be done again: until the journal goes,
    /// a failure here leaves the next open to do it all again.
    pub(super) fn roll_back(&self) -> Result<()> {
        let Some((journal, before)) = self.read_journal()? else {
            return Ok(());
        };
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
                rows.put_idea(&previous.idea);
                index.change(id, None, &previous.idea.indexed_text());
                batch.insert(
                    idea_key(b'i', id).to_vec(),
                    codec::encode_idea(&previous.idea, version)?,
                );
            }
            // Ideas put back: their chunks are read whatever their ids.
            index.write(&tree, &mut batch, u64::MAX)?;
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

    /// Ends a large write (done, or rolled back): the journal's first
    /// record goes first, on its own, since once it is gone nothing is
    /// rolled back; then its parts and backups, which a journal begun
    /// later clears should this second batch fail.
    pub(super) fn finish(&self, journal: &Journal) -> Result<()> {
        let mut batch = Batch::default();
        batch.remove(JOURNAL);
        self.write_batch(batch)?;
        let tree = self.tree()?;
        let mut batch = Batch::default();
        for key in tree.scan_prefix(JOURNAL_PART).keys() {
            batch.remove(key?);
        }
        drop(tree);
        for &id in &journal.changed {
            batch.remove(idea_key(BACKUP, id).to_vec());
        }
        // The write is over once the first record is gone: what this
        // batch leaves, should it fail, is cleared by the next journal.
        let _ = self.write_batch(batch);
        Ok(())
    }
}

/// About how many bytes a large write adds, from a sample of its ideas: each
/// is stored whole, as a row, and in the word index.
pub(super) fn estimate(puts: &BTreeMap<u64, (Idea, Option<Versioned>)>) -> Result<u64> {
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
    use crate::store::Writes;

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
                    panel: None,
                    conflicts: None,
                    reasons: Vec::new(),
                    signatures: Default::default(),
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
        store.start_journal().unwrap();
        let journal = store.journal_part(0, &w.puts, &|_| false).unwrap();
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
