//! What the command line and the UI both do with ideas: select them with a
//! query, add one, and apply edits, each as one atomic, flushed write.

use crate::Error;
use crate::domain::{Clock, Edit, Idea, Row, Timestamp};
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
    let ctx = Context {
        summary_hits: summary_hits(store, query)?,
        include_archived,
        now,
        ..Context::default()
    };
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
    let contexts = queries
        .iter()
        .map(|q| {
            Ok(Context {
                summary_hits: summary_hits(store, q)?,
                now,
                ..Context::default()
            })
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

/// Stores a new idea and returns its id.
pub fn add(store: &Store, mut idea: Idea) -> Result<u64, Error> {
    let mut writes = store.begin()?;
    idea.id = writes.allocate();
    let id = idea.id;
    writes.put(idea, None);
    store.commit(writes)?;
    Ok(id)
}

/// Applies the same edits to every idea in `ids`, all or nothing. Returns
/// the ids that changed. An unknown id fails before anything is written.
pub fn edit(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    clock: &dyn Clock,
) -> Result<Vec<u64>, Error> {
    let now = clock.now();
    let mut originals = Vec::with_capacity(ids.len());
    for &id in ids {
        originals.push(store.idea_with_version(id)?.ok_or(Error::NotFound(id))?);
    }
    let mut writes = store.begin()?;
    let mut changed = Vec::new();
    for original in originals {
        let mut idea = original.idea.clone();
        let mut any = false;
        for e in edits {
            any |= idea.apply(e, now);
        }
        idea.record_changes(&original.idea, now);
        if any && !changed.contains(&idea.id) {
            changed.push(idea.id);
            writes.put(idea, Some(original));
        }
    }
    store.commit(writes)?;
    Ok(changed)
}

/// One idea before and after a change: `None` before means it was
/// created, `None` after means it was removed (undoing a creation).
pub type Change = (Option<Idea>, Option<Idea>);

/// Applies edits to each idea in `ids` (all or nothing) and returns the
/// ideas that changed, before and after.
pub fn edit_returning(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    now: Timestamp,
) -> Result<Vec<Change>, Error> {
    let mut writes = store.begin()?;
    let mut changes = Vec::new();
    for &id in ids {
        let stored = store.idea_with_version(id)?.ok_or(Error::NotFound(id))?;
        let before = stored.idea.clone();
        let mut after = before.clone();
        let mut any = false;
        for e in edits {
            any |= after.apply(e, now);
        }
        after.record_changes(&before, now);
        if any
            && !changes
                .iter()
                .any(|(b, _): &Change| b.as_ref().is_some_and(|b| b.id == id))
        {
            writes.put(after.clone(), Some(stored));
            changes.push((Some(before), Some(after)));
        }
    }
    store.commit(writes)?;
    Ok(changes)
}

/// Writes the given states of ideas back: each `(current, target)` makes
/// the stored idea `target` (or removes it when `target` is `None`). Based
/// on each idea as it is stored now, whatever `current` says: an undo
/// writes back over what is there.
pub fn restore(store: &Store, states: &[Change]) -> Result<(), Error> {
    let mut writes = store.begin()?;
    for (current, target) in states {
        let Some(id) = target.as_ref().or(current.as_ref()).map(|i| i.id) else {
            continue;
        };
        let stored = store.idea_with_version(id)?;
        match (target, stored) {
            (Some(t), stored) => writes.put(t.clone(), stored),
            (None, Some(stored)) => writes.delete(stored),
            (None, None) => {}
        }
    }
    store.commit(writes)?;
    Ok(())
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
