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
mod journal;
mod rows;
mod snapshot;
mod views;
mod words;

pub use close::CloseHandle;
use close::Closer;
pub use codec::SCHEMA_VERSION;

use crate::domain::{Idea, Row};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What can go wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {} is in use by another sprout process", .0.display())]
    InUse(PathBuf),
    #[error(
        "database was written by a newer sprout (schema {0}, this one reads up to {LAYOUT_VERSION}); upgrade sprout to open it"
    )]
    NewerSchema(u8),
    #[error("cannot open database {}: {msg}", path.display())]
    Open { path: PathBuf, msg: String },
    #[error(
        "database {} is damaged: it has lost changes it had saved; restore your last export (sprout --db NEW import backup.json), or save what can still be read with: sprout --db {} --salvage export -o rescue.json",
        .0.display(),
        .0.display()
    )]
    Damaged(PathBuf),
    #[error("database error: {0}")]
    Db(String),
    /// The disk (or the quota) is full; nothing of the change was saved.
    #[error("the disk is full: nothing of this change was saved; free some space and try again")]
    DiskFull,
    /// sled found part of its files unreadable while the database was open.
    #[error("the database is damaged: part of it cannot be read")]
    Corrupt,
    #[error(
        "damaged record in the database ({0}); run `sprout export` to save what can still be read"
    )]
    Codec(String),
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        match e {
            // sled hands back copies of its io errors that keep only the kind
            // (ENOSPC is StorageFull).
            sled::Error::Io(io) if io.kind() == std::io::ErrorKind::StorageFull => {
                StoreError::DiskFull
            }
            sled::Error::Corruption { .. } => StoreError::Corrupt,
            other => StoreError::Db(other.to_string()),
        }
    }
}

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

/// An open database.
#[derive(Clone)]
pub struct Store {
    tree: sled::Db,
    path: PathBuf,
    /// Records the clean close when the last handle goes.
    closer: Option<std::sync::Arc<Closer>>,
    /// A salvaged database is a copy, removed with the last handle.
    copy: Option<std::sync::Arc<tempfile::TempDir>>,
}

