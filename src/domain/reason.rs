//! The reasons a decision is given with (issue 18, point 6): a list kept in
//! the database, each reason a short key, a label and the kind of decision
//! it fits. A database starts with [`DEFAULTS`] and stores only what was
//! changed: a reason added, relabelled or removed is one record under its
//! key, so two officers changing two reasons at once do not undo each other.
//!
//! A removed reason is kept as a record marked `removed`: it is no longer
//! offered for a new decision, but the ideas decided with it keep it, and
//! their history, queries, letters and board packs still show its label.

mod pick;

pub use pick::{Offered, PickProblem};

use super::names::Stage;
use super::text::clean_line;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Longest key, in characters (it is typed in `--reason KEY`).
pub const MAX_KEY: usize = 24;
/// Longest label, in characters (one line of a picker).
pub const MAX_LABEL: usize = 60;
/// Most reasons offered for one kind of decision: the picker's keys 1-9.
pub const MAX_OFFERED: usize = 9;

/// The kind of decision a reason is given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Fit {
    /// A move to `declined`.
    Decline,
    /// A move to incubation, pilot, scaling or sustainable.
    Accept,
}

impl Fit {
    /// As typed after `--for`.
    pub fn name(self) -> &'static str {
        match self {
            Fit::Decline => "decline",
            Fit::Accept => "accept",
        }
    }

    /// As typed after `--for`; None for anything else (the caller says
    /// so in the language spoken).
    pub fn parse(input: &str) -> Option<Fit> {
        match input.trim().to_lowercase().as_str() {
            "decline" | "declines" | "declined" => Some(Fit::Decline),
            "accept" | "accepts" | "accepted" => Some(Fit::Accept),
            _ => None,
        }
    }

    /// The decision a move to `stage` is, if it is one: declining, or
    /// accepting into support (incubation and on). New and review are
    /// no decision, and take no reason.
    pub fn of(stage: Stage) -> Option<Fit> {
        match stage {
            Stage::Declined => Some(Fit::Decline),
            Stage::Incubation | Stage::Pilot | Stage::Scaling | Stage::Sustainable => {
                Some(Fit::Accept)
            }
            Stage::New | Stage::Review => None,
        }
    }

    /// The stages it is given for, as a phrase for messages.
    pub(super) fn stages(self) -> &'static str {
        match self {
            Fit::Decline => "declined",
            Fit::Accept => "incubation, pilot, scaling and sustainable",
        }
    }
}

/// One reason, as stored (only where it differs from the defaults).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// Lower-case, as typed: `budget`.
    pub key: String,
    pub label: String,
    pub fits: Fit,
    /// No longer offered; kept so that decisions made with it keep it.
    #[serde(default)]
    pub removed: bool,
    /// When and by whom it was last changed (0 and empty for a default).
    #[serde(default)]
    pub made: Timestamp,
    #[serde(default)]
    pub by: String,
}

/// The reasons a database starts with: why an idea is declined, then why
/// one is taken into support.
pub const DEFAULTS: &[(&str, &str, Fit)] = &[
    ("out-of-scope", "Out of scope", Fit::Decline),
    ("budget", "Budget unclear", Fit::Decline),
    ("unsustainable", "Not sustainable", Fit::Decline),
    ("duplicate", "Duplicate", Fit::Decline),
    ("strong-fit", "Strong fit", Fit::Accept),
    ("mentoring", "Needs mentoring", Fit::Accept),
];

/// The label of a default reason, for a reader with no database at hand.
pub fn default_label(key: &str) -> Option<&'static str> {
    DEFAULTS.iter().find(|d| d.0 == key).map(|d| d.1)
}

/// Why a reason cannot be made, as data (i18n puts it into words; its
/// Display is the English sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReasonProblem {
    NoLabel(String),
    LabelTooLong(String),
    KeyEmpty,
    KeyTooLong(String),
    KeyNotAWord(String),
    KeyNone,
}

