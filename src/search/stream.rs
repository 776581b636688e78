//! The command line's searches: the whole database streamed through the
//! matcher a chunk at a time, keeping only the matches, so memory stays
//! small whatever the size of the database.

use crate::Error;
use crate::domain::{Row, Timestamp};
use crate::query::{Catalog, Context, IdSet, Query, SortKey, compare_rows};
use crate::store::Store;
use std::collections::HashMap;

/// The rows a query selected, in result order.
pub struct Selection {
    rows: Vec<Row>,
}

impl Selection {
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter()
    }
}

/// How many rows a command-line search holds at once; it streams the
/// database through in chunks this size, so memory stays small.
const CHUNK: usize = 16_384;

/// Looks up the summary-word hits of a query's fuzzy terms.
pub fn summary_hits(store: &Store, query: &Query) -> Result<HashMap<String, IdSet>, Error> {
    let mut hits = HashMap::new();
    for term in query.fuzzy_terms() {
        if !hits.contains_key(term) {
            let ids = store.summary_ids(term)?.into_iter().collect();
            hits.insert(term.to_string(), IdSet::new(ids));
        }
    }
    Ok(hits)
}

/// Every idea that matches `query`, in result order. Rows stream from the
/// store in chunks, so only the matches are kept.
pub fn select(
    store: &Store,
    query: &Query,
    include_archived: bool,
    sort: SortKey,
    now: Timestamp,
) -> Result<Selection, Error> {
    let mut ctx = Context {
        summary_hits: summary_hits(store, query)?,
        include_archived,
        now,
        me: crate::domain::text::fold(&store.actor()),
        ..Context::default()
    };
    super::duplicates::fill_context(store, query, &mut ctx, &mut None)?;
    super::panels::fill_context(store, query, &mut ctx, &mut None)?;
    super::decided::fill_context(store, query, &mut ctx, &mut None)?;
    let mut found: Vec<(u8, i32, Row)> = Vec::new();
    each_chunk(store, |catalog| {
        found.extend(
            catalog
                .search(query, &ctx, sort)
                .into_iter()
                .map(|h| (h.tier, h.score, catalog.row(h.index()).clone())),
        );
    })?;
    found.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then_with(|| compare_rows(&a.2, &b.2, sort))
    });
    Ok(Selection {
        rows: found.into_iter().map(|(_, _, r)| r).collect(),
    })
}

/// How many ideas each query selects (archived ones hidden), in one pass
/// over the rows for all of them.
pub fn count_each(store: &Store, queries: &[Query], now: Timestamp) -> Result<Vec<usize>, Error> {
    let mut dupes = None;
    let mut panels = None;
    let mut decided = None;
    let contexts = queries
        .iter()
        .map(|q| {
            let mut ctx = Context {
                summary_hits: summary_hits(store, q)?,
                now,
                me: crate::domain::text::fold(&store.actor()),
                ..Context::default()
            };
            super::duplicates::fill_context(store, q, &mut ctx, &mut dupes)?;
            super::panels::fill_context(store, q, &mut ctx, &mut panels)?;
            super::decided::fill_context(store, q, &mut ctx, &mut decided)?;
            Ok(ctx)
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let mut counts = vec![0; queries.len()];
    each_chunk(store, |catalog| {
        for ((q, ctx), count) in queries.iter().zip(&contexts).zip(&mut counts) {
            *count += catalog.search(q, ctx, SortKey::Id).len();
        }
    })?;
    Ok(counts)
}

/// Streams the database through a catalog a chunk of rows at a time.
fn each_chunk(store: &Store, mut each: impl FnMut(&Catalog)) -> Result<(), Error> {
    let mut rows = store.rows_iter();
    loop {
        let chunk: Vec<Row> = rows.by_ref().take(CHUNK).collect::<Result<_, _>>()?;
        if chunk.is_empty() {
            return Ok(());
        }
        each(&Catalog::new(chunk));
    }
}
