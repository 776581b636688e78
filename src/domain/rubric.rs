//! The rubric a panel scores ideas by: a few criteria, each with a name, a
//! one-line description, a weight and a scale. A database keeps every
//! version it had, so that a review stays readable by the rubric it was
//! made with after the rubric changes (issue 18, point 1).

use super::rubric_problem::RubricProblem;
use super::text::{clean_line, is_forbidden, printable};
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

// The limits live beside the problems that name them.
pub use super::rubric_problem::{MAX_CRITERIA, MAX_DESCRIPTION, MAX_NAME, MAX_SCALE, MAX_WEIGHT};

/// One thing a reviewer scores.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Criterion {
    /// Lower-case, as typed: `relevance`.
    pub name: String,
    pub description: String,
    /// Relative weight in a review's total: whole numbers (1.5 against 1
    /// is 3 against 2), so totals compare exactly.
    pub weight: u16,
    /// The lowest and highest score, both allowed.
    pub min: u8,
    pub max: u8,
}

/// One version of a database's rubric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rubric {
    /// 1 for the default a database starts with; each change adds one.
    pub version: u32,
    pub criteria: Vec<Criterion>,
    /// When and by whom this version was made (0 and empty for the default).
    pub made: Timestamp,
    pub by: String,
}

impl Criterion {
    fn new(name: &str, description: &str) -> Criterion {
        Criterion {
            name: name.into(),
            description: description.into(),
            weight: 1,
            min: 1,
            max: 5,
        }
    }

    /// The scale as it is written: `1-5`.
    pub fn scale(&self) -> String {
        format!("{}-{}", self.min, self.max)
    }

    /// What is wrong with this criterion, if anything. The name is
    /// checked as given: a control character in it is refused, not
    /// dropped (dropped, `te\u{7}am` would pass as `team`).
    pub fn check(&self) -> Result<(), RubricProblem> {
        let n = &self.name;
        if n.is_empty() {
            return Err(RubricProblem::NameEmpty);
        }
        if n.chars().any(is_forbidden) {
            return Err(RubricProblem::NameControl(shown_name(n)));
        }
        if n.chars().count() > MAX_NAME {
            return Err(RubricProblem::NameTooLong(shown_name(n)));
        }
        let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-';
        if !n.starts_with(|c: char| c.is_ascii_lowercase()) || !n.chars().all(ok) {
            return Err(RubricProblem::NameNotWord(shown_name(n)));
        }
        if self.description.is_empty() {
            return Err(RubricProblem::NoDescription(n.clone()));
        }
        if self.description.chars().count() > MAX_DESCRIPTION {
            return Err(RubricProblem::DescriptionTooLong(n.clone()));
        }
        if self.weight == 0 || self.weight > MAX_WEIGHT {
            return Err(RubricProblem::Weight(n.clone()));
        }
        if self.min >= self.max || self.max > MAX_SCALE {
            return Err(RubricProblem::Scale(n.clone()));
        }
        Ok(())
    }
}

impl Rubric {
    /// The rubric a database starts with: what the field asks of a social
    /// project, each criterion scored 1 to 5 and weighted alike.
    pub fn default_rubric() -> Rubric {
        let criteria = [
            (
                "relevance",
                "Answers a real need of its sector and the people it serves",
            ),
            (
                "impact",
                "Social impact: how many lives it changes, how deeply, how lastingly",
            ),
            (
                "feasibility",
                "Can be done with the plan, time and means it describes",
            ),
            (
                "sustainability",
                "Financially sustainable: how it keeps going after the grant",
            ),
            (
                "team",
                "The team has the skills, roots and commitment to deliver it",
            ),
        ]
        .into_iter()
        .map(|(n, d)| Criterion::new(n, d))
        .collect();
        Rubric {
            version: 1,
            criteria,
            made: Timestamp(0),
            by: String::new(),
        }
    }

    /// A rubric of these criteria, checked: at least one, at most
    /// [`MAX_CRITERIA`], each valid, no name twice. Not yet versioned.
    pub fn new(criteria: Vec<Criterion>) -> Result<Rubric, RubricProblem> {
        if criteria.is_empty() {
            return Err(RubricProblem::NoCriteria);
        }
        if criteria.len() > MAX_CRITERIA {
            return Err(RubricProblem::TooMany(criteria.len()));
        }
        for (k, c) in criteria.iter().enumerate() {
            c.check()?;
            if criteria[..k].iter().any(|o| o.name == c.name) {
                return Err(RubricProblem::NamedTwice(c.name.clone()));
            }
        }
        Ok(Rubric {
            version: 0,
            criteria,
            made: Timestamp(0),
            by: String::new(),
        })
    }