impl std::fmt::Display for ReasonProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReasonProblem::NoLabel(key) => write!(f, "reason '{key}' has no label"),
            ReasonProblem::LabelTooLong(key) => write!(
                f,
                "the label of '{key}' is longer than {MAX_LABEL} characters"
            ),
            ReasonProblem::KeyEmpty => f.write_str("the reason's key is empty"),
            ReasonProblem::KeyTooLong(key) => {
                write!(f, "key '{key}' is longer than {MAX_KEY} characters")
            }
            ReasonProblem::KeyNotAWord(key) => write!(
                f,
                "key '{key}' must be a lower-case word (a-z, 0-9 or -, starting with a letter)"
            ),
            ReasonProblem::KeyNone => {
                f.write_str("key 'none' is taken: reason:none finds ideas without a reason")
            }
        }
    }
}

impl Reason {
    /// A new reason, checked: the key a lower-case word, the label one
    /// line of at most [`MAX_LABEL`] characters.
    pub fn new(key: &str, label: &str, fits: Fit) -> Result<Reason, ReasonProblem> {
        let key = key.trim().to_lowercase();
        check_key(&key)?;
        let label = clean_line(label);
        if label.is_empty() {
            return Err(ReasonProblem::NoLabel(key));
        }
        if label.chars().count() > MAX_LABEL {
            return Err(ReasonProblem::LabelTooLong(key));
        }
        Ok(Reason {
            key,
            label,
            fits,
            removed: false,
            made: Timestamp(0),
            by: String::new(),
        })
    }

    /// This reason as changed at `made` by `by`.
    pub fn made(self, made: Timestamp, by: &str) -> Reason {
        Reason {
            made,
            by: clean_line(by),
            ..self
        }
    }
}

/// What is wrong with a key, if anything.
pub fn check_key(key: &str) -> Result<(), ReasonProblem> {
    if key.is_empty() {
        return Err(ReasonProblem::KeyEmpty);
    }
    if key.chars().count() > MAX_KEY {
        return Err(ReasonProblem::KeyTooLong(clean_line(key)));
    }
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if !key.starts_with(|c: char| c.is_ascii_lowercase()) || !key.chars().all(ok) {
        return Err(ReasonProblem::KeyNotAWord(clean_line(key)));
    }
    if key == "none" {
        return Err(ReasonProblem::KeyNone);
    }
    Ok(())
}

/// A database's reasons: the defaults with its stored changes over them,
/// defaults first in their order, then the added ones in the order made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reasons {
    all: Vec<Reason>,
}

impl Default for Reasons {
    fn default() -> Reasons {
        Reasons::from_stored(&[])
    }
}

impl Reasons {
    /// The list a database with these stored records has (any order).
    pub fn from_stored(stored: &[Reason]) -> Reasons {
        let mut all: Vec<Reason> = DEFAULTS
            .iter()
            .map(|&(key, label, fits)| {
                stored
                    .iter()
                    .find(|s| s.key == key)
                    .cloned()
                    .unwrap_or(Reason {
                        key: key.into(),
                        label: label.into(),
                        fits,
                        removed: false,
                        made: Timestamp(0),
                        by: String::new(),
                    })
            })
            .collect();
        let mut added: Vec<&Reason> = stored
            .iter()
            .filter(|s| default_label(&s.key).is_none())
            .collect();
        added.sort_by(|a, b| a.made.cmp(&b.made).then(a.key.cmp(&b.key)));
        all.extend(added.into_iter().cloned());
        Reasons { all }
    }

    /// Every reason, removed ones too.
    pub fn all(&self) -> &[Reason] {
        &self.all
    }

    /// The reason with this key, removed or not.
    pub fn get(&self, key: &str) -> Option<&Reason> {
        self.all.iter().find(|r| r.key == key)
    }

    /// The label of the reason with this key (a removed one's too), for
    /// whatever shows a decision: `show`, the detail, letters, reports.
    pub fn label(&self, key: &str) -> Option<&str> {
        self.get(key).map(|r| r.label.as_str())
    }

