//! The decisions' reasons for a `reason:` query: each idea's reason read
//! from the store, once per data version by a caller that keeps it (the
//! rows, which hold what every list needs, do not carry it).

use crate::query::{Context, Decided, Query};
use crate::store::{Result, Store};
use std::sync::Arc;

/// Reads every idea's reason key and the database's reasons.
pub fn build(store: &Store) -> Result<Decided> {
    let mut keys = Vec::new();
    for idea in store.ideas() {
        let idea = idea?;
        if !idea.reason.is_empty() {
            keys.push((idea.id, idea.reason));
        }
    }
    Ok(Decided::new(keys, &store.reasons()?))
}

/// Fills what a query's `reason:` terms need, building it into `built`
/// the first time.
pub fn fill_context(
    store: &Store,
    query: &Query,
    ctx: &mut Context,
    built: &mut Option<Arc<Decided>>,
) -> Result<()> {
    if !query.needs_reasons() {
        return Ok(());
    }
    ctx.decided = match built {
        Some(d) => Arc::clone(d),
        None => Arc::clone(built.insert(Arc::new(build(store)?))),
    };
    Ok(())
}
