//! Declared conflicts of interest (issue 18, point 5): a reviewer must not
//! review ideas of a proposer, an organisation or a region they are tied
//! to. A database keeps the list; `sprout assign` never gives an idea to a
//! reviewer with a conflict for it.
//!
//! Matching ignores case and spacing (and punctuation such as the quotes of
//! «Green Town»): both sides are compared as their words, folded.
//!
//! - `proposer`: the idea's proposer is exactly that name.
//! - `org`: the idea's proposer names that organisation, as a run of its
//!   words: in sprout the proposer field holds the organisation's name, so
//!   `--org "Green Town"` matches "Green Town", "ANO «Green Town»" and
//!   "Green Town Foundation", where `--proposer` would match only the first.
//! - `region`: the idea's region is exactly that region.

use super::idea::Idea;
use super::text::{clean_line, words};
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Longest reviewer name or value, in characters.
pub const MAX_LEN: usize = 200;

/// Why a conflict cannot be declared, as data: `i18n::conflict_problem`
/// puts it into the language spoken; its Display is the English sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictProblem {
    ReviewerEmpty,
    ValueEmpty(ConflictField),
    ReviewerTooLong,
    ValueTooLong(ConflictField),
}

impl std::fmt::Display for ConflictProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConflictProblem::ReviewerEmpty => f.write_str("the reviewer's name is empty"),
            ConflictProblem::ValueEmpty(field) => write!(f, "the {} is empty", field.name()),
            ConflictProblem::ReviewerTooLong => {
                write!(f, "the reviewer's name is longer than {MAX_LEN} characters")
            }
            ConflictProblem::ValueTooLong(field) => write!(
                f,
                "the {} is longer than {MAX_LEN} characters",
                field.name()
            ),
        }
    }
}

/// What a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictField {
    Proposer,
    Org,
    Region,
}

impl ConflictField {
    pub const ALL: [ConflictField; 3] = [
        ConflictField::Proposer,
        ConflictField::Org,
        ConflictField::Region,
    ];

    /// As the command line's flag and the listing name it.
    pub fn name(self) -> &'static str {
        match self {
            ConflictField::Proposer => "proposer",
            ConflictField::Org => "org",
            ConflictField::Region => "region",
        }
    }

    pub fn parse(s: &str) -> Option<ConflictField> {
        Self::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// One declared conflict: `reviewer` must not review ideas matching
/// `field` = `value`. Who declared it and when are kept for the listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclaredConflict {
    pub reviewer: String,
    pub field: ConflictField,
    pub value: String,
    pub by: String,
    pub made: Timestamp,
}

/// The words of a name, folded: what matching compares.
fn folded_words(s: &str) -> Vec<String> {
    words(s).collect()
}

/// A reviewer's name as matching compares it (case and spaces ignored).
pub fn reviewer_key(name: &str) -> String {
    folded_words(name).join(" ")
}

impl DeclaredConflict {
    /// A conflict as typed, cleaned; an error names what is wrong.
    pub fn new(
        reviewer: &str,
        field: ConflictField,
        value: &str,
        by: &str,
        made: Timestamp,
    ) -> Result<DeclaredConflict, ConflictProblem> {
        // Runs of spaces as one: they do not matter to matching either.
        let reviewer = clean_line(reviewer)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let value = clean_line(value)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if reviewer_key(&reviewer).is_empty() {
            return Err(ConflictProblem::ReviewerEmpty);
        }
        if folded_words(&value).is_empty() {
            return Err(ConflictProblem::ValueEmpty(field));
        }
        if reviewer.chars().count() > MAX_LEN {
            return Err(ConflictProblem::ReviewerTooLong);
        }
        if value.chars().count() > MAX_LEN {
            return Err(ConflictProblem::ValueTooLong(field));
        }
        Ok(DeclaredConflict {
            reviewer,
            field,
            value,
            by: by.to_string(),
            made,
        })
    }

    /// What makes two declarations the same one (case and spaces aside):
    /// the reviewer, the field, the value. The list is kept in this order.
    pub fn key(&self) -> (String, ConflictField, String) {
        (
            reviewer_key(&self.reviewer),
            self.field,
            folded_words(&self.value).join(" "),
        )
    }

