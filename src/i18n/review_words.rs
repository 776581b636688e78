//! Why a review cannot be made, in the language spoken.

use super::{Lang, label, language};
use crate::domain::names::{Named, Stage};
use crate::domain::reason::{Fit, PickProblem, ReasonProblem};
use crate::domain::review_problem::ReviewProblem;

pub fn review_problem(p: &ReviewProblem) -> String {
    match p {
        ReviewProblem::NameControl(name) => {
            crate::tr!("err-review-name-control", name = name.as_str())
        }
        ReviewProblem::NameEmpty => crate::tr!("err-review-name-empty"),
        ReviewProblem::NoCriterion {
            version,
            name,
            criteria,
        } => crate::tr!(
            "err-review-no-criterion",
            version = *version,
            name = name.as_str(),
            criteria = criteria.as_str()
        ),
        ReviewProblem::OutOfRange {
            criterion,
            min,
            max,
            value,
        } => crate::tr!(
            "err-review-out-of-range",
            criterion = super::criterion_label_of(criterion).as_str(),
            min = u32::from(*min),
            max = u32::from(*max),
            value = u32::from(*value)
        ),
        ReviewProblem::ScoredTwice(c) => crate::tr!(
            "err-review-scored-twice",
            criterion = super::criterion_label_of(c).as_str()
        ),
        ReviewProblem::Confidence(c) => {
            crate::tr!("err-review-confidence", value = u32::from(*c))
        }
        ReviewProblem::NotScored {
            missing,
            rubric_changed,
            confidence_too,
        } => {
            let mut out = String::new();
            if let Some((by, was, now)) = rubric_changed {
                out.push_str(&crate::tr!(
                    "err-review-rubric-changed",
                    who = super::person(by).as_str(),
                    was = *was,
                    now = *now
                ));
            }
            out.push_str(&crate::tr!(
                "err-review-not-scored",
                criteria = missing.join(", ").as_str()
            ));
            if *confidence_too {
                out.push_str("; ");
                out.push_str(&crate::tr!("err-review-needs-confidence"));
            }
            out
        }
        ReviewProblem::NeedsConfidence => crate::tr!("err-review-needs-confidence"),
        ReviewProblem::CommentTooLong(most) => {
            crate::tr!("err-review-comment-too-long", most = *most)
        }
    }
}

/// Why a reason cannot be made, in the language spoken.
pub fn reason_problem(p: &ReasonProblem) -> String {
    use crate::domain::reason::{MAX_KEY, MAX_LABEL};
    match p {
        ReasonProblem::NoLabel(key) => crate::tr!("err-reason-no-label", key = key.as_str()),
        ReasonProblem::LabelTooLong(key) => {
            crate::tr!(
                "err-reason-label-too-long",
                key = key.as_str(),
                most = MAX_LABEL
            )
        }
        ReasonProblem::KeyEmpty => crate::tr!("err-reason-key-empty"),
        ReasonProblem::KeyTooLong(key) => {
            crate::tr!(
                "err-reason-key-too-long",
                key = key.as_str(),
                most = MAX_KEY
            )
        }
        ReasonProblem::KeyNotAWord(key) => {
            crate::tr!("err-reason-key-not-a-word", key = key.as_str())
        }
        ReasonProblem::KeyNone => crate::tr!("err-reason-key-none"),
    }
}

/// Why what was typed names no reason for the decision, in the
/// language spoken.
pub fn pick_problem(p: &PickProblem) -> String {
    let Some(offered) = p.offered() else {
        let PickProblem::NotADecision(stage) = p else {
            unreachable!("every other problem names the reasons offered")
        };
        return crate::tr!("err-reason-not-a-decision", stage = &stage_word(*stage));
    };
    let stages = |fit: Fit| match fit {
        Fit::Decline => crate::tr!("err-reason-stages-decline"),
        Fit::Accept => crate::tr!("err-reason-stages-accept"),
    };
    let known = if offered.keys.is_empty() {
        crate::tr!("err-reason-none-kept", stages = &stages(offered.fit))
    } else {
        crate::tr!(
            "err-reason-offered",
            stages = &stages(offered.fit),
            keys = &offered.keys.join(", ")
        )
    };
    let why = match p {
        PickProblem::NotADecision(_) => unreachable!("answered above"),
        PickProblem::Ambiguous { given, .. } => {
            crate::tr!("err-reason-ambiguous", given = given.as_str())
        }
        PickProblem::Removed { key, .. } => {
            crate::tr!("err-reason-was-removed", key = key.as_str())
        }
        PickProblem::ForOther {
            key, fits, stage, ..
        } => crate::tr!(
            "err-reason-for-other",
            key = key.as_str(),
            stages = &stages(*fits),
            stage = &stage_word(*stage)
        ),
        PickProblem::Empty { .. } => crate::tr!("err-reason-empty"),
        PickProblem::Unknown { given, .. } => {
            crate::tr!("err-reason-unknown-given", given = given.as_str())
        }
    };
    format!("{why} ({known})")
}