    /// The criterion of this name (as typed: case does not matter).
    pub fn criterion(&self, name: &str) -> Option<&Criterion> {
        let name = name.trim().to_lowercase();
        self.criteria.iter().find(|c| c.name == name)
    }

    /// Whether `other` has the same criteria (version and maker aside).
    pub fn same_criteria(&self, other: &Rubric) -> bool {
        self.criteria == other.criteria
    }

    /// This rubric as the version after `current`, made at `made` by `by`.
    pub fn succeeding(self, current: &Rubric, made: Timestamp, by: &str) -> Rubric {
        Rubric {
            version: current.version + 1,
            made,
            by: clean_line(by),
            ..self
        }
    }
}

/// A name as an error shows it: safe to print, and cut after 40
/// characters (a name of 5000 is not echoed whole).
pub fn shown_name(name: &str) -> String {
    const SHOWN: usize = 40;
    let safe = printable(name, false);
    if safe.chars().count() > SHOWN {
        format!("{}…", safe.chars().take(SHOWN).collect::<String>())
    } else {
        safe
    }
}

/// The current rubric of a database, from the versions it stored (in
/// any order): the newest, else the default.
pub fn current(stored: &[Rubric]) -> Rubric {
    stored
        .iter()
        .max_by_key(|r| r.version)
        .cloned()
        .unwrap_or_else(Rubric::default_rubric)
}

/// Version `version` of a database's rubric: one it stored, or the
/// default for 1 when it stored none as 1.
pub fn version(stored: &[Rubric], version: u32) -> Option<Rubric> {
    stored
        .iter()
        .find(|r| r.version == version)
        .cloned()
        .or_else(|| (version == 1).then(Rubric::default_rubric))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_valid_and_version_one() {
        let d = Rubric::default_rubric();
        assert_eq!(d.version, 1);
        let names: Vec<_> = d.criteria.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "relevance",
                "impact",
                "feasibility",
                "sustainability",
                "team"
            ]
        );
        assert!(Rubric::new(d.criteria.clone()).is_ok());
        assert_eq!(current(&[]), d);
        assert_eq!(version(&[], 1), Some(d));
        assert_eq!(version(&[], 2), None);
    }

    #[test]
    fn bad_criteria_are_refused_with_the_reason() {
        let good = Rubric::default_rubric().criteria[0].clone();
        let with = |f: &dyn Fn(&mut Criterion)| {
            let mut c = good.clone();
            f(&mut c);
            Rubric::new(vec![c]).unwrap_err().to_string()
        };
        assert!(with(&|c| c.name = "Relevance".into()).contains("lower-case"));
        assert!(with(&|c| c.name = "9lives".into()).contains("lower-case"));
        assert!(with(&|c| c.weight = 0).contains("weight"));
        assert!(with(&|c| c.max = 1).contains("scale"));
        assert!(with(&|c| c.description.clear()).contains("no description"));
        // Refused as given, not cleaned into a valid name; a long one is
        // not echoed whole.
        assert_eq!(
            with(&|c| c.name = "te\u{7}am".into()),
            "name: 'te\u{fffd}am' has a control character or a direction override"
        );
        assert!(with(&|c| c.name = "te\u{202e}am".into()).contains("direction override"));
        let long = with(&|c| c.name = "a".repeat(5000));
        assert_eq!(
            long,
            format!(
                "name: '{}…' is longer than {MAX_NAME} characters",
                "a".repeat(40)
            )
        );
        let twice = Rubric::new(vec![good.clone(), good.clone()]).unwrap_err();
        assert_eq!(twice, RubricProblem::NamedTwice("relevance".into()));
        assert_eq!(twice.to_string(), "criterion 'relevance' is named twice");
        assert_eq!(Rubric::new(vec![]), Err(RubricProblem::NoCriteria));
        assert_eq!(
            Rubric::new(vec![good; MAX_CRITERIA + 1]),
            Err(RubricProblem::TooMany(MAX_CRITERIA + 1))
        );
    }

    #[test]
    fn the_newest_stored_version_is_current() {
        let d = Rubric::default_rubric();
        let two = Rubric::new(vec![d.criteria[0].clone()])
            .unwrap()
            .succeeding(&d, Timestamp(10), "anna");
        assert_eq!(two.version, 2);
        let stored = std::slice::from_ref(&two);
        assert_eq!(current(stored), two);
        assert_eq!(version(stored, 1), Some(d));
        assert_eq!(version(stored, 2), Some(two.clone()));
    }
}
