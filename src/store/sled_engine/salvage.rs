//! `--salvage`: every idea that can still be read from a damaged database,
//! in a new database of its own, and a count of the ideas that could not.
//!
//! The damaged files are copied first and never opened where they are.
//! sled's files are then read without sled (see [`scan`]): every log
//! message that passes its checksum, replayed in the order it was written,
//! so damage loses only the messages it hit (sled's own recovery stops at
//! the first, and refuses a log cut short). sled is also tried, on fresh
//! copies of the copy: as they are, without its snapshot (sled reads the
//! whole log instead), without its `conf` (sled writes its defaults, which
//! are sprout's), and without both. From the one that reads most, each
//! idea is read on its own, so one bad record loses only itself; where the
//! scan found an idea too, the scan's version is kept. Which ideas there
//! were is known from the row blocks, the row snapshot file (`sprout-rows`,
//! which has its own checksums) and the next id; an idea known there that
//! cannot be read is counted as lost. Whatever is found goes into a new
//! database in a temporary directory, which the command then reads as
//! usual and which is removed at the end. Only a failure of the machine
//! (no room for the copy) makes a salvage fail; damage never does.

mod replay;
mod scan;
mod sled_log;

pub use super::salvaged::Salvaged;

use super::blocks::decode_block;
use super::handle::SledStore as Store;
use super::keys::{META_NEXT_ID, idea_key};
use super::sled_open::{open_sled, quietly, take_lock};
use super::{codec, commits, snapshot};
use crate::domain::{Idea, View};
use crate::store::{Result, StoreError, is_full};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// Ids beyond the highest known one that are still tried one by one, in
/// case the next id itself was damaged.
const PAST_KNOWN: u64 = 4096;

impl Store {
    /// Opens a database even though it is damaged, to export what can
    /// still be read: a new database in a temporary directory, holding
    /// every idea that could be read from a copy of it.
    pub fn open_damaged(path: &Path) -> Result<Store> {
        open(path)
    }
}

pub(super) fn open(path: &Path) -> Result<Store> {
    let refuse = |msg: &str| StoreError::Open {
        path: path.to_path_buf(),
        msg: msg.into(),
    };
    if !path.exists() {
        return Err(refuse(&crate::tr!("err-store-no-database")));
    }
    if !path.is_dir() {
        return Err(refuse(&crate::tr!("err-store-a-file")));
    }
    let machine = |e: std::io::Error| StoreError::Open {
        path: path.to_path_buf(),
        msg: crate::tr!(
            "err-store-cannot-copy",
            problem = &crate::i18n::io_reason(&e)
        ),
    };
    let pristine = tempfile::Builder::new()
        .prefix("sprout-salvage-")
        .tempdir()
        .map_err(machine)?;
    {
        let _lock = take_lock(path)?;
        copy_readable(path, pristine.path()).map_err(machine)?;
    }
    let found = read_damaged(pristine.path(), path).map_err(machine)?;
    drop(pristine);

    let rescued = tempfile::Builder::new()
        .prefix("sprout-salvage-")
        .tempdir()
        .map_err(machine)?;
    let at = rescued.path().join("db");
    let mut store = Store::of(open_sled(&at, path)?, &at);
    store.copy = Some(Arc::new(rescued));
    let mut writes = store.begin()?;
    let read = found.ideas.len();
    for (_, idea) in found.ideas {
        writes.put(idea, None);
    }
    for view in found.views {
        writes.save_view(None, view);
    }
    store.commit_large(writes)?;
    store.salvaged = Some(Salvaged {
        read,
        unreadable: found.known.len(),
    });
    Ok(store)
}

/// Copies what can be read of a directory; a file that cannot be read is
/// left out (it is damage, and its ideas are counted as lost).
fn copy_readable(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)?.flatten() {
        let name = entry.file_name();
        if name.to_string_lossy().ends_with(".generating") {
            continue;
        }
        let target = to.join(&name);
        match entry.file_type() {
            Ok(t) if t.is_dir() => copy_readable(&entry.path(), &target)?,
            Ok(_) => match std::fs::copy(entry.path(), &target) {
                Ok(_) => {}
                Err(e) if is_full(&e) => return Err(e),
                Err(_) => {}
            },
            Err(_) => {}
        }
    }
    Ok(())
}

/// What could be read of a damaged database.
struct Found {
    ideas: BTreeMap<u64, Idea>,
    views: Vec<View>,
    /// Ids known to exist that could not be read.
    known: BTreeSet<u64>,
}

