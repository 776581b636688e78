//! The sled engine. Everything lives in one sled tree under one-byte key
//! prefixes, so that every command's writes go in one atomic batch:
//!
//! | key | value |
//! |---|---|
//! | `m` + name | metadata (`next_id`, `schema`, `commits`, `views`, `snapshot`) |
//! | `i` + id (8 bytes, big-endian) | the full idea and its version (see [`codec::encode_idea`]) |
//! | `R` + block (id / 1024) | the compact [`Row`]s of those ids, for listing and search (see [`rows`]) |
//! | `w` + word + `0x00` + first id | ids whose summary has that word |
//! | `v` + lower-cased name | a saved view |
//! | `d` + block | that row block changed since the row snapshot file (see [`snapshot`]) |
//!
//! One process holds a sled database at a time (see `lock.rs`), so
//! nothing arrives from elsewhere; versions are still checked, so that a
//! change based on an idea as it was before another change is refused
//! here as it would be on a shared engine.

mod as_engine;
mod blocks;
mod close;
mod codec;
mod commits;
mod journal;
mod keys;
mod lock;
mod open;
mod rows;
pub mod salvage;
mod shared;
mod snapshot;
mod space;
mod views;
mod words;

pub use codec::SCHEMA_VERSION;

use crate::domain::{Idea, Row};
use crate::store::writes::next_version;
use crate::store::{CloseHandle, Conflict, Result, StoreError, Versioned, Writes, is_full};
use close::Closer;
use std::path::{Path, PathBuf};

pub use keys::LAYOUT_VERSION;
pub(super) use keys::commits_of;
use keys::{META_COMMITS, META_NEXT_ID, META_SCHEMA, META_VIEWS};

pub(super) use shared::Shared;

/// An open sled database.
#[derive(Clone)]
pub struct SledStore {
    pub(super) shared: std::sync::Arc<Shared>,
    pub(super) path: PathBuf,
    /// Records the clean close when the last handle goes.
    closer: Option<std::sync::Arc<Closer>>,
    /// A salvaged database is a copy, removed with the last handle.
    pub(super) copy: Option<std::sync::Arc<tempfile::TempDir>>,
    /// What a salvage could not read (see [`salvage`]).
    pub(super) salvaged: Option<salvage::Salvaged>,
    /// Held until the last handle goes: no other process opens the
    /// database meanwhile (see [`lock`]).
    pub(super) _lock: Option<std::sync::Arc<lock::DirLock>>,
}

impl SledStore {
    /// Wraps an open sled instance.
    pub(super) fn of(tree: sled::Db, path: &Path) -> SledStore {
        SledStore {
            shared: std::sync::Arc::new(Shared {
                tree: std::sync::RwLock::new(Some(tree)),
                writing: Default::default(),
                broken: Default::default(),
                closed: Default::default(),
            }),
            path: path.to_path_buf(),
            closer: None,
            copy: None,
            salvaged: None,
            _lock: None,
        }
    }

    /// The current sled instance, opened again if a failed write let go
    /// of it (see [`SledStore::reopen_after_failure`]).
    pub(super) fn tree(&self) -> Result<sled::Db> {
        use std::sync::atomic::Ordering::SeqCst;
        let shared = &self.shared;
        if let Some(tree) = shared
            .tree
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
        {
            return Ok(tree);
        }
        let mut slot = shared.tree.write().unwrap_or_else(|e| e.into_inner());
        if shared.broken.load(SeqCst) || shared.closed.load(SeqCst) {
            return Err(StoreError::Broken);
        }
        if let Some(tree) = slot.clone() {
            return Ok(tree);
        }
        let tree = self.reopen()?;
        *slot = Some(tree.clone());
        Ok(tree)
    }

    /// Opens again, in a test, a database this process just closed:
    /// sled's flusher thread lets go of the lock a moment after the last
    /// handle.
    #[cfg(test)]
    pub(crate) fn open_again(path: &Path) -> SledStore {
        for _ in 0..200 {
            match SledStore::open(path) {
                Err(StoreError::InUse(_)) => {
                    std::thread::sleep(std::time::Duration::from_millis(10))
                }
                other => return other.unwrap(),
            }
        }
        panic!("{} is still in use", path.display());
    }

    /// How many commits the database holds.
    pub(super) fn commits(&self) -> Result<u64> {
        Ok(commits_of(&self.tree()?)?)
    }

    /// For a salvaged database: how many ideas were read, and how many
    /// known ideas could not be.
    pub fn salvaged(&self) -> Option<salvage::Salvaged> {
        self.salvaged
    }

    /// A handle that can record this database's clean close from another
    /// thread without keeping it open: for a process that must end at once
    /// (the UI when its terminal is gone and the main thread is stuck).
    pub fn close_handle(&self) -> CloseHandle {
        close::close_handle(self.closer.as_ref())
    }

    /// The full idea with this id, and its version.
    pub fn idea(&self, id: u64) -> Result<Option<Versioned>> {
        stored_idea(&self.tree()?, id)
    }

