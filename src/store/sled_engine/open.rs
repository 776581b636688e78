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
//! 3. half-written snapshots are removed (see `sled_open.rs`);
//! 4. only then does sled open the real files.

use super::blocks::decode_block;
use super::close::Closer;
use super::handle::SledStore;
use super::keys::{LAYOUT_VERSION, META_SCHEMA, META_VIEWS};
use super::sled_open::{open_sled, quietly, remove_half_written, take_lock};
use super::{codec, commits};
use crate::domain::View;
use crate::store::{Result, StoreError, is_full};
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
            msg: crate::tr!("err-store-a-file"),
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
    store.give_rows_their_reviews()?;
    store.give_rows_their_reasons()?;
    store.give_rows_their_reviewers()?;
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
        Err(StoreError::OpenIo { source, .. }) if is_full(&source) => {
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
        msg: crate::tr!(
            "err-store-not-closed-cleanly",
            problem = &crate::i18n::io_reason(&e)
        ),
    }
}

/// Reads and decodes every record: ideas, rows, views and the word index.
fn read_everything(store: &SledStore) -> Result<()> {
    let tree = store.tree()?;
    for kv in tree.iter() {
        let (key, value) = kv?;
        match key.first() {
            Some(b'i') => drop(codec::decode_idea(&value)?),
            Some(b'R') => drop(decode_block(&value)?),
            Some(b'w') => drop(codec::decode_ids(&value)?),
            _ => {}
        }
    }
    drop(store.views()?);
    Ok(())
}

impl SledStore {
    /// Opens (or creates) the database at `path`.
    pub fn open(path: &Path) -> Result<SledStore> {
        open(path)
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

    /// Gives a database that never had views the default ones (once: a
    /// database whose views were all deleted keeps none).
    fn seed_views(&self) -> Result<()> {
        if self.tree()?.get(META_VIEWS)?.is_some() {
            return Ok(());
        }
        let mut writes = self.begin()?;
        for v in View::defaults() {
            if self.view(&v.name)?.is_none() {
                writes.save_view(None, v);
            }
        }
        writes.views_seeded = true;
        self.commit(writes)
    }
}
