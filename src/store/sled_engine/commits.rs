//! What sprout knows about its database between runs, kept in a small file
//! beside sled's own: how many commits were saved, and the size and time
//! of every file of sled's (`conf`, `db`, the snapshot, the blobs) when
//! sprout last closed it cleanly.
//!
//! sled recovers from a damaged log by quietly dropping what it cannot read,
//! and rewrites its files as it opens them. So when any of them is not as
//! sprout left it (a crash, or damage), sprout first opens and reads a copy:
//! if the copy holds fewer commits than were saved, or any record in it
//! cannot be read, the database is refused and the damaged files are left
//! exactly as they were.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

const FILE: &str = "sprout-commits";

/// One file's name (under the database directory), size and modification
/// time in nanoseconds.
pub type Stamp = (String, u64, u128);

/// What the file says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    pub commits: u64,
    /// sled's files as a clean close left them; `None` after a commit
    /// (until the next clean close).
    pub closed: Option<Vec<Stamp>>,
    /// The first format, which stamped only the log.
    pub legacy: bool,
}

pub fn log_file(db: &Path) -> PathBuf {
    db.join("db")
}

/// Whether a file of the directory is sled's: sprout's own files check
/// themselves, and a half-written snapshot is never read (see
/// [`super::open`]).
fn is_sleds(name: &str) -> bool {
    matches!(name, "conf" | "db") || (name.starts_with("snap.") && !name.ends_with(".generating"))
}

/// sled's files as they are now, in name order.
pub fn stamps(db: &Path) -> Vec<Stamp> {
    let mut out = Vec::new();
    let mut add = |dir: &Path, prefix: &str, all: bool| {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let Ok(meta) = e.metadata() else { continue };
            if !meta.is_file() || !(all || is_sleds(&name)) {
                continue;
            }
            let time = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            out.push((format!("{prefix}{name}"), meta.len(), time));
        }
    };
    add(db, "", false);
    add(&db.join("blobs"), "blobs/", true);
    out.sort();
    out
}

/// The record beside the database (all zero when there is none).
pub fn recorded(db: &Path) -> Record {
    let Ok(text) = std::fs::read_to_string(db.join(FILE)) else {
        return Record::default();
    };
    parse(&text).unwrap_or_default()
}

/// Line one: the commits, and (in the first format) the log's size and
/// time; then one line per file: size, time, name.
fn parse(text: &str) -> Option<Record> {
    let mut lines = text.lines();
    let mut first = lines.next()?.split_whitespace();
    let commits = first.next()?.parse().ok()?;
    let mut closed = match (first.next(), first.next()) {
        (Some(len), Some(time)) => Some(vec![(
            "db".to_string(),
            len.parse().ok()?,
            time.parse().ok()?,
        )]),
        (None, _) => None,
        _ => return None,
    };
    let legacy = closed.is_some();
    for line in lines {
        let mut parts = line.splitn(3, ' ');
        let len = parts.next()?.parse().ok()?;
        let time = parts.next()?.parse().ok()?;
        let name = parts.next()?.to_string();
        closed.get_or_insert_with(Vec::new).push((name, len, time));
    }
    Some(Record {
        commits,
        legacy: legacy && closed.as_ref().is_some_and(|c| c.len() == 1),
        closed,
    })
}

/// Whether sled's files are as the record says a clean close left them. A
/// record of the first format names only the log.
pub fn unchanged(db: &Path, record: &Record) -> bool {
    let Some(closed) = &record.closed else {
        return false;
    };
    let now = stamps(db);
    if record.legacy {
        now.iter().find(|s| s.0 == "db") == closed.first()
    } else {
        &now == closed
    }
}

/// Writes the record: to a temporary file, then renamed, so a crash leaves
/// the old record or the new one.
pub fn write(db: &Path, commits: u64, closed: Option<&[Stamp]>) {
    let mut text = format!("{commits}\n");
    for (name, len, time) in closed.unwrap_or_default() {
        text.push_str(&format!("{len} {time} {name}\n"));
    }
    let tmp = db.join(format!("{FILE}.tmp"));
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, db.join(FILE));
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Copies a database directory into `to`, leaving out half-written
/// snapshots (sled would read one as if it were whole).
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().ends_with(".generating") {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_of_both_formats_are_read() {
        let old = parse("12 4096 1700000000123456789\n").unwrap();
        assert_eq!(old.commits, 12);
        assert_eq!(
            old.closed,
            Some(vec![("db".into(), 4096, 1_700_000_000_123_456_789)])
        );
        let new = parse("3\n62 10 conf\n4096 11 db\n300 12 blobs/77 a\n").unwrap();
        assert_eq!(new.commits, 3);
        assert_eq!(new.closed.as_ref().unwrap().len(), 3);
        assert_eq!(new.closed.unwrap()[2].0, "blobs/77 a");
        assert!(old.legacy && !new.legacy);
        assert_eq!(parse("5\n").unwrap().closed, None);
        assert!(parse("x\n").is_none());
        assert!(parse("5\n12 x db\n").is_none());
    }
}
