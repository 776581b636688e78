//! An idea (SPEC §1), the rules for each field, and the edits that change an
//! idea and record its history.

use super::extras::Extras;
use super::names::{Barrier, Named, OrgKind, Sector, Stage};
use super::review::Review;
use super::text::{clean_line, clean_multiline, normalize_tag};
use super::time::Timestamp;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeSet;

pub use super::field_rules::{
    FieldRuleError, LINE_MAX, NOTE_MAX, SUMMARY_MAX, TITLE_MAX, check_amount, check_line,
    check_note, check_score, check_summary, check_tag, check_title, valid_amount, valid_line,
    valid_note, valid_score, valid_summary, valid_tag, valid_title,
};

/// One project idea, as stored and as exported (field order is the JSON and
/// CSV column order). The fields after `archived` came with record schema 2;
/// JSON leaves them out while they are empty (see `idea_serde.rs`), so an
/// idea without them exports as it did before.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Idea {
    pub id: u64,
    pub title: String,
    pub summary: String,
    pub proposer: String,
    pub org_kind: OrgKind,
    pub region: String,
    pub sector: Sector,
    pub stage: Stage,
    pub barriers: BTreeSet<Barrier>,
    pub funder: String,
    pub amount: Option<u64>,
    pub tags: BTreeSet<String>,
    pub score: Option<u8>,
    pub assignee: String,
    pub notes: Vec<Note>,
    pub history: Vec<Change>,
    pub created: Timestamp,
    pub updated: Timestamp,
    pub archived: bool,
    /// The proposer's contact e-mail, phone and website (one line each).
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub website: String,
    /// The record's own key in the file it was imported from (a web form's
    /// submission id), so that importing the file again finds it.
    #[serde(default)]
    pub source_id: String,
    /// The idea this one was declined as a duplicate of.
    #[serde(default)]
    pub duplicate_of: Option<u64>,
    /// Ideas someone said this one is not a duplicate of.
    #[serde(default)]
    pub not_duplicates: BTreeSet<u64>,
    /// The imported file's other columns, by name, in its order.
    #[serde(default)]
    pub extras: Extras,
    /// One review per reviewer, in the order they were first made (record
    /// schema 3).
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// The reviewers asked to review it (`sprout assign`), as named
    /// (record schema 4).
    #[serde(default)]
    pub reviewers: BTreeSet<String>,
    /// Why its stage was decided (a reason's key from the database's
    /// list; empty when none was given). Record schema 4.
    #[serde(default)]
    pub reason: String,
}

/// A time-stamped note; notes are only ever appended.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Note {
    pub time: Timestamp,
    pub text: String,
    /// Who wrote it; empty for notes from before schema 2.
    #[serde(default)]
    pub by: String,
}

/// One recorded change of a tracked field.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Change {
    pub time: Timestamp,
    pub field: String,
    pub from: String,
    pub to: String,
    /// Who made it; empty for changes from before schema 2.
    #[serde(default)]
    pub by: String,
}

impl Idea {
    /// A new idea with defaults, created now. The id is given by the store.
    pub fn new(title: String, now: Timestamp) -> Idea {
        Idea {
            id: 0,
            title,
            summary: String::new(),
            proposer: String::new(),
            org_kind: OrgKind::default(),
            region: String::new(),
            sector: Sector::default(),
            stage: Stage::default(),
            barriers: BTreeSet::new(),
            funder: String::new(),
            amount: None,
            tags: BTreeSet::new(),
            score: None,
            assignee: String::new(),
            notes: Vec::new(),
            history: Vec::new(),
            created: now,
            updated: now,
            archived: false,
            email: String::new(),
            phone: String::new(),
            website: String::new(),
            source_id: String::new(),
            duplicate_of: None,
            not_duplicates: BTreeSet::new(),
            extras: Extras::default(),
            reviews: Vec::new(),
            reviewers: BTreeSet::new(),
            reason: String::new(),
        }
    }

