//! What can go wrong with the database, as types the command line and the
//! UI can tell apart (a full disk, a directory that cannot be written, a
//! damaged database), each with a message saying what to do.

use std::path::{Path, PathBuf};

/// What can go wrong with the database. Failures of the disk are typed by
/// their kind (a full disk, a directory that cannot be written), not by
/// their text, so the command line can say what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", crate::tr!("err-db-in-use", path = &.0.display().to_string(), holder = ""))]
    InUse(PathBuf),
    /// The database, or a record in it, was written by a newer sprout:
    /// `found` is its schema, `known` the newest this one reads.
    #[error("{}", crate::tr!("err-db-newer-schema", found = u32::from(*found), known = u32::from(*known)))]
    NewerSchema { found: u8, known: u8 },
    #[error("{}", crate::tr!("err-db-open", path = &path.display().to_string(), problem = msg))]
    Open { path: PathBuf, msg: String },
    /// The database's directory or files could not be read or written.
    #[error("{}", open_io_message(path, source))]
    OpenIo {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "database {} is damaged: it has lost changes it had saved; restore your last export (sprout --db NEW import backup.json), or save what can still be read with: sprout --db {} --salvage export -o rescue.json",
        .0.display(),
        .0.display()
    )]
    Damaged(PathBuf),
    /// A record could not be read back: the database is damaged.
    #[error(
        "the database is damaged: a record in it cannot be read; save what can still be read with `sprout --salvage export -o rescue.json`"
    )]
    Unreadable,
    /// The disk has no room for a change: nothing of it was written.
    /// `figures` is (bytes needed, bytes free) when sprout looked first.
    #[error("{}", full_message(*figures))]
    Full { figures: Option<(u64, u64)> },
    /// A write failed part way and the database could not be opened again
    /// in this process (nothing saved before it is lost).
    #[error(
        "a write to the database failed part way and sprout could not open it again; quit and start sprout again (everything saved before is kept)"
    )]
    Broken,
    /// Another failure of the disk, by kind.
    #[error("input/output error: {0}")]
    Io(std::io::Error),
    #[error("database error: {0}")]
    Db(String),
    /// The connection to the database server was lost (it went away or
    /// restarted); a change it was making is not saved.
    #[error("{}", crate::tr!("err-db-lost", problem = .0))]
    Lost(String),
    /// The database's server lets this role read but not change: nothing
    /// of the change was written.
    #[error("{}", crate::tr!("err-db-read-only", role = role))]
    ReadOnly { role: String },
    #[error(
        "damaged record in the database ({0}); run `sprout export` to save what can still be read"
    )]
    Codec(String),
    /// Someone changed an idea after the change to it was based on it:
    /// nothing of the batch was written.
    #[error("{0}")]
    Conflict(Box<super::Conflict>),
    /// Someone stored this version of the rubric first: nothing of the
    /// batch was written.
    #[error(
        "someone else changed the rubric meanwhile (version {0} is theirs): nothing was saved; see `sprout rubric` and try again"
    )]
    RubricTaken(u32),
    /// Someone changed the declared conflicts of interest between their
    /// read and this commit: nothing of the batch was written.
    #[error(
        "someone else changed the conflicts of interest meanwhile: nothing was saved; see `sprout conflicts` and try again"
    )]
    ConflictsChanged,
    /// A PostgreSQL database of an older schema, which its owner has not
    /// yet opened with this sprout: it has no table for `what`.
    #[error(
        "this database was made by an older sprout and has no place for {what} yet; its owner must run a sprout command on it once (e.g. `sprout --db URL stats`) to add it"
    )]
    OlderSchema { what: &'static str },
}

/// Whether an error of the disk means it is full.
pub fn is_full(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{FileTooLarge, QuotaExceeded, StorageFull};
    matches!(e.kind(), StorageFull | QuotaExceeded | FileTooLarge)
}

fn full_message(figures: Option<(u64, u64)>) -> String {
    let mb = |b: u64| format!("{:.1} MB", b as f64 / 1e6);
    match figures {
        Some((needed, free)) => format!(
            "the disk is full: this change needs {} free and there is {}; nothing of it was saved. Free some space and try again",
            mb(needed),
            mb(free)
        ),
        None => "the disk is full: nothing of this change was saved. Free some space and try again"
            .into(),
    }
}

fn open_io_message(path: &Path, e: &std::io::Error) -> String {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    let what = format!("cannot open database {}", path.display());
    if is_full(e) {
        format!(
            "{what}: the disk is full (sprout writes a little as it opens a database); free some space and try again"
        )
    } else if matches!(e.kind(), PermissionDenied | ReadOnlyFilesystem) {
        format!(
            "{what}: {e}; sprout needs to write to the database directory (check its permissions, or copy it somewhere writable)"
        )
    } else {
        format!("{what}: {e}")
    }
}

/// What the store's operations return.
pub type Result<T> = std::result::Result<T, StoreError>;
