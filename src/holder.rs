//! Who holds a database. sled's lock only says that some process has it;
//! the process that got it also writes a small file beside it naming
//! itself (its id, what it is, since when), so that a second sprout that is
//! refused can say by whom: `in use by another sprout process (pid 4711,
//! the terminal UI, since 10:31)`.
//!
//! The file is a courtesy, never trusted for the lock itself: it is written
//! after the lock is taken, left behind when the process ends, and read only
//! when sled has already refused; a file naming a process that no longer
//! runs says nothing.

use std::path::Path;
use std::sync::OnceLock;

const FILE: &str = "sprout-holder";

static ROLE: OnceLock<String> = OnceLock::new();

/// Says what this process is, for the holder file: `the terminal UI`,
/// `` `sprout import` ``. Set once, before the database is opened.
pub fn set_role(role: &str) {
    let _ = ROLE.set(role.to_string());
}

/// Records this process as the holder of the database at `db`. The store
/// calls it once it holds the lock. Best effort: a database whose holder
/// cannot be recorded works the same.
pub fn claim(db: &Path) {
    let since = chrono::Utc::now().timestamp();
    let role = ROLE.get().map_or("", String::as_str);
    let text = format!("{}\t{since}\t{role}\n", std::process::id());
    let tmp = db.join(format!("{FILE}.tmp"));
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, db.join(FILE));
    }
}

/// The holder of the database at `db` as the file names it, while that
/// process still runs: `pid 4711, the terminal UI, since 10:31`.
pub fn describe(db: &Path) -> Option<String> {
    let text = std::fs::read_to_string(db.join(FILE)).ok()?;
    let mut parts = text.trim_end_matches('\n').splitn(3, '\t');
    let pid: i32 = parts.next()?.parse().ok()?;
    let since: i64 = parts.next()?.parse().ok()?;
    let role = crate::domain::text::clean_line(parts.next().unwrap_or(""));
    if !running(pid) {
        return None;
    }
    let mut out = format!("pid {pid}");
    if !role.is_empty() {
        out.push_str(", ");
        out.push_str(&role);
    }
    if let Some(at) = chrono::DateTime::from_timestamp(since, 0) {
        let local = at.with_timezone(&chrono::Local);
        let today = chrono::Local::now().date_naive();
        // chrono names months only in English: Russian writes the day.
        let day = match crate::i18n::language() {
            crate::i18n::Lang::Ru => "%d.%m %H:%M",
            crate::i18n::Lang::En => "%-d %b %H:%M",
        };
        let when = if local.date_naive() == today {
            local.format("%H:%M")
        } else {
            local.format(day)
        };
        out.push_str(&crate::tr!("err-db-held-since", when = &when.to_string()));
    }
    Some(out)
}

/// Whether a process with this id exists (signal 0 checks without sending).
fn running(pid: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 only asks whether the process exists.
    let alive = unsafe { libc::kill(pid, 0) } == 0;
    alive || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_running_holder_is_named_and_a_gone_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(describe(dir.path()), None, "no file, nothing to say");
        set_role("`sprout import`");
        claim(dir.path());
        let said = describe(dir.path()).unwrap();
        assert!(
            said.starts_with(&format!(
                "pid {}, `sprout import`, since ",
                std::process::id()
            )),
            "{said}"
        );
        // A process id beyond the kernel's limit never runs.
        std::fs::write(dir.path().join(FILE), "999999999\t0\tthe terminal UI\n").unwrap();
        assert_eq!(describe(dir.path()), None);
        std::fs::write(dir.path().join(FILE), "garbage").unwrap();
        assert_eq!(describe(dir.path()), None);
    }
}