    /// The text the word index holds for free-text search (`summary_ids`):
    /// the summary, then the values of the extra fields, so that a word in
    /// an imported column no field holds is found like a word of the summary.
    pub fn indexed_text(&self) -> Cow<'_, str> {
        if self.extras.is_empty() {
            return Cow::Borrowed(&self.summary);
        }
        let mut text = self.summary.clone();
        for (_, value) in self.extras.iter() {
            text.push('\n');
            text.push_str(value);
        }
        Cow::Owned(text)
    }

    /// Applies one edit at `now`. Returns whether anything changed; tracked
    /// fields (sector, stage, score, assignee, archived) add to the history.
    pub fn apply(&mut self, edit: &Edit, now: Timestamp) -> bool {
        let changed = match edit {
            Edit::Sector(v) => track(&mut self.history, now, "sector", &mut self.sector, *v),
            Edit::Stage(v) => {
                let moved = track(&mut self.history, now, "stage", &mut self.stage, *v);
                // The reason was the old decision's: a new stage has none
                // unless one is given with it (an Edit::Reason after this).
                if moved {
                    track(
                        &mut self.history,
                        now,
                        "reason",
                        &mut self.reason,
                        String::new(),
                    );
                }
                moved
            }
            Edit::Score(v) => track(&mut self.history, now, "score", &mut self.score, *v),
            Edit::Assignee(v) => track(
                &mut self.history,
                now,
                "assignee",
                &mut self.assignee,
                clean_line(v),
            ),
            Edit::Archived(v) => track(&mut self.history, now, "archived", &mut self.archived, *v),
            Edit::AddTag(t) => normalize_tag(t).is_some_and(|t| self.tags.insert(t)),
            Edit::RemoveTag(t) => normalize_tag(t).is_some_and(|t| self.tags.remove(&t)),
            Edit::AddBarrier(b) => self.barriers.insert(*b),
            Edit::RemoveBarrier(b) => self.barriers.remove(b),
            Edit::Note(text) => {
                let text = clean_multiline(text);
                let added = !text.is_empty();
                if added {
                    self.notes.push(Note {
                        time: now,
                        text,
                        by: String::new(),
                    });
                }
                added
            }
            Edit::Review(r) => self.put_review(r, now),
            Edit::Reason(v) => self.set_reason(clean_line(v), now),
            Edit::Reviewers(v) => track(
                &mut self.history,
                now,
                "reviewers",
                &mut self.reviewers,
                v.iter()
                    .map(|r| clean_line(r))
                    .filter(|r| !r.is_empty())
                    .collect(),
            ),
        };
        if changed {
            self.updated = now;
        }
        changed
    }
}

impl Idea {
    /// Gives the decision its reason. Right after a stage change cleared
    /// the old one, the history keeps one entry, from the old reason to
    /// this one, beside the stage's.
    fn set_reason(&mut self, key: String, now: Timestamp) -> bool {
        let cleared = self
            .history
            .last()
            .is_some_and(|c| c.field == "reason" && c.time == now && c.to.is_empty());
        if cleared
            && self.reason.is_empty()
            && let Some(entry) = self.history.pop()
        {
            self.reason = entry.from;
        }
        track(&mut self.history, now, "reason", &mut self.reason, key)
    }

    /// The review by `reviewer`, if any.
    pub fn review_by(&self, reviewer: &str) -> Option<&Review> {
        self.reviews.iter().find(|r| r.is_by(reviewer))
    }

    /// Puts `review` in place of its reviewer's earlier one (or after the
    /// others), recording the change; whether anything changed.
    fn put_review(&mut self, review: &Review, now: Timestamp) -> bool {
        let at = self.reviews.iter().position(|r| r.is_by(&review.by));
        let from = match at {
            Some(k) if self.reviews[k] == *review => return false,
            Some(k) => std::mem::replace(&mut self.reviews[k], review.clone()).describe(),
            None => {
                self.reviews.push(review.clone());
                String::new()
            }
        };
        self.history.push(Change {
            time: now,
            field: "review".into(),
            from,
            to: review.describe(),
            by: String::new(),
        });
        true
    }
}

fn track<T: PartialEq + FieldText>(
    history: &mut Vec<Change>,
    now: Timestamp,
    field: &str,
    slot: &mut T,
    value: T,
) -> bool {
    if *slot == value {
        return false;
    }
    history.push(Change {
        time: now,
        field: field.to_string(),
        from: slot.field_text(),
        to: value.field_text(),
        by: String::new(),
    });
    *slot = value;
    true
}

/// How a tracked value is written in the history.
trait FieldText {
    fn field_text(&self) -> String;
}
impl FieldText for Sector {
    fn field_text(&self) -> String {
        self.name().into()
    }
}
impl FieldText for Stage {
    fn field_text(&self) -> String {
        self.name().into()
    }
}
impl FieldText for Option<u8> {
    fn field_text(&self) -> String {
        self.map(|s| s.to_string()).unwrap_or_default()
    }
}
impl FieldText for String {
    fn field_text(&self) -> String {
        self.clone()
    }
}
impl FieldText for BTreeSet<String> {
    fn field_text(&self) -> String {
        self.iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}
impl FieldText for bool {
    fn field_text(&self) -> String {
        if *self { "yes" } else { "no" }.into()
    }
}

/// A change to one idea, as made by `sprout set`, `sprout note` or a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Sector(Sector),
    Stage(Stage),
    Score(Option<u8>),
    Assignee(String),
    Archived(bool),
    AddTag(String),
    RemoveTag(String),
    AddBarrier(Barrier),
    RemoveBarrier(Barrier),
    Note(String),
    /// A reviewer's review (made by [`super::review::review`]), in place of
    /// their earlier one; the history keeps both.
    Review(Review),
    /// The reason for the idea's decision (a key of the database's list,
    /// checked by the caller; empty clears it).
    Reason(String),
    /// The reviewers asked to review the idea, all of them.
    Reviewers(BTreeSet<String>),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idea() -> Idea {
        Idea::new("Water for villages".into(), Timestamp(100))
    }

