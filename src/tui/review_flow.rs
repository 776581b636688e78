//! The update side of the review pane: `R` asks the runtime for the idea
//! as stored and the rubric, the pane opens on them, and Save hands the
//! review to the store as the same `Edit::Review` the command line makes,
//! so it merges with others' changes, is in the history and `u` undoes it.

use super::app::App;
use super::msg::{Effect, Reply, ReviewMsg};
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
                app.message = Some(crate::tr!("ui-no-idea-selected"));
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
        app.message = Some(crate::tr!("ui-review-dropped"));
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
        app.message = Some(crate::tr!("ui-review-unchanged", id = &id.to_string()));
        return Vec::new();
    }
    let verb = if pane.earlier.is_some() {
        "changed"
    } else {
        "added"
    };
    let id_text = id.to_string();
    let total = made
        .total(&pane.rubric)
        .map_or("—".into(), |t| crate::i18n::decimal(t, 2));
    let who = crate::i18n::person(&made.by);
    // Kept until the store answers: a refused save gives it back.
    app.review_saving = app.overlays.take_review().map(Box::new);
    vec![Effect::Edit {
        ids: vec![id],
        edits: vec![Edit::Review(made)],
        label: crate::tr!(
            "ui-step-review",
            who = &who,
            id = &id_text,
            verb = verb,
            total = &total
        ),
        triage_next: false,
    }]
}

/// What the store answered to a change, as far as a review being saved
/// cares (read before the reply is handled, without copying it).
pub enum Answer {
    Saved,
    Refused(String),
    Other,
}

impl Answer {
    pub fn of(reply: &Reply) -> Answer {
        match reply {
            Reply::Saved { .. } | Reply::Clashed { .. } => Answer::Saved,
            Reply::Refused { message, .. } => Answer::Refused(message.clone()),
            _ => Answer::Other,
        }
    }
}

/// The store's answer to a save: a review it refused (a full disk) comes
/// back in its pane as typed, to save again once there is room. A clash
/// carries the review in its question, to save over theirs or not.
pub fn settle(app: &mut App, answer: Answer) {
    match answer {
        Answer::Saved => app.review_saving = None,
        Answer::Refused(message) => {
            if let Some(mut pane) = app.review_saving.take() {
                pane.hint = Some(crate::tr!("ui-review-not-saved", problem = &message));
                app.overlays.push(Overlay::Review(pane));
            }
        }
        Answer::Other => {}
    }
}
