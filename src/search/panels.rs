//! Who is asked to review each idea, for the query `panel:NAME`
//! (`sprout assign`; `reviewer:NAME`, has reviewed it, reads the row's
//! reviews instead). The reviewers asked live on the whole idea, not its
//! row, so the index is built from the store
//! when a query first needs it and again when the ideas changed (the
//! caller keeps it per data version), as the near-duplicate index is.

use crate::domain::assign_conflicts::reviewer_key;
use crate::query::{Context, IdBits, IdSet, Query, Term};
use crate::store::{Result, Store};
use std::collections::HashMap;
use std::sync::Arc;

/// The ideas each reviewer is asked to review, by reviewer key.
pub struct Panels {
    asked: HashMap<String, IdSet>,
    /// Ideas nobody is asked to review (`panel:none`).
    nobody: IdSet,
}

fn shared(map: HashMap<String, IdBits>) -> HashMap<String, IdSet> {
    map.into_iter().map(|(k, v)| (k, IdSet::new(v))).collect()
}

impl Panels {
    /// Reads every row once (rows name their reviewers: reading every
    /// idea instead kept 70 MB of sled's pages in a UI of 100,000 ideas,
    /// for its view "My reviews").
    pub fn build(store: &Store) -> Result<Panels> {
        let mut asked: HashMap<String, IdBits> = HashMap::new();
        let mut nobody = IdBits::default();
        for row in store.rows_iter() {
            let row = row?;
            if row.reviewers.is_empty() {
                nobody.insert(row.id);
            }
            for r in &row.reviewers {
                asked.entry(reviewer_key(r)).or_default().insert(row.id);
            }
        }
        Ok(Panels {
            asked: shared(asked),
            nobody: IdSet::new(nobody),
        })
    }

    /// The ideas `name` (a term's, `me` already resolved) is asked to review.
    fn asked(&self, name: &str) -> IdSet {
        if name == "none" {
            return IdSet::clone(&self.nobody);
        }
        self.asked.get(name).map(IdSet::clone).unwrap_or_default()
    }
}

/// The names of the query's `panel:` terms.
fn names(query: &Query) -> Vec<String> {
    fn walk(t: &Term, panel: &mut Vec<String>) {
        match t {
            Term::Panel(n) => panel.extend(n.iter().cloned()),
            Term::Not(inner) => walk(inner, panel),
            _ => {}
        }
    }
    let mut panel = Vec::new();
    for t in &query.terms {
        walk(t, &mut panel);
    }
    panel
}

/// Puts in `ctx` what the `panel:` terms of `query` need,
/// building the index into `built` first if it is not there (a query
/// with neither term reads nothing).
pub fn fill_context(
    store: &Store,
    query: &Query,
    ctx: &mut Context,
    built: &mut Option<Arc<Panels>>,
) -> Result<()> {
    if !query.needs_panels() {
        return Ok(());
    }
    let panels = match built {
        Some(p) => Arc::clone(p),
        None => Arc::clone(built.insert(Arc::new(Panels::build(store)?))),
    };
    let me = reviewer_key(&store.actor());
    let resolve = |n: &str| if n == "me" { me.clone() } else { n.to_string() };
    for n in names(query) {
        let ids = panels.asked(&resolve(&n));
        ctx.panel.insert(n, ids);
    }
    Ok(())
}
