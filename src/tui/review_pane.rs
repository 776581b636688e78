//! The review pane's state (issue 18, point 2): the rubric's criteria,
//! then the confidence, the comment and Save, one step at a time. A digit
//! scores the step it is on and moves to the next, so a review of five
//! criteria is five digits, a confidence, the comment and a confirm.
//! Nothing here touches the store: [`ReviewPane::review`] makes the
//! [`Review`] that update saves as an `Edit::Review`, as `sprout review`
//! does.

use super::keymap::{Context, Scope};
use crate::domain::review::{CONFIDENCE, Given, review};
use crate::domain::{Idea, Review, Rubric, Timestamp};
use ratatui_textarea::{Input, TextArea};

/// Where the pane is: a criterion (by its place in the rubric), the
/// confidence, the comment or Save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Criterion(usize),
    Confidence,
    Comment,
    Save,
}

/// What the confidence's digits mean, as the pane and its hints say it.
pub fn confidence_words() -> String {
    crate::tr!("ui-review-confidence-words")
}

pub struct ReviewPane {
    pub id: u64,
    pub title: String,
    /// The rubric the review is made with: the database's current one.
    pub rubric: Rubric,
    /// Who reviews: the store's actor.
    pub reviewer: String,
    /// The reviewer's review of the idea as it was when the pane opened.
    pub earlier: Option<Review>,
    /// A score for each criterion of the rubric, in its order.
    pub scores: Vec<Option<u8>>,
    pub confidence: Option<u8>,
    pub comment: TextArea<'static>,
    /// The step the keys go to, as a place: the criteria, then the
    /// confidence, the comment and Save.
    place: usize,
    /// Digits typed for a criterion whose scale goes past 9 (`1` of `10`).
    pub typed: String,
    /// Why the last key did nothing, or what to do next.
    pub hint: Option<String>,
    /// Esc was pressed with scores typed: y drops them, n keeps editing.
    pub confirm_drop: bool,
    initial: (Vec<Option<u8>>, Option<u8>, String),
}

fn comment_area(text: &str) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(String::from).collect::<Vec<_>>());
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    area.set_cursor_line_style(ratatui::style::Style::default());
    area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    area.set_placeholder_text(crate::tr!("ui-review-comment-placeholder"));
    area
}

impl ReviewPane {
    /// The pane for `reviewer`'s review of `idea` by `rubric`: their own
    /// review filled in when they have one (its scores only when made with
    /// this rubric: another's criteria are scored again).
    pub fn new(idea: &Idea, rubric: Rubric, reviewer: &str) -> ReviewPane {
        let earlier = idea.review_by(reviewer).cloned();
        let same = earlier.as_ref().filter(|e| e.rubric == rubric.version);
        let scores: Vec<Option<u8>> = rubric
            .criteria
            .iter()
            .map(|c| same.and_then(|e| e.score(&c.name)))
            .collect();
        let confidence = same.map(|e| e.confidence);
        let comment = earlier
            .as_ref()
            .map_or(String::new(), |e| e.comment.clone());
        let hint = match &earlier {
            Some(e) if e.rubric != rubric.version => Some(crate::tr!(
                "ui-review-hint-old-rubric",
                was = e.rubric,
                now = rubric.version
            )),
            _ => None,
        };
        ReviewPane {
            id: idea.id,
            title: crate::domain::text::clean_line(&idea.title),
            reviewer: earlier
                .as_ref()
                .map_or(reviewer.to_string(), |e| e.by.clone()),
            initial: (scores.clone(), confidence, comment.clone()),
            comment: comment_area(&comment),
            rubric,
            earlier,
            scores,
            confidence,
            place: 0,
            typed: String::new(),
            hint,
            confirm_drop: false,
        }
    }

    pub fn step(&self) -> Step {
        let n = self.rubric.criteria.len();
        match self.place {
            k if k < n => Step::Criterion(k),
            k if k == n => Step::Confidence,
            k if k == n + 1 => Step::Comment,
            _ => Step::Save,
        }
    }

