//! The boundary between sprout and a storage engine: everything the command
//! line, the UI, import and export and the search need from a database, and
//! nothing of how one engine keeps it (no keys, no trees, no files).
//!
//! sled is the first engine (`store/sled_engine/`); a second one (the
//! PostgreSQL of the next issue) implements [`Engine`] beside it and is
//! chosen where [`super::Store`] is opened. The trait is shaped for engines
//! that several processes share:
//!
//! - every idea has a [`Version`], bumped by each write; a batch says which
//!   version each change was based on, and an engine refuses the whole batch
//!   with [`super::StoreError::Conflict`] when someone changed the idea first;
//! - a running UI learns of changes made elsewhere from [`Engine::watch`]
//!   (a wake-up, e.g. a `LISTEN` notification) and [`Engine::changes_since`]
//!   (what changed after the last [`Seq`] it saw, so a lost wake-up costs
//!   nothing): an engine that one process holds alone, as sled is, reports
//!   none.

use super::version::{Seq, Versioned};
use super::{Result, Writes};
use crate::domain::{Idea, Reason, Row, Rubric, View};

/// What others changed after some [`Seq`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    /// The sequence number to ask from next time.
    pub upto: Seq,
    /// Ideas changed, created or removed by others, each once, in id order.
    pub ideas: Vec<u64>,
    /// Whether the saved views changed.
    pub views: bool,
    /// Who made the last of these changes to each idea, where the engine
    /// records it (PostgreSQL: the role).
    pub by: std::collections::BTreeMap<u64, String>,
}

/// What [`Engine::kept`] gives.
pub type KeptIter<'a> =
    Box<dyn Iterator<Item = Result<(u64, Option<crate::similar::kept::Kept>)>> + 'a>;

