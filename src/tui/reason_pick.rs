//! The reason menu (issue 18, point 6): right after a stage key that
//! declines or accepts, one more key picks the decision's reason from the
//! database's list (`1`-`9`); `Enter` or `Esc` leave it without one, and
//! any other key closes the menu and does what it does. The stage is set
//! by its own key, so a reason is a second change, joined to the stage's
//! step of undo: `u` takes back both.

use super::app::{App, Pending, UndoStep};
use super::msg::Effect;
use crate::domain::reason::{Fit, Reason};
use crate::domain::{Edit, Stage};
use crate::ideas::Change;

/// After a stage key: opens the menu when the stage is a decision and
/// the database has reasons for it.
pub fn offer(app: &mut App, ids: Vec<u64>, stage: Stage) {
    let Some(fit) = Fit::of(stage) else {
        return;
    };
    if ids.is_empty() || app.reasons.offered(fit).next().is_none() {
        return;
    }
    app.pending = Some(Pending::Reason { ids, fit });
}

/// The reasons the open menu offers, in its order (keys 1-9).
pub fn offered(app: &App) -> Vec<&Reason> {
    match &app.pending {
        Some(Pending::Reason { fit, .. }) => app
            .reasons
            .offered(*fit)
            .take(crate::domain::reason::MAX_OFFERED)
            .collect(),
        _ => Vec::new(),
    }
}

/// `1`-`9` in the menu: gives the ideas just decided the reason so
/// numbered, if they still have the decision it fits.
pub fn pick(app: &mut App, n: u8) -> Vec<Effect> {
    let Some(reason) = offered(app).get(usize::from(n) - 1).map(|r| (*r).clone()) else {
        let count = offered(app).len();
        app.message = Some(crate::tr!(
            "ui-reason-out-of-menu",
            number = u32::from(n),
            count = count
        ));
        return Vec::new();
    };
    let Some(Pending::Reason { ids, fit }) = app.pending.take() else {
        return Vec::new();
    };
    // A stage refused (someone changed the idea first) has no reason.
    let decided: Vec<u64> = {
        let cat = app.catalog();
        ids.into_iter()
            .filter(|id| {
                cat.index_of(*id)
                    .is_some_and(|i| Fit::of(cat.row(i).stage) == Some(fit))
            })
            .collect()
    };
    if decided.is_empty() {
        app.message = Some(crate::tr!("ui-reason-stage-not-set"));
        return Vec::new();
    }
    app.join_undo = true;
    let what = crate::tr!(
        "ui-step-reason",
        reason = &crate::i18n::reason_label(&reason)
    );
    vec![Effect::Edit {
        label: super::step_label::label(&what, &decided),
        ids: decided,
        edits: vec![Edit::Reason(reason.key.clone())],
        triage_next: false,
    }]
}

/// Whether a reason's changes follow the stage's step `step`: it set the
/// stage of each of these ideas (a stage key on an idea already at that
/// stage changed nothing, and so left no step to join).
pub fn joins(step: &UndoStep, changes: &[Change]) -> bool {
    step.label.starts_with(&super::step_label::stage_prefix())
        && changes.iter().all(|(before, _)| {
            before.as_ref().is_some_and(|b| {
                step.changes
                    .iter()
                    .any(|(_, a)| a.as_ref().is_some_and(|a| a.id == b.id))
            })
        })
}

/// Joins a reason's change to the stage's step before it: each idea goes
/// back, on undo, to before the stage, and the label names both.
pub fn join(step: &mut UndoStep, label: String, changes: Vec<Change>) {
    for (before, after) in changes {
        let id = before.as_ref().or(after.as_ref()).map(|i| i.id);
        let same = |c: &&mut Change| c.0.as_ref().or(c.1.as_ref()).map(|i| i.id) == id;
        match step.changes.iter_mut().find(same) {
            Some(entry) => entry.1 = after,
            None => step.changes.push((before, after)),
        }
    }
    let head = super::step_label::split(&label).map_or(label.as_str(), |(h, _)| h);
    step.label = match super::step_label::split(&step.label) {
        Some((stage, whom)) => {
            let sep = super::step_label::for_separator();
            format!("{stage}, {head}{sep}{whom}")
        }
        None => format!("{}, {label}", step.label),
    };
}