    fn last_place(&self) -> usize {
        self.rubric.criteria.len() + 2
    }

    fn go_to(&mut self, step: Step) {
        let n = self.rubric.criteria.len();
        self.place = match step {
            Step::Criterion(k) => k.min(n.saturating_sub(1)),
            Step::Confidence => n,
            Step::Comment => n + 1,
            Step::Save => n + 2,
        };
    }

    /// The keys that apply: those of the comment while in it.
    pub fn context(&self) -> Context {
        if self.step() == Step::Comment {
            Context::ReviewComment
        } else {
            Context::Review
        }
    }

    pub fn scope(&self) -> Scope {
        Scope::of(vec![self.context()])
    }

    pub fn comment_text(&self) -> String {
        self.comment.lines().join("\n")
    }

    /// Whether anything differs from what the pane opened with.
    pub fn changed(&self) -> bool {
        !self.typed.is_empty()
            || (self.scores.clone(), self.confidence, self.comment_text()) != self.initial
    }

    /// A digit on the step the pane is on: a score within the criterion's
    /// scale (or a confidence of 1-3) is kept and the pane moves on; one
    /// outside it is refused, with the scale, and nothing changes.
    pub fn digit(&mut self, d: u8) {
        self.hint = None;
        match self.step() {
            Step::Criterion(k) => self.score_digit(k, d),
            Step::Confidence if CONFIDENCE.contains(&d) => {
                self.confidence = Some(d);
                self.go_to(Step::Comment);
            }
            Step::Confidence => {
                self.hint = Some(crate::tr!(
                    "ui-review-hint-not-confidence",
                    digit = &d.to_string(),
                    words = &confidence_words()
                ));
            }
            Step::Comment | Step::Save => {}
        }
    }

    fn score_digit(&mut self, k: usize, d: u8) {
        let c = &self.rubric.criteria[k];
        let text = format!("{}{d}", self.typed);
        let value: u32 = text.parse().unwrap_or(u32::MAX);
        let (min, max) = (u32::from(c.min), u32::from(c.max));
        // Another digit could still make a score of the scale (`1` of 10).
        let longer = value != 0 && value * 10 <= max;
        if value > max || (value < min && !longer) {
            self.hint = Some(crate::tr!(
                "ui-review-hint-off-scale",
                criterion = &crate::i18n::criterion_label(c),
                scale = &c.scale(),
                typed = &text
            ));
            return;
        }
        if longer {
            self.typed = text;
            self.hint = Some(crate::tr!(
                "ui-review-hint-more-digits",
                criterion = &crate::i18n::criterion_label(c),
                value = &value.to_string()
            ));
            return;
        }
        self.typed.clear();
        self.scores[k] = Some(value as u8);
        self.place += 1;
    }

    /// Keeps the digits typed for a criterion, if they make a score; false
    /// (and a hint) when they do not, so the pane stays on it.
    fn keep_typed(&mut self) -> bool {
        if self.typed.is_empty() {
            return true;
        }
        let Step::Criterion(k) = self.step() else {
            self.typed.clear();
            return true;
        };
        let c = &self.rubric.criteria[k];
        let value: u8 = self.typed.parse().unwrap_or(u8::MAX);
        if !(c.min..=c.max).contains(&value) {
            self.hint = Some(crate::tr!(
                "ui-review-hint-off-scale",
                criterion = &crate::i18n::criterion_label(c),
                scale = &c.scale(),
                typed = &self.typed
            ));
            return false;
        }
        self.scores[k] = Some(value);
        self.typed.clear();
        true
    }

    /// Tab or Down: the next step.
    pub fn next(&mut self) {
        self.hint = None;
        if self.keep_typed() {
            self.place = (self.place + 1).min(self.last_place());
        }
    }

    /// Shift-Tab or Up: the step before.
    pub fn prev(&mut self) {
        self.hint = None;
        if self.keep_typed() {
            self.place = self.place.saturating_sub(1);
        }
    }

