//! A reviewer's review of an idea (issue 18, point 2): a score for each
//! criterion of the rubric version it was made with, a confidence (1-3)
//! and a comment. An idea holds one review per reviewer (see
//! [`super::Edit::Review`]); a new one from the same reviewer replaces it,
//! and the history keeps what it was.

pub use super::review_problem::ReviewProblem;
use super::rubric::Rubric;
use super::text::{clean_line, clean_multiline, is_forbidden};
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Lowest and highest confidence: 1 unsure, 2 fairly sure, 3 sure.
pub const CONFIDENCE: std::ops::RangeInclusive<u8> = 1..=3;
/// Longest comment, in characters: as long as a note may be (the idea's
/// `NOTE_MAX`, not named here: `idea.rs` names this file).
pub const COMMENT_MAX: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The reviewer, as named (the actor, or `--as` on sled).
    pub by: String,
    /// The version of the rubric it was made with.
    pub rubric: u32,
    /// A score for each criterion of that rubric, in its order.
    pub scores: Vec<(String, u8)>,
    pub confidence: u8,
    pub comment: String,
    /// When it was last changed.
    pub time: Timestamp,
}

/// The weighted total on a 1-5 scale of the scores `score` gives for
/// `rubric`'s criteria (see [`Review::total`]; the list's rows hold their
/// reviews' scores without the rest of the review, and total them the
/// same way). `None` if a criterion has no score.
pub fn weighted_total(rubric: &Rubric, score: impl Fn(&str) -> Option<u8>) -> Option<f64> {
    let (mut sum, mut weights) = (0.0, 0.0);
    for c in &rubric.criteria {
        let s = score(&c.name)?;
        let span = f64::from(c.max - c.min);
        sum += f64::from(c.weight) * f64::from(s.saturating_sub(c.min)) / span;
        weights += f64::from(c.weight);
    }
    (weights > 0.0).then(|| 1.0 + 4.0 * sum / weights)
}

/// What a reviewer gives on the command line or in the pane: scores by
/// criterion name, and perhaps a confidence and a comment.
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub scores: Vec<(String, u8)>,
    pub confidence: Option<u8>,
    pub comment: Option<String>,
}

impl Review {
    /// Whether this is `reviewer`'s (names are compared without case).
    pub fn is_by(&self, reviewer: &str) -> bool {
        self.by.to_lowercase() == reviewer.trim().to_lowercase()
    }

    /// The score given for `criterion`, if any.
    pub fn score(&self, criterion: &str) -> Option<u8> {
        self.scores
            .iter()
            .find(|(c, _)| c == criterion)
            .map(|(_, s)| *s)
    }

    /// The weighted total on a 1-5 scale, whatever the criteria's own
    /// scales: each score placed on its scale (0 at its lowest, 1 at its
    /// highest), weighted, and the mean put on 1-5. `None` when the rubric
    /// is not the one it was made with.
    pub fn total(&self, rubric: &Rubric) -> Option<f64> {
        if rubric.version != self.rubric {
            return None;
        }
        weighted_total(rubric, |name| self.score(name))
    }

    /// This review's scores checked against `rubric` (the one it names)
    /// and put in its order: each criterion scored once, within its
    /// scale, and no other. Or what is wrong, as (the criterion, if it is
    /// one criterion's, and a sentence).
    pub fn fits(&self, rubric: &Rubric) -> Result<Vec<(String, u8)>, String> {
        for (k, (name, value)) in self.scores.iter().enumerate() {
            let Some(c) = rubric.criteria.iter().find(|c| c.name == *name) else {
                let names: Vec<&str> = rubric.criteria.iter().map(|c| c.name.as_str()).collect();
                return Err(format!(
                    "rubric version {} has no criterion '{}' (criteria: {})",
                    rubric.version,
                    super::rubric::shown_name(name),
                    names.join(", ")
                ));
            };
            if !(c.min..=c.max).contains(value) {
                return Err(format!(
                    "{}: {value} is out of range {}-{}",
                    c.name, c.min, c.max
                ));
            }
            if self.scores[..k].iter().any(|(n, _)| n == name) {
                return Err(format!("{}: scored twice", c.name));
            }
        }
        let missing: Vec<&str> = rubric
            .criteria
            .iter()
            .filter(|c| self.score(&c.name).is_none())
            .map(|c| c.name.as_str())
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "not scored: {} (rubric version {} scores every criterion)",
                missing.join(", "),
                rubric.version
            ));
        }
        Ok(rubric
            .criteria
            .iter()
            .filter_map(|c| Some((c.name.clone(), self.score(&c.name)?)))
            .collect())
    }

    /// One line for the history and for `show`: `anna: relevance 4,
    /// impact 5 · confidence 2 · "comment…"`.
    pub fn describe(&self) -> String {
        let scores: Vec<String> = self
            .scores
            .iter()
            .map(|(c, s)| format!("{c} {s}"))
            .collect();
        let mut out = format!(
            "{}: {} · confidence {}",
            self.by,
            scores.join(", "),
            self.confidence
        );
        let comment = clean_line(&self.comment);
        if !comment.is_empty() {
            const SHOWN: usize = 60;
            let cut: String = comment.chars().take(SHOWN).collect();
            let more = if comment.chars().count() > SHOWN {
                "…"
            } else {
                ""
            };
            out.push_str(&format!(" · \"{cut}{more}\""));
        }
        out
    }
}

