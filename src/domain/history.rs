//! The history of the fields that edits do not track one by one: title,
//! summary, proposer, organisation, region, funder, contact e-mail, phone
//! and website, amount, tags and barriers. Every way of changing an idea (`sprout set`, the UI's keys,
//! its form and the `E` editor, `import --update`) ends with the idea as
//! it was and as it is now; this compares the two, once, and records what
//! differs. (Sector, stage, score, assignee and archived are recorded by
//! [`Idea::apply`] as each edit is made.)

use super::idea::{Change, Idea};
use super::names::Named;
use super::time::Timestamp;

/// How a changed summary is recorded: its text is the idea's own, and
/// twice in the history would only repeat it.
pub const SUMMARY_CHANGED: &str = "changed";

/// The name a change records when nothing says who the user is (the store
/// writes it; the faces say it in the language spoken).
pub const LOCAL_USER: &str = "local user";

/// A time and who made the entry then (`2026-11-02T10:00:00Z · olga`), as
/// the detail pane writes it too; an entry from before names were kept
/// names nobody.
pub fn signed(time: String, by: &str) -> String {
    if by.is_empty() {
        time
    } else {
        format!("{time} · {}", super::text::printable(by, false))
    }
}

/// Who a change of the reviewers asked (a set, written `anna, boris`)
/// added and who it took off, in the order they are written.
pub fn reviewers_added_and_gone(from: &str, to: &str) -> (Vec<String>, Vec<String>) {
    let split = |s: &str| -> Vec<String> {
        s.split(", ")
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (from, to) = (split(from), split(to));
    let added = to.iter().filter(|n| !from.contains(n)).cloned().collect();
    let gone = from.iter().filter(|n| !to.contains(n)).cloned().collect();
    (added, gone)
}

/// A change of the reviewers asked as who was added and who taken off:
/// `reviewers: + olga; − anna`, under `label`, `unchanged` said as
/// `unchanged` (the faces pass their own words for both).
pub fn reviewers_changed(from: &str, to: &str, label: &str, unchanged: &str) -> String {
    use super::text::printable;
    let (added, gone) = reviewers_added_and_gone(from, to);
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("+ {}", printable(&added.join(", "), false)));
    }
    if !gone.is_empty() {
        parts.push(format!("− {}", printable(&gone.join(", "), false)));
    }
    if parts.is_empty() {
        parts.push(unchanged.to_string());
    }
    format!("{label}: {}", parts.join("; "))
}

impl Change {
    /// The change as a person reads it, safe to print: `stage: new →
    /// review`, `—` for an empty value, and `summary changed` for the
    /// summary (`show` and the detail pane both say it so).
    pub fn describe(&self) -> String {
        use super::text::printable;
        if self.field == "summary" && self.from.is_empty() && self.to == SUMMARY_CHANGED {
            return "summary changed".into();
        }
        if self.field == "reviewers" {
            return reviewers_changed(&self.from, &self.to, "reviewers", "unchanged");
        }
        let show = |v: &str| {
            if v.is_empty() {
                "—".to_string()
            } else {
                printable(v, false)
            }
        };
        format!(
            "{}: {} → {}",
            printable(&self.field, false),
            show(&self.from),
            show(&self.to)
        )
    }
}

impl Idea {
    /// Names `by` as the one who made every note and history entry added
    /// since `before` (entries are only ever appended) that names nobody
    /// yet. Every way of changing an idea ends with this, where it knows
    /// who the user is (`ideas.rs`, `import --update`).
    pub fn sign(&mut self, before: Option<&Idea>, by: &str) {
        let (notes, changes) = before.map_or((0, 0), |b| (b.notes.len(), b.history.len()));
        for n in self.notes.iter_mut().skip(notes) {
            if n.by.is_empty() {
                n.by = by.to_string();
            }
        }
        for c in self.history.iter_mut().skip(changes) {
            if c.by.is_empty() {
                c.by = by.to_string();
            }
        }
    }

    /// Adds to the history every change since `before` of the fields edits
    /// do not track (see the module). Returns whether it added any.
    pub fn record_changes(&mut self, before: &Idea, now: Timestamp) -> bool {
        let list = |items: Vec<String>| items.join(", ");
        let mut changes: Vec<(&str, String, String)> = Vec::new();
        let mut text = |field: &'static str, old: &str, new: &str| {
            if old != new {
                changes.push((field, old.to_string(), new.to_string()));
            }
        };
        text("title", &before.title, &self.title);
        text("proposer", &before.proposer, &self.proposer);
        text("org", before.org_kind.name(), self.org_kind.name());
        text("region", &before.region, &self.region);
        text("funder", &before.funder, &self.funder);
        text("email", &before.email, &self.email);
        text("phone", &before.phone, &self.phone);
        text("website", &before.website, &self.website);
        let amount = |a: Option<u64>| a.map(|a| a.to_string()).unwrap_or_default();
        text("amount", &amount(before.amount), &amount(self.amount));
        let tags = |i: &Idea| list(i.tags.iter().cloned().collect());
        text("tags", &tags(before), &tags(self));
        let barriers = |i: &Idea| list(i.barriers.iter().map(|b| b.name().to_string()).collect());
        text("barriers", &barriers(before), &barriers(self));
        if before.summary != self.summary {
            changes.push(("summary", String::new(), SUMMARY_CHANGED.to_string()));
        }
        let any = !changes.is_empty();
        self.history
            .extend(changes.into_iter().map(|(field, from, to)| Change {
                time: now,
                field: field.to_string(),
                from,
                to,
                by: String::new(),
            }));
        any
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{Barrier, Edit, Idea, OrgKind, Timestamp};

