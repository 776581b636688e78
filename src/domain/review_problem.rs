//! Why a review cannot be made, as data: the command line and the review
//! pane put it into the language spoken (`i18n::review_problem`); its
//! Display is the English sentence.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewProblem {
    /// The reviewer's name (shown cut) has a control character.
    NameControl(String),
    NameEmpty,
    NoCriterion {
        version: u32,
        name: String,
        criteria: String,
    },
    OutOfRange {
        criterion: String,
        min: u8,
        max: u8,
        value: u8,
    },
    ScoredTwice(String),
    Confidence(u8),
    /// Criteria not scored; `rubric_changed` is (reviewer, their rubric
    /// version, the current one) when their review was made under an
    /// older rubric; `confidence_too` when no confidence is given either.
    NotScored {
        missing: Vec<String>,
        rubric_changed: Option<(String, u32, u32)>,
        confidence_too: bool,
    },
    NeedsConfidence,
    CommentTooLong(usize),
}

pub const NEEDS_CONFIDENCE: &str = "a review needs a confidence: --confidence 1, 2 or 3";

impl fmt::Display for ReviewProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewProblem::NameControl(name) => write!(
                f,
                "the reviewer's name '{name}' has a control character or a direction override"
            ),
            ReviewProblem::NameEmpty => f.write_str("the reviewer's name is empty"),
            ReviewProblem::NoCriterion {
                version,
                name,
                criteria,
            } => write!(
                f,
                "the rubric (version {version}) has no criterion '{name}' (criteria: {criteria})"
            ),
            ReviewProblem::OutOfRange {
                criterion,
                min,
                max,
                value,
            } => write!(
                f,
                "{criterion} is scored {min}-{max}; {value} is out of range"
            ),
            ReviewProblem::ScoredTwice(c) => write!(f, "{c} is scored twice"),
            ReviewProblem::Confidence(c) => write!(
                f,
                "confidence {c} is out of range: 1 (unsure), 2 (fairly sure) or 3 (sure)"
            ),
            ReviewProblem::NotScored {
                missing,
                rubric_changed,
                confidence_too,
            } => {
                if let Some((by, was, now)) = rubric_changed {
                    write!(
                        f,
                        "{by}'s review was made with rubric version {was}, and the rubric is now version {now}: score every criterion again; "
                    )?;
                }
                write!(
                    f,
                    "not scored: {} (give --score NAME=N for each)",
                    missing.join(", ")
                )?;
                if *confidence_too {
                    write!(f, "; {NEEDS_CONFIDENCE}")?;
                }
                Ok(())
            }
            ReviewProblem::NeedsConfidence => f.write_str(NEEDS_CONFIDENCE),
            ReviewProblem::CommentTooLong(most) => {
                write!(f, "the comment is longer than {most} characters")
            }
        }
    }
}
