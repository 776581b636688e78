//! What a failure means, said as one sentence a user can act on: the disk
//! is full (free space), the database is damaged (salvage it, or restore
//! the last export), another sprout holds it (by whom). The store and the
//! operating system describe failures for programmers (`Os { code: 28, … }`,
//! `Read corrupted data at file offset …`); this is where that stops.

use crate::store::StoreError;
use std::io;

/// Whether an io error is a full disk (or quota). sled hands back copies of
/// its errors that keep only the kind, so the kind is what counts.
pub fn is_disk_full(e: &io::Error) -> bool {
    crate::store::is_full(e)
}

/// An io error in words.
pub fn io(e: &io::Error) -> String {
    if let Some(output) = e.get_ref().and_then(|r| r.downcast_ref::<OutputFailed>()) {
        return output.to_string();
    }
    if is_disk_full(e) {
        return crate::tr!("err-explain-disk-full");
    }
    crate::i18n::io_reason(e)
}

/// A store error in words.
pub fn store(e: &StoreError) -> String {
    match e {
        StoreError::InUse(path) => {
            let holder = crate::holder::describe(path)
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            crate::tr!(
                "err-db-in-use",
                path = &path.display().to_string(),
                holder = &holder
            )
        }
        StoreError::Damaged(path) => {
            crate::tr!("err-explain-damaged", path = &path.display().to_string())
        }
        StoreError::Unreadable => crate::tr!("err-explain-unreadable"),
        StoreError::Codec(_) => crate::tr!("err-explain-codec"),
        other => other.to_string(),
    }
}

/// A failed write of a command's output, kept inside the `io::Error` so
/// that its kind stays (a closed pipe is still `BrokenPipe`, which ends a
/// command quietly) while the message says it was the output.
#[derive(Debug)]
pub struct OutputFailed(pub io::Error);

impl std::fmt::Display for OutputFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!("err-explain-output", problem = &io(&self.0)))
    }
}

impl std::error::Error for OutputFailed {}

/// Whether an io error is a failed write of the output.
pub fn is_output(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|r| r.is::<OutputFailed>())
}

/// Marks an error of writing the output as such (once).
pub fn output_failed(e: io::Error) -> io::Error {
    if is_output(&e) {
        return e;
    }
    io::Error::new(e.kind(), OutputFailed(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_said_plainly_however_it_arrives() {
        let raw = io::Error::from_raw_os_error(28);
        // What sled gives back: a copy that keeps only the kind and a
        // debug dump as its message.
        let copied = io::Error::new(raw.kind(), format!("{raw:?}"));
        for e in [&raw, &copied] {
            assert_eq!(io(e), "the disk is full; free some space and try again");
        }
        let out = output_failed(io::Error::from_raw_os_error(28));
        assert_eq!(
            io(&out),
            "cannot write the output: the disk is full; free some space and try again"
        );
        assert_eq!(output_failed(out).kind(), io::ErrorKind::StorageFull);
        let pipe = output_failed(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(pipe.kind(), io::ErrorKind::BrokenPipe, "stays quiet");
    }

    #[test]
    fn store_failures_say_what_to_do_without_internals() {
        let full = store(&StoreError::Full { figures: None });
        assert!(full.to_lowercase().contains("free some space"), "{full}");
        for e in [
            StoreError::Unreadable,
            StoreError::Codec("Hit the end of buffer".into()),
        ] {
            let said = store(&e);
            assert!(said.contains("--salvage export"), "{said}");
            assert!(
                !said.contains("buffer") && !said.contains("offset"),
                "{said}"
            );
        }
        // A change by a role that may only read: what happened and what to ask for.
        let read_only = store(&StoreError::ReadOnly {
            role: "board".into(),
        });
        assert_eq!(
            read_only,
            "board may only read this database: nothing was changed (to make changes, ask its owner to GRANT sprout_officer TO board)"
        );
        let damaged = store(&StoreError::Damaged("/x/db".into()));
        assert!(
            damaged.contains("sprout --db /x/db --salvage export -o rescue.json"),
            "{damaged}"
        );
    }

    #[test]
    fn failures_of_the_disk_and_the_database_are_said_in_russian() {
        use crate::i18n::{Lang, speak_on_this_thread};
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(
            io(&io::Error::from_raw_os_error(28)),
            "диск заполнен; освободите место и попробуйте снова"
        );
        assert_eq!(
            io(&output_failed(io::Error::from_raw_os_error(28))),
            "не удаётся записать вывод: диск заполнен; освободите место и попробуйте снова"
        );
        let said = [
            store(&StoreError::Full { figures: None }),
            store(&StoreError::Full {
                figures: Some((3_000_000, 1_000_000)),
            }),
            store(&StoreError::Damaged("/x/db".into())),
            store(&StoreError::Unreadable),
            store(&StoreError::Codec("Hit the end of buffer".into())),
            store(&StoreError::Broken),
            store(&StoreError::NewerSchema { found: 9, known: 4 }),
            store(&StoreError::OlderSchema { what: "a rubric" }),
            store(&StoreError::RubricTaken(3)),
            store(&StoreError::ConflictsChanged),
            store(&StoreError::OpenIo {
                path: "/x/db".into(),
                source: io::Error::from(io::ErrorKind::PermissionDenied),
            }),
        ];
        assert!(said[0].starts_with("диск заполнен: ничего"), "{}", said[0]);
        assert!(
            said[1].contains("нужно 3.0 MB свободного места, а есть 1.0 MB"),
            "{}",
            said[1]
        );
        assert!(
            said[2].starts_with("база данных /x/db повреждена"),
            "{}",
            said[2]
        );
        assert!(said[2].contains("sprout --db /x/db --salvage export -o rescue.json"));
        assert!(said[3].contains("--salvage export") && said[4].contains("--salvage export"));
        assert!(!said[4].contains("buffer"), "{}", said[4]);
        assert!(said[6].contains("схема 9, эта читает до 4"), "{}", said[6]);
        assert!(said[7].contains("нет места для рубрики"), "{}", said[7]);
        assert!(said[8].contains("версия 3"), "{}", said[8]);
        assert_eq!(
            said[10],
            "не удаётся открыть базу данных /x/db: нет доступа; sprout должен писать в каталог базы данных (проверьте права на него или скопируйте базу туда, где можно писать)"
        );
        for s in &said {
            assert!(s.chars().any(|c| ('а'..='я').contains(&c)), "{s}");
        }
    }
}