    /// Whether this conflict is the reviewer `reviewer`'s.
    pub fn is_of(&self, reviewer: &str) -> bool {
        reviewer_key(&self.reviewer) == reviewer_key(reviewer)
    }

    /// Whether it bars its reviewer from `idea` (see the module).
    pub fn matches(&self, proposer: &str, region: &str) -> bool {
        let want = folded_words(&self.value);
        match self.field {
            ConflictField::Proposer => folded_words(proposer) == want,
            ConflictField::Region => folded_words(region) == want,
            ConflictField::Org => {
                let have = folded_words(proposer);
                have.windows(want.len()).any(|w| w == want.as_slice())
            }
        }
    }

    /// [`DeclaredConflict::matches`] on an idea.
    pub fn bars(&self, idea: &Idea) -> bool {
        self.matches(&idea.proposer, &idea.region)
    }

    /// `--proposer "Green Town"`, for the listing and messages.
    pub fn describe(&self) -> String {
        format!(
            "{} '{}'",
            self.field.name(),
            super::text::printable(&self.value, false)
        )
    }
}

/// The list with `added` in its place (sorted by [`DeclaredConflict::key`]),
/// or `None` if the same conflict is declared already.
pub fn with_added(
    list: &[DeclaredConflict],
    added: DeclaredConflict,
) -> Option<Vec<DeclaredConflict>> {
    let key = added.key();
    if list.iter().any(|c| c.key() == key) {
        return None;
    }
    let mut out = list.to_vec();
    out.push(added);
    out.sort_by_key(DeclaredConflict::key);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(field: ConflictField, value: &str) -> DeclaredConflict {
        DeclaredConflict::new("Anna", field, value, "olga", Timestamp(0)).unwrap()
    }

    #[test]
    fn matching_ignores_case_spacing_and_quotes() {
        let p = c(ConflictField::Proposer, "  green   TOWN ");
        assert!(p.matches("Green Town", ""));
        assert!(p.matches("«Green Town»", ""));
        assert!(!p.matches("Green Town Foundation", ""), "proposer is exact");
        assert!(!p.matches("", "Green Town"), "not the region");
        let o = c(ConflictField::Org, "Green Town");
        assert!(o.matches("ANO «Green Town» Foundation", ""));
        assert!(o.matches("green town", ""));
        assert!(!o.matches("Greentown", ""));
        assert!(!o.matches("Green Townhouse", ""), "whole words");
        let r = c(ConflictField::Region, "perm krai");
        assert!(r.matches("", "Perm  Krai"));
        assert!(!r.matches("Perm Krai", "Tatarstan"));
        assert!(!r.matches("", "Perm"));
    }

    #[test]
    fn a_declaration_needs_a_reviewer_and_a_value_and_is_kept_once() {
        assert_eq!(
            DeclaredConflict::new(" ", ConflictField::Org, "x", "", Timestamp(0)),
            Err(ConflictProblem::ReviewerEmpty)
        );
        let empty = DeclaredConflict::new("anna", ConflictField::Org, " «» ", "", Timestamp(0));
        assert_eq!(empty, Err(ConflictProblem::ValueEmpty(ConflictField::Org)));
        assert_eq!(empty.unwrap_err().to_string(), "the org is empty");
        let long = "x".repeat(MAX_LEN + 1);
        assert_eq!(
            DeclaredConflict::new("anna", ConflictField::Region, &long, "", Timestamp(0)),
            Err(ConflictProblem::ValueTooLong(ConflictField::Region))
        );
        assert_eq!(
            DeclaredConflict::new(&long, ConflictField::Region, "Perm", "", Timestamp(0)),
            Err(ConflictProblem::ReviewerTooLong)
        );
        let list = with_added(&[], c(ConflictField::Region, "Perm")).unwrap();
        let again =
            DeclaredConflict::new("ANNA ", ConflictField::Region, "perm", "x", Timestamp(9))
                .unwrap();
        assert!(with_added(&list, again).is_none());
        let list = with_added(&list, c(ConflictField::Proposer, "Zed")).unwrap();
        assert_eq!(list[0].field, ConflictField::Proposer, "kept in key order");
        assert!(list[0].is_of("anna") && !list[0].is_of("boris"));
    }
}