/// A stage as the messages name it: its machine name in English (what
/// `--stage` takes), its label in Russian.
fn stage_word(stage: Stage) -> String {
    match language() {
        Lang::En => stage.name().to_string(),
        Lang::Ru => label(stage),
    }
}

/// `--for` given something that is no kind of decision.
pub fn not_a_fit(given: &str) -> String {
    crate::tr!(
        "err-reason-not-a-fit",
        given = &crate::domain::text::clean_line(given)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, speak_on_this_thread};

    /// English words the problem as its Display does, word for word.
    #[test]
    fn in_english_a_problem_reads_as_its_display_and_in_russian_it_is_russian() {
        let all = [
            ReviewProblem::NameControl("a\u{fffd}".into()),
            ReviewProblem::NameEmpty,
            ReviewProblem::NoCriterion {
                version: 2,
                name: "x".into(),
                criteria: "team, impact".into(),
            },
            ReviewProblem::OutOfRange {
                criterion: "team".into(),
                min: 1,
                max: 5,
                value: 9,
            },
            ReviewProblem::ScoredTwice("team".into()),
            ReviewProblem::Confidence(4),
            ReviewProblem::NotScored {
                missing: vec!["team".into(), "impact".into()],
                rubric_changed: Some(("anna".into(), 1, 2)),
                confidence_too: true,
            },
            ReviewProblem::NeedsConfidence,
            ReviewProblem::CommentTooLong(4000),
        ];
        for p in &all {
            assert_eq!(review_problem(p), p.to_string());
        }
        for p in [
            ReasonProblem::NoLabel("late".into()),
            ReasonProblem::LabelTooLong("late".into()),
            ReasonProblem::KeyEmpty,
            ReasonProblem::KeyTooLong("x".into()),
            ReasonProblem::KeyNotAWord("Late".into()),
            ReasonProblem::KeyNone,
        ] {
            assert_eq!(reason_problem(&p), p.to_string());
        }
        let _ru = speak_on_this_thread(Lang::Ru);
        for p in &all {
            let said = review_problem(p);
            assert!(said.chars().any(|c| ('а'..='я').contains(&c)), "{said}");
        }
        for p in [
            ReasonProblem::NoLabel("late".into()),
            ReasonProblem::KeyNone,
            ReasonProblem::KeyNotAWord("Late".into()),
        ] {
            let said = reason_problem(&p);
            assert!(said.chars().any(|c| ('а'..='я').contains(&c)), "{said}");
        }
        let reasons = crate::domain::reason::Reasons::default();
        let picks = [
            reasons.pick("x", Stage::New).unwrap_err(),
            reasons.pick("strong", Stage::Declined).unwrap_err(),
            reasons.pick("", Stage::Pilot).unwrap_err(),
            reasons.pick("zzz", Stage::Declined).unwrap_err(),
        ];
        for p in &picks {
            let said = pick_problem(p);
            assert!(said.chars().any(|c| ('а'..='я').contains(&c)), "{said}");
            assert!(!said.contains("reason"), "{said}");
        }
        assert!(
            not_a_fit("maybe").contains("решени"),
            "{}",
            not_a_fit("maybe")
        );
        drop(_ru);
        for p in &picks {
            assert_eq!(pick_problem(p), p.to_string());
        }
        assert_eq!(
            not_a_fit("maybe"),
            "'maybe' is not a kind of decision (valid: decline, accept)"
        );
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(
            review_problem(&all[3]),
            "у критерия «команда» баллы 1-5; 9 вне диапазона"
        );
    }
}
