//! Storage: the boundary sprout's other layers use ([`Store`], a handle on
//! any [`Engine`]), and its engines. Only this module knows how ideas are
//! kept: nothing outside it names sled, a key or a file of the database.
//!
//! - [`engine`]: the [`Engine`] trait, what every engine provides (reading
//!   rows, ideas, views and the summary-word index; committing a batch of
//!   [`Writes`] with the versions it was based on; changes from elsewhere;
//!   the clean close).
//! - [`Store`]: the handle the command line, the UI, import, export and the
//!   search hold (cheap to clone, shared across threads).
//! - `sled_engine/`: the sled engine, the embedded default (its key layout
//!   is described in its `mod.rs`).
//! - `postgres/`: the PostgreSQL engine, for a `postgres://` location (its
//!   schema is described in its `schema.rs`).
//!
//! A new engine is a type implementing [`Engine`] in a module of its own
//! here, beside `sled_engine/`, chosen in [`Store::open`] by the location
//! it is given.

pub mod actor;
mod conflict;
mod conflicts_record;
pub mod engine;
mod error;
mod gathered;
mod kept_all;
mod large;
mod postgres;
mod reason_record;
mod row_record;
mod rubric_record;
mod sled_engine;
mod version;
mod word_split;
mod writes;

pub use conflict::{Conflict, changed_fields};
pub use engine::{Changed, CloseHandle, Engine};
pub use error::{Result, StoreError, is_full};
pub use large::LargeWrite;
pub use postgres::{PG_SCHEMA_VERSION, create_roles, is_postgres, redacted_location};
pub use sled_engine::{LAYOUT_VERSION, SCHEMA_VERSION, salvage};
pub use version::{Seq, Version, Versioned};
pub use writes::{Signatures, Writes};

use crate::domain::panel::PanelSettings;
use crate::domain::panel_book::ScoreBook;
use crate::domain::{Idea, Reason, Reasons, Row, Rubric, View};
use sled_engine::SledStore;
use std::path::Path;
use std::sync::Arc;

/// An open database, on whichever engine keeps it. Clones share it; it is
/// closed cleanly when the last one goes.
#[derive(Clone)]
pub struct Store {
    engine: Arc<dyn Engine>,
    /// For a database opened to be salvaged: what could not be read.
    salvaged: Option<salvage::Salvaged>,
    /// Who this handle's user is, asked of the engine once.
    actor: Arc<std::sync::OnceLock<String>>,
}