/// Reads a damaged copy, trying sled with less of its own files each time.
fn read_damaged(pristine: &Path, path: &Path) -> std::io::Result<Found> {
    let mut known: BTreeSet<u64> = snapshot::ids_in_file(pristine).into_iter().collect();
    // sled's files read without sled: what is left of a log sled refuses,
    // or the part of it beyond where sled's recovery stops.
    let raw = scan::scan(pristine);
    known.extend(&raw.known);
    let without: [&[&str]; 4] = [&[], &["snap."], &["conf"], &["snap.", "conf"]];
    let mut found = Found {
        ideas: BTreeMap::new(),
        views: Vec::new(),
        known: BTreeSet::new(),
    };
    for leave_out in without {
        let work = tempfile::Builder::new()
            .prefix("sprout-salvage-")
            .tempdir()?;
        commits::copy_dir(pristine, work.path())?;
        for e in std::fs::read_dir(work.path())?.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if leave_out.iter().any(|p| name.starts_with(p)) {
                std::fs::remove_file(e.path())?;
            }
        }
        let Some(Ok(tree)) = quietly(|| open_sled(work.path(), path)) else {
            continue;
        };
        let mut store = Store::of(tree, work.path());
        store.copy = Some(Arc::new(work));
        // Each way can read a different part: keep the one that read most.
        if let Some(read) = quietly(|| read_all(&store, &mut known))
            && read.ideas.len() > found.ideas.len()
        {
            found = read;
        }
    }
    // Where both have an idea, the scan's is kept: it is the last version
    // written of what the files still hold, while sled's recovery stops at
    // the first damage and gives the version from before it.
    found.ideas.extend(raw.ideas);
    if raw.views.len() > found.views.len() {
        found.views = raw.views;
    }
    found.known = known
        .into_iter()
        .filter(|id| !found.ideas.contains_key(id))
        .collect();
    Ok(found)
}

/// Every idea and view that can be read from an open damaged copy; adds to
/// `known` the ids it learns of.
fn read_all(store: &Store, known: &mut BTreeSet<u64>) -> Found {
    let mut ideas = BTreeMap::new();
    let Ok(tree) = store.tree() else {
        return Found {
            ideas,
            views: Vec::new(),
            known: BTreeSet::new(),
        };
    };
    // Which ideas there were: the row blocks, as far as they read.
    for v in tree.scan_prefix([b'R']).values() {
        match v.map(|v| decode_block(&v)) {
            Ok(Ok(rows)) => known.extend(rows.iter().map(|r| r.id)),
            Ok(Err(_)) => {}
            Err(_) => break,
        }
    }
    // The records in one scan, as far as it goes; then one by one.
    for kv in tree.scan_prefix([b'i']) {
        let Ok((key, value)) = kv else { break };
        let Ok(id) = <[u8; 8]>::try_from(&key[1..]).map(u64::from_be_bytes) else {
            continue;
        };
        known.insert(id);
        if let Ok((idea, _)) = codec::take_idea(&value) {
            ideas.insert(id, Idea { id, ..idea });
        }
    }
    let last = known
        .last()
        .copied()
        .unwrap_or(0)
        .saturating_add(PAST_KNOWN);
    // Below the next id, an id that cannot be read was there (or removed
    // by an undo); past the known ones without it, it may never have been.
    let next = match tree.get(META_NEXT_ID) {
        Ok(Some(v)) => <[u8; 8]>::try_from(v.as_ref()).ok().map(u64::from_be_bytes),
        _ => None,
    };
    let mut ids: BTreeSet<u64> = known.iter().copied().collect();
    ids.extend(1..next.unwrap_or(last).min(last));
    for id in ids {
        if ideas.contains_key(&id) {
            continue;
        }
        match tree.get(idea_key(b'i', id)) {
            Ok(Some(value)) => match codec::take_idea(&value) {
                Ok((idea, _)) => {
                    ideas.insert(id, Idea { id, ..idea });
                }
                Err(_) => {
                    known.insert(id);
                }
            },
            // Never there, or removed by an undo.
            Ok(None) => {}
            Err(_) if next.is_some() || known.contains(&id) => {
                known.insert(id);
            }
            Err(_) => {}
        }
    }
    Found {
        ideas,
        views: store.readable_views(),
        known: BTreeSet::new(),
    }
}
