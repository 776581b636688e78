//! Merging a change with one someone else made meanwhile: a three-way
//! merge of the idea the change was based on (`base`), the idea as the
//! change would leave it (`mine`) and the idea as it is stored now
//! (`theirs`), field by field. Different fields merge; tags and barriers
//! merge as sets and notes are appended, so those never clash; a field
//! both changed to different values is a [`Clash`], and the change is not
//! saved unless the person asks for theirs over it on purpose.

use crate::domain::{Edit, Idea, Named, Timestamp};
use crate::store::changed_fields;
use std::collections::BTreeSet;

/// A field both changed, to different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub field: &'static str,
    /// The value stored now, as a person reads it.
    pub theirs: String,
    /// The value the refused change would have written.
    pub mine: String,
    /// When it was changed to `theirs`.
    pub when: Timestamp,
}

/// A change not saved because of clashes on one idea: who changed it
/// (where the engine records it) and what, so the person can be told and
/// can make it again on purpose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clashes {
    pub id: u64,
    pub who: Option<String>,
    pub clashes: Vec<Clash>,
    /// When the change was refused (for "10 s ago").
    pub now: Timestamp,
}

impl std::fmt::Display for Clashes {
    /// `#42: olga set the stage to pilot 10 s ago; yours (declined) was not
    /// saved`; more clashes are counted, not listed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::domain::text::printable;
        let who = self
            .who
            .as_deref()
            .map_or("someone else".into(), |w| printable(w, false));
        let Some(first) = self.clashes.first() else {
            return write!(f, "#{}: changed by {who}; yours was not saved", self.id);
        };
        let shown = |v: &str| {
            if v.is_empty() {
                "none".to_string()
            } else {
                short(&printable(v, false))
            }
        };
        let ago = ago(first.when, self.now);
        let id = self.id;
        let field = first.field;
        if matches!(field, "summary" | "title") {
            write!(f, "#{id}: {who} changed the {field} {ago}")?;
        } else {
            write!(
                f,
                "#{id}: {who} set the {field} to {} {ago}",
                shown(&first.theirs)
            )?;
        }
        match self.clashes.len() {
            1 if matches!(field, "summary" | "title") => write!(f, "; yours was not saved"),
            1 => write!(f, "; yours ({}) was not saved", shown(&first.mine)),
            n => write!(f, " (and {} more fields); yours was not saved", n - 1),
        }
    }
}

/// A value cut to a few words: the message is one line.
fn short(v: &str) -> String {
    crate::domain::text::cut_to(v, 40)
}

/// `10 s ago`, `3 min ago`, `2 h ago`, `4 days ago`.
pub fn ago(when: Timestamp, now: Timestamp) -> String {
    let s = (now.0 - when.0).max(0);
    match s {
        0..60 => format!("{s} s ago"),
        60..3600 => format!("{} min ago", s / 60),
        3600..86_400 => format!("{} h ago", s / 3600),
        _ => format!("{} days ago", s / 86_400),
    }
}

/// A field's value as a person reads it (for the fields that can clash).
fn value(idea: &Idea, field: &str) -> String {
    match field {
        "title" => idea.title.clone(),
        "summary" => idea.summary.clone(),
        "proposer" => idea.proposer.clone(),
        "org" => idea.org_kind.name().into(),
        "region" => idea.region.clone(),
        "sector" => idea.sector.name().into(),
        "stage" => idea.stage.name().into(),
        "funder" => idea.funder.clone(),
        "amount" => idea.amount.map(|a| a.to_string()).unwrap_or_default(),
        "score" => idea.score.map(|s| s.to_string()).unwrap_or_default(),
        "assignee" => idea.assignee.clone(),
        "archived" => if idea.archived { "yes" } else { "no" }.into(),
        "email" => idea.email.clone(),
        "phone" => idea.phone.clone(),
        "website" => idea.website.clone(),
        "source_id" => idea.source_id.clone(),
        "extras" => idea
            .extras
            .iter()
            .map(|(n, v)| format!("{n}: {v}"))
            .collect::<Vec<_>>()
            .join("; "),
        "duplicate_of" => idea
            .duplicate_of
            .map(|d| format!("#{d}"))
            .unwrap_or_default(),
        "reason" => idea.reason.clone(),
        _ => String::new(),
    }
}

