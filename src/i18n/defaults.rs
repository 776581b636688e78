//! The labels of the reasons and rubric criteria a database starts with,
//! in the language spoken: while a stored reason's label (a criterion's
//! description) is still the default English one, a Russian reader sees
//! the Russian one; a label someone wrote is shown as written. Keys and
//! criterion names stay as they are where they are typed (`--reason
//! budget`, `--score relevance=4`).

use crate::domain::reason::{Reason, default_label};
use crate::domain::rubric::{Criterion, Rubric};

/// What a person reads for `reason`: `Бюджет неясен` for the default
/// `budget` in Russian, its own label otherwise.
pub fn reason_label(reason: &Reason) -> String {
    reason_label_of(&reason.key, &reason.label)
}

/// [`reason_label`] for a reason known by its key and stored label (a
/// count of the statistics, an idea's decision).
pub fn reason_label_of(key: &str, label: &str) -> String {
    if default_label(key) == Some(label) {
        let id = format!("reason-{key}");
        if let Some(text) = super::texts().find(&id, &[]) {
            return text;
        }
    }
    label.to_string()
}

/// How a decision's reason reads in the language spoken: a default
/// reason's label in that language, one written by someone as written,
/// else the key as stored (see [`Reasons::describe`]).
pub fn reason_named(reasons: &crate::domain::reason::Reasons, key: &str) -> String {
    match reasons.get(key) {
        Some(reason) => reason_label(reason),
        None => reasons.describe(key),
    }
}

/// The default criterion of this name, if it is one.
fn default_criterion(name: &str) -> Option<Criterion> {
    Rubric::default_rubric()
        .criteria
        .into_iter()
        .find(|c| c.name == name)
}

/// The name shown for a criterion: `актуальность` for the default
/// `relevance` in Russian, its own name otherwise.
pub fn criterion_label(criterion: &Criterion) -> String {
    criterion_label_of(&criterion.name)
}

/// [`criterion_label`] for a criterion known by its name (a review's
/// scores keep only the names), cleaned.
pub fn criterion_label_of(name: &str) -> String {
    if default_criterion(name).is_some() {
        let id = format!("criterion-{name}");
        if let Some(text) = super::texts().find(&id, &[]) {
            return text;
        }
    }
    crate::domain::text::printable(name, false)
}

/// A criterion's description, in the language spoken while it is still
/// the default one.
pub fn criterion_description(criterion: &Criterion) -> String {
    if default_criterion(&criterion.name).is_some_and(|d| d.description == criterion.description) {
        let id = format!("criterion-{}-description", criterion.name);
        if let Some(text) = super::texts().find(&id, &[]) {
            return text;
        }
    }
    criterion.description.clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::reason::{DEFAULTS, Fit};
    use crate::i18n::{Lang, speak_on_this_thread};

    #[test]
    fn default_reasons_read_in_russian_and_written_ones_as_written() {
        let _ru = speak_on_this_thread(Lang::Ru);
        let budget = Reason::new("budget", "Budget unclear", Fit::Decline).unwrap();
        assert_eq!(reason_label(&budget), "Бюджет неясен");
        let own = Reason::new("budget", "Смета не сходится", Fit::Decline).unwrap();
        assert_eq!(reason_label(&own), "Смета не сходится");
        let new = Reason::new("late", "Came late", Fit::Decline).unwrap();
        assert_eq!(reason_label(&new), "Came late");
        for (key, label, fits) in DEFAULTS {
            let r = Reason::new(key, label, *fits).unwrap();
            assert_ne!(reason_label(&r), *label, "{key} has no Russian label");
        }
        drop(_ru);
        let _en = speak_on_this_thread(Lang::En);
        for (key, label, fits) in DEFAULTS {
            let r = Reason::new(key, label, *fits).unwrap();
            assert_eq!(reason_label(&r), *label, "{key}");
        }
    }

    #[test]
    fn default_criteria_read_in_russian_and_changed_ones_as_written() {
        let rubric = Rubric::default_rubric();
        {
            let _ru = speak_on_this_thread(Lang::Ru);
            let relevance = &rubric.criteria[0];
            assert_eq!(criterion_label(relevance), "актуальность");
            assert!(criterion_description(relevance).starts_with("Отвечает"));
            for c in &rubric.criteria {
                assert_ne!(criterion_label(c), c.name);
                assert_ne!(criterion_description(c), c.description);
            }
            let mut changed = relevance.clone();
            changed.description = "Our own words".into();
            assert_eq!(criterion_description(&changed), "Our own words");
            assert_eq!(criterion_label(&changed), "актуальность");
            let own = Criterion {
                name: "novelty".into(),
                description: "New to the region".into(),
                ..relevance.clone()
            };
            assert_eq!(criterion_label(&own), "novelty");
            assert_eq!(criterion_description(&own), "New to the region");
        }
        let _en = speak_on_this_thread(Lang::En);
        for c in &rubric.criteria {
            assert_eq!(criterion_label(c), c.name);
            assert_eq!(criterion_description(c), c.description);
        }
    }
}
