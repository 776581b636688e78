//! The sled store. Everything lives in one sled tree under one-byte key
//! prefixes, so that every command's writes go in one atomic batch:
//!
//! | key | value |
//! |---|---|
//! | `m` + name | metadata (`next_id`, `schema`, `commits`, `views`, `snapshot`) |
//! | `i` + id (8 bytes, big-endian) | the full idea |
//! | `R` + block (id / 1024) | the compact [`Row`]s of those ids, for listing and search (see [`rows`]) |
//! | `w` + word + `0x00` + first id | ids whose summary has that word |
//! | `v` + lower-cased name | a saved view |
//! | `d` + block | that row block changed since the row snapshot file (see [`snapshot`]) |
//!
//! Only this module knows about sled.

mod close;
mod codec;
mod commits;
mod error;
mod journal;
mod lock;
mod open;
mod rows;
pub mod salvage;
mod snapshot;
mod space;
mod views;
mod words;

pub use close::CloseHandle;
use close::Closer;
pub use codec::SCHEMA_VERSION;
pub use error::{StoreError, is_full};

use crate::domain::{Idea, Row};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub type Result<T> = std::result::Result<T, StoreError>;

const META_NEXT_ID: &[u8] = b"mnext_id";
const META_SCHEMA: &[u8] = b"mschema";
/// The database's layout, kept in `mschema`: 1 had a key per row, 2 keeps
/// rows in blocks, 3 marks the blocks each commit changes (for the row
/// snapshot file, see [`snapshot`]). A sprout that reads only an older layout refuses it.
pub const LAYOUT_VERSION: u8 = 3;
const META_COMMITS: &[u8] = b"mcommits";
/// Present once the default views were given (see [`views`]).
const META_VIEWS: &[u8] = b"mviews";

/// The sled instance every handle of one open database shares. It is
/// replaced when a write fails (see [`Store::reopen_after_failure`]), and
/// taken when the database is closed.
pub(super) struct Shared {
    tree: std::sync::RwLock<Option<sled::Db>>,
    /// A write failed and sled would not let go: nothing more is written,
    /// and the close does not wait for it.
    broken: std::sync::atomic::AtomicBool,
    /// The database was closed: sled is not opened again.
    closed: std::sync::atomic::AtomicBool,
}

/// An open database.
#[derive(Clone)]
pub struct Store {
    shared: std::sync::Arc<Shared>,
    path: PathBuf,
    /// Records the clean close when the last handle goes.
    closer: Option<std::sync::Arc<Closer>>,
    /// A salvaged database is a copy, removed with the last handle.
    copy: Option<std::sync::Arc<tempfile::TempDir>>,
    /// What a salvage could not read (see [`salvage`]).
    salvaged: Option<salvage::Salvaged>,
    /// Held until the last handle goes: no other process opens the
    /// database meanwhile (see [`lock`]).
    _lock: Option<std::sync::Arc<lock::DirLock>>,
}

