//! Letting go of a sled instance: closing a database cleanly (flushing
//! sled, bringing the row snapshot file up to date, and recording its files
//! as they were left, so that the next open can see they are unchanged, see
//! [`super::commits`]), and letting go of it after a write failed (it is
//! opened again by `SledStore::reopen`, in `handle.rs`).
//!
//! Neither may wait for sled for ever: once a write has failed for lack of
//! space, sled 0.34.7 can wait for ever in any flush, the one in its own
//! `Drop` too (see [`super::space`]). So after a failure sled is dropped on
//! a thread of its own, waited for a few seconds at most, and the clean
//! close is not recorded: the next open checks the database first.

use super::keys::commits_of;
use super::shared::Shared;
use super::{commits, snapshot};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

/// How long a failed sled instance may take to let go.
pub(super) const LET_GO: Duration = Duration::from_secs(3);
/// How long a sound one may take, which has nothing left to write.
const LET_GO_CLEAN: Duration = Duration::from_secs(60);

/// Runs when the last handle on a database goes: closes sled and records
/// the files as they were left, so the next open can see they are unchanged.
pub(super) struct Closer {
    path: PathBuf,
    shared: Arc<Shared>,
}

impl Drop for Closer {
    fn drop(&mut self) {
        self.close(true);
    }
}

impl Closer {
    pub(super) fn new(path: PathBuf, shared: Arc<Shared>) -> Closer {
        Closer { path, shared }
    }

    /// Flushes sled and records the clean close (once); `refresh` also
    /// brings the row snapshot file up to date.
    fn close(&self, refresh: bool) {
        let taken = {
            let mut slot = self.shared.tree.write().unwrap_or_else(|e| e.into_inner());
            self.shared.closed.store(true, Ordering::SeqCst);
            slot.take()
        };
        let Some(tree) = taken else { return };
        if self.shared.broken.load(Ordering::SeqCst) || tree.flush().is_err() {
            let_go(tree, LET_GO);
            return;
        }
        if refresh {
            // A failure leaves the old file, which counts or is ignored.
            let _ = snapshot::refresh(&tree, &self.path);
        }
        let commits = commits_of(&tree).unwrap_or(0);
        // sled writes its last pages when its final handle is dropped.
        if !let_go(tree, LET_GO_CLEAN) {
            return;
        }
        commits::write(&self.path, commits, Some(&commits::stamps(&self.path)));
    }
}

/// Drops a sled instance on a thread of its own; whether it let go within
/// `limit` (if not, the thread is left waiting, and ends with the process).
pub(super) fn let_go(tree: sled::Db, limit: Duration) -> bool {
    let (done, wait) = std::sync::mpsc::channel();
    let dropping = std::thread::Builder::new()
        .name("sled-close".into())
        .spawn(move || {
            drop(tree);
            let _ = done.send(());
        });
    dropping.is_ok() && wait.recv_timeout(limit).is_ok()
}

/// A handle that records the clean close of the database `closer` closes,
/// from another thread, without keeping it open (see
/// [`crate::store::CloseHandle`]).
pub(super) fn close_handle(closer: Option<&Arc<Closer>>) -> crate::store::CloseHandle {
    let Some(closer) = closer else {
        return crate::store::CloseHandle::none();
    };
    let closer = Arc::downgrade(closer);
    crate::store::CloseHandle::new(move || {
        if let Some(closer) = closer.upgrade() {
            closer.close(false);
        }
    })
}
