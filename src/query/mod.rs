//! The query language (SPEC §4): the parser, the fuzzy matcher and the
//! evaluation over a [`Catalog`] of rows.

mod catalog;
mod context;
mod decided;
mod edit;
mod facets;
mod fuzzy;
mod ids;
mod index;
mod parse;
mod sort;
mod terms;

pub use catalog::{Catalog, Context, Hit, IdSet, Scope, Searched, SortKey, compare_rows};
pub use decided::Decided;
pub use edit::{glued_term, toggle_value};
pub use facets::{Facets, Group, TOP_VALUES};
pub use fuzzy::{Fuzzy, Pattern};
pub use index::{IdBits, char_mask};
pub use parse::{
    Compare, FIELDS, MAX_QUERY_CHARS, MAX_TERMS, Op, Query, QueryError, RUSSIAN_FIELDS, State,
    Term, TextField, TimeField, When, canonical_field, russian_names, vocabulary_value,
};