impl Store {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        open::open(path)
    }

    /// Opens a database even though it is damaged, to export what can
    /// still be read: a new database in a temporary directory, holding
    /// every idea that could be read from a copy of it.
    pub fn open_damaged(path: &Path) -> Result<Store> {
        salvage::open(path)
    }

    /// Wraps an open sled instance.
    fn of(tree: sled::Db, path: &Path) -> Store {
        Store {
            shared: std::sync::Arc::new(Shared {
                tree: std::sync::RwLock::new(Some(tree)),
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
    /// of it (see [`Store::reopen_after_failure`]).
    fn tree(&self) -> Result<sled::Db> {
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
    pub(crate) fn open_again(path: &Path) -> Store {
        for _ in 0..200 {
            match Store::open(path) {
                Err(StoreError::InUse(_)) => {
                    std::thread::sleep(std::time::Duration::from_millis(10))
                }
                other => return other.unwrap(),
            }
        }
        panic!("{} is still in use", path.display());
    }

    /// How many commits the database holds.
    fn commits(&self) -> Result<u64> {
        Ok(commits_of(&self.tree()?)?)
    }

    pub fn path(&self) -> &Path {
        &self.path
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
        CloseHandle::of(self.closer.as_ref())
    }

    /// The full idea with this id.
    pub fn idea(&self, id: u64) -> Result<Option<Idea>> {
        match self.tree()?.get(idea_key(b'i', id))? {
            Some(bytes) => codec::decode(&bytes).map(Some),
            None => Ok(None),
        }
    }

    /// Every full idea, in id order, read lazily.
    pub fn ideas(&self) -> impl Iterator<Item = Result<Idea>> + '_ {
        let (scan, failed) = match self.tree() {
            Ok(tree) => (Some(tree.scan_prefix(b"i").values()), None),
            Err(e) => (None, Some(Err(e))),
        };
        failed
            .into_iter()
            .chain(scan.into_iter().flatten().map(|v| codec::decode(&v?)))
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

    /// Starts a set of writes that [`Store::commit`] applies at once.
    pub fn begin(&self) -> Result<Writes> {
        Ok(Writes {
            next_id: self.next_id()?,
            puts: BTreeMap::new(),
            deletes: BTreeMap::new(),
            views: Vec::new(),
            views_seeded: false,
        })
    }

    /// Applies the writes in one atomic batch and flushes them to disk, so
    /// that once this returns they survive a crash.
    pub fn commit(&self, writes: Writes) -> Result<()> {
        if writes.is_empty() && !writes.views_seeded {
            return Ok(());
        }
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
            index.change(*id, Some(old.summary.as_str()), "");
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
    fn write_batch(&self, batch: Batch) -> Result<()> {
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

/// The commit count a sled instance holds.
fn commits_of(tree: &sled::Db) -> sled::Result<u64> {
    Ok(tree
        .get(META_COMMITS)?
        .and_then(|v| v.as_ref().try_into().ok())
        .map_or(0, u64::from_be_bytes))
}

/// A sled batch that counts the bytes it will write.
#[derive(Default)]
pub(super) struct Batch {
    inner: sled::Batch,
    bytes: u64,
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

fn prepare(puts: &[(&u64, &(Idea, Option<Idea>))]) -> Result<Prepared> {
    let mut records = Vec::with_capacity(puts.len());
    let mut index = words::IndexChanges::default();
    let mut rows = rows::RowChanges::default();
    for (id, (idea, previous)) in puts {
        records.push((idea_key(b'i', **id), codec::encode(idea)?));
        rows.put(Row::of(idea));
        index.change(
            **id,
            previous.as_ref().map(|p| p.summary.as_str()),
            &idea.summary,
        );
    }
    Ok((records, index, rows))
}

/// Pending writes: new and changed ideas, applied together by
/// [`Store::commit`].
pub struct Writes {
    next_id: u64,
    puts: BTreeMap<u64, (Idea, Option<Idea>)>,
    deletes: BTreeMap<u64, Idea>,
    /// View changes in order: (the view replaced or deleted, the new one).
    views: Vec<(Option<String>, Option<crate::domain::View>)>,
    /// Set by the first commit that gives the default views.
    views_seeded: bool,
}

impl Writes {
    /// Gives out the next id; ids already put are never given.
    pub fn allocate(&mut self) -> u64 {
        while self.puts.contains_key(&self.next_id) {
            self.next_id += 1;
        }
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Stores `idea` (its id set), replacing `previous` when it existed.
    pub fn put(&mut self, idea: Idea, previous: Option<Idea>) {
        if idea.id >= self.next_id {
            self.next_id = idea.id + 1;
        }
        let previous = match self.puts.remove(&idea.id) {
            Some((_, earlier)) => earlier,
            None => previous,
        };
        self.deletes.remove(&idea.id);
        self.puts.insert(idea.id, (idea, previous));
    }

    /// Removes a stored idea (only undoing its creation does this). Its id
    /// is not given out again.
    pub fn delete(&mut self, idea: Idea) {
        self.puts.remove(&idea.id);
        self.deletes.insert(idea.id, idea);
    }

    pub fn len(&self) -> usize {
        self.puts.len() + self.deletes.len() + self.views.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn idea_key(prefix: u8, id: u64) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = prefix;
    k[1..].copy_from_slice(&id.to_be_bytes());
    k
}

#[cfg(test)]
mod tests;
