//! The update side of settling near-copies: "mark as a duplicate of…" and
//! "not a duplicate of…" ask which idea (the likest offered first), and
//! become a [`Effect::Pair`], stored through the same functions as the
//! command line's `sprout set ID --duplicate-of N` ([`crate::ideas::pairs`])
//! and undone with `u` like any change.

use super::app::App;
use super::msg::Effect;
use super::prompt::PromptKind;

/// The idea the prompt offers for `id`: the likest of its similar ideas;
/// for "not a duplicate", failing those, the one it is marked a duplicate
/// of (saying so undoes the mark).
pub fn default_other(app: &App, id: u64, kind: &PromptKind) -> Option<String> {
    let idea = app.detail.idea.as_ref().filter(|d| d.id == id)?;
    let likest = app.similar.likes_of(idea).first().map(|m| m.id);
    let other = match kind {
        PromptKind::NotDuplicateOf => likest.or(idea.duplicate_of),
        _ => likest,
    };
    other.map(|o| o.to_string())
}

/// The prompt's answer: an idea's number (`877` or `#877`) that is not
/// one of `ids`, as a change to store; else why not, in the status line.
pub fn submit(app: &mut App, ids: Vec<u64>, text: &str, duplicate: bool) -> Vec<Effect> {
    let typed = text.trim();
    let Ok(other) = typed.trim_start_matches('#').parse::<u64>() else {
        let typed = crate::domain::text::printable(typed, false);
        app.message = Some(if typed.is_empty() {
            crate::tr!("ui-pair-none-given")
        } else {
            crate::tr!("ui-pair-not-a-number", typed = &typed)
        });
        return Vec::new();
    };
    if ids.contains(&other) {
        app.message = Some(crate::tr!("ui-pair-itself", other = &other.to_string()));
        return Vec::new();
    }
    if app.catalog().index_of(other).is_none() {
        app.message = Some(crate::tr!("ui-pair-no-such", other = &other.to_string()));
        return Vec::new();
    }
    let whom = match ids.as_slice() {
        [one] => format!("#{one}"),
        many => crate::tr!("ideas-count", count = many.len()),
    };
    let other_id = other.to_string();
    let label = if duplicate {
        crate::tr!("ui-step-duplicate", whom = &whom, other = &other_id)
    } else {
        crate::tr!("ui-step-not-duplicate", whom = &whom, other = &other_id)
    };
    // Marking a duplicate declines it, which in triage is its decision.
    let triage_next = duplicate && app.screen.triage().is_some();
    vec![Effect::Pair {
        ids,
        other,
        duplicate,
        label,
        triage_next,
    }]
}
