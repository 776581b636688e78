//! The query language (SPEC §4): the parser, the fuzzy matcher and the
//! evaluation over a [`Catalog`] of rows.

mod catalog;
mod fuzzy;
mod parse;

pub use catalog::{Catalog, Context, Hit, SortKey, compare_rows};
pub use fuzzy::Fuzzy;
pub use parse::{Compare, FIELDS, Op, Query, QueryError, State, Term, TextField};