impl Store {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_checked(path, true)
    }

    /// Opens a database even though it has lost changes, to export what can
    /// still be read.
    pub fn open_damaged(path: &Path) -> Result<Store> {
        Store::open_checked(path, false)
    }

    fn open_checked(path: &Path, check: bool) -> Result<Store> {
        let open_error = |msg: String| StoreError::Open {
            path: path.to_path_buf(),
            msg,
        };
        if path.exists() && !path.is_dir() {
            return Err(open_error("it is a file, not a database directory".into()));
        }
        // A snapshot sled was writing when it was killed is read back as if
        // it were whole; stop before sled sees it.
        if let Ok(entries) = std::fs::read_dir(path) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().to_string();
                if name.starts_with("snap.") && name.ends_with(".generating") {
                    return Err(open_error(format!(
                        "a half-written snapshot {name} was left there by a crash; move that file out of the directory and try again"
                    )));
                }
            }
        }
        let record = commits::recorded(path);
        if record.commits > 0 && commits::in_use(path) {
            return Err(StoreError::InUse(path.to_path_buf()));
        }
        // Salvage reads a copy, so the damaged files stay as they are.
        let mut copy = None;
        let open_at = if check {
            if record.commits > 0 {
                if commits::stamp(path).is_none() {
                    return Err(StoreError::Damaged(path.to_path_buf()));
                }
                if commits::stamp(path) != record.closed {
                    // Not as sprout left it: look at a copy before sled
                    // touches the real files.
                    let dir = tempfile::Builder::new()
                        .prefix("sprout-check-")
                        .tempdir()
                        .map_err(|e| open_error(e.to_string()))?;
                    commits::copy_dir(path, dir.path())
                        .map_err(|e| open_error(format!("cannot check it: {e}")))?;
                    let held = Store::open_raw(dir.path(), path)?.commits()?;
                    if held < record.commits {
                        return Err(StoreError::Damaged(path.to_path_buf()));
                    }
                }
            }
            path.to_path_buf()
        } else {
            let dir = tempfile::Builder::new()
                .prefix("sprout-salvage-")
                .tempdir()
                .map_err(|e| open_error(e.to_string()))?;
            commits::copy_dir(path, dir.path())
                .map_err(|e| open_error(format!("cannot copy it: {e}")))?;
            let at = dir.path().to_path_buf();
            copy = Some(std::sync::Arc::new(dir));
            at
        };
        let mut store = Store::open_raw(&open_at, path)?;
        store.copy = copy;
        if let Some(v) = store.tree.get(META_SCHEMA)? {
            let v = v.first().copied().unwrap_or(0);
            if v > LAYOUT_VERSION {
                return Err(StoreError::NewerSchema(v));
            }
        }
        if check && record.commits > store.commits()? {
            return Err(StoreError::Damaged(path.to_path_buf()));
        }
        // Also in a salvage copy, which is ours to change.
        store.move_rows_to_blocks()?;
        if check {
            crate::holder::claim(path);
            // Until it is closed cleanly again, the log is not as recorded.
            commits::write(
                path,
                commits::Record {
                    commits: record.commits.max(store.commits()?),
                    closed: None,
                },
            );
            store.closer = Some(std::sync::Arc::new(Closer::new(
                path.to_path_buf(),
                store.tree.clone(),
            )));
            store.roll_back()?;
            store.seed_views()?;
        }
        Ok(store)
    }

    /// Opens sled's files at `at` (which are the database `path`'s, or a
    /// copy of them), turning sled's failures into errors.
    fn open_raw(at: &Path, path: &Path) -> Result<Store> {
        let open_error = |msg: String| StoreError::Open {
            path: path.to_path_buf(),
            msg,
        };
        let opened = std::panic::catch_unwind(|| {
            sled::Config::new()
                .path(at)
                .cache_capacity(64 * 1024 * 1024)
                .open()
        });
        let tree = match opened {
            Ok(Ok(tree)) => tree,
            Ok(Err(sled::Error::Io(io))) if io.to_string().contains("could not acquire lock") => {
                return Err(StoreError::InUse(path.to_path_buf()));
            }
            Ok(Err(sled::Error::Io(io)))
                if io.kind() == std::io::ErrorKind::PermissionDenied
                    || io.raw_os_error() == Some(30) =>
            {
                return Err(open_error(format!(
                    "{io}; sprout needs to write to the database directory (check its permissions, or copy it somewhere writable)"
                )));
            }
            Ok(Err(sled::Error::Io(io))) if io.kind() == std::io::ErrorKind::StorageFull => {
                return Err(open_error(
                    "the disk is full; free some space and try again".into(),
                ));
            }
            Ok(Err(sled::Error::Io(io))) => return Err(open_error(io.to_string())),
            Ok(Err(sled::Error::Corruption { .. })) | Err(_) => {
                return Err(StoreError::Damaged(path.to_path_buf()));
            }
            Ok(Err(other)) => return Err(open_error(other.to_string())),
        };
        Ok(Store {
            tree,
            path: path.to_path_buf(),
            closer: None,
            copy: None,
        })
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
        Ok(self
            .tree
            .get(META_COMMITS)?
            .and_then(|v| v.as_ref().try_into().ok())
            .map_or(0, u64::from_be_bytes))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A handle that can record this database's clean close from another
    /// thread without keeping it open: for a process that must end at once
    /// (the UI when its terminal is gone and the main thread is stuck).
    pub fn close_handle(&self) -> CloseHandle {
        CloseHandle::of(self.closer.as_ref())
    }

    /// The full idea with this id.
    pub fn idea(&self, id: u64) -> Result<Option<Idea>> {
        match self.tree.get(idea_key(b'i', id))? {
            Some(bytes) => codec::decode(&bytes).map(Some),
            None => Ok(None),
        }
    }

    /// Every full idea, in id order, read lazily.
    pub fn ideas(&self) -> impl Iterator<Item = Result<Idea>> + '_ {
        self.tree
            .scan_prefix(b"i")
            .values()
            .map(|v| codec::decode(&v?))
    }

    /// The id the next new idea gets.
    pub fn next_id(&self) -> Result<u64> {
        Ok(match self.tree.get(META_NEXT_ID)? {
            Some(v) => {
                u64::from_be_bytes(v.as_ref().try_into().unwrap_or([0, 0, 0, 0, 0, 0, 0, 1]))
            }
            None => 1,
        })
    }

    /// Ids of ideas whose summary has a word starting with `prefix` (folded),
    /// in no order, an id once for each such word.
    pub fn summary_ids(&self, prefix: &str) -> Result<Vec<u64>> {
        words::ids_with_prefix(&self.tree, prefix)
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
            let (a, b) = puts.split_at(puts.len() / 2);
            let (first, second) = std::thread::scope(|s| {
                let second = s.spawn(|| prepare(b));
                (prepare(a), second.join())
            });
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
        let mut batch = sled::Batch::default();
        for (key, value) in records {
            batch.insert(key.to_vec(), value);
        }
        for (id, old) in &writes.deletes {
            batch.remove(idea_key(b'i', *id).to_vec());
            rows.remove(*id);
            index.change(*id, Some(old.summary.as_str()), "");
        }
        index.write(&self.tree, &mut batch)?;
        rows.write(&self.tree, &mut batch)?;
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
        let count = self
            .tree
            .get(META_COMMITS)?
            .and_then(|v| v.as_ref().try_into().ok())
            .map_or(0, u64::from_be_bytes)
            + 1;
        batch.insert(META_COMMITS, &count.to_be_bytes());
        self.tree.apply_batch(batch)?;
        self.flush()?;
        if self.copy.is_none() {
            commits::write(
                &self.path,
                commits::Record {
                    commits: count,
                    closed: None,
                },
            );
        }
        Ok(())
    }

    pub fn flush(&self) -> Result<()> {
        self.tree.flush()?;
        Ok(())
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
mod tests {
    use super::*;
    use crate::domain::{Edit, Sector, Timestamp};

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        (dir, store)
    }

    #[test]
    fn sled_failures_keep_what_they_mean_not_how_sled_says_it() {
        // sled's corruption reads "Read corrupted data at file offset
        // Some(Inline(576728)) backtrace ()"; its copied io errors keep only
        // the kind ("IO error: Os { code: 28, kind: StorageFull, … }").
        let corrupt = StoreError::from(sled::Error::Corruption { at: None, bt: () });
        assert!(matches!(corrupt, StoreError::Corrupt), "{corrupt}");
        let raw = std::io::Error::from_raw_os_error(28);
        let copied = std::io::Error::new(raw.kind(), format!("{raw:?}"));
        for io in [raw, copied] {
            let full = StoreError::from(sled::Error::Io(io));
            assert!(matches!(full, StoreError::DiskFull), "{full}");
        }
    }

    fn add(store: &Store, title: &str, summary: &str) -> u64 {
        let mut w = store.begin().unwrap();
        let mut idea = Idea::new(title.into(), Timestamp(1));
        idea.summary = summary.into();
        idea.id = w.allocate();
        let id = idea.id;
        w.put(idea, None);
        store.commit(w).unwrap();
        id
    }

    #[test]
    fn ids_are_sequential_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let store = Store::open(&path).unwrap();
            assert_eq!(add(&store, "a", ""), 1);
            assert_eq!(add(&store, "b", ""), 2);
        }
        let store = Store::open_again(&path);
        assert_eq!(add(&store, "c", ""), 3);
        assert_eq!(store.rows().unwrap().len(), 3);
        assert_eq!(store.idea(2).unwrap().unwrap().title, "b");
    }

    #[test]
    fn a_second_open_is_refused_as_in_use() {
        let (dir, _store) = store();
        let err = Store::open(&dir.path().join("db")).err().unwrap();
        assert!(matches!(err, StoreError::InUse(_)), "{err}");
        assert!(
            err.to_string()
                .ends_with("is in use by another sprout process")
        );
    }

    #[test]
    fn summary_words_are_indexed_and_follow_edits() {
        let (_dir, store) = store();
        let a = add(&store, "a", "Clean water for villages");
        let b = add(&store, "b", "Water filters; Ёлки");
        let found = |p: &str| {
            let mut v = store.summary_ids(p).unwrap();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(found("wat"), [a, b]);
        assert_eq!(found("елк"), [b]);
        assert_eq!(found("zzz"), Vec::<u64>::new());

        let mut w = store.begin().unwrap();
        let old = store.idea(a).unwrap().unwrap();
        let mut new = old.clone();
        new.summary = "Solar panels".into();
        new.apply(&Edit::Sector(Sector::Ecology), Timestamp(2));
        w.put(new, Some(old));
        store.commit(w).unwrap();
        assert_eq!(found("wat"), [b]);
        assert_eq!(found("sol"), [a]);

        // Put the word back: the chunk keyed by this id must merge, not clobber.
        let old = store.idea(a).unwrap().unwrap();
        let mut new = old.clone();
        new.summary = "water again".into();
        let mut w = store.begin().unwrap();
        w.put(new, Some(old));
        store.commit(w).unwrap();
        assert_eq!(found("water"), [a, b]);
        assert_eq!(store.rows().unwrap()[0].sector, Sector::Ecology);

        // Deleting takes the idea, its row and its words away; ids move on.
        let mut w = store.begin().unwrap();
        w.delete(store.idea(a).unwrap().unwrap());
        store.commit(w).unwrap();
        assert_eq!(found("water"), [b]);
        assert!(store.idea(a).unwrap().is_none());
        assert_eq!(store.rows().unwrap().len(), 1);
        assert_eq!(add(&store, "c", ""), 3);
    }
}
