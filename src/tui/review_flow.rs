//! The update side of the review pane: `R` asks the runtime for the idea
//! as stored and the rubric, the pane opens on them, and Save hands the
//! review to the store as the same `Edit::Review` the command line makes,
//! so it merges with others' changes, is in the history and `u` undoes it.

use super::app::App;
use super::msg::{Effect, ReviewMsg};
use super::review_pane::ReviewPane;
use super::screen::Overlay;
use crate::domain::{Edit, Idea, Rubric};

pub fn update(app: &mut App, msg: ReviewMsg) -> Vec<Effect> {
    if msg == ReviewMsg::Open {
        if app.still_loading() {
            return Vec::new();
        }
        return match app.shown_id() {
            Some(id) => vec![Effect::OpenReview(id)],
            None => {
                app.message = Some("no idea selected".into());
                Vec::new()
            }
        };
    }
    if msg == ReviewMsg::Save || (msg == ReviewMsg::Confirm && on_save(app)) {
        return save(app);
    }
    let Some(pane) = app.overlays.review_mut() else {
        return Vec::new();
    };
    match msg {
        ReviewMsg::Digit(d) => pane.digit(d),
        ReviewMsg::Next => pane.next(),
        ReviewMsg::Prev => pane.prev(),
        ReviewMsg::Confirm => {
            pane.confirm();
        }
        ReviewMsg::Clear => pane.clear(),
        ReviewMsg::Input(input) => pane.input(input),
        ReviewMsg::Cancel if pane.changed() => pane.confirm_drop = true,
        ReviewMsg::Cancel => {
            app.overlays.take_review();
        }
        ReviewMsg::Open | ReviewMsg::Save => {}
    }
    Vec::new()
}

fn on_save(app: &App) -> bool {
    app.overlays
        .review()
        .is_some_and(|p| p.step() == super::review_pane::Step::Save)
}

/// The idea and the rubric arrived: the pane opens, unless the person
/// moved on to another idea meanwhile or a pane is up already.
pub fn ready(app: &mut App, idea: Idea, rubric: Rubric, rubrics: Vec<Rubric>, reviewer: String) {
    app.rubrics = rubrics;
    if app.shown_id() != Some(idea.id) || app.overlays.review().is_some() {
        return;
    }
    app.overlays.push(Overlay::Review(Box::new(ReviewPane::new(
        &idea, rubric, &reviewer,
    ))));
}

/// Esc's question answered: `y` drops what was typed, anything else goes
/// back to the pane.
pub fn answer_drop(app: &mut App, c: char) {
    if c == 'y' {
        app.overlays.take_review();
        app.message = Some("review dropped; nothing saved".into());
    } else if let Some(p) = app.overlays.review_mut() {
        p.confirm_drop = false;
    }
}

fn save(app: &mut App) -> Vec<Effect> {
    if super::live::keep_while_offline(app) {
        return Vec::new();
    }
    let now = app.now;
    let Some(pane) = app.overlays.review_mut() else {
        return Vec::new();
    };
    let Some(made) = pane.review(now) else {
        return Vec::new();
    };
    let id = pane.id;
    if pane.unchanged(&made) {
        app.overlays.take_review();
        app.message = Some(format!("no change: your review of #{id} is as it was"));
        return Vec::new();
    }
    let verb = if pane.earlier.is_some() {
        "changed"
    } else {
        "added"
    };
    let total = made
        .total(&pane.rubric)
        .map_or("—".into(), |t| format!("{t:.2}"));
    let who = crate::domain::text::printable(&made.by, false);
    app.overlays.take_review();
    vec![Effect::Edit {
        ids: vec![id],
        edits: vec![Edit::Review(made)],
        label: format!("{who}'s review of #{id} {verb}: total {total} of 5"),
        triage_next: false,
    }]
}
