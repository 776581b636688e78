//! sprout: a keyboard-driven terminal app for triaging social-innovation
//! project ideas.
//!
//! `ARCHITECTURE.md`, at the top of the repository, shows the modules and
//! the direction of their dependencies, the UI's event loop and its
//! sources, the life of a keystroke, and where a new storage engine plugs
//! in; `tests/layers.rs` holds the code to it.
//!
//! The map of the crate (dependencies point one way, down this list):
//!
//! - [`domain`]: ideas and their vocabularies (SPEC §1); pure rules, no I/O.
//! - [`keys`], [`palette`]: keys and colours as the config file names them.
//! - [`cores`]: work split in two over the cores.
//! - [`holder`]: who holds a database (a small file beside its lock).
//! - [`store`]: the storage boundary ([`store::Store`] over a [`store::Engine`]) and the sled engine behind it.
//! - [`explain`]: failures in words a user can act on.
//! - [`query`]: the query language (SPEC §4) and fuzzy matching over rows.
//! - [`transfer`]: CSV, JSON and JSONL import and export with validation.
//! - [`search`]: the matcher over the database, for the UI and the command line.
//! - [`similar`]: near-duplicates (shingles, MinHash/LSH index, scores).
//! - [`stats`]: pipeline figures shared by the UI and `sprout stats`.
//! - [`report`]: the board pack (HTML and Markdown) from a selection's ideas.
//! - [`demo`]: realistic synthetic ideas.
//! - [`ideas`]: the operations the command line and the UI share.
//! - [`views`]: saved views (a name and a query).
//! - [`config`]: the config file (theme, defaults, keybindings).
//! - [`memory`]: how the process holds memory (huge pages, returning it).
//! - [`cli`]: the command line (SPEC §3).
//! - [`crash`]: the panic hook and its log.
//! - [`tui`]: the terminal UI (SPEC §5).

pub mod cli;
pub mod config;
pub mod cores;
pub mod crash;
pub mod demo;
pub mod domain;
pub mod explain;
pub mod holder;
pub mod i18n;
pub mod ideas;
pub mod keys;
pub mod memory;
pub mod palette;
pub mod query;
pub mod report;
pub mod search;
pub mod similar;
pub mod stats;
pub mod store;
pub mod transfer;
pub mod tui;
pub mod views;

/// Everything that can make a sprout command fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", explain::store(.0))]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Query(#[from] query::QueryError),
    #[error(transparent)]
    Transfer(#[from] transfer::TransferError),
    #[error("{}", tr!("err-not-found", id = &.0.to_string()))]
    NotFound(u64),
    /// Someone changed the same field meanwhile: nothing was saved.
    #[error("{0}")]
    Clash(Box<ideas::Clashes>),
    #[error("{0}")]
    Invalid(String),
    /// The command line was wrong in a way the parser could not see.
    #[error("{0}")]
    Usage(String),
    #[error("{}", explain::io(.0))]
    Io(#[from] std::io::Error),
}

impl Error {
    /// Whether the error is only that the reader of our output went away
    /// (`sprout list | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        let io = match self {
            Error::Io(e) | Error::Transfer(transfer::TransferError::Io(e)) => e,
            _ => return false,
        };
        io.kind() == std::io::ErrorKind::BrokenPipe
    }
}