/// `reviewer`'s review made of `given` with `rubric` (the database's
/// current one) at `now`, changing `earlier` (their review of the idea,
/// if any): scores not given keep the earlier ones when it was made with
/// the same rubric; a new review, or one under a changed rubric, must
/// score every criterion and give a confidence. Or what is wrong, in a
/// sentence.
pub fn review(
    rubric: &Rubric,
    reviewer: &str,
    given: &Given,
    earlier: Option<&Review>,
    now: Timestamp,
) -> Result<Review, ReviewProblem> {
    // A name is matched (one review per reviewer, `reviewer:anna`): one
    // with a control character is refused, not quietly made another.
    if reviewer.chars().any(is_forbidden) {
        return Err(ReviewProblem::NameControl(super::rubric::shown_name(
            reviewer,
        )));
    }
    let by = clean_line(reviewer);
    if by.is_empty() {
        return Err(ReviewProblem::NameEmpty);
    }
    let names = || {
        rubric
            .criteria
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut scores: Vec<(String, Option<u8>)> = rubric
        .criteria
        .iter()
        .map(|c| (c.name.clone(), None))
        .collect();
    for (name, value) in &given.scores {
        let Some(c) = rubric.criterion(name) else {
            return Err(ReviewProblem::NoCriterion {
                version: rubric.version,
                name: clean_line(name),
                criteria: names(),
            });
        };
        if !(c.min..=c.max).contains(value) {
            return Err(ReviewProblem::OutOfRange {
                criterion: c.name.clone(),
                min: c.min,
                max: c.max,
                value: *value,
            });
        }
        let slot = scores.iter_mut().find(|(n, _)| *n == c.name);
        if let Some((_, s)) = slot {
            if s.is_some() {
                return Err(ReviewProblem::ScoredTwice(c.name.clone()));
            }
            *s = Some(*value);
        }
    }
    let same_rubric = earlier.filter(|e| e.rubric == rubric.version);
    let mut missing = Vec::new();
    let scores: Vec<(String, u8)> = scores
        .into_iter()
        .filter_map(|(name, s)| {
            let kept = s.or_else(|| same_rubric.and_then(|e| e.score(&name)));
            if kept.is_none() {
                missing.push(name.clone());
            }
            kept.map(|s| (name, s))
        })
        .collect();
    // Everything missing is said at once: a reviewer re-scoring after a
    // rubric change learns in one try that the confidence is asked too.
    let confidence = given.confidence.or(same_rubric.map(|e| e.confidence));
    if let Some(c) = confidence.filter(|c| !CONFIDENCE.contains(c)) {
        return Err(ReviewProblem::Confidence(c));
    }
    if !missing.is_empty() {
        return Err(ReviewProblem::NotScored {
            missing,
            rubric_changed: earlier
                .filter(|e| e.rubric != rubric.version)
                .map(|e| (by.clone(), e.rubric, rubric.version)),
            confidence_too: confidence.is_none(),
        });
    }
    let Some(confidence) = confidence else {
        return Err(ReviewProblem::NeedsConfidence);
    };
    let comment = match &given.comment {
        Some(c) => clean_multiline(c),
        None => earlier.map(|e| e.comment.clone()).unwrap_or_default(),
    };
    if comment.chars().count() > COMMENT_MAX {
        return Err(ReviewProblem::CommentTooLong(COMMENT_MAX));
    }
    Ok(Review {
        by: earlier.map_or(by, |e| e.by.clone()),
        rubric: rubric.version,
        scores,
        confidence,
        comment,
        time: now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn given(scores: &[(&str, u8)], confidence: Option<u8>) -> Given {
        Given {
            scores: scores.iter().map(|(n, s)| (n.to_string(), *s)).collect(),
            confidence,
            comment: None,
        }
    }

    const ALL: [(&str, u8); 5] = [
        ("relevance", 4),
        ("impact", 5),
        ("feasibility", 3),
        ("sustainability", 2),
        ("team", 4),
    ];

    #[test]
    fn a_new_review_scores_every_criterion_and_gives_a_confidence() {
        let r = Rubric::default_rubric();
        let made = review(&r, "anna", &given(&ALL, Some(2)), None, Timestamp(5)).unwrap();
        assert_eq!(made.rubric, 1);
        assert_eq!(made.score("impact"), Some(5));
        assert_eq!(
            (made.total(&r).unwrap() * 100.0).round(),
            360.0,
            "the mean of 4 5 3 2 4"
        );
        let err = review(&r, "anna", &given(&ALL[..3], Some(2)), None, Timestamp(5))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "not scored: sustainability, team (give --score NAME=N for each)"
        );
        let err = review(&r, "anna", &given(&ALL, None), None, Timestamp(5))
            .unwrap_err()
            .to_string();
        assert!(err.contains("needs a confidence"), "{err}");
        let err = review(&r, "anna", &given(&ALL, Some(4)), None, Timestamp(5))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("confidence 4 is out of range"), "{err}");
        let err = review(
            &r,
            "anna",
            &given(&[("reach", 3)], Some(2)),
            None,
            Timestamp(5),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("has no criterion 'reach' (criteria: relevance,"),
            "{err}"
        );
        let err = review(
            &r,
            "anna",
            &given(&[("team", 6)], Some(2)),
            None,
            Timestamp(5),
        )
        .unwrap_err()
        .to_string();
        assert_eq!(err, "team is scored 1-5; 6 is out of range");
        let err = review(
            &r,
            "anna",
            &given(&[("team", 3), ("Team", 4)], Some(2)),
            None,
            Timestamp(5),
        )
        .unwrap_err()
        .to_string();
        assert_eq!(err, "team is scored twice");
    }

    #[test]
    fn a_change_keeps_what_it_does_not_give_unless_the_rubric_changed() {
        let r = Rubric::default_rubric();
        let first = review(&r, "anna", &given(&ALL, Some(2)), None, Timestamp(5)).unwrap();
        let changed = review(
            &r,
            "ANNA",
            &given(&[("team", 1)], None),
            Some(&first),
            Timestamp(6),
        )
        .unwrap();
        assert_eq!(changed.by, "anna", "the reviewer keeps their name");
        assert_eq!(changed.score("team"), Some(1));
        assert_eq!(changed.score("impact"), Some(5));
        assert_eq!(changed.confidence, 2);
        let mut two = Rubric::new(r.criteria[..2].to_vec()).unwrap();
        two.version = 2;
        let err = review(
            &two,
            "anna",
            &given(&[("impact", 2)], None),
            Some(&first),
            Timestamp(7),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with(
                "anna's review was made with rubric version 1, and the rubric is now version 2"
            ),
            "{err}"
        );
        // The scores and the confidence missing are said in one error.
        assert!(
            err.ends_with(
                "not scored: relevance (give --score NAME=N for each); a review needs a confidence: --confidence 1, 2 or 3"
            ),
            "{err}"
        );
        let again = review(
            &two,
            "anna",
            &given(&[("impact", 2), ("relevance", 3)], Some(3)),
            Some(&first),
            Timestamp(7),
        )
        .unwrap();
        assert_eq!((again.rubric, again.confidence), (2, 3));
        assert_eq!(first.total(&two), None, "read only by its own rubric");
    }

    #[test]
    fn a_reviewer_name_with_a_control_character_is_refused() {
        let r = Rubric::default_rubric();
        let err = review(
            &r,
            "an\u{202e}na",
            &given(&ALL, Some(2)),
            None,
            Timestamp(5),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("direction override"), "{err}");
    }

    #[test]
    fn a_review_fits_the_rubric_it_names_or_says_why_not() {
        let r = Rubric::default_rubric();
        let made = review(&r, "anna", &given(&ALL, Some(2)), None, Timestamp(5)).unwrap();
        let mut shuffled = made.clone();
        shuffled.scores.reverse();
        assert_eq!(shuffled.fits(&r).unwrap(), made.scores, "put in order");
        let with = |f: &dyn Fn(&mut Review)| {
            let mut bad = made.clone();
            f(&mut bad);
            bad.fits(&r).unwrap_err()
        };
        assert_eq!(
            with(&|b| b.scores[4].1 = 99),
            "team: 99 is out of range 1-5"
        );
        assert_eq!(
            with(&|b| b.scores[0].0 = "reach".into()),
            "rubric version 1 has no criterion 'reach' (criteria: relevance, impact, feasibility, sustainability, team)"
        );
        assert_eq!(
            with(&|b| b.scores.push(("team".into(), 3))),
            "team: scored twice"
        );
        assert_eq!(
            with(&|b| {
                b.scores.pop();
            }),
            "not scored: team (rubric version 1 scores every criterion)"
        );
    }

    #[test]
    fn a_comment_may_be_as_long_as_a_note() {
        assert_eq!(COMMENT_MAX, crate::domain::idea::NOTE_MAX);
    }

    #[test]
    fn a_total_weighs_each_criterion_on_its_own_scale() {
        let mut r = Rubric::default_rubric();
        r.criteria.truncate(2);
        r.criteria[0].weight = 3;
        r.criteria[1].min = 0;
        r.criteria[1].max = 10;
        let made = review(
            &r,
            "boris",
            &given(&[("relevance", 5), ("impact", 0)], Some(1)),
            None,
            Timestamp(1),
        )
        .unwrap();
        // relevance at the top (1.0) weighs 3, impact at the bottom (0.0) 1.
        assert_eq!(made.total(&r), Some(4.0));
        assert_eq!(
            made.describe(),
            "boris: relevance 5, impact 0 · confidence 1"
        );
    }
}