    /// Enter: on Save, true (save); elsewhere keeps what is typed and goes
    /// on.
    pub fn confirm(&mut self) -> bool {
        if self.step() == Step::Save {
            return true;
        }
        self.next();
        false
    }

    /// Backspace: the digits typed, else the step's score, cleared.
    pub fn clear(&mut self) {
        self.hint = None;
        if !self.typed.is_empty() {
            self.typed.clear();
            return;
        }
        match self.step() {
            Step::Criterion(k) => self.scores[k] = None,
            Step::Confidence => self.confidence = None,
            Step::Comment | Step::Save => {}
        }
    }

    /// A key typed into the comment; on another step, a key that is not a
    /// digit says what the step takes.
    pub fn input(&mut self, input: Input) {
        match self.step() {
            Step::Comment => {
                self.comment.input(input);
            }
            Step::Criterion(k) if matches!(input.key, ratatui_textarea::Key::Char(_)) => {
                let c = &self.rubric.criteria[k];
                self.hint = Some(crate::tr!(
                    "ui-review-hint-digit-scores",
                    criterion = &crate::i18n::criterion_label(c),
                    scale = &c.scale()
                ));
            }
            Step::Confidence if matches!(input.key, ratatui_textarea::Key::Char(_)) => {
                self.hint = Some(crate::tr!(
                    "ui-review-hint-digit-confidence",
                    words = &confidence_words()
                ));
            }
            _ => {}
        }
    }

    /// The review as it is now, when every criterion is scored: for the
    /// running total.
    pub fn total(&self) -> Option<f64> {
        let scores = self
            .rubric
            .criteria
            .iter()
            .zip(&self.scores)
            .map(|(c, s)| s.map(|s| (c.name.clone(), s)))
            .collect::<Option<Vec<_>>>()?;
        let draft = Review {
            by: self.reviewer.clone(),
            rubric: self.rubric.version,
            scores,
            confidence: self.confidence.unwrap_or(1),
            comment: String::new(),
            time: Timestamp(0),
        };
        draft.total(&self.rubric)
    }

    /// The review to save, made at `now` as `sprout review` makes it; or,
    /// when something is missing, the pane moves to it and says what.
    pub fn review(&mut self, now: Timestamp) -> Option<Review> {
        if !self.keep_typed() {
            return None;
        }
        let missing: Vec<String> = self
            .rubric
            .criteria
            .iter()
            .zip(&self.scores)
            .filter(|(_, s)| s.is_none())
            .map(|(c, _)| crate::i18n::criterion_label(c))
            .collect();
        if !missing.is_empty() {
            self.hint = Some(crate::tr!(
                "ui-review-hint-not-scored",
                criteria = &missing.join(", ")
            ));
            let first = self.scores.iter().position(Option::is_none).unwrap_or(0);
            self.go_to(Step::Criterion(first));
            return None;
        }
        if self.confidence.is_none() {
            self.hint = Some(crate::tr!(
                "ui-review-hint-needs-confidence",
                words = &confidence_words()
            ));
            self.go_to(Step::Confidence);
            return None;
        }
        let given = Given {
            scores: self
                .rubric
                .criteria
                .iter()
                .zip(&self.scores)
                .filter_map(|(c, s)| s.map(|s| (c.name.clone(), s)))
                .collect(),
            confidence: self.confidence,
            comment: Some(self.comment_text()),
        };
        match review(
            &self.rubric,
            &self.reviewer,
            &given,
            self.earlier.as_ref(),
            now,
        ) {
            Ok(made) => Some(made),
            Err(e) => {
                self.hint = Some(crate::tr!(
                    "ui-review-hint-nothing-saved",
                    problem = &crate::i18n::review_problem(&e)
                ));
                None
            }
        }
    }

    /// Whether `made` is the earlier review again (its time aside).
    pub fn unchanged(&self, made: &Review) -> bool {
        self.earlier.as_ref().is_some_and(|e| {
            Review {
                time: made.time,
                ..e.clone()
            } == *made
        })
    }
}