    /// How a decision's reason reads: its label, else the key as stored.
    pub fn describe(&self, key: &str) -> String {
        self.label(key)
            .map_or_else(|| clean_line(key), str::to_string)
    }

    /// The reasons offered for a kind of decision, in list order.
    pub fn offered(&self, fit: Fit) -> impl Iterator<Item = &Reason> {
        self.all.iter().filter(move |r| r.fits == fit && !r.removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_fit_declines_and_accepts() {
        let r = Reasons::default();
        let keys = |f| r.offered(f).map(|r| r.key.as_str()).collect::<Vec<_>>();
        assert_eq!(
            keys(Fit::Decline),
            ["out-of-scope", "budget", "unsustainable", "duplicate"]
        );
        assert_eq!(keys(Fit::Accept), ["strong-fit", "mentoring"]);
        assert_eq!(r.label("budget"), Some("Budget unclear"));
        assert_eq!(default_label("mentoring"), Some("Needs mentoring"));
        for d in DEFAULTS {
            assert!(Reason::new(d.0, d.1, d.2).is_ok(), "{}", d.0);
        }
    }

    #[test]
    fn stored_records_change_add_and_remove() {
        let relabelled = Reason::new("budget", "Budget not credible", Fit::Decline).unwrap();
        let removed = Reason {
            removed: true,
            ..Reason::new("duplicate", "Duplicate", Fit::Decline).unwrap()
        };
        let late = Reason::new("no-team", "No team yet", Fit::Decline)
            .unwrap()
            .made(Timestamp(20), "anna");
        let early = Reason::new("local", "Rooted locally", Fit::Accept)
            .unwrap()
            .made(Timestamp(10), "anna");
        let r = Reasons::from_stored(&[late, removed, relabelled, early]);
        let keys: Vec<_> = r.all().iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "out-of-scope",
                "budget",
                "unsustainable",
                "duplicate",
                "strong-fit",
                "mentoring",
                "local",
                "no-team"
            ]
        );
        assert_eq!(r.label("budget"), Some("Budget not credible"));
        assert!(!r.offered(Fit::Decline).any(|x| x.key == "duplicate"));
        assert_eq!(r.label("duplicate"), Some("Duplicate"), "kept for history");
        assert!(
            r.pick("duplicate", Stage::Declined)
                .unwrap_err()
                .to_string()
                .starts_with("reason 'duplicate' was removed")
        );
        assert_eq!(r.pick("no", Stage::Declined).unwrap().key, "no-team");
        assert_eq!(r.describe("gone"), "gone");
    }

    #[test]
    fn bad_keys_and_labels_are_refused() {
        assert!(
            Reason::new("Budget", "x", Fit::Decline).is_ok(),
            "lower-cased"
        );
        assert!(
            Reason::new("9lives", "x", Fit::Decline)
                .unwrap_err()
                .to_string()
                .contains("lower-case word")
        );
        assert!(
            Reason::new("a b", "x", Fit::Decline)
                .unwrap_err()
                .to_string()
                .contains("lower-case word")
        );
        assert!(
            Reason::new("none", "x", Fit::Decline)
                .unwrap_err()
                .to_string()
                .contains("taken")
        );
        assert!(
            Reason::new("ok", " \u{1b} ", Fit::Decline)
                .unwrap_err()
                .to_string()
                .contains("no label")
        );
        assert!(Reason::new("ok", &"x".repeat(61), Fit::Decline).is_err());
        assert!(Reason::new(&"k".repeat(25), "x", Fit::Decline).is_err());
        assert_eq!(
            Reason::new("ok", "a\u{202e}b\tc", Fit::Accept)
                .unwrap()
                .label,
            "ab c"
        );
        assert_eq!(Fit::parse("Accept"), Some(Fit::Accept));
        assert!(Fit::parse("maybe").is_none());
    }
}
