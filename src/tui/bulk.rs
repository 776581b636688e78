//! Changes to many ideas at once ask first: a digit pressed with 300 ideas
//! marked should not reclassify them all unasked. Once answered, the change
//! is the same single edit (and so one step of undo) as any other.

use super::app::{App, Dialog};
use super::msg::Effect;
use super::screen::Overlay;
use crate::domain::Edit;
use crate::i18n::label;
use crate::tr;

/// A change to more ideas than this asks first.
pub const ASK_ABOVE: usize = 50;

/// The edit effect as it is, or a question that carries it.
pub fn edit_or_ask(app: &mut App, effect: Effect) -> Vec<Effect> {
    match &effect {
        Effect::Edit { ids, edits, .. } if ids.len() > ASK_ABOVE => {
            app.overlays.push(Overlay::Dialog(Dialog::Confirm {
                question: question(edits, ids.len()),
                effect: Box::new(effect),
            }));
            Vec::new()
        }
        _ => vec![effect],
    }
}

/// The question for `edits` on `n` ideas: `Set the sector of 300 ideas to
/// Health?`.
fn question(edits: &[Edit], n: usize) -> String {
    let text = |v: &str| crate::domain::text::printable(v, false);
    match edits {
        [Edit::Sector(s)] => tr!("ui-bulk-sector", count = n, value = &label(*s)),
        // The stage in lower case, as the keys name it (`pilot`).
        [Edit::Stage(s)] => tr!(
            "ui-bulk-stage",
            count = n,
            value = &label(*s).to_lowercase()
        ),
        [Edit::Score(Some(v))] => tr!("ui-bulk-score", count = n, value = &v.to_string()),
        [Edit::Score(None)] => tr!("ui-bulk-score-clear", count = n),
        [Edit::Assignee(a)] if a.is_empty() => tr!("ui-bulk-assignee-clear", count = n),
        [Edit::Assignee(a)] => tr!("ui-bulk-assignee", count = n, value = &text(a)),
        [Edit::Archived(true)] => tr!("ui-bulk-archive", count = n),
        [Edit::Archived(false)] => tr!("ui-bulk-restore", count = n),
        _ => tr!("ui-bulk-other", count = n),
    }
}

/// The answer to the question: `y` makes the change, anything else not.
/// A stage that declines or accepts opens the reason menu once it is
/// answered, as it does at once on fewer ideas.
pub fn answer(app: &mut App, effect: Effect, yes: bool) -> Vec<Effect> {
    if yes {
        if let Effect::Edit { ids, edits, .. } = &effect
            && let [Edit::Stage(stage)] = edits.as_slice()
        {
            super::reason_pick::offer(app, ids.clone(), *stage);
        }
        vec![effect]
    } else {
        app.message = Some(tr!("ui-bulk-nothing"));
        Vec::new()
    }
}

/// The answer to a clash: `y` saves the change over theirs, on purpose;
/// anything else keeps theirs.
pub fn clash_answer(app: &mut App, effect: Effect, answer: char) -> Vec<Effect> {
    if answer == 'y' {
        vec![Effect::Overwrite(Box::new(effect))]
    } else {
        app.message = Some(tr!("ui-clash-kept-theirs"));
        Vec::new()
    }
}
