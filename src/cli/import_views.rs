//! What an import does with the views a file brings (an export of a
//! whole database holds them): added by name, or restored whole into a
//! database without ideas.

use crate::Error;
use crate::domain::View;
use crate::store::Store;

/// What an import does with the views of a file.
pub struct ViewPlan {
    pub saved: usize,
    pub kept: usize,
}

/// Into a database without ideas, a whole export is a restore: its views
/// replace the ones a new database starts with, in the file's order.
/// Otherwise views are added by name, and a view that exists keeps its own
/// query.
pub fn plan_views(
    store: &Store,
    views: impl Iterator<Item = View>,
    restore: bool,
    writes: &mut crate::store::Writes,
) -> Result<ViewPlan, Error> {
    let mut plan = ViewPlan { saved: 0, kept: 0 };
    let views: Vec<View> = views.collect();
    if restore && store.views()? == views {
        return Ok(plan);
    }
    if restore {
        for old in store.views()? {
            writes.delete_view(&old.name);
        }
    }
    let mut seen: Vec<View> = Vec::new();
    for view in views {
        if seen.iter().any(|v| v.is_named(&view.name)) {
            continue;
        }
        match store.view(&view.name)? {
            Some(existing) if !restore => {
                if existing.query != view.query {
                    plan.kept += 1;
                }
            }
            _ => {
                writes.save_view(None, view.clone());
                plan.saved += 1;
            }
        }
        seen.push(view);
    }
    Ok(plan)
}
