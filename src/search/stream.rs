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
/// database through in chunks this size, so memory stays small. Above the
/// catalog's 20,000, so that each chunk is searched on both cores.
const CHUNK: usize = 40_960;

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
    select_first(store, query, include_archived, sort, now, usize::MAX)
}

/// The first `limit` ideas that [`select`] gives, in its order: only that
/// many matches are kept between chunks (a million rows cloned and sorted
/// for `list --limit 1` took 451 MB).
pub fn select_first(
    store: &Store,
    query: &Query,
    include_archived: bool,
    sort: SortKey,
    now: Timestamp,
    limit: usize,
) -> Result<Selection, Error> {
    let ctx = context_of(store, query, include_archived, now)?;
    first_in_chunks(store, query, &ctx, sort, limit, CHUNK)
}

/// What `query` needs from the store beside the rows.
fn context_of(
    store: &Store,
    query: &Query,
    include_archived: bool,
    now: Timestamp,
) -> Result<Context, Error> {
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
    Ok(ctx)
}

/// [`select_first`], the rows streamed `chunk` at a time.
fn first_in_chunks(
    store: &Store,
    query: &Query,
    ctx: &Context,
    sort: SortKey,
    limit: usize,
    chunk: usize,
) -> Result<Selection, Error> {
    let order = |a: &(u8, i32, &Row), b: &(u8, i32, &Row)| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then_with(|| compare_rows(a.2, b.2, sort))
    };
    let mut found: Vec<(u8, i32, Row)> = Vec::new();
    each_chunk(store, &[query], sort, chunk, |catalog| {
        let mut hits: Vec<(u8, i32, &Row)> = catalog
            .search(query, ctx, sort)
            .into_iter()
            .map(|h| (h.tier, h.score, catalog.row(h.index())))
            .collect();
        // Only this chunk's first `limit` can be among the first: only
        // they are copied.
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit, order);
            hits.truncate(limit);
        }
        found.extend(hits.into_iter().map(|(t, s, r)| (t, s, r.clone())));
        if found.len() > limit.saturating_mul(2).max(chunk) {
            found.sort_by(|a, b| order(&owned(a), &owned(b)));
            found.truncate(limit);
        }
    })?;
    found.sort_by(|a, b| order(&owned(a), &owned(b)));
    found.truncate(limit);
    Ok(Selection {
        rows: found.into_iter().map(|(_, _, r)| r).collect(),
    })
}

/// A kept match, as [`select_first`]'s order compares it.
fn owned((tier, score, row): &(u8, i32, Row)) -> (u8, i32, &Row) {
    (*tier, *score, row)
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
    let all: Vec<&Query> = queries.iter().collect();
    each_chunk(store, &all, SortKey::Id, CHUNK, |catalog| {
        for ((q, ctx), count) in queries.iter().zip(&contexts).zip(&mut counts) {
            *count += catalog.search(q, ctx, SortKey::Id).len();
        }
    })?;
    Ok(counts)
}

/// Streams the database through a catalog a chunk of rows at a time, a
/// catalog made for `queries` in `sort` order only (see
/// [`Catalog::for_search`]).
fn each_chunk(
    store: &Store,
    queries: &[&Query],
    sort: SortKey,
    chunk: usize,
    mut each: impl FnMut(&Catalog),
) -> Result<(), Error> {
    let mut rows = store.rows_iter();
    loop {
        let chunk: Vec<Row> = rows.by_ref().take(chunk).collect::<Result<_, _>>()?;
        if chunk.is_empty() {
            return Ok(());
        }
        each(&Catalog::for_search(chunk, queries, sort));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Named, Sector, Stage};

    /// Ideas whose times, titles and stages repeat, so that every sort
    /// key has ties for the id to settle.
    fn store_of(n: u64) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        for id in 1..=n {
            let mut i = Idea::new(format!("idea {}", id % 13), Timestamp((id * 7 % 31) as i64));
            i.id = id;
            i.updated = Timestamp((id * 11 % 17) as i64);
            i.sector = Sector::ALL[id as usize % 3];
            i.stage = Stage::ALL[id as usize % Stage::ALL.len()];
            i.archived = id % 10 == 0;
            i.score = Some((id % 5 + 1) as u8);
            w.put(i, None);
        }
        store.commit(w).unwrap();
        (dir, store)
    }

    fn ids(s: Selection) -> Vec<u64> {
        s.rows().map(|r| r.id).collect()
    }

    #[test]
    fn the_first_few_are_the_first_of_the_whole_selection_across_chunks() {
        let (_dir, store) = store_of(300);
        for text in ["", "sector:health", "idea 3", "!stage:new"] {
            let q = Query::parse(text).unwrap();
            let ctx = context_of(&store, &q, false, Timestamp(100)).unwrap();
            for sort in SortKey::ALL {
                let whole =
                    ids(first_in_chunks(&store, &q, &ctx, sort, usize::MAX, 1 << 20).unwrap());
                assert!(whole.len() > 20, "{text:?} selects enough to cut");
                for (limit, chunk) in [(1, 7), (5, 7), (20, 64), (0, 7), (1000, 7)] {
                    let first = ids(first_in_chunks(&store, &q, &ctx, sort, limit, chunk).unwrap());
                    let want = &whole[..limit.min(whole.len())];
                    assert_eq!(
                        first, want,
                        "{text:?} by {sort:?}, {limit} in chunks of {chunk}"
                    );
                }
            }
        }
    }
}