impl Store {
    /// Opens (or creates) the database at `path`: a PostgreSQL database
    /// for a `postgres://` or `postgresql://` URL, else a sled directory.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(url) = path.to_str().filter(|l| is_postgres(l)) {
            return Ok(Store::on(postgres::PgStore::open(url)?));
        }
        Ok(Store::on(SledStore::open(path)?))
    }

    /// Opens a database even though it is damaged, to export what can
    /// still be read: a new database in a temporary directory, holding
    /// every idea that could be read from a copy of it.
    pub fn open_damaged(path: &Path) -> Result<Store> {
        let rescued = SledStore::open_damaged(path)?;
        let salvaged = rescued.salvaged();
        Ok(Store {
            salvaged,
            ..Store::on(rescued)
        })
    }

    /// A handle on an engine.
    pub fn on(engine: impl Engine + 'static) -> Store {
        Store {
            engine: Arc::new(engine),
            salvaged: None,
            actor: Arc::default(),
        }
    }

    /// Who "I" am here: the engine's user (the PostgreSQL role), else the
    /// local user (see [`actor`]). What `assignee:me` means and the name
    /// every change records.
    pub fn actor(&self) -> String {
        self.actor
            .get_or_init(|| {
                self.engine
                    .actor()
                    .ok()
                    .flatten()
                    .map(|a| crate::domain::text::clean_line(&a))
                    .filter(|a| !a.is_empty())
                    .unwrap_or_else(actor::local_user)
            })
            .clone()
    }

    /// Opens again, in a test, a database this process just closed.
    #[cfg(test)]
    pub(crate) fn open_again(path: &Path) -> Store {
        Store::on(SledStore::open_again(path))
    }

    /// The full idea with this id.
    pub fn idea(&self, id: u64) -> Result<Option<Idea>> {
        Ok(self.engine.idea(id)?.map(|s| s.idea))
    }

    /// The full idea with this id and its version, for a change based on
    /// it (see [`Writes::put`]).
    pub fn idea_with_version(&self, id: u64) -> Result<Option<Versioned>> {
        self.engine.idea(id)
    }

    /// [`Store::idea_with_version`] for a batch of ids, in the order asked:
    /// on a server, a few round trips instead of one per id (an import).
    pub fn ideas_with_versions(&self, ids: &[u64]) -> Result<Vec<Option<Versioned>>> {
        self.engine.ideas_with_versions(ids)
    }

    /// Every full idea, in id order, read lazily.
    pub fn ideas(&self) -> impl Iterator<Item = Result<Idea>> + '_ {
        self.engine.ideas()
    }

    /// Every row, in id order, scored for this handle's actor (see
    /// [`Store::score_book`]).
    pub fn rows(&self) -> Result<Vec<Row>> {
        let mut rows = self.engine.rows()?;
        self.score_book()?.score_all(&mut rows);
        Ok(rows)
    }

    /// [`Store::rows`] read apart from this handle's other reads (see
    /// [`Engine::rows_apart`]): the UI's load behind its first frame.
    pub fn rows_apart(&self) -> Result<Vec<Row>> {
        let mut rows = self.engine.rows_apart()?;
        self.score_book()?.score_all(&mut rows);
        Ok(rows)
    }

    /// Every row, in id order, read lazily and scored as [`Store::rows`]
    /// scores them (normalising reads the rows twice: once to learn each
    /// reviewer's scale).
    pub fn rows_iter(&self) -> impl Iterator<Item = Result<Row>> + '_ {
        let (book, failed) = match self.learnt_score_book() {
            Ok(b) => (Some(b), None),
            Err(e) => (None, Some(Err(e))),
        };
        let rows = book.is_some().then(|| self.engine.rows_iter());
        failed
            .into_iter()
            .chain(rows.into_iter().flatten().map(move |row| {
                let mut row = row?;
                if let Some(book) = &book {
                    book.score(&mut row);
                }
                Ok(row)
            }))
    }

    /// The rows with the highest ids (the newest ideas), newest first: a
    /// first page to show while the rest loads. Scored unless the panel
    /// normalises (which needs every row: the full load scores them).
    pub fn newest_rows(&self, n: usize) -> Result<Vec<Row>> {
        let mut rows = self.engine.newest_rows(n)?;
        let mut book = self.score_book()?;
        if !book.normalises() {
            book.score_all(&mut rows);
        }
        Ok(rows)
    }

    /// [`Store::score_book`], with each reviewer's scale learnt from every
    /// row when the panel normalises (one pass over the rows then): to
    /// score rows one at a time.
    pub fn learnt_score_book(&self) -> Result<ScoreBook> {
        let mut book = self.score_book()?;
        if book.normalises() {
            let mut all = Vec::new();
            for row in self.engine.rows_iter() {
                book.reviewer_totals(&row?, &mut all);
            }
            book.learn_totals(&all);
        }
        Ok(book)
    }

    /// The panel's settings: how reviews combine, blind review.
    pub fn panel_settings(&self) -> Result<PanelSettings> {
        self.engine.panel_settings()
    }

    /// What scores rows for this handle's actor: the rubric versions, the
    /// panel's settings and who is looking. Each reviewer's scale is
    /// learnt from the rows it scores ([`ScoreBook::score_all`]).
    pub fn score_book(&self) -> Result<ScoreBook> {
        Ok(ScoreBook::new(
            &self.engine.rubrics()?,
            self.panel_settings()?,
            &self.actor(),
        ))
    }

    /// The id the next new idea gets.
    pub fn next_id(&self) -> Result<u64> {
        self.engine.next_id()
    }

    /// Ids of ideas whose summary has a word starting with `prefix` (folded),
    /// in no order, an id once for each such word.
    pub fn summary_ids(&self, prefix: &str) -> Result<Vec<u64>> {
        self.engine.summary_ids(prefix)
    }

    /// Every saved view, in the order they were made.
    pub fn views(&self) -> Result<Vec<View>> {
        self.engine.views()
    }

    /// The view with this name (case-insensitive).
    pub fn view(&self, name: &str) -> Result<Option<View>> {
        self.engine.view(name)
    }

    /// The database's rubric now: the newest version it stored, else the
    /// default (version 1).
    pub fn rubric(&self) -> Result<Rubric> {
        Ok(crate::domain::rubric::current(&self.engine.rubrics()?))
    }

    /// Every version of the rubric the database stored, oldest first
    /// (empty while it has only the default).
    pub fn rubrics(&self) -> Result<Vec<Rubric>> {
        self.engine.rubrics()
    }

    /// The declared conflicts of interest, in their order (see
    /// [`crate::domain::assign_conflicts`]).
    pub fn declared_conflicts(
        &self,
    ) -> Result<Vec<crate::domain::assign_conflicts::DeclaredConflict>> {
        self.engine.declared_conflicts()
    }

    /// The database's reasons for decisions: the defaults with its
    /// stored changes over them.
    pub fn reasons(&self) -> Result<Reasons> {
        Ok(Reasons::from_stored(&self.engine.reasons()?))
    }

    /// The reason records the database stored (empty while it has only
    /// the defaults): what a copy or an export carries.
    pub fn stored_reasons(&self) -> Result<Vec<Reason>> {
        self.engine.reasons()
    }

    /// Starts a set of writes that [`Store::commit`] applies at once.
    pub fn begin(&self) -> Result<Writes> {
        self.engine.begin()
    }

    /// Applies the writes at once and durably, or refuses them whole (see
    /// [`Engine::commit`]).
    pub fn commit(&self, writes: Writes) -> Result<()> {
        self.engine.commit(writes)
    }

    /// Commits writes of any size, all or nothing across a crash too.
    pub fn commit_large(&self, writes: Writes) -> Result<()> {
        self.engine.commit_large(writes, &|_| {})
    }

    /// [`Store::commit_large`], telling `progress` how many ideas are
    /// written so far.
    pub fn commit_large_with(&self, writes: Writes, progress: &dyn Fn(usize)) -> Result<()> {
        self.engine.commit_large(writes, progress)
    }

    /// Begins a large write (an import) that goes in chunks and is still
    /// all or nothing (see [`LargeWrite`]). On an engine that cannot write
    /// as it goes, the chunks are gathered and committed at the end.
    pub fn large_write(&self) -> Result<Box<dyn LargeWrite + '_>> {
        Ok(match self.engine.large_write()? {
            Some(w) => w,
            None => Box::new(gathered::Gathered {
                engine: &*self.engine,
                all: None,
            }),
        })
    }

    /// Makes everything committed durable, at the end of a session.
    pub fn flush(&self) -> Result<()> {
        self.engine.flush()
    }

    /// What others changed after `seq` (see [`engine`]).
    pub fn changes_since(&self, seq: Seq) -> Result<Changed> {
        self.engine.changes_since(seq)
    }

    /// Who made the last change to this idea, where the engine records it.
    pub fn last_author(&self, id: u64) -> Result<Option<String>> {
        self.engine.last_author(id)
    }

    /// Calls `wake` whenever others may have changed something.
    pub fn watch(&self, wake: Box<dyn Fn() + Send + Sync>) -> Result<()> {
        self.engine.watch(wake)
    }

    /// A handle that can record this database's clean close from another
    /// thread without keeping it open: for a process that must end at once
    /// (the UI when its terminal is gone and the main thread is stuck).
    pub fn close_handle(&self) -> CloseHandle {
        self.engine.close_handle()
    }

    /// For a salvaged database: how many ideas were read, and how many
    /// known ideas could not be.
    pub fn salvaged(&self) -> Option<salvage::Salvaged> {
        self.salvaged
    }
}

#[cfg(test)]
mod tests;
