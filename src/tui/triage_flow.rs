//! The update side of triage: start on the new ideas shown, skip, go back
//! (undoing, as one step, everything done to the idea gone back to), and
//! leave with a summary of the session.

use super::app::{App, Dialog, UndoStep};
use super::msg::{Effect, TriageMsg};
use super::screen::{Overlay, Screen};
use super::triage::Triage;
use crate::domain::Stage;
use crate::ideas::Change;

/// The messages of triage.
pub fn update(app: &mut App, msg: TriageMsg) -> Vec<Effect> {
    match msg {
        TriageMsg::StartTriage if app.still_loading() => Vec::new(),
        TriageMsg::StartTriage => start(app),
        TriageMsg::TriageSkip => skip(app),
        TriageMsg::TriageBack => back(app),
        TriageMsg::LeaveTriage => leave(app),
    }
}

/// `t`: the new ideas among the results, oldest first.
pub fn start(app: &mut App) -> Vec<Effect> {
    let mut queue: Vec<(crate::domain::Timestamp, u64)> = {
        let cat = app.catalog();
        app.hits
            .iter()
            .map(|h| cat.row(h.index()))
            .filter(|r| r.stage == Stage::New)
            .map(|r| (r.created, r.id))
            .collect()
    };
    queue.sort_unstable();
    app.screen = Screen::Triage(Triage::new(
        queue.into_iter().map(|(_, id)| id).collect(),
        app.undo.len(),
    ));
    app.focus = super::app::Focus::List;
    super::cursor::load_shown(app)
}

pub fn skip(app: &mut App) -> Vec<Effect> {
    let depth = app.undo.len();
    if let Some(t) = app.screen.triage_mut() {
        t.advance(depth);
    }
    super::cursor::load_shown(app)
}

/// `Esc`: back to the list; a session left before its end says what it
/// did and what is still new (at the end the screen has said so already).
pub fn leave(app: &mut App) -> Vec<Effect> {
    if let Some(t) = app.screen.take_triage()
        && !t.done()
        && (t.pos > 0 || !t.decided.is_empty())
    {
        let mut lines = vec![t.headline()];
        lines.extend(t.summary());
        app.overlays.push(Overlay::Dialog(Dialog::Summary {
            title: format!(" {} ", crate::tr!("ui-triage-title-left")),
            lines,
        }));
    }
    let mut effects = vec![app.search()];
    effects.extend(super::cursor::load_shown(app));
    effects
}

/// After a stage key has been stored: note the decision (as `changes`
/// left the idea, else as the catalog has it) and go on.
pub fn decided(app: &mut App, changes: &[crate::ideas::Change]) {
    let depth = app.undo.len();
    let decision = app
        .screen
        .triage()
        .and_then(|t| t.current())
        .and_then(|id| {
            let after = changes
                .iter()
                .find_map(|(_, a)| a.as_ref().filter(|a| a.id == id));
            if let Some(a) = after {
                return Some((id, a.sector, a.stage));
            }
            let cat = app.catalog();
            cat.index_of(id)
                .map(|i| (id, cat.row(i).sector, cat.row(i).stage))
        });
    if let Some(t) = app.screen.triage_mut() {
        if let Some((id, sector, stage)) = decision {
            t.decided.retain(|(d, _, _)| *d != id);
            t.decided.push((id, sector, stage));
        }
        t.advance(depth);
    }
}

/// `u` in triage: undo what was done since arriving at the previous idea,
/// and show it again. What is undone is one restore, named in full.
pub fn back(app: &mut App) -> Vec<Effect> {
    let Some(t) = app.screen.triage_mut() else {
        return Vec::new();
    };
    let (pos, depth) = if t.visits.len() > 1 {
        t.visits.pop();
        *t.visits.last().unwrap_or(&(0, 0))
    } else {
        t.visits[0]
    };
    t.pos = pos;
    let back_to = t.current();
    t.decided.retain(|(id, _, _)| Some(*id) != back_to);
    let mut steps = Vec::new();
    while app.undo.len() > depth {
        steps.extend(app.undo.pop());
    }
    steps.reverse();
    let mut effects: Vec<Effect> = undo_all(&steps).into_iter().collect();
    effects.extend(super::cursor::load_shown(app));
    effects
}

/// One restore that undoes `steps` (oldest first): each idea goes back to
/// its state before the first of them, and the label names every change.
fn undo_all(steps: &[UndoStep]) -> Option<Effect> {
    if steps.is_empty() {
        return None;
    }
    // (current, target) per idea, in the order first touched.
    let mut net: Vec<Change> = Vec::new();
    for step in steps {
        for (before, after) in &step.changes {
            let Some(id) = before.as_ref().or(after.as_ref()).map(|i| i.id) else {
                continue;
            };
            let same = |c: &&mut Change| c.1.as_ref().or(c.0.as_ref()).map(|i| i.id) == Some(id);
            match net.iter_mut().find(same) {
                Some(entry) => entry.0 = after.clone(),
                None => net.push((after.clone(), before.clone())),
            }
        }
    }
    let labels: Vec<&str> = steps.iter().map(|s| s.label.as_str()).collect();
    Some(Effect::Restore {
        changes: net,
        label: join_labels(&labels),
        redo: false,
    })
}

/// `sector → Health for #4` and `stage → review for #4` as
/// `sector → Health, stage → review for #4`.
fn join_labels(labels: &[&str]) -> String {
    let sep = super::step_label::for_separator();
    let suffix = labels
        .first()
        .and_then(|l| l.rfind(&sep).map(|i| &l[i..]))
        .filter(|s| labels.iter().all(|l| l.ends_with(s)));
    match suffix {
        Some(s) => {
            let heads: Vec<&str> = labels.iter().map(|l| &l[..l.len() - s.len()]).collect();
            format!("{}{s}", heads.join(", "))
        }
        None => labels.join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::join_labels;

    #[test]
    fn labels_for_one_idea_share_their_subject() {
        assert_eq!(
            join_labels(&["sector → Health for #4", "note added for #4"]),
            "sector → Health, note added for #4"
        );
        assert_eq!(
            join_labels(&["sector → Health for #4", "archived for 3 ideas"]),
            "sector → Health for #4; archived for 3 ideas"
        );
        assert_eq!(
            join_labels(&["stage → review for #9"]),
            "stage → review for #9"
        );
    }
}
