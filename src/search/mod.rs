//! Search: the query language's matcher put to work over the database, for
//! the UI and the command line alike (the UI is not needed to search).
//!
//! - [`engine`]: one search of the loaded catalog as the UI asks for it,
//!   narrowing growing queries and keeping recent results.
//! - [`worker`]: that engine on a thread of its own, always on the newest
//!   request.
//! - [`duplicates`]: the near-duplicate index over the database, for
//!   `is:duplicate` and `similar:N`.
//! - [`panels`]: who is asked to review and who reviewed each idea, for
//!   `panel:NAME` and `reviewer:NAME`.
//! - [`stream`]: the command line's searches, streaming the database
//!   through the matcher a chunk at a time.

pub mod decided;
pub mod duplicates;
pub mod engine;
pub mod panels;
pub mod stream;
pub mod worker;

pub use duplicates::Duplicates;
pub use engine::{Engine, Outcome, Request, ViewCounts, narrows};
pub use stream::{Selection, count_each, select, select_first, summary_hits};
pub use worker::Searcher;
