//! A change refused because someone changed the idea first: who, what and
//! when, so the person whose change was refused can be told, and can make
//! it again on purpose.

use super::version::{Version, Versioned};
use crate::domain::{Idea, Named, Timestamp};

/// An idea changed since the change to it was based on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: u64,
    /// The version the refused change was based on (`None`: it was to
    /// create the idea).
    pub based_on: Option<Version>,
    /// The version stored now (`None`: the idea was removed).
    pub current: Option<Version>,
    /// Who made the change in between, where the engine records it (sled
    /// records no author).
    pub who: Option<String>,
    /// The fields that differ between the two, by name (`stage`, `notes`).
    pub what: Vec<&'static str>,
    /// When the idea was last changed.
    pub when: Option<Timestamp>,
}

impl Conflict {
    /// The conflict between a change based on `base` and the idea `stored`
    /// as it is now.
    pub fn between(id: u64, base: Option<&Versioned>, stored: Option<&Versioned>) -> Conflict {
        let what = match (base, stored) {
            (Some(b), Some(s)) => changed_fields(&b.idea, &s.idea),
            _ => Vec::new(),
        };
        Conflict {
            id,
            based_on: base.map(|b| b.version),
            current: stored.map(|s| s.version),
            who: None,
            what,
            when: stored.map(|s| s.idea.updated),
        }
    }
}

impl std::fmt::Display for Conflict {
    /// `#42 was changed by olga (stage) at …; this change was not saved`,
    /// in the language spoken (the fields by their labels).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let who = match &self.who {
            Some(who) => crate::domain::text::printable(who, false),
            None => tr!("conflict-someone-else"),
        };
        let id = &self.id.to_string();
        match (self.based_on, self.current) {
            (_, None) => f.write_str(&tr!("conflict-removed", id = id, who = &who))?,
            (None, Some(_)) => f.write_str(&tr!("conflict-created", id = id, who = &who))?,
            (Some(_), Some(_)) => {
                f.write_str(&tr!("conflict-changed", id = id, who = &who))?;
                if !self.what.is_empty() {
                    let fields: Vec<String> = self
                        .what
                        .iter()
                        .map(|w| crate::i18n::field_label(w))
                        .collect();
                    let fields = fields.join(", ");
                    write!(f, " ({})", tr!("conflict-fields", fields = &fields))?;
                }
                if let Some(when) = self.when {
                    write!(f, " {}", tr!("conflict-at", when = &when.to_string()))?;
                }
            }
        }
        write!(f, "; {}", tr!("conflict-not-saved"))
    }
}

/// The names of the fields in which two states of an idea differ.
pub fn changed_fields(a: &Idea, b: &Idea) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut differ = |name: &'static str, differs: bool| {
        if differs {
            out.push(name);
        }
    };
    differ("title", a.title != b.title);
    differ("summary", a.summary != b.summary);
    differ("proposer", a.proposer != b.proposer);
    differ("org", a.org_kind.name() != b.org_kind.name());
    differ("region", a.region != b.region);
    differ("sector", a.sector != b.sector);
    differ("stage", a.stage != b.stage);
    differ("barriers", a.barriers != b.barriers);
    differ("funder", a.funder != b.funder);
    differ("amount", a.amount != b.amount);
    differ("tags", a.tags != b.tags);
    differ("score", a.score != b.score);
    differ("assignee", a.assignee != b.assignee);
    differ("notes", a.notes != b.notes);
    differ("archived", a.archived != b.archived);
    differ("email", a.email != b.email);
    differ("phone", a.phone != b.phone);
    differ("website", a.website != b.website);
    differ("source_id", a.source_id != b.source_id);
    differ("extras", a.extras != b.extras);
    differ("duplicate_of", a.duplicate_of != b.duplicate_of);
    differ("not_duplicates", a.not_duplicates != b.not_duplicates);
    differ("reviews", a.reviews != b.reviews);
    differ("reviewers", a.reviewers != b.reviewers);
    differ("reason", a.reason != b.reason);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Stage;

    #[test]
    fn a_conflict_says_who_what_and_when_in_one_line() {
        let base = Idea::new("Wells".into(), Timestamp(1));
        let mut now = base.clone();
        now.stage = Stage::Pilot;
        now.assignee = "olga".into();
        now.updated = Timestamp(1_790_000_000);
        let at = |idea: &Idea, version| Versioned {
            idea: idea.clone(),
            version,
        };
        let mut c = Conflict::between(42, Some(&at(&base, 3)), Some(&at(&now, 5)));
        assert_eq!(c.what, ["stage", "assignee"]);
        assert_eq!((c.based_on, c.current), (Some(3), Some(5)));
        assert_eq!(
            c.to_string(),
            "#42 was changed by someone else (stage, assignee) at 2026-09-21T14:13:20Z; this change was not saved"
        );
        c.who = Some("olga\u{1b}[2J".into());
        assert!(!c.to_string().contains('\u{1b}'), "{c}");
        assert!(c.to_string().starts_with("#42 was changed by olga"), "{c}");
        let gone = Conflict::between(7, Some(&at(&base, 1)), None);
        assert_eq!(
            gone.to_string(),
            "#7 was removed by someone else; this change was not saved"
        );
        let first = Conflict::between(8, None, Some(&at(&now, 1)));
        assert!(
            first
                .to_string()
                .starts_with("#8 was created by someone else first")
        );
    }

    #[test]
    fn a_conflict_is_said_in_russian_with_the_fields_by_their_labels() {
        let _ru = crate::i18n::speak_on_this_thread(crate::i18n::Lang::Ru);
        let base = Idea::new("Wells".into(), Timestamp(1));
        let mut now = base.clone();
        now.stage = Stage::Pilot;
        now.updated = Timestamp(1_790_000_000);
        let at = |idea: &Idea, version| Versioned {
            idea: idea.clone(),
            version,
        };
        let mut c = Conflict::between(42, Some(&at(&base, 3)), Some(&at(&now, 5)));
        c.who = Some("olga".into());
        assert_eq!(
            c.to_string(),
            "#42 изменил(а) olga (стадия) в 2026-09-21T14:13:20Z; это изменение не сохранено"
        );
        let gone = Conflict::between(1234, Some(&at(&base, 1)), None);
        assert_eq!(
            gone.to_string(),
            "#1234 удалил(а) кто-то другой; это изменение не сохранено"
        );
    }
}
