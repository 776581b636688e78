//! A change the store refused (a full disk): the screen goes back to what
//! is stored, so that nothing shown is unsaved and the same change can be
//! made again.

use super::app::{App, UndoStep};
use super::applied::applied;
use super::msg::{Effect, RefusedStep};
use crate::ideas::Change;

/// After a refused change: the screen shows again what is stored, so the
/// same change can be made again, and an undo or redo step that could not
/// be written goes back on its stack.
pub(super) fn update(
    app: &mut App,
    message: String,
    stored: Vec<(u64, Option<crate::domain::Idea>)>,
    step: Option<RefusedStep>,
) -> Vec<Effect> {
    let known: Vec<Change> = stored
        .into_iter()
        .filter_map(|(id, idea)| match idea {
            Some(idea) => Some((None, Some(idea))),
            // Not read: the detail is loaded again when it can be.
            None => {
                if app.detail.idea.as_ref().is_some_and(|d| d.id == id) {
                    app.detail.idea = None;
                }
                None
            }
        })
        .collect();
    if let Some(step) = step {
        let again = UndoStep {
            label: step.label,
            changes: step.changes,
        };
        if step.redo {
            app.redo.push(again);
        } else {
            app.undo.push(again);
        }
    }
    app.message = Some(crate::tr!("ui-step-not-saved", problem = &message));
    applied(app, &known)
}

/// After a change that clashed with someone else's to the same field: the
/// screen shows what is stored (theirs), and a dialog says whose change
/// won and offers to save this one over it, on purpose.
pub(super) fn clashed(
    app: &mut App,
    message: String,
    stored: Vec<(u64, Option<crate::domain::Idea>)>,
    retry: Box<Effect>,
) -> Vec<Effect> {
    let effects = update(app, message.clone(), stored, None);
    // The dialog says it; the status line names the dialog's keys.
    app.message = None;
    app.overlays
        .push(super::screen::Overlay::Dialog(super::app::Dialog::Clash {
            message,
            effect: retry,
        }));
    effects
}
