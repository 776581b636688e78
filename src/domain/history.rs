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

impl Change {
    /// The change as a person reads it, safe to print: `stage: new →
    /// review`, `—` for an empty value, and `summary changed` for the
    /// summary (`show` and the detail pane both say it so).
    pub fn describe(&self) -> String {
        use super::text::printable;
        if self.field == "summary" && self.from.is_empty() && self.to == SUMMARY_CHANGED {
            return "summary changed".into();
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