/// A storage engine. Every method is safe to call from several threads; an
/// engine is shared behind [`super::Store`]'s handles.
pub trait Engine: Send + Sync {
    /// The full idea with this id, and its version.
    fn idea(&self, id: u64) -> Result<Option<Versioned>>;
    /// [`Engine::idea`] for many ids at once, answered in the order asked
    /// (`None` where there is no such idea, an id asked twice answered
    /// twice). An engine on a server answers a batch in a few round trips
    /// rather than one per id; one on the same machine may just ask each.
    fn ideas_with_versions(&self, ids: &[u64]) -> Result<Vec<Option<Versioned>>> {
        ids.iter().map(|&id| self.idea(id)).collect()
    }
    /// Every full idea, in id order, read lazily (for export).
    fn ideas(&self) -> Box<dyn Iterator<Item = Result<Idea>> + '_>;
    /// Every row (the compact form list and search use), in id order.
    fn rows(&self) -> Result<Vec<Row>>;
    /// [`Engine::rows`] read where it holds up no other read of this
    /// handle: the UI loads the whole catalog behind its first frame, and
    /// the first frame's own reads must not wait for it. An engine whose
    /// reads do not queue behind one another reads as `rows` does.
    fn rows_apart(&self) -> Result<Vec<Row>> {
        self.rows()
    }
    /// Every row, in id order, read lazily (for commands that stream).
    fn rows_iter(&self) -> Box<dyn Iterator<Item = Result<Row>> + '_>;
    /// What the near-duplicate search keeps of every idea, by id in id
    /// order (`None` for an idea the engine has nothing kept of), read
    /// lazily, where the engine keeps it beside the rows; `None` for an
    /// engine that does not (the search then reads every idea).
    fn kept(&self) -> Option<KeptIter<'_>> {
        None
    }
    /// Makes what is kept of the ideas `ids`, which [`Engine::kept`] had
    /// nothing kept of, and keeps it from now on where the engine can;
    /// in any order, without the ideas that are gone.
    fn keep(&self, ids: &[u64]) -> Result<Vec<(u64, crate::similar::kept::Kept)>> {
        let read = self.ideas_with_versions(ids)?.into_iter().flatten();
        crate::similar::kept::kept_all(read.map(|v| Ok(v.idea)))
    }
    /// The rows with the highest ids, newest first: a UI's first page.
    fn newest_rows(&self, n: usize) -> Result<Vec<Row>>;
    /// The id the next new idea gets.
    fn next_id(&self) -> Result<u64>;
    /// Ids of ideas whose summary has a word starting with `prefix` (folded
    /// by the engine), in no order, an id once for each such word.
    fn summary_ids(&self, prefix: &str) -> Result<Vec<u64>>;
    /// Every saved view, in the order they were made.
    fn views(&self) -> Result<Vec<View>>;
    /// Every version of the rubric the database stored, oldest first
    /// (none: it has only the default, see [`crate::domain::rubric`]).
    fn rubrics(&self) -> Result<Vec<Rubric>>;
    /// The panel's settings (the default until `sprout panel` changes them).
    fn panel_settings(&self) -> Result<crate::domain::panel::PanelSettings>;
    /// The declared conflicts of interest, in their order (none stored:
    /// an empty list).
    fn declared_conflicts(&self) -> Result<Vec<crate::domain::assign_conflicts::DeclaredConflict>>;
    /// The reasons the database stored, a record per key (none: it has
    /// only the defaults, see [`crate::domain::reason`]).
    fn reasons(&self) -> Result<Vec<Reason>>;
    /// The user this engine knows the connection as (a PostgreSQL role),
    /// or `None` for an engine without users of its own.
    fn actor(&self) -> Result<Option<String>> {
        Ok(None)
    }
    /// The view with this name (case-insensitive).
    fn view(&self, name: &str) -> Result<Option<View>>;

    /// Starts a batch of changes, its ids given from the next free one.
    fn begin(&self) -> Result<Writes>;
    /// Writes a batch at once, durably, or nothing of it: refused whole
    /// with a conflict when an idea is not at the version a change was
    /// based on.
    fn commit(&self, writes: Writes) -> Result<()>;
    /// [`Engine::commit`] for a batch of any size (an import), telling
    /// `progress` how many ideas are written so far. Still all or nothing,
    /// across a crash too.
    fn commit_large(&self, writes: Writes, progress: &dyn Fn(usize)) -> Result<()>;
    /// A large write that goes in chunks as they come (see
    /// [`super::LargeWrite`]), or `None` for an engine whose one commit is
    /// all or nothing however large: then [`super::Store::large_write`]
    /// gathers the chunks into one [`Engine::commit_large`].
    fn large_write(&self) -> Result<Option<Box<dyn super::LargeWrite + '_>>> {
        Ok(None)
    }
    /// Makes everything committed durable (commits already are; this is for
    /// the end of a session).
    fn flush(&self) -> Result<()>;

    /// Changes made by others after `seq` (see the module).
    fn changes_since(&self, seq: Seq) -> Result<Changed>;
    /// Who made the last change to this idea, where the engine records it
    /// (PostgreSQL: the role), to say who a change clashed with.
    fn last_author(&self, _id: u64) -> Result<Option<String>> {
        Ok(None)
    }
    /// Calls `wake` whenever others may have changed something (then ask
    /// [`Engine::changes_since`]); from any thread, possibly spuriously. An
    /// engine with no one else to hear from never calls it.
    fn watch(&self, wake: Box<dyn Fn() + Send + Sync>) -> Result<()>;

    /// A handle that closes the database cleanly from another thread,
    /// without keeping it open (for a process that must end at once).
    fn close_handle(&self) -> CloseHandle;
}

/// Closes a database cleanly from another thread just before the process
/// ends without unwinding (see [`Engine::close_handle`]).
pub struct CloseHandle(Option<Box<dyn Fn() + Send + Sync>>);

impl CloseHandle {
    /// A handle that runs `close` (once the engine is gone it should do
    /// nothing: it must not keep the database open).
    pub fn new(close: impl Fn() + Send + Sync + 'static) -> CloseHandle {
        CloseHandle(Some(Box::new(close)))
    }

    /// A handle with nothing to close.
    pub fn none() -> CloseHandle {
        CloseHandle(None)
    }

    /// Flushes the database and records the clean close, so the next open
    /// need not check it. Only for a process about to exit: nothing may
    /// write to the database after this.
    pub fn close_now(&self) {
        if let Some(close) = &self.0 {
            close();
        }
    }
}