    #[test]
    fn a_change_of_reviewers_says_who_was_added_and_who_taken_off() {
        let mut idea = Idea::new("T".into(), Timestamp(0));
        let set = |names: &[&str]| Edit::Reviewers(names.iter().map(|n| n.to_string()).collect());
        idea.apply(&set(&["olga"]), Timestamp(1));
        idea.apply(&set(&["anna", "boris", "olga"]), Timestamp(2));
        idea.apply(&set(&["boris", "petr"]), Timestamp(3));
        let said: Vec<String> = idea.history.iter().map(|c| c.describe()).collect();
        assert_eq!(
            said,
            [
                "reviewers: + olga",
                "reviewers: + anna, boris",
                "reviewers: + petr; − anna, olga"
            ]
        );
    }

    #[test]
    fn each_changed_field_is_recorded_once_and_the_summary_without_its_text() {
        let before = Idea::new("Old title".into(), Timestamp(0));
        let mut after = before.clone();
        after.title = "New title".into();
        after.summary = "A long summary nobody wants twice".into();
        after.amount = Some(300_000);
        after.org_kind = OrgKind::Nonprofit;
        after.tags.insert("elderly".into());
        after.barriers.insert(Barrier::Funding);
        after.apply(&Edit::Score(Some(4)), Timestamp(5));
        assert!(after.record_changes(&before, Timestamp(5)));
        let seen: Vec<(&str, &str, &str)> = after
            .history
            .iter()
            .map(|c| (c.field.as_str(), c.from.as_str(), c.to.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                ("score", "", "4"),
                ("title", "Old title", "New title"),
                ("org", "unknown", "nonprofit"),
                ("amount", "", "300000"),
                ("tags", "", "elderly"),
                ("barriers", "", "funding"),
                ("summary", "", "changed"),
            ]
        );
        let again = after.clone();
        assert!(
            !after.record_changes(&again, Timestamp(6)),
            "no change, no entry"
        );
    }

    #[test]
    fn signing_names_only_what_was_added_and_by_nobody() {
        let mut before = Idea::new("Social taxi".into(), Timestamp(0));
        before.apply(&Edit::Note("old".into()), Timestamp(1));
        before.apply(&Edit::Score(Some(2)), Timestamp(1));
        let mut after = before.clone();
        after.apply(&Edit::Note("new".into()), Timestamp(2));
        after.apply(&Edit::Score(Some(4)), Timestamp(2));
        after.apply(&Edit::Archived(true), Timestamp(2));
        after.history[2].by = "anna".into();
        after.sign(Some(&before), "olga");
        let by: Vec<&str> = after.history.iter().map(|c| c.by.as_str()).collect();
        assert_eq!(by, ["", "olga", "anna"]);
        let by: Vec<&str> = after.notes.iter().map(|n| n.by.as_str()).collect();
        assert_eq!(by, ["", "olga"]);
        let mut new = Idea::new("x".into(), Timestamp(0));
        new.apply(&Edit::Note("first".into()), Timestamp(1));
        new.sign(None, "olga");
        assert_eq!(new.notes[0].by, "olga");
    }

    #[test]
    fn a_change_reads_the_same_wherever_it_is_shown() {
        let mut idea = Idea::new("Social taxi".into(), Timestamp(0));
        let before = idea.clone();
        idea.summary = "New words".into();
        idea.region = "Perm\u{202e}Krai".into();
        idea.record_changes(&before, Timestamp(1));
        let said: Vec<String> = idea.history.iter().map(|c| c.describe()).collect();
        assert_eq!(said[1], "summary changed");
        assert!(said[0].starts_with("region: — → Perm"), "{}", said[0]);
        assert!(!said[0].contains('\u{202e}'), "made safe: {}", said[0]);
    }

    #[test]
    fn the_form_and_the_editor_record_what_they_changed() {
        // Both save through a draft of the idea.
        let mut idea = Idea::new("Social taxi".into(), Timestamp(0));
        idea.region = "Perm".into();
        idea.summary = "First words".into();
        let mut draft = crate::domain::Draft::of(&idea);
        draft.set("title", "Social taxi for rural districts");
        draft.set("region", "Perm Krai");
        draft.set("summary", "Other words");
        draft.set("stage", "review");
        let saved = draft.apply(Some(&idea), Timestamp(9)).unwrap();
        let fields: Vec<&str> = saved.history.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["stage", "title", "region", "summary"]);
        assert_eq!(saved.history[2].from, "Perm");
        assert_eq!(saved.history[2].to, "Perm Krai");
        assert!(
            !saved
                .history
                .iter()
                .any(|c| c.from.contains("words") || c.to.contains("words"))
        );
        let unchanged = crate::domain::Draft::of(&saved)
            .apply(Some(&saved), Timestamp(10))
            .unwrap();
        assert_eq!(unchanged, saved, "saved again unchanged, nothing recorded");
    }
}
