//! What a search needs besides the rows, and its limits: shared by the
//! catalog that scans and the terms that test each row.

use super::index::IdBits;
use std::collections::{HashMap, HashSet};

/// A set of idea ids, shared without copying.
pub type IdSet = std::sync::Arc<IdBits>;

/// Everything a query needs besides the rows: summary-word hits for each
/// fuzzy term, the marked ideas, and whether archived ideas are shown.
#[derive(Debug, Default)]
pub struct Context {
    pub summary_hits: HashMap<String, IdSet>,
    pub marked: HashSet<u64>,
    pub include_archived: bool,
    /// The time `is:stale` measures waiting against.
    pub now: crate::domain::Timestamp,
    /// Who `assignee:me` is, folded: the store's actor when the query runs
    /// (empty: nobody, so `assignee:me` holds for no idea).
    pub me: String,
    /// The ideas `is:duplicate` selects (worked out by the caller only for
    /// a query that has the term: see [`super::Query::needs_duplicates`]).
    pub duplicates: IdSet,
    /// For each `similar:N`, the ideas like #N with their scores (0–1).
    pub similar: HashMap<u64, std::sync::Arc<HashMap<u64, f32>>>,
    /// For each name of a `panel:` term (as the term holds it), the ideas
    /// that reviewer is asked to review; for `none`, those with nobody
    /// (filled by the caller only for a query that has the term: see
    /// [`super::Query::needs_panels`]).
    pub panel: HashMap<String, IdSet>,
    /// The decisions' reasons `reason:` tests (read by the caller only
    /// for a query that has the term: see [`super::Query::needs_reasons`]).
    pub decided: std::sync::Arc<super::decided::Decided>,
}

/// Limits on one search: the rows to look at, a way to be told to stop,
/// and how many of the first hits to put in order (`None`: all of them).
#[derive(Default)]
pub struct Scope<'a> {
    pub within: Option<&'a [u32]>,
    pub cancelled: Option<&'a (dyn Fn() -> bool + Sync)>,
    pub ranked: Option<usize>,
}
