//! One suite over both engines: a flow test is written once, as a function
//! of the [`Engine`] it runs on, and [`on_both_engines!`] makes it two
//! tests, `NAME::sled` and `NAME::pg`. Each gets fresh databases of its own
//! ([`Fresh`]): a temporary sled directory, or a new database on the
//! PostgreSQL server in `SPROUT_TEST_PG` (dropped when done). Without that
//! server the `pg` tests say SKIPPED and why; under `CI=true` a skip fails.
//!
//! On both: the command-line flows (`cli*.rs`, `stats.rs`, `roundtrip.rs`),
//! the UI flows (`tui_flow.rs`, `tui_triage.rs`, `tui_views.rs`,
//! `tui_changes.rs`, `tui_edit.rs`) and, in tmux, `tui_e2e.rs`'s search and
//! kill tests. The other UI tests (drawing, keys, popups) stay on sled:
//! the engine reaches them only through the rows an app is started with,
//! which the flows above load from both.
//!
//! Stay on sled only, because they are about sled itself: the fault tests
//! (`faults*.rs`: a full disk, damaged or salvaged files, a dying flusher),
//! `crash.rs` (a process killed mid-write and sled's recovery),
//! `store_compat.rs` (sled layouts of older builds), and the one-process
//! lock (`cli_database.rs`: PostgreSQL has none, which that file tests on
//! its own), a full disk under the database (`cli_output.rs`) and the
//! signal and close tests of `tui_e2e.rs` (sled's files closed cleanly);
//! `pg_store.rs` is about PostgreSQL itself.
#![allow(dead_code)]

#[path = "../pg_support/mod.rs"]
pub mod pg_support;

use sprout::store::Store;
use std::path::PathBuf;

/// Which engine keeps a test's databases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sled,
    Postgres,
}

impl Engine {
    /// Whether the PostgreSQL tests can run here; if not, says SKIPPED
    /// for `test` (a failure under `CI=true`).
    pub fn postgres_here(test: &str) -> bool {
        pg_support::server(test).is_some()
    }
}

/// A fresh, empty database of one test's own, removed when dropped.
pub enum Fresh {
    Sled(tempfile::TempDir),
    Postgres(pg_support::TestDb),
}

impl Fresh {
    pub fn new(engine: Engine) -> Fresh {
        match engine {
            Engine::Sled => Fresh::Sled(tempfile::tempdir().unwrap()),
            Engine::Postgres => Fresh::Postgres(pg_support::TestDb::create("flow")),
        }
    }

    /// Where it is, as `--db` and `SPROUT_DB` take it.
    pub fn location(&self) -> PathBuf {
        match self {
            Fresh::Sled(dir) => dir.path().join("db"),
            Fresh::Postgres(db) => PathBuf::from(&db.url),
        }
    }

    pub fn open(&self) -> Store {
        Store::open(&self.location()).unwrap()
    }

    /// A connection of the test's own to a PostgreSQL database, to look
    /// underneath; `None` on sled.
    pub fn sql(&self) -> Option<postgres::Client> {
        match self {
            Fresh::Sled(_) => None,
            Fresh::Postgres(db) => Some(db.sql()),
        }
    }
}

/// `on_both_engines!(name);` above `fn name(engine: Engine)` makes the
/// tests `name::sled` and `name::pg` (a module and a function may share a
/// name). Needs `Engine` in scope where it is used.
#[allow(unused_macros)]
macro_rules! on_both_engines {
    ($($name:ident),+ $(,)?) => {$(
        mod $name {
            #[test]
            fn sled() {
                super::$name(super::Engine::Sled)
            }
            #[test]
            fn pg() {
                if super::Engine::postgres_here(concat!(stringify!($name), "::pg")) {
                    super::$name(super::Engine::Postgres)
                }
            }
        }
    )+};
}
#[allow(unused_imports)]
pub(crate) use on_both_engines;
