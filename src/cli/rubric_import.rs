//! What an import does with the rubric versions of a whole-database
//! export: it adds the versions this database lacks, so that the reviews
//! it brings keep the rubric they were made with. Where this database has
//! a version of the same number with other criteria, its own are kept and
//! the file's are not added (a warning says so): one number never means
//! two rubrics in one database.

use super::stdout::note;
use crate::Error;
use crate::domain::Rubric;
use crate::store::{Store, Writes};

pub struct RubricPlan {
    /// Versions added.
    added: Vec<u32>,
}

impl RubricPlan {
    /// The part of the import's summary line, if any versions are added.
    pub fn summary(&self, dry_run: bool) -> Option<String> {
        let (first, last) = (self.added.first()?, self.added.last()?);
        let verb = if dry_run { "would add" } else { "added" };
        Some(if first == last {
            format!("{verb} rubric version {first}")
        } else {
            format!("{verb} rubric versions {first}–{last}")
        })
    }
}

pub fn plan(store: &Store, file: Vec<Rubric>, writes: &mut Writes) -> Result<RubricPlan, Error> {
    let mut plan = RubricPlan { added: Vec::new() };
    if file.is_empty() {
        return Ok(plan);
    }
    let ours = store.rubrics()?;
    let differs: Vec<u32> = file
        .iter()
        .filter(|f| {
            ours.iter()
                .any(|o| o.version == f.version && !o.same_criteria(f))
        })
        .map(|f| f.version)
        .collect();
    if let Some(v) = differs.first() {
        note(&format!(
            "warning: the file's rubric version {v} differs from this database's: kept this database's rubric (`sprout rubric --history`), added none of the file's"
        ));
        return Ok(plan);
    }
    for r in file {
        if !ours.iter().any(|o| o.version == r.version) {
            plan.added.push(r.version);
            writes.save_rubric(r);
        }
    }
    plan.added.sort_unstable();
    Ok(plan)
}