/// Sets `field` of `out` to `mine`'s; the fields edits track go through
/// [`Idea::apply`], so their history is written as for any edit.
fn take(out: &mut Idea, mine: &Idea, field: &str, now: Timestamp) {
    match field {
        "title" => out.title = mine.title.clone(),
        "summary" => out.summary = mine.summary.clone(),
        "proposer" => out.proposer = mine.proposer.clone(),
        "org" => out.org_kind = mine.org_kind,
        "region" => out.region = mine.region.clone(),
        "funder" => out.funder = mine.funder.clone(),
        "amount" => out.amount = mine.amount,
        "sector" => _ = out.apply(&Edit::Sector(mine.sector), now),
        "stage" => _ = out.apply(&Edit::Stage(mine.stage), now),
        "score" => _ = out.apply(&Edit::Score(mine.score), now),
        "assignee" => _ = out.apply(&Edit::Assignee(mine.assignee.clone()), now),
        "archived" => _ = out.apply(&Edit::Archived(mine.archived), now),
        "email" => out.email = mine.email.clone(),
        "phone" => out.phone = mine.phone.clone(),
        "website" => out.website = mine.website.clone(),
        "source_id" => out.source_id = mine.source_id.clone(),
        "extras" => out.extras = mine.extras.clone(),
        "duplicate_of" => out.duplicate_of = mine.duplicate_of,
        "reason" => _ = out.apply(&Edit::Reason(mine.reason.clone()), now),
        _ => {}
    }
}

/// `theirs` with what `mine` added to and took from `base`.
fn merge_set<T: Ord + Clone>(
    base: &BTreeSet<T>,
    mine: &BTreeSet<T>,
    theirs: &BTreeSet<T>,
) -> BTreeSet<T> {
    let mut out = theirs.clone();
    out.extend(mine.difference(base).cloned());
    for gone in base.difference(mine) {
        out.remove(gone);
    }
    out
}

/// When `field` of `theirs` was last changed: its newest history entry
/// after `base`'s, else the idea's last change.
fn changed_at(base: &Idea, theirs: &Idea, field: &str) -> Timestamp {
    theirs
        .history
        .iter()
        .skip(base.history.len())
        .rev()
        .find(|c| c.field == field)
        .map_or(theirs.updated, |c| c.time)
}

/// Reviews merge per reviewer: each review `mine` changed is put on
/// `out`, unless `theirs` changed the same reviewer's review otherwise
/// (then a clash, or mine with `overwrite`).
fn merge_reviews(
    base: &Idea,
    mine: &Idea,
    theirs: &Idea,
    out: &mut Idea,
    now: Timestamp,
    overwrite: bool,
    clashes: &mut Vec<Clash>,
) {
    for r in &mine.reviews {
        let before = base.review_by(&r.by);
        if before == Some(r) {
            continue;
        }
        let now_there = theirs.review_by(&r.by);
        if now_there != before && now_there != Some(r) && !overwrite {
            clashes.push(Clash {
                field: "review",
                theirs: now_there.map(|t| t.describe()).unwrap_or_default(),
                mine: r.describe(),
                when: changed_at(base, theirs, "review"),
            });
        } else {
            out.apply(&Edit::Review(r.clone()), now);
        }
    }
}

