//! Picking the reason a decision is given with from what was typed
//! (`--reason bud`, the triage picker's filter): a key, or the prefix of
//! one key only, among the reasons offered for that kind of decision.
//! What went wrong is data, so that the i18n layer can say it in the
//! language spoken; its Display is the English.

use super::{Fit, Reason, Reasons};
use crate::domain::names::{Named, Stage};
use crate::domain::text::clean_line;
use std::fmt;

/// Why what was typed names no reason for the decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickProblem {
    /// New and review are no decision.
    NotADecision(Stage),
    /// The prefix of more than one offered key.
    Ambiguous {
        given: String,
        offered: Offered,
    },
    Removed {
        key: String,
        offered: Offered,
    },
    /// A reason for the other kind of decision.
    ForOther {
        key: String,
        fits: Fit,
        stage: Stage,
        offered: Offered,
    },
    Empty {
        offered: Offered,
    },
    Unknown {
        given: String,
        offered: Offered,
    },
}

/// The reasons that would have fitted, for the message's tail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered {
    pub fit: Fit,
    pub keys: Vec<String>,
}

impl Reasons {
    /// The reason `input` names for a move to `stage`: its key, or a
    /// prefix of one key only, among those offered for that decision.
    /// The error names the reasons that fit.
    pub fn pick(&self, input: &str, stage: Stage) -> Result<&Reason, PickProblem> {
        let wanted = input.trim().to_lowercase();
        let Some(fit) = Fit::of(stage) else {
            return Err(PickProblem::NotADecision(stage));
        };
        let offered: Vec<&Reason> = self.offered(fit).collect();
        let known = || Offered {
            fit,
            keys: offered.iter().map(|r| r.key.clone()).collect(),
        };
        if let Some(exact) = offered.iter().find(|r| r.key == wanted) {
            return Ok(exact);
        }
        let hits: Vec<&&Reason> = offered
            .iter()
            .filter(|r| !wanted.is_empty() && r.key.starts_with(&wanted))
            .collect();
        match hits.as_slice() {
            [one] => Ok(one),
            [_, _, ..] => Err(PickProblem::Ambiguous {
                given: clean_line(input),
                offered: known(),
            }),
            [] => {
                // A prefix of one other reason's key means that one.
                let mut others = self
                    .all
                    .iter()
                    .filter(|r| !wanted.is_empty() && r.key.starts_with(&wanted));
                let named = match (others.next(), others.next()) {
                    (Some(one), None) => Some(one),
                    _ => self.get(&wanted),
                };
                Err(match named {
                    Some(r) if r.removed => PickProblem::Removed {
                        key: r.key.clone(),
                        offered: known(),
                    },
                    Some(r) => PickProblem::ForOther {
                        key: r.key.clone(),
                        fits: r.fits,
                        stage,
                        offered: known(),
                    },
                    None if wanted.is_empty() => PickProblem::Empty { offered: known() },
                    None => PickProblem::Unknown {
                        given: clean_line(input),
                        offered: known(),
                    },
                })
            }
        }
    }
}

impl PickProblem {
    /// The reasons that would have fitted, where the decision takes one.
    pub fn offered(&self) -> Option<&Offered> {
        match self {
            PickProblem::NotADecision(_) => None,
            PickProblem::Ambiguous { offered, .. }
            | PickProblem::Removed { offered, .. }
            | PickProblem::ForOther { offered, .. }
            | PickProblem::Empty { offered }
            | PickProblem::Unknown { offered, .. } => Some(offered),
        }
    }
}

impl fmt::Display for Offered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.keys.is_empty() {
            write!(
                f,
                "no reasons are kept for {} (sprout reasons add)",
                self.fit.stages()
            )
        } else {
            write!(
                f,
                "reasons for {}: {}",
                self.fit.stages(),
                self.keys.join(", ")
            )
        }
    }
}

impl fmt::Display for PickProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PickProblem::NotADecision(stage) => write!(
                f,
                "stage {} is not a decision and takes no reason (a reason goes with declined, incubation, pilot, scaling or sustainable)",
                stage.name()
            ),
            PickProblem::Ambiguous { given, offered } => {
                write!(f, "ambiguous reason '{given}' ({offered})")
            }
            PickProblem::Removed { key, offered } => {
                write!(f, "reason '{key}' was removed ({offered})")
            }
            PickProblem::ForOther {
                key,
                fits,
                stage,
                offered,
            } => write!(
                f,
                "reason '{key}' is for {}, not {} ({offered})",
                fits.stages(),
                stage.name()
            ),
            PickProblem::Empty { offered } => write!(f, "the reason is empty ({offered})"),
            PickProblem::Unknown { given, offered } => {
                write!(f, "unknown reason '{given}' ({offered})")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_picked_by_key_or_prefix_among_those_that_fit() {
        let r = Reasons::default();
        assert_eq!(r.pick("budget", Stage::Declined).unwrap().key, "budget");
        assert_eq!(r.pick(" Bud", Stage::Declined).unwrap().key, "budget");
        assert_eq!(r.pick("strong", Stage::Pilot).unwrap().key, "strong-fit");
        assert_eq!(
            r.pick("strong-fit", Stage::Declined)
                .unwrap_err()
                .to_string(),
            "reason 'strong-fit' is for incubation, pilot, scaling and sustainable, not declined (reasons for declined: out-of-scope, budget, unsustainable, duplicate)"
        );
        assert_eq!(
            r.pick("cheap", Stage::Incubation).unwrap_err().to_string(),
            "unknown reason 'cheap' (reasons for incubation, pilot, scaling and sustainable: strong-fit, mentoring)"
        );
        assert!(matches!(
            r.pick("strong", Stage::Declined),
            Err(PickProblem::ForOther { ref key, .. }) if key == "strong-fit"
        ));
        assert_eq!(
            r.pick("budget", Stage::Review),
            Err(PickProblem::NotADecision(Stage::Review))
        );
        assert!(matches!(
            r.pick("", Stage::Declined),
            Err(PickProblem::Empty { .. })
        ));
    }
}
