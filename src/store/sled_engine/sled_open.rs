//! Opening sled's own files, wherever they are (the database, or a copy of
//! it), with sled's failures turned into the store's errors about the
//! database, and taking the directory's lock: what opening, reopening and
//! salvaging share.

use super::lock::{self, DirLock, Refused};
use crate::store::{Result, StoreError};
use std::path::Path;

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
            // Every write sprout makes is flushed before it returns (see
            // `commit.rs`, `snapshot.rs`), so sled's own flusher thread has
            // nothing to do but wake an idle UI twice a second.
            .flush_every_ms(None)
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
    if lock::log_in_use(at) {
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

#[cfg(test)]
mod tests {
    use super::super::commits;
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
