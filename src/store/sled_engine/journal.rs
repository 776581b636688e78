//! Large writes (imports, demo data) in several batches that stay
//! all-or-nothing across a crash. One batch of a million ideas needs more
//! memory than sled can give it, so a large write goes in chunks: first a
//! journal listing every idea it adds and keeping the previous version of
//! every idea it changes, then the chunks, then the journal is removed. If
//! the process dies in between, the next open puts everything back.

use super::{Batch, SledStore, idea_key, prepare};
use super::{Result, StoreError, Versioned, Writes, codec};
use crate::domain::Idea;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

impl SledStore {
    /// Commits writes of any size: in one batch when small, else in chunks
    /// under a journal, so that after a crash they are wholly there or
    /// wholly absent.
    pub fn commit_large(&self, writes: Writes) -> Result<()> {
        self.commit_large_with(writes, &|_| {})
    }

    /// [`SledStore::commit_large`], telling `progress` how many ideas are
    /// written so far after each chunk.
    pub fn commit_large_with(&self, writes: Writes, progress: &dyn Fn(usize)) -> Result<()> {
        let chunk = chunk_size();
        if writes.len() <= chunk || !writes.deletes.is_empty() {
            return self.commit(writes);
        }
        let writing = self.writing();
        self.check_versions(&writes)?;
        // All of it must fit, or none of it is begun (see `space`).
        super::space::ensure(&self.path, estimate(&writes.puts)?)?;
        let Writes {
            next_id,
            puts,
            views,
            ..
        } = writes;
        let mut journal = Journal::default();
        let mut batch = Batch::default();
        for (id, (_, previous)) in &puts {
            match previous {
                None => journal.added.push(*id),
                Some(p) => {
                    journal.changed.push(*id);
                    let backup = codec::encode_idea(&p.idea, p.version)?;
                    batch.insert(idea_key(BACKUP, *id).to_vec(), backup);
                }
            }
        }
        batch.insert(JOURNAL, codec::encode(&journal)?);
        self.write_batch(batch)?;
        let mut rest = puts.into_iter().peekable();
        // Views go with the last chunk, so they land only if all ideas do.
        let mut views = Some(views);
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
                views_seeded: false,
            });
        }
        // Each chunk is encoded on a second thread while the one before it
        // is written.
        let encode = |w: &Writes| prepare(&w.puts.iter().collect::<Vec<_>>());
        let written = (|| -> Result<()> {
            let mut ready = parts.first().map(encode).transpose()?;
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
                progress((k + 1) * chunk);
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

    /// Undoes a large write that a crash interrupted, if there is one.
    pub(super) fn roll_back(&self) -> Result<()> {
        let Some(bytes) = self.tree()?.get(JOURNAL)? else {
            return Ok(());
        };
        let journal: Journal = codec::decode(&bytes)?;
        let chunk = chunk_size();
        for part in journal.added.chunks(chunk) {
            let mut w = self.begin()?;
            for &id in part {
                if let Some(idea) = self.idea(id)? {
                    w.delete(idea);
                }
            }
            self.commit(w)?;
        }
        for part in journal.changed.chunks(chunk) {
            let mut w = self.begin()?;
            for &id in part {
                if let Some(backup) = self.tree()?.get(idea_key(BACKUP, id))? {
                    // Back as it was, at a version past the chunk's.
                    let previous = codec::decode_idea(&backup)?.idea;
                    w.put(previous, self.idea(id)?);
                }
            }
            self.commit(w)?;
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
}
