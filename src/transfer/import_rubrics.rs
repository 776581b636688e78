//! The rubric versions of an import, and the reviews checked by them.
//! A file's version is this database's when it has the same number and
//! criteria; it is this database's version of the same criteria under
//! another number (its reviews renumbered to it) when the number is
//! another rubric here; it is added when the number is free. Where the
//! file's version N is another rubric than this database's N and this
//! database has no version of the file's criteria, the import is refused:
//! put after this database's own versions it would become the rubric
//! reviews are made with (the newest is), so an import would quietly
//! change the panel's rubric.
//!
//! Each review must fit the version it names (the file's, else this
//! database's): every criterion scored once, on its scale, no other.

use super::problem::Problem;
use super::record::Incoming;
use crate::domain::Rubric;
use crate::domain::rubric;
use crate::store::{Store, StoreError};

pub(super) struct Book {
    /// This database's versions, the default among them.
    ours: Vec<Rubric>,
    /// The file's versions as met, with the line each was first on.
    file: Vec<(usize, Rubric)>,
    /// The file's versions this database has under another number.
    renumbered: Vec<(u32, u32)>,
    /// The file's versions to add, as met.
    added: Vec<Rubric>,
}

/// The rubric versions an import adds, and those it found here under
/// another number (the file's, this database's).
#[derive(Debug, Default)]
pub struct RubricsMet {
    pub added: Vec<Rubric>,
    pub renumbered: Vec<(u32, u32)>,
}

fn names(r: &Rubric) -> String {
    let names: Vec<&str> = r.criteria.iter().map(|c| c.name.as_str()).collect();
    names.join(", ")
}

impl Book {
    pub(super) fn load(store: &Store) -> Result<Book, StoreError> {
        let stored = store.rubrics()?;
        let mut ours: Vec<Rubric> = rubric::version(&stored, 1).into_iter().collect();
        ours.extend(stored.into_iter().filter(|r| r.version != 1));
        Ok(Book {
            ours,
            file: Vec::new(),
            renumbered: Vec::new(),
            added: Vec::new(),
        })
    }

    /// Learns the versions of the file met on `line`; or the one line
    /// that refuses the file.
    pub(super) fn learn(&mut self, line: usize, rubrics: &[Rubric]) -> Result<(), String> {
        for r in rubrics {
            if let Some((at, known)) = self.file.iter().find(|(_, f)| f.version == r.version) {
                if !known.same_criteria(r) {
                    return Err(format!(
                        "line {line}: rubrics: version {} ({}) is not the version {} of line {at} ({})",
                        r.version,
                        names(r),
                        r.version,
                        names(known)
                    ));
                }
                continue;
            }
            match self.ours.iter().find(|o| o.version == r.version) {
                Some(o) if o.same_criteria(r) => {}
                Some(o) => match self.ours.iter().find(|s| s.same_criteria(r)) {
                    Some(same) => self.renumbered.push((r.version, same.version)),
                    None => {
                        let newest = self.ours.iter().map(|o| o.version).max().unwrap_or(1);
                        return Err(format!(
                            "line {line}: rubrics: the file's rubric version {} ({}) is another rubric than this database's version {} ({}); added after this database's own (version {newest}) it would become the rubric reviews are made with, so nothing was imported (`sprout rubric --history` lists this database's versions)",
                            r.version,
                            names(r),
                            o.version,
                            names(o)
                        ));
                    }
                },
                None => self.added.push(r.clone()),
            }
            self.file.push((line, r.clone()));
        }
        Ok(())
    }

    /// A record's reviews checked against the rubric version each names,
    /// put in its order, and renumbered where this database has that
    /// rubric under another number; or the problem of each that does not
    /// fit.
    pub(super) fn check(&self, inc: &mut Incoming) -> Result<(), Vec<Problem>> {
        let mut problems = Vec::new();
        for (k, r) in inc.idea.reviews.iter_mut().enumerate() {
            let v = r.rubric;
            let by_file = self.file.iter().find(|(_, f)| f.version == v);
            let rubric = by_file
                .map(|(_, f)| f)
                .or_else(|| self.ours.iter().find(|o| o.version == v));
            let Some(rubric) = rubric else {
                let newest = self.ours.iter().map(|o| o.version).max().unwrap_or(1);
                problems.push(Problem::of_field(
                    inc.line,
                    format!("reviews[{k}].rubric"),
                    format!(
                        "version {v} is in neither the file's rubrics nor this database's (versions 1 to {newest})"
                    ),
                ));
                continue;
            };
            match r.fits(rubric) {
                Ok(scores) => r.scores = scores,
                Err(e) => {
                    problems.push(Problem::of_field(
                        inc.line,
                        format!("reviews[{k}].scores"),
                        e,
                    ));
                    continue;
                }
            }
            if by_file.is_some()
                && let Some((_, ours)) = self.renumbered.iter().find(|(f, _)| *f == v)
            {
                r.rubric = *ours;
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub(super) fn met(&self) -> RubricsMet {
        RubricsMet {
            added: self.added.clone(),
            renumbered: self.renumbered.clone(),
        }
    }
}
