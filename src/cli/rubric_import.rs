//! What an import says of the rubric versions a file holds (see
//! `transfer/import_rubrics.rs`, which decides, and the import, which
//! adds them): the versions added for the reviews it brings to keep the
//! rubric they were made with, whether the newest is now the rubric, and
//! which of the file's versions it found here under another number (their
//! reviews now name that number). A file whose version N is another
//! rubric than this database's N is refused before this.

use crate::Error;
use crate::domain::rubric;
use crate::store::Store;
use crate::transfer::RubricsMet;

pub struct RubricPlan {
    /// Versions added.
    added: Vec<u32>,
    /// The file's versions found here under another number.
    renumbered: Vec<(u32, u32)>,
    /// The version reviews are made with after the import, if it changes.
    now_current: Option<u32>,
}

impl RubricPlan {
    /// The parts of the import's summary line, if any.
    pub fn summary(&self, dry_run: bool) -> Vec<String> {
        let mut parts = Vec::new();
        if let (Some(first), Some(last)) = (self.added.first(), self.added.last()) {
            let dry = if dry_run { "yes" } else { "no" };
            let current = match self.now_current {
                Some(v) => crate::tr!("cli-import-rubric-current", dry = dry, version = v),
                None => String::new(),
            };
            parts.push(if first == last {
                crate::tr!(
                    "cli-import-rubric",
                    dry = dry,
                    version = first.to_string().as_str(),
                    current = current.as_str()
                )
            } else {
                crate::tr!(
                    "cli-import-rubrics",
                    dry = dry,
                    versions = self
                        .added
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                        .as_str(),
                    current = current.as_str()
                )
            });
        }
        for (file, ours) in &self.renumbered {
            parts.push(crate::tr!(
                "cli-import-rubric-renumbered",
                file = file.to_string().as_str(),
                ours = ours.to_string().as_str()
            ));
        }
        parts
    }
}

/// What the import's rubric versions do, asked before it finishes (the
/// import writes the versions it adds with its last chunk).
pub fn plan(store: &Store, met: RubricsMet) -> Result<RubricPlan, Error> {
    let stored = store.rubrics()?;
    let before = rubric::current(&stored).version;
    let mut added: Vec<u32> = met.added.iter().map(|r| r.version).collect();
    added.sort_unstable();
    let now_current = added.last().copied().filter(|v| *v > before);
    Ok(RubricPlan {
        added,
        renumbered: met.renumbered,
        now_current,
    })
}
