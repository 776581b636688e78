//! The update side of assigning reviewers in the UI (issue 18, point 5):
//! the key on the marked ideas (or the current one) asks who reviews,
//! then how many per idea; the runtime plans it as `sprout assign` does
//! (see `assign_work.rs`), the plan is shown and asked about, and a yes
//! applies it in one commit, one step of undo.

use super::app::{App, Dialog};
use super::assign_plan::Proposal;
use super::msg::Effect;
use super::prompt::{Prompt, PromptKind};
use super::screen::Overlay;
use crate::domain::assign_conflicts::{MAX_LEN, reviewer_key};
use crate::domain::text::clean_line;

/// Each idea's reviewers unless the last assignment asked for another.
const PER_IDEA: usize = 2;

/// The key: asks for the reviewers, offering those asked last, else every
/// reviewer the database knows (who reviewed, or was asked to).
pub fn open(app: &mut App) {
    let ids = app.targets();
    if ids.is_empty() {
        app.message = Some(crate::tr!("ui-no-idea-selected"));
        return;
    }
    let offered = if app.last_assignment.reviewers.is_empty() {
        known_reviewers(app).join(", ")
    } else {
        app.last_assignment.reviewers.clone()
    };
    let prompt = Prompt::new(PromptKind::AssignReviewers, ids, &offered);
    app.overlays.push(Overlay::Prompt(Box::new(prompt)));
}

/// The reviewers of the rows, most often named first: those who reviewed
/// and those asked to.
fn known_reviewers(app: &App) -> Vec<String> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut count = |name: &str| {
        let key = reviewer_key(name);
        if key.is_empty() {
            return;
        }
        match seen.iter_mut().find(|(n, _)| reviewer_key(n) == key) {
            Some((_, n)) => *n += 1,
            None => seen.push((name.to_string(), 1)),
        }
    };
    for row in app.catalog().rows() {
        for mark in row.reviews.marks() {
            count(mark.by.as_str());
        }
    }
    seen.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    seen.into_iter().map(|(n, _)| n).collect()
}

/// The reviewers typed: then asks how many per idea.
pub fn reviewers_given(app: &mut App, ids: Vec<u64>, text: &str) -> Vec<Effect> {
    let reviewers = match parse_reviewers(text, &app.me) {
        Ok(r) => r,
        Err(why) => {
            app.message = Some(why);
            let again = Prompt::new(PromptKind::AssignReviewers, ids, text);
            app.overlays.push(Overlay::Prompt(Box::new(again)));
            return Vec::new();
        }
    };
    app.last_assignment.reviewers = reviewers.join(", ");
    let per = app.last_assignment.per_idea.unwrap_or(PER_IDEA);
    let prompt = Prompt::new(PromptKind::AssignPerIdea(reviewers), ids, &per.to_string());
    app.overlays.push(Overlay::Prompt(Box::new(prompt)));
    Vec::new()
}

/// How many per idea: then the runtime makes the plan.
pub fn per_idea_given(
    app: &mut App,
    ids: Vec<u64>,
    reviewers: Vec<String>,
    text: &str,
) -> Vec<Effect> {
    let per_idea = match text.trim().parse::<usize>() {
        Ok(n) if n >= 1 => n,
        _ => {
            app.message = Some(crate::tr!("panelfin-assign-bad-per-idea"));
            let again = Prompt::new(PromptKind::AssignPerIdea(reviewers), ids, text);
            app.overlays.push(Overlay::Prompt(Box::new(again)));
            return Vec::new();
        }
    };
    app.last_assignment.per_idea = Some(per_idea);
    vec![Effect::PlanAssignment {
        ids,
        reviewers,
        per_idea,
    }]
}

/// The plan arrived: asks whether to apply it (or says there is nothing
/// to do).
pub fn planned(app: &mut App, proposal: Proposal) {
    if proposal.plan.added() == 0 {
        let mut message = crate::tr!("panelfin-assign-nothing");
        if proposal.plan.short().next().is_some() {
            message = crate::tr!(
                "panelfin-assign-nothing-short",
                count = proposal.plan.short().count()
            );
        }
        app.message = Some(message);
        return;
    }
    let mut lines = proposal.lines();
    lines.push(String::new());
    lines.push(app.keymap.fill(&crate::tr!("panelfin-assign-apply")));
    app.overlays.push(Overlay::Dialog(Dialog::Plan {
        title: crate::tr!("panelfin-assign-title"),
        lines,
        effect: Box::new(Effect::Assign(Box::new(proposal))),
    }));
}

/// `anna, Boris,me`: each name cleaned, `me` as who runs the UI, each
/// once (case and spacing aside), as `sprout assign --reviewers` reads it.
pub fn parse_reviewers(text: &str, me: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for name in text.split(',') {
        let name = clean_line(name);
        let name = if name.eq_ignore_ascii_case("me") && !me.is_empty() {
            me.to_string()
        } else {
            name
        };
        if name.chars().count() > MAX_LEN {
            return Err(crate::tr!("panelfin-assign-name-too-long", max = MAX_LEN));
        }
        let key = reviewer_key(&name);
        if !key.is_empty() && !out.iter().any(|o| reviewer_key(o) == key) {
            out.push(name);
        }
    }
    if out.is_empty() {
        return Err(crate::tr!("panelfin-assign-no-reviewers"));
    }
    Ok(out)
}