/// The idea to store: `theirs` with `mine`'s changes from `base` made on
/// it, its history written anew for them (so replaying the history gives
/// the idea). `None`: nothing of mine is left to write. With `overwrite`,
/// a field both changed takes mine; without, such fields are returned as
/// clashes and nothing is to be written.
pub fn merge(
    base: &Idea,
    mine: &Idea,
    theirs: &Idea,
    now: Timestamp,
    overwrite: bool,
) -> Result<Option<Idea>, Vec<Clash>> {
    let theirs_changed = changed_fields(base, theirs);
    let mut out = theirs.clone();
    let mut clashes = Vec::new();
    for field in changed_fields(base, mine) {
        match field {
            "tags" => out.tags = merge_set(&base.tags, &mine.tags, &theirs.tags),
            "barriers" => {
                out.barriers = merge_set(&base.barriers, &mine.barriers, &theirs.barriers)
            }
            "not_duplicates" => {
                out.not_duplicates = merge_set(
                    &base.not_duplicates,
                    &mine.not_duplicates,
                    &theirs.not_duplicates,
                )
            }
            "notes" => {
                let added = mine.notes.get(base.notes.len()..).unwrap_or_default();
                out.notes.extend(added.iter().cloned());
            }
            // Asking one reviewer while someone asks another keeps both;
            // the history says what the merged list became.
            "reviewers" => {
                let merged = merge_set(&base.reviewers, &mine.reviewers, &theirs.reviewers);
                out.apply(&Edit::Reviewers(merged), now);
            }
            "reviews" => merge_reviews(base, mine, theirs, &mut out, now, overwrite, &mut clashes),
            field => {
                let (t, m) = (value(theirs, field), value(mine, field));
                if theirs_changed.contains(&field) && t != m && !overwrite {
                    clashes.push(Clash {
                        field,
                        theirs: t,
                        mine: m,
                        when: changed_at(base, theirs, field),
                    });
                } else {
                    take(&mut out, mine, field, now);
                }
            }
        }
    }
    if !clashes.is_empty() {
        return Err(clashes);
    }
    out.record_changes(theirs, now);
    if out == *theirs {
        return Ok(None);
    }
    out.updated = now;
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Sector, Stage};

    fn base() -> Idea {
        let mut idea = Idea::new("Wells".into(), Timestamp(100));
        idea.id = 42;
        idea
    }

    #[test]
    fn contact_fields_extras_and_duplicate_marks_merge_too() {
        // Fields the idea gained later are merged like the others: a form
        // that changed the e-mail does not lose their stage, and theirs is
        // not lost to mine.
        let base = base();
        let mut theirs = base.clone();
        theirs.apply(&Edit::Stage(Stage::Pilot), Timestamp(200));
        theirs.not_duplicates.insert(7);
        theirs.extras.set("Grant round", "2026");
        let mut mine = base.clone();
        mine.email = "team@wells.example".into();
        mine.not_duplicates.insert(9);
        mine.record_changes(&base, Timestamp(205));
        let out = merge(&base, &mine, &theirs, Timestamp(210), false)
            .unwrap()
            .unwrap();
        assert_eq!(out.stage, Stage::Pilot);
        assert_eq!(out.email, "team@wells.example");
        assert_eq!(out.extras.get("Grant round"), Some("2026"));
        assert_eq!(
            out.not_duplicates.iter().copied().collect::<Vec<_>>(),
            [7, 9]
        );
        // The same field changed by both is a clash, as for any field.
        let mut theirs2 = base.clone();
        theirs2.email = "other@wells.example".into();
        let clashes = merge(&base, &mine, &theirs2, Timestamp(210), false).unwrap_err();
        assert_eq!(clashes[0].field, "email");
    }

    #[test]
    fn reviewers_asked_merge_as_a_set_and_a_reason_clashes_as_a_field() {
        let mut base = base();
        base.reviewers.insert("anna".into());
        let ask = |idea: &Idea, names: &[&str], at: i64| {
            let mut out = idea.clone();
            let names = names.iter().map(|n| n.to_string()).collect();
            out.apply(&Edit::Reviewers(names), Timestamp(at));
            out
        };
        // They add boris; I take anna off and add olga.
        let theirs = ask(&base, &["anna", "boris"], 200);
        let mut mine = ask(&base, &["olga"], 205);
        mine.apply(&Edit::Reason("budget".into()), Timestamp(205));
        let out = merge(&base, &mine, &theirs, Timestamp(210), false)
            .unwrap()
            .unwrap();
        let asked: Vec<&str> = out.reviewers.iter().map(String::as_str).collect();
        assert_eq!(asked, ["boris", "olga"]);
        assert_eq!(out.reason, "budget");
        let last = out
            .history
            .iter()
            .rev()
            .find(|c| c.field == "reviewers")
            .unwrap();
        assert_eq!(
            (last.from.as_str(), last.to.as_str()),
            ("anna, boris", "boris, olga")
        );
        // Two reasons given at once: the later writer is told.
        let mut theirs2 = base.clone();
        theirs2.apply(&Edit::Reason("out-of-scope".into()), Timestamp(200));
        let clashes = merge(&base, &mine, &theirs2, Timestamp(210), false).unwrap_err();
        assert_eq!(clashes[0].field, "reason");
        assert_eq!(
            (clashes[0].theirs.as_str(), clashes[0].mine.as_str()),
            ("out-of-scope", "budget")
        );
    }

    fn reviewed(idea: &Idea, by: &str, score: u8, at: i64) -> Idea {
        let rubric = crate::domain::Rubric::default_rubric();
        let given = crate::domain::review::Given {
            scores: rubric
                .criteria
                .iter()
                .map(|c| (c.name.clone(), score))
                .collect(),
            confidence: Some(2),
            comment: None,
        };
        let r = crate::domain::review::review(&rubric, by, &given, None, Timestamp(at)).unwrap();
        let mut out = idea.clone();
        assert!(out.apply(&Edit::Review(r), Timestamp(at)));
        out
    }

    #[test]
    fn reviews_merge_per_reviewer() {
        // Two reviewers scoring the same idea at once both keep theirs.
        let base = reviewed(&base(), "olga", 2, 150);
        let theirs = reviewed(&base, "anna", 4, 200);
        let mine = reviewed(&base, "boris", 3, 205);
        let out = merge(&base, &mine, &theirs, Timestamp(210), false)
            .unwrap()
            .unwrap();
        let by: Vec<&str> = out.reviews.iter().map(|r| r.by.as_str()).collect();
        assert_eq!(by, ["olga", "anna", "boris"]);
        let changes: Vec<&str> = out.history.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(
            changes,
            ["review", "review", "review"],
            "each in the history"
        );
        // A change to olga's review by two hands at once is a clash.
        let theirs = reviewed(&base, "olga", 5, 200);
        let mine = reviewed(&base, "Olga", 1, 205);
        let clashes = merge(&base, &mine, &theirs, Timestamp(210), false).unwrap_err();
        assert_eq!(clashes[0].field, "review");
        assert!(
            clashes[0].theirs.contains("relevance 5"),
            "{:?}",
            clashes[0]
        );
        let out = merge(&base, &mine, &theirs, Timestamp(210), true)
            .unwrap()
            .unwrap();
        assert_eq!(out.reviews[0].score("team"), Some(1), "mine on purpose");
    }

    #[test]
    fn changes_to_different_fields_merge_with_their_history() {
        let base = base();
        let mut theirs = base.clone();
        theirs.apply(&Edit::Stage(Stage::Pilot), Timestamp(200));
        theirs.apply(&Edit::AddTag("water".into()), Timestamp(200));
        let mut mine = base.clone();
        mine.apply(&Edit::Sector(Sector::Health), Timestamp(205));
        mine.apply(&Edit::AddTag("rural".into()), Timestamp(205));
        mine.apply(&Edit::Note("call them".into()), Timestamp(205));
        let out = merge(&base, &mine, &theirs, Timestamp(210), false)
            .unwrap()
            .unwrap();
        assert_eq!((out.stage, out.sector), (Stage::Pilot, Sector::Health));
        let tags: Vec<&str> = out.tags.iter().map(String::as_str).collect();
        assert_eq!(tags, ["rural", "water"]);
        assert_eq!(out.notes.len(), 1);
        let fields: Vec<&str> = out.history.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(
            fields,
            ["stage", "sector", "tags"],
            "theirs, then mine once"
        );
        assert_eq!(out.history[2].from, "water", "mine is recorded on theirs");
        assert_eq!(out.updated, Timestamp(210));
    }

    #[test]
    fn the_same_field_clashes_unless_overwritten_or_equal() {
        let base = base();
        let mut theirs = base.clone();
        theirs.apply(&Edit::Stage(Stage::Pilot), Timestamp(200));
        let mut mine = base.clone();
        mine.apply(&Edit::Stage(Stage::Declined), Timestamp(205));
        let clashes = merge(&base, &mine, &theirs, Timestamp(210), false).unwrap_err();
        assert_eq!(
            clashes,
            [Clash {
                field: "stage",
                theirs: "pilot".into(),
                mine: "declined".into(),
                when: Timestamp(200),
            }]
        );
        let told = Clashes {
            id: 42,
            who: Some("olga".into()),
            clashes,
            now: Timestamp(210),
        };
        assert_eq!(
            told.to_string(),
            "#42: olga set the stage to pilot 10 s ago; yours (declined) was not saved"
        );
        // On purpose: mine is written over theirs, and recorded from theirs.
        let out = merge(&base, &mine, &theirs, Timestamp(220), true)
            .unwrap()
            .unwrap();
        assert_eq!(out.stage, Stage::Declined);
        let last = out.history.last().unwrap();
        assert_eq!(
            (last.from.as_str(), last.to.as_str()),
            ("pilot", "declined")
        );
        // Both set the same value: nothing left to write.
        let mut same = base.clone();
        same.apply(&Edit::Stage(Stage::Pilot), Timestamp(205));
        assert_eq!(
            merge(&base, &same, &theirs, Timestamp(210), false),
            Ok(None)
        );
    }
}
