//! A count of the commits made, kept in a small file beside sled's own.
//! sled recovers from a damaged log by quietly dropping what it cannot
//! read; if the database then holds fewer commits than this file says were
//! saved, changes were lost, and sprout refuses to carry on as if nothing
//! happened.

use std::path::Path;

const FILE: &str = "sprout-commits";

/// The count recorded beside the database (0 when there is none).
pub fn recorded(db: &Path) -> u64 {
    std::fs::read_to_string(db.join(FILE))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0)
}

/// Records the count after a flushed commit. Written to a temporary file and
/// renamed, so a crash leaves the old count or the new one; an older count
/// than the database holds is harmless.
pub fn record(db: &Path, count: u64) {
    let tmp = db.join(format!("{FILE}.tmp"));
    if std::fs::write(&tmp, format!("{count}\n")).is_ok() {
        let _ = std::fs::rename(&tmp, db.join(FILE));
    }
}
