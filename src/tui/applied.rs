//! What follows a change the store took (or refused): the screen's own
//! state brought in line with it, the catalog's rows changed by the
//! runtime (an effect: the catalog is shared with the search worker), a
//! new search and the detail the pane needs.

use super::app::App;
use super::cursor::load_shown;
use super::msg::Effect;
use crate::ideas::Change;

/// Brings the screen in line with stored changes, and returns the effect
/// that puts the changed rows into the catalog (removing ideas whose state
/// is gone). That effect must be carried out before any that follows it.
pub fn apply_to_catalog(app: &mut App, changes: &[Change]) -> Effect {
    app.data_version += 1;
    super::similar::changed(app, changes);
    for (before, after) in changes {
        match (before, after) {
            (_, Some(a)) => {
                if a.archived {
                    app.list.marked.remove(&a.id);
                }
                if app.detail.idea.as_ref().is_some_and(|d| d.id == a.id) {
                    app.detail.idea = Some(a.clone());
                }
            }
            (Some(b), None) => {
                app.list.marked.remove(&b.id);
            }
            (None, None) => {}
        }
    }
    Effect::ApplyRows(changes.to_vec())
}

/// After stored changes: search again (summaries may have changed) and
/// load what the detail pane needs.
pub fn after_change(app: &mut App) -> Vec<Effect> {
    let mut effects = vec![app.search()];
    effects.extend(load_shown(app));
    effects
}

/// Both of the above, in the order they must be carried out.
pub fn applied(app: &mut App, changes: &[Change]) -> Vec<Effect> {
    let mut effects = vec![apply_to_catalog(app, changes)];
    effects.extend(after_change(app));
    effects
}
