//! Opening a database, in an order that keeps a damaged one exactly as it
//! was:
//!
//! 1. the lock on the directory (see [`super::lock`]): until it is held,
//!    nothing else looks at the directory, so a file another sprout is
//!    writing is never taken for damage;
//! 2. if sled's files are not as the last clean close left them (see
//!    [`super::commits`]), a copy is opened and read through first: every
//!    record must read back and no saved commit be missing, else the
//!    database is refused and nothing of it was touched;
//! 3. half-written snapshots are removed (see [`remove_half_written`]);
//! 4. only then does sled open the real files.

use super::SledStore;
use super::close::Closer;
use super::close::{LET_GO, let_go};
use super::keys::{LAYOUT_VERSION, META_SCHEMA, commits_of};
use super::lock::{DirLock, Refused};
use super::{Result, StoreError, codec, commits};
use std::path::Path;
use std::sync::Arc;

pub(super) fn open(path: &Path) -> Result<SledStore> {
    let io_error = |source: std::io::Error| StoreError::OpenIo {
        path: path.to_path_buf(),
        source,
    };
    if path.exists() && !path.is_dir() {
        return Err(StoreError::Open {
            path: path.to_path_buf(),
            msg: "it is a file, not a database directory".into(),
        });
    }
    std::fs::create_dir_all(path).map_err(io_error)?;
    let lock = take_lock(path)?;
    let record = commits::recorded(path);
    let has_log = commits::log_file(path).exists();
    if record.commits > 0 && !has_log {
        return Err(StoreError::Damaged(path.to_path_buf()));
    }
    if has_log && !commits::unchanged(path, &record) {
        check_a_copy(path, record.commits)?;
    }
    remove_half_written(path);
    let mut store = SledStore::of(open_sled(path, path)?, path);
    store._lock = Some(Arc::new(lock));
    let held = store.commits()?;
    check_schema(&store)?;
    if record.commits > held {
        return Err(StoreError::Damaged(path.to_path_buf()));
    }
    store.move_rows_to_blocks()?;
    // Until it is closed cleanly again, the files are not as recorded.
    commits::write(path, record.commits.max(held), None);
    store.closer = Some(Arc::new(Closer::new(
        path.to_path_buf(),
        Arc::clone(&store.shared),
    )));
    store.roll_back()?;
    store.seed_views()?;
    // Holding the lock, and only once the files are known to be sound (a
    // damaged database is left exactly as it was): a refused process reads
    // it to say who holds the database.
    crate::holder::claim(path);
    Ok(store)
}

