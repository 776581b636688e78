//! The orders a list can be in: a word of the domain (a saved view keeps
//! one), used here to order results.

pub use crate::domain::SortKey;
