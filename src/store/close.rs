//! Closing a database cleanly: flushing sled, bringing the row snapshot
//! file up to date, and recording the log as it was left so that the next
//! open can see it is unchanged (see [`super::commits`]).

use super::{META_COMMITS, commits, snapshot};
use std::path::PathBuf;

/// Runs when the last handle on a database goes: closes sled and records
/// the log as it was left, so the next open can see it is unchanged.
pub(super) struct Closer {
    path: PathBuf,
    tree: std::sync::Mutex<Option<sled::Db>>,
}

impl Drop for Closer {
    fn drop(&mut self) {
        self.close(true);
    }
}

impl Closer {
    pub(super) fn new(path: PathBuf, tree: sled::Db) -> Closer {
        Closer {
            path,
            tree: std::sync::Mutex::new(Some(tree)),
        }
    }

    /// Flushes sled and records the clean close (once); `refresh` also
    /// brings the row snapshot file up to date.
    fn close(&self, refresh: bool) {
        let taken = self.tree.lock().unwrap_or_else(|e| e.into_inner()).take();
        let Some(tree) = taken else { return };
        if tree.flush().is_err() {
            return;
        }
        if refresh {
            // A failure leaves the old file, which counts or is ignored.
            let _ = snapshot::refresh(&tree, &self.path);
        }
        let commits = tree
            .get(META_COMMITS)
            .ok()
            .flatten()
            .and_then(|v| v.as_ref().try_into().ok())
            .map_or(0, u64::from_be_bytes);
        // sled writes its last pages when its final handle is dropped.
        drop(tree);
        commits::write(
            &self.path,
            commits::Record {
                commits,
                closed: commits::stamp(&self.path),
            },
        );
    }
}

/// Closes a database cleanly from another thread just before the process
/// ends without unwinding (see [`Store::close_handle`]).
pub struct CloseHandle(std::sync::Weak<Closer>);

impl CloseHandle {
    pub(super) fn of(closer: Option<&std::sync::Arc<Closer>>) -> CloseHandle {
        CloseHandle(closer.map_or_else(std::sync::Weak::new, std::sync::Arc::downgrade))
    }

    /// Flushes the database and records the clean close, so the next open
    /// need not check it. Only for a process about to exit: nothing may
    /// write to the database after this.
    pub fn close_now(&self) {
        if let Some(closer) = self.0.upgrade() {
            closer.close(false);
        }
    }
}
