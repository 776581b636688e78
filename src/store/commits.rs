//! What sprout knows about its database between runs, kept in a small file
//! beside sled's own: how many commits were saved, and the size and time
//! of sled's log when sprout last closed it cleanly.
//!
//! sled recovers from a damaged log by quietly dropping what it cannot read,
//! and rewrites the log as it opens it. So when the log is not as sprout
//! left it (a crash, or damage), sprout first opens a copy: if the copy
//! holds fewer commits than were saved, the database is refused and the
//! damaged files are left exactly as they were.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

const FILE: &str = "sprout-commits";

/// The log's size and modification time, in nanoseconds.
pub type Stamp = (u64, u128);

/// What the file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Record {
    pub commits: u64,
    /// The log as a clean close left it; `None` after a commit (until the
    /// next clean close).
    pub closed: Option<Stamp>,
}

pub fn log_file(db: &Path) -> PathBuf {
    db.join("db")
}

/// The log's stamp now, if it exists.
pub fn stamp(db: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(log_file(db)).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(UNIX_EPOCH)
        .ok()?
        .as_nanos();
    Some((meta.len(), modified))
}

/// The record beside the database (all zero when there is none).
pub fn recorded(db: &Path) -> Record {
    let text = std::fs::read_to_string(db.join(FILE)).unwrap_or_default();
    let mut parts = text.split_whitespace().map(|p| p.parse::<u128>().ok());
    let commits = parts.next().flatten().unwrap_or(0) as u64;
    let closed = match (parts.next().flatten(), parts.next().flatten()) {
        (Some(len), Some(time)) => Some((len as u64, time)),
        _ => None,
    };
    Record { commits, closed }
}

/// Writes the record: to a temporary file, then renamed, so a crash leaves
/// the old record or the new one.
pub fn write(db: &Path, record: Record) {
    let text = match record.closed {
        Some((len, time)) => format!("{} {len} {time}\n", record.commits),
        None => format!("{}\n", record.commits),
    };
    let tmp = db.join(format!("{FILE}.tmp"));
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, db.join(FILE));
    }
}

/// Copies a database directory (sled's files only) into `to`.
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Whether another process holds the database (sled locks its log).
pub fn in_use(db: &Path) -> bool {
    match std::fs::File::open(log_file(db)) {
        Ok(f) => matches!(f.try_lock(), Err(std::fs::TryLockError::WouldBlock)),
        Err(_) => false,
    }
}