    /// Every full idea, in id order, read lazily.
    pub fn ideas(&self) -> impl Iterator<Item = Result<Idea>> + '_ {
        let (scan, failed) = match self.tree() {
            Ok(tree) => (Some(tree.scan_prefix(b"i").values()), None),
            Err(e) => (None, Some(Err(e))),
        };
        failed.into_iter().chain(
            scan.into_iter()
                .flatten()
                .map(|v| codec::decode_idea(&v?).map(|s| s.idea)),
        )
    }

    /// The id the next new idea gets.
    pub fn next_id(&self) -> Result<u64> {
        Ok(match self.tree()?.get(META_NEXT_ID)? {
            Some(v) => {
                u64::from_be_bytes(v.as_ref().try_into().unwrap_or([0, 0, 0, 0, 0, 0, 0, 1]))
            }
            None => 1,
        })
    }

    /// Ids of ideas whose summary has a word starting with `prefix` (folded),
    /// in no order, an id once for each such word.
    pub fn summary_ids(&self, prefix: &str) -> Result<Vec<u64>> {
        words::ids_with_prefix(&self.tree()?, prefix)
    }

    /// Starts a set of writes that [`SledStore::commit`] applies at once.
    pub fn begin(&self) -> Result<Writes> {
        Ok(Writes::new(self.next_id()?))
    }

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
        let puts: Vec<_> = writes.puts.iter().collect();
        // Encoding is most of a large commit's own work: two threads share it.
        let prepared = if puts.len() >= 2048 {
            let (first, second) = crate::cores::halves(&puts, prepare);
            let (mut records, mut index, mut rows) = first?;
            let (more, index2, rows2) =
                second.map_err(|_| StoreError::Codec("an encoding thread failed".into()))??;
            index.merge(index2);
            rows.merge(rows2);
            records.extend(more);
            (records, index, rows)
        } else {
            prepare(&puts)?
        };
        self.apply(&writes, prepared)
    }

    /// Writes a commit whose puts are already encoded, in one atomic batch,
    /// and flushes it.
    fn apply(&self, writes: &Writes, prepared: Prepared) -> Result<()> {
        let (records, mut index, mut rows) = prepared;
        let tree = self.tree()?;
        let mut batch = Batch::default();
        for (key, value) in records {
            batch.insert(key.to_vec(), value);
        }
        for (id, old) in &writes.deletes {
            batch.remove(idea_key(b'i', *id).to_vec());
            rows.remove(*id);
            index.change(*id, Some(old.idea.summary.as_str()), "");
        }
        index.write(&tree, &mut batch)?;
        rows.write(&tree, &mut batch)?;
        self.write_views(writes, &mut batch)?;
        batch.insert(META_VIEWS, &[1]);
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

    /// Flushes what sled holds. With no sled instance open (a failed write
    /// let go of it) there is nothing to flush: every change reported as
    /// saved was flushed by its own commit.
    pub fn flush(&self) -> Result<()> {
        let current = self
            .shared
            .tree
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        if let Some(tree) = current {
            tree.flush()?;
        }
        Ok(())
    }
}

/// A sled batch that counts the bytes it will write.
#[derive(Default)]
pub(super) struct Batch {
    pub(super) inner: sled::Batch,
    pub(super) bytes: u64,
}

impl Batch {
    pub fn insert<K: Into<sled::IVec>, V: Into<sled::IVec>>(&mut self, key: K, value: V) {
        let (key, value) = (key.into(), value.into());
        self.bytes += (key.len() + value.len()) as u64;
        self.inner.insert(key, value);
    }

    pub fn remove<K: Into<sled::IVec>>(&mut self, key: K) {
        let key = key.into();
        self.bytes += key.len() as u64;
        self.inner.remove(key);
    }
}

/// The encoded records, row changes and word-index changes of some puts.
type Prepared = (
    Vec<([u8; 9], Vec<u8>)>,
    words::IndexChanges,
    rows::RowChanges,
);

fn prepare(puts: &[(&u64, &(Idea, Option<Versioned>))]) -> Result<Prepared> {
    let mut records = Vec::with_capacity(puts.len());
    let mut index = words::IndexChanges::default();
    let mut rows = rows::RowChanges::default();
    for (id, (idea, base)) in puts {
        let version = next_version(base.as_ref());
        records.push((idea_key(b'i', **id), codec::encode_idea(idea, version)?));
        rows.put(Row::of(idea));
        index.change(
            **id,
            base.as_ref().map(|b| b.idea.summary.as_str()),
            &idea.summary,
        );
    }
    Ok((records, index, rows))
}

pub(super) fn idea_key(prefix: u8, id: u64) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = prefix;
    k[1..].copy_from_slice(&id.to_be_bytes());
    k
}

/// The idea stored under `id`, and its version.
fn stored_idea(tree: &sled::Db, id: u64) -> Result<Option<Versioned>> {
    match tree.get(idea_key(b'i', id))? {
        Some(bytes) => codec::decode_idea(&bytes).map(Some),
        None => Ok(None),
    }
}

impl SledStore {
    /// Held while a batch is checked and written (see [`Shared::writing`]).
    pub(super) fn writing(&self) -> std::sync::MutexGuard<'_, ()> {
        self.shared
            .writing
            .lock()
            .unwrap_or_else(|e| e.into_inner())
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

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        match e {
            sled::Error::Io(io) if is_full(&io) => StoreError::Full { figures: None },
            sled::Error::Io(io) => StoreError::Io(io),
            sled::Error::Corruption { .. } => StoreError::Unreadable,
            other => StoreError::Db(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests;