impl SledStore {
    /// Opens sled again in this process, which holds the directory's lock.
    pub(super) fn reopen(&self) -> Result<sled::Db> {
        // A snapshot the failed instance began is not finished.
        remove_half_written(&self.path);
        let mut waited = 0;
        let tree = loop {
            match open_sled(&self.path, &self.path) {
                // sled's threads let go of the log's lock a moment after.
                Err(StoreError::InUse(_)) if waited < 100 => {
                    waited += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(StoreError::OpenIo { source, .. }) if super::is_full(&source) => {
                    return Err(StoreError::Full { figures: None });
                }
                other => break other?,
            }
        };
        let saved = commits::recorded(&self.path).commits;
        if self.copy.is_none() && commits_of(&tree)? < saved {
            self.shared
                .broken
                .store(true, std::sync::atomic::Ordering::SeqCst);
            return Err(StoreError::Damaged(self.path.clone()));
        }
        Ok(tree)
    }
}

/// The directory's lock, or why not.
pub(super) fn take_lock(path: &Path) -> Result<DirLock> {
    DirLock::take(path).map_err(|refused| match refused {
        Refused::InUse => StoreError::InUse(path.to_path_buf()),
        Refused::Io(source) => StoreError::OpenIo {
            path: path.to_path_buf(),
            source,
        },
    })
}

/// Refuses a database that a newer sprout wrote.
fn check_schema(store: &SledStore) -> Result<()> {
    match store.tree()?.get(META_SCHEMA)? {
        Some(v) if v.first().copied().unwrap_or(0) > LAYOUT_VERSION => {
            Err(StoreError::NewerSchema {
                found: v[0],
                known: LAYOUT_VERSION,
            })
        }
        _ => Ok(()),
    }
}

/// Opens a copy of the database and does there all that opening it does,
/// then reads every record: the database is refused, untouched, if any of
/// that fails or the copy holds fewer commits than were saved.
fn check_a_copy(path: &Path, saved: u64) -> Result<()> {
    let damaged = || StoreError::Damaged(path.to_path_buf());
    let dir = tempfile::Builder::new()
        .prefix("sprout-check-")
        .tempdir()
        .map_err(|e| cannot_check(path, e))?;
    commits::copy_dir(path, dir.path()).map_err(|e| cannot_check(path, e))?;
    let tree = match open_sled(dir.path(), path) {
        Ok(tree) => tree,
        Err(StoreError::OpenIo { source, .. }) if super::is_full(&source) => {
            return Err(cannot_check(path, source));
        }
        Err(_) => return Err(damaged()),
    };
    let mut copy = SledStore::of(tree, dir.path());
    // Writes to the copy record nothing beside the real database.
    copy.copy = Some(Arc::new(dir));
    let checked = quietly(|| -> Result<()> {
        check_schema(&copy)?;
        if copy.commits()? < saved {
            return Err(damaged());
        }
        copy.move_rows_to_blocks()?;
        copy.roll_back()?;
        read_everything(&copy)
    });
    drop(copy);
    match checked {
        Some(Ok(())) => Ok(()),
        Some(Err(e @ StoreError::NewerSchema { .. })) => Err(e),
        Some(Err(StoreError::Full { .. })) => Err(cannot_check(
            path,
            std::io::Error::from(std::io::ErrorKind::StorageFull),
        )),
        // Anything else that fails in the copy is damage.
        Some(Err(_)) | None => Err(damaged()),
    }
}

fn cannot_check(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Open {
        path: path.to_path_buf(),
        msg: format!("it was not closed cleanly, and a copy to check it cannot be made: {e}"),
    }
}

/// Reads and decodes every record: ideas, rows, views and the word index.
fn read_everything(store: &SledStore) -> Result<()> {
    let tree = store.tree()?;
    for kv in tree.iter() {
        let (key, value) = kv?;
        match key.first() {
            Some(b'i') => drop(codec::decode_idea(&value)?),
            Some(b'R') => drop(super::rows::decode_block(&value)?),
            Some(b'w') => drop(codec::decode_ids(&value)?),
            _ => {}
        }
    }
    drop(store.views()?);
    Ok(())
}

/// Removes the snapshots sled did not finish writing.
///
/// sled 0.34.7 writes its snapshot (`snap.<lsn>`, a summary of the log
/// that saves reading all of it) only as it opens a database: to
/// `snap.<lsn>.generating`, synced, then renamed, and only after the rename
/// does it remove older snapshots. So a `.generating` file is one whose
/// rename never came: the snapshot before it is still there, and the log it
/// summarises is unchanged. But sled takes the file with the greatest name
/// as the snapshot, `.generating` or not, and refuses a database whose
/// chosen snapshot fails its checksum. Removing the file leaves sled
/// exactly where it was before it began writing it, and it writes the
/// snapshot again. This runs only with the directory's lock held, so the
/// file is never one that a running sprout is writing.
pub(super) fn remove_half_written(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Opens sled's files at `at` (which are the database `path`'s, or a copy
/// of them), turning sled's failures into errors about `path`.
pub(super) fn open_sled(at: &Path, path: &Path) -> Result<sled::Db> {
    let opened = quietly(|| {
        sled::Config::new()
            .path(at)
            .cache_capacity(64 * 1024 * 1024)
            .open()
    });
    match opened {
        Some(Ok(tree)) => Ok(tree),
        Some(Err(sled::Error::Io(source))) => Err(open_failed(source, at, path)),
        Some(Err(sled::Error::Corruption { .. })) | None => {
            Err(StoreError::Damaged(path.to_path_buf()))
        }
        Some(Err(other)) => Err(StoreError::Open {
            path: path.to_path_buf(),
            msg: other.to_string(),
        }),
    }
}

/// What an I/O failure of sled's open means. sled says its log is locked
/// only in the words of an `Other` error, so the lock itself is asked
/// (the words would decide nothing if they changed, or if a path had them).
fn open_failed(source: std::io::Error, at: &Path, path: &Path) -> StoreError {
    if super::lock::log_in_use(at) {
        StoreError::InUse(path.to_path_buf())
    } else {
        StoreError::OpenIo {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Runs `f`, which may panic on damaged files (sled does), without the
/// crash report a panic of sprout's own would give; `None` if it panicked.
pub(super) fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    result.ok()
}

impl SledStore {
    /// After a write failed part way: lets go of sled, so that it is opened
    /// again from its files (now, or at the next read if the disk is still
    /// full) and what this process reads is what is stored. If sled does
    /// not let go, the database is marked broken: nothing more is written.
    pub(super) fn reopen_after_failure(&self) {
        let mut slot = self.shared.tree.write().unwrap_or_else(|e| e.into_inner());
        let Some(old) = slot.take() else { return };
        if !let_go(old, LET_GO) {
            self.shared
                .broken
                .store(true, std::sync::atomic::Ordering::SeqCst);
            return;
        }
        if let Ok(tree) = self.reopen() {
            *slot = Some(tree);
        }
    }
}

impl SledStore {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path) -> Result<SledStore> {
        open(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locked_log_is_in_use_and_words_about_a_lock_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path();
        let log = commits::log_file(db);
        std::fs::write(&log, b"").unwrap();
        let words = || std::io::Error::other("could not acquire lock on \"db\": WouldBlock");
        assert!(
            matches!(open_failed(words(), db, db), StoreError::OpenIo { .. }),
            "nobody holds the log: the message's words decide nothing"
        );
        let held = std::fs::File::open(&log).unwrap();
        held.try_lock().unwrap();
        let other = std::io::Error::other("something else");
        assert!(matches!(open_failed(other, db, db), StoreError::InUse(_)));
    }
}
