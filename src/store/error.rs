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
    #[error("{}", crate::tr!("err-store-damaged", path = &.0.display().to_string()))]
    Damaged(PathBuf),
    /// A record could not be read back: the database is damaged.
    #[error("{}", crate::tr!("err-store-unreadable"))]
    Unreadable,
    /// The disk has no room for a change: nothing of it was written.
    /// `figures` is (bytes needed, bytes free) when sprout looked first.
    #[error("{}", full_message(*figures))]
    Full { figures: Option<(u64, u64)> },
    /// A write failed part way and the database could not be opened again
    /// in this process (nothing saved before it is lost).
    #[error("{}", crate::tr!("err-store-broken"))]
    Broken,
    /// Another failure of the disk, by kind.
    #[error("{}", crate::tr!("err-store-io", problem = &crate::i18n::io_reason(.0)))]
    Io(std::io::Error),
    #[error("{}", crate::tr!("err-store-db", problem = .0))]
    Db(String),
    /// The connection to the database server was lost (it went away or
    /// restarted); a change it was making is not saved.
    #[error("{}", crate::tr!("err-db-lost", problem = .0))]
    Lost(String),
    /// The database's server lets this role read but not change: nothing
    /// of the change was written.
    #[error("{}", crate::tr!("err-db-read-only", role = role))]
    ReadOnly { role: String },
    #[error("{}", crate::tr!("err-store-codec", problem = .0))]
    Codec(String),
    /// Someone changed an idea after the change to it was based on it:
    /// nothing of the batch was written.
    #[error("{0}")]
    Conflict(Box<super::Conflict>),
    /// Someone stored this version of the rubric first: nothing of the
    /// batch was written.
    #[error("{}", crate::tr!("err-store-rubric-taken", version = &.0.to_string()))]
    RubricTaken(u32),
    /// Someone changed the declared conflicts of interest between their
    /// read and this commit: nothing of the batch was written.
    #[error("{}", crate::tr!("err-store-conflicts-changed"))]
    ConflictsChanged,
    /// A PostgreSQL database of an older schema, which its owner has not
    /// yet opened with this sprout: it has no table for `what`.
    #[error("{}", crate::tr!("err-store-older-schema", what = &schema_part(what)))]
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
        Some((needed, free)) => crate::tr!(
            "err-store-full-figures",
            needed = &mb(needed),
            free = &mb(free)
        ),
        None => crate::tr!("err-store-full"),
    }
}

/// The part of a schema an older PostgreSQL database lacks, in words
/// (the store names it in English, for logs).
fn schema_part(what: &str) -> String {
    match what {
        "a rubric" => crate::tr!("err-store-what-rubric"),
        "a reason for decisions" => crate::tr!("err-store-what-reason"),
        "the panel's settings" => crate::tr!("err-store-what-panel"),
        other => other.to_string(),
    }
}

fn open_io_message(path: &Path, e: &std::io::Error) -> String {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    let what = crate::tr!("err-store-cannot-open", path = &path.display().to_string());
    let problem = crate::i18n::io_reason(e);
    if is_full(e) {
        crate::tr!("err-store-open-full", what = &what)
    } else if matches!(e.kind(), PermissionDenied | ReadOnlyFilesystem) {
        crate::tr!("err-store-open-denied", what = &what, problem = &problem)
    } else {
        crate::tr!("err-store-open-other", what = &what, problem = &problem)
    }
}

/// What the store's operations return.
pub type Result<T> = std::result::Result<T, StoreError>;
