//! What an import does with the reasons of a whole-database export: it
//! takes the file's reason records for the keys this database has not
//! changed itself, so that the decisions it brings keep their reasons and
//! labels. Where this database changed a reason the file changed too, its
//! own is kept (a warning says so).

use super::stdout::note;
use crate::Error;
use crate::domain::Reason;
use crate::store::{Store, Writes};

pub struct ReasonPlan {
    taken: usize,
}

impl ReasonPlan {
    /// The part of the import's summary line, if any reasons are taken.
    pub fn summary(&self, dry_run: bool) -> Option<String> {
        let dry = if dry_run { "yes" } else { "no" };
        (self.taken > 0).then(|| crate::tr!("cli-import-reasons", dry = dry, count = self.taken))
    }
}

pub fn plan(store: &Store, file: Vec<Reason>, writes: &mut Writes) -> Result<ReasonPlan, Error> {
    let mut plan = ReasonPlan { taken: 0 };
    if file.is_empty() {
        return Ok(plan);
    }
    let ours = store.stored_reasons()?;
    let mut kept = Vec::new();
    for r in file {
        match ours.iter().find(|o| o.key == r.key) {
            None => {
                plan.taken += 1;
                writes.save_reason(r);
            }
            Some(o) if o.label != r.label || o.fits != r.fits || o.removed != r.removed => {
                kept.push(r.key)
            }
            Some(_) => {}
        }
    }
    if !kept.is_empty() {
        note(&crate::tr!(
            "cli-import-reasons-kept",
            count = kept.len(),
            keys = kept.join(", ").as_str()
        ));
    }
    Ok(plan)
}
