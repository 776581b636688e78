//! A handle on an open sled database: the sled instance its handles
//! share, and what every part of the engine needs of it: the tree (opened
//! again after a failed write let go of it), one idea, the next id, the
//! summary-word index, and the lock that puts one batch at a time. The
//! commit path is in `commit.rs`; opening, in `open.rs`.

use super::close::{self, Closer, LET_GO, let_go};
use super::keys::{META_NEXT_ID, commits_of, idea_key};
use super::lock::DirLock;
use super::salvaged::Salvaged;
use super::shared::Shared;
use super::sled_open::{open_sled, remove_half_written};
use super::{codec, commits, words};
use crate::domain::Idea;
use crate::store::{CloseHandle, Result, StoreError, Versioned, Writes, is_full};
use std::path::{Path, PathBuf};

/// An open sled database.
#[derive(Clone)]
pub struct SledStore {
    pub(super) shared: std::sync::Arc<Shared>,
    pub(super) path: PathBuf,
    /// Records the clean close when the last handle goes.
    pub(super) closer: Option<std::sync::Arc<Closer>>,
    /// A salvaged database is a copy, removed with the last handle.
    pub(super) copy: Option<std::sync::Arc<tempfile::TempDir>>,
    /// What a salvage could not read (see `salvage.rs`).
    pub(super) salvaged: Option<Salvaged>,
    /// Held until the last handle goes: no other process opens the
    /// database meanwhile (see `lock.rs`).
    pub(super) _lock: Option<std::sync::Arc<DirLock>>,
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
                Err(StoreError::OpenIo { source, .. }) if is_full(&source) => {
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

    /// How many commits the database holds.
    pub(super) fn commits(&self) -> Result<u64> {
        Ok(commits_of(&self.tree()?)?)
    }

    /// For a salvaged database: how many ideas were read, and how many
    /// known ideas could not be.
    pub fn salvaged(&self) -> Option<Salvaged> {
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

    /// Held while a batch is checked and written (see [`Shared::writing`]).
    pub(super) fn writing(&self) -> std::sync::MutexGuard<'_, ()> {
        self.shared
            .writing
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }
}

/// The idea stored under `id`, and its version.
pub(super) fn stored_idea(tree: &sled::Db, id: u64) -> Result<Option<Versioned>> {
    match tree.get(idea_key(b'i', id))? {
        Some(bytes) => codec::decode_idea(&bytes).map(Some),
        None => Ok(None),
    }
}
