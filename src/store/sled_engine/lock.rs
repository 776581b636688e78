//! Who may use a database: the one process holding the lock on its
//! directory.
//!
//! sled locks its log file, but only once it has already read and written
//! other files of the directory (`conf`, `blobs/`, a snapshot), and it
//! writes a snapshot as it opens. So sprout takes its own lock first, on
//! the directory itself (`flock`, which makes no file), and holds it until
//! the database is closed: while another sprout holds it, nothing else
//! looks at the directory, and no message can be about a file that other
//! process is writing at that moment.

use std::fs::{File, TryLockError};
use std::path::Path;
use std::time::{Duration, Instant};

/// How long to wait for sled's own lock once the directory's is held: the
/// process that held it may still be letting go of its log file.
const LOG_LOCK_WAIT: Duration = Duration::from_secs(2);

/// The lock on a database directory, held while this lives.
#[derive(Debug)]
pub struct DirLock {
    _dir: File,
}

/// Why the lock was not taken.
pub enum Refused {
    /// Another process holds the database.
    InUse,
    /// The directory could not be opened.
    Io(std::io::Error),
}

impl DirLock {
    /// Takes the lock on `db` (a directory that exists), then waits briefly
    /// for sled's lock on its log to be free, for a sprout from before the
    /// directory lock.
    pub fn take(db: &Path) -> Result<DirLock, Refused> {
        let dir = File::open(db).map_err(Refused::Io)?;
        match dir.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(Refused::InUse),
            Err(TryLockError::Error(e)) => return Err(Refused::Io(e)),
        }
        let lock = DirLock { _dir: dir };
        let start = Instant::now();
        while log_in_use(db) {
            if start.elapsed() > LOG_LOCK_WAIT {
                return Err(Refused::InUse);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(lock)
    }
}

/// Whether a process holds sled's lock on the log.
pub(super) fn log_in_use(db: &Path) -> bool {
    match File::open(super::commits::log_file(db)) {
        Ok(f) => matches!(f.try_lock(), Err(TryLockError::WouldBlock)),
        Err(_) => false,
    }
}
