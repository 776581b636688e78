//! What a search gives back: its hits, each a row's position and how good
//! a match it is, with the facet counts.

use crate::query::facets::Facets;

/// A finished faceted search.
pub struct Searched {
    /// The hits, of which the first `ranked` are in result order and the
    /// rest follow them in no order (see [`crate::query::Catalog::rank_rest`]).
    pub hits: Vec<Hit>,
    pub ranked: usize,
    pub facets: Facets,
    /// The rows that matched or counted in a facet, in position order: a
    /// narrower query (more characters, one more term) need look at no other.
    pub counted: Vec<u32>,
}

/// One result: a row's position in the catalog, and how good a match it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The row's position in the catalog (12 bytes a hit, not 24: a
    /// one-letter query at a million ideas has most of them as hits).
    pub(super) pos: u32,
    /// 0 = every fuzzy term matched a field; 1 = some matched only the summary.
    pub tier: u8,
    pub score: i32,
}

impl Hit {
    /// The row's position in the catalog.
    pub fn index(&self) -> usize {
        self.pos as usize
    }
}
