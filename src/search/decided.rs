//! The decisions' reasons for a `reason:` query: each idea's reason key
//! as its row carries it, once per data version by a caller that keeps it.

use crate::domain::{Reasons, Row};
use crate::query::{Context, Decided, Query};
use crate::store::{Result, Store};
use std::sync::Arc;

/// Every row's reason key and the database's reasons.
pub fn build(store: &Store) -> Result<Decided> {
    Ok(of_rows(&store.rows()?, &store.reasons()?))
}

/// The reason keys of `rows` (those the caller has already read).
pub fn of_rows<'a>(rows: impl IntoIterator<Item = &'a Row>, reasons: &Reasons) -> Decided {
    let keys = rows
        .into_iter()
        .filter(|r| !r.reason.is_empty())
        .map(|r| (r.id, r.reason.to_string()));
    Decided::new(keys, reasons)
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