    #[test]
    fn tracked_edits_record_history_and_update_time() {
        let mut i = idea();
        assert!(i.apply(&Edit::Sector(Sector::Ecology), Timestamp(200)));
        assert!(!i.apply(&Edit::Sector(Sector::Ecology), Timestamp(300)));
        assert!(i.apply(&Edit::Score(Some(4)), Timestamp(400)));
        assert!(i.apply(&Edit::Archived(true), Timestamp(500)));
        assert_eq!(i.updated, Timestamp(500));
        let h: Vec<_> = i
            .history
            .iter()
            .map(|c| (c.field.as_str(), c.from.as_str(), c.to.as_str()))
            .collect();
        assert_eq!(
            h,
            [
                ("sector", "unclassified", "ecology"),
                ("score", "", "4"),
                ("archived", "no", "yes")
            ]
        );
    }

    #[test]
    fn a_new_stage_clears_the_reason_unless_one_is_given_with_it() {
        let mut i = idea();
        i.apply(&Edit::Stage(Stage::Pilot), Timestamp(1));
        i.apply(&Edit::Reason("mentoring".into()), Timestamp(1));
        // Declined with a reason: one entry for the stage, one for the reason.
        i.apply(&Edit::Stage(Stage::Declined), Timestamp(2));
        i.apply(&Edit::Reason("budget".into()), Timestamp(2));
        assert_eq!(i.reason, "budget");
        // Back to review, no reason given: the old one goes.
        i.apply(&Edit::Stage(Stage::Review), Timestamp(3));
        assert_eq!(i.reason, "");
        // The same stage again keeps the reason.
        i.apply(&Edit::Stage(Stage::Declined), Timestamp(4));
        i.apply(&Edit::Reason("duplicate".into()), Timestamp(4));
        assert!(!i.apply(&Edit::Stage(Stage::Declined), Timestamp(5)));
        assert_eq!(i.reason, "duplicate");
        let h: Vec<_> = i
            .history
            .iter()
            .map(|c| (c.time.0, c.field.as_str(), c.from.as_str(), c.to.as_str()))
            .collect();
        assert_eq!(
            h,
            [
                (1, "stage", "new", "pilot"),
                (1, "reason", "", "mentoring"),
                (2, "stage", "pilot", "declined"),
                (2, "reason", "mentoring", "budget"),
                (3, "stage", "declined", "review"),
                (3, "reason", "budget", ""),
                (4, "stage", "review", "declined"),
                (4, "reason", "", "duplicate"),
            ]
        );
    }

    #[test]
    fn tags_and_notes_are_cleaned() {
        let mut i = idea();
        assert!(i.apply(&Edit::AddTag("Elderly Care".into()), Timestamp(1)));
        assert!(!i.apply(&Edit::AddTag("elderly-care".into()), Timestamp(2)));
        assert!(i.apply(&Edit::Note("seen\u{1b}[2J".into()), Timestamp(3)));
        assert!(!i.apply(&Edit::Note("  ".into()), Timestamp(4)));
        assert_eq!(i.tags.iter().collect::<Vec<_>>(), ["elderly-care"]);
        assert_eq!(i.notes[0].text, "seen[2J");
        assert!(i.history.is_empty());
    }

    #[test]
    fn field_rules() {
        assert_eq!(valid_title("  Clean\nwater ").unwrap(), "Clean water");
        assert!(valid_title(" \t ").is_err());
        assert!(valid_title(&"x".repeat(201)).is_err());
        assert!(valid_title(&"ж".repeat(200)).is_ok());
        assert_eq!(valid_score("5").unwrap(), 5);
        assert!(valid_score("0").is_err());
        assert!(valid_score("6").is_err());
        assert_eq!(valid_amount("1 500_000").unwrap(), 1_500_000);
        assert!(valid_amount("-3").is_err());
        assert!(valid_summary(&"a".repeat(20_001)).is_err());
        assert!(valid_tag(" ").is_err());
    }
}
