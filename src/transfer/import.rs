//! An import, written as it is read: the records are checked a chunk at a
//! time (see `import_check.rs`), each chunk's writes worked out against
//! the database as the chunks before it left it (`import_resolve.rs`) and
//! written at once, under the engine's large write (`store::LargeWrite`),
//! so that memory holds a chunk or two whatever the file's size, and the
//! import is still all or nothing: a bad record on the last line (unless
//! `--skip-invalid`), an unreadable file, a failed write or the end of the
//! process take back every chunk written before it. Reading the file is in
//! `read.rs`.

use super::TransferError;
use super::import_check::{Checked, Screen, check_all, check_each};
pub use super::import_resolve::Counts;
use super::import_resolve::Resolver;
use super::import_rubrics::Book;
pub use super::import_rubrics::RubricsMet;
use super::near::Near;
use super::problem::Problem;
use super::read::{Raw, Views};
use super::values::Values;
use crate::domain::{Idea, Timestamp};
use crate::store::{LargeWrite, Store, StoreError, Writes};
use std::collections::{BTreeSet, HashMap, HashSet};

/// How an import treats existing ideas and invalid records, and reads
/// values (the built-in readers when `values` is `None`). A dry run works
/// everything out and writes nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    pub skip_invalid: bool,
    pub update: bool,
    pub dry_run: bool,
    pub values: Option<&'a Values>,
}

/// What the records of a file did, or would do in a dry run.
#[derive(Debug, Default)]
pub struct Imported {
    pub counts: Counts,
    /// Problems of the records skipped (with `--skip-invalid`).
    pub problems: Vec<Problem>,
    /// How many records were invalid (one can have several problems).
    pub invalid: usize,
    /// Columns or keys in the file that sprout does not know (ignored).
    pub unknown_fields: BTreeSet<String>,
    /// One-line fields whose line breaks became spaces: (line, fields).
    pub joined: Vec<(usize, Vec<&'static str>)>,
    /// Added records that look like an idea already there or an earlier
    /// record of the file: (line, the likest and how much), in file order.
    pub looks_like: Vec<(usize, crate::similar::Match)>,
    /// The file's rubric versions this import adds (with the last chunk),
    /// or found here under another number.
    pub rubrics: RubricsMet,
}

/// Records read, checked and written at a time (`SPROUT_IMPORT_CHUNK`
/// changes it, for the tests): enough that a chunk's writes are worth a
/// flush, few enough that two chunks in memory are a few MB.
fn chunk_size() -> usize {
    std::env::var("SPROUT_IMPORT_CHUNK")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(8192)
}

/// An import under way. Its chunks stay only once [`Import::finish`]
/// returns: dropped before that, it takes back everything it wrote.
pub struct Import<'s> {
    resolver: Resolver<'s>,
    /// `None` in a dry run, and once a bad record refuses the file (what
    /// was written is taken back then: the rest is only checked).
    large: Option<Box<dyn LargeWrite + 's>>,
    /// Writes that go with the last chunk (an export's views).
    last: Writes,
    skip_invalid: bool,
    now: Timestamp,
    pub(super) chunk: usize,
    /// The near-duplicate index, built when a chunk first adds an idea.
    near: Option<Near>,
    /// The rubric versions of the file and of this database, by which
    /// the reviews are checked.
    book: Book,
    /// Where a whole-database export's `rubrics` are found once read.
    file_rubrics: Option<Views>,
}

impl<'s> Import<'s> {
    pub fn begin(
        store: &'s Store,
        options: &ImportOptions<'_>,
        now: Timestamp,
    ) -> Result<Import<'s>, StoreError> {
        let resolver = Resolver::new(store, options.update, now)?;
        let large = if options.dry_run {
            None
        } else {
            Some(store.large_write()?)
        };
        Ok(Import {
            last: resolver.follow_on(),
            resolver,
            large,
            skip_invalid: options.skip_invalid,
            now,
            chunk: chunk_size(),
            near: None,
            book: Book::load(store)?,
            file_rubrics: None,
        })
    }

    /// The reviews of the records are checked by the `rubrics` of this
    /// whole-database export as well (read before its ideas, as sprout
    /// writes them).
    pub fn with_rubrics_of(&mut self, views: &Views) {
        self.file_rubrics = Some(views.clone());
    }

    /// Learns the file's top-level rubric versions if they were just read.
    fn learn_file_rubrics(&mut self) -> Result<(), TransferError> {
        if let Some((line, rubrics)) = self.file_rubrics.as_ref().and_then(Views::take_rubrics) {
            self.book
                .learn(line, &rubrics)
                .map_err(TransferError::Unreadable)?;
        }
        Ok(())
    }

    /// The records whose reviews fit the rubric versions they name (each
    /// record's own versions learnt first), renumbered where this
    /// database has them under another number; the others' problems are
    /// kept with the rest.
    fn check_reviews(
        &mut self,
        valid: Vec<super::record::Incoming>,
        screen: &mut Screen,
    ) -> Result<Vec<super::record::Incoming>, TransferError> {
        self.learn_file_rubrics()?;
        let mut out = Vec::with_capacity(valid.len());
        for mut inc in valid {
            if !inc.rubrics.is_empty() {
                let rubrics = std::mem::take(&mut inc.rubrics);
                self.book
                    .learn(inc.line, &rubrics)
                    .map_err(TransferError::Unreadable)?;
            }
            if inc.idea.reviews.is_empty() {
                out.push(inc);
                continue;
            }
            match self.book.check(&mut inc) {
                Ok(()) => out.push(inc),
                Err(problems) => {
                    screen.problems.extend(problems);
                    screen.invalid += 1;
                }
            }
        }
        Ok(out)
    }

    /// Reads, checks and writes every record, telling `progress` how many
    /// are read so far. An invalid record refuses the whole file (unless
    /// `--skip-invalid`), with the problems of every record in it.
    pub fn records<R: Into<Raw>>(
        &mut self,
        records: impl Iterator<Item = R>,
        values: &Values,
        progress: &dyn Fn(usize),
    ) -> Result<Imported, TransferError> {
        let mut screen = Screen::default();
        let mut looks_like = Vec::new();
        let mut records = records.map(Into::into);
        let mut read = 0;
        let now = self.now;
        // Chunk k is written on this thread while chunk k + 1 is checked
        // on the other.
        let mut ahead: Option<Vec<Checked>> = match next_chunk(&mut records, self.chunk)? {
            Some(raw) => {
                read += raw.len();
                Some(check_all(raw, now, values).map_err(|_| thread_failed())?)
            }
            None => None,
        };
        while let Some(checked) = ahead.take() {
            let valid = screen.valid(checked);
            let valid = self.check_reviews(valid, &mut screen)?;
            let refused = !screen.problems.is_empty() && !self.skip_invalid;
            if refused {
                // Taken back now; the rest is read for its problems only.
                self.large = None;
            }
            // Here each chunk of checked ideas passes on its way to the
            // database; what it adds is checked for near-copies beside
            // its write (or before it, where earlier chunks are found only
            // in the large write).
            let mut writes = None;
            let mut near_job = None;
            if !refused {
                let large = &self.large;
                let pending = |id| large.as_ref()?.pending(id).cloned();
                let mut w = self.resolver.resolve(valid, &pending)?;
                // Made once, on both cores, for the check and the store
                // (made beside the write of the chunk before, they slowed
                // the check there, which is the longer of the two).
                super::near::sign(&mut w);
                near_job = NearJob::of(&self.resolver, &w);
                if near_job.is_some() && self.near.is_none() {
                    self.near = Some(Near::load(self.resolver.store)?);
                }
                if self.large.as_ref().is_some_and(|l| l.keeps_pending())
                    && let (Some(job), Some(near)) = (near_job.take(), self.near.as_mut())
                {
                    looks_like.extend(job.run(near, self.resolver.store, &pending)?);
                }
                writes = Some(w);
            }
            progress(read);
            let raw = next_chunk(&mut records, self.chunk)?;
            read += raw.as_ref().map_or(0, Vec::len);
            let large = &mut self.large;
            let near = self.near.as_mut();
            let store = self.resolver.store;
            let (written, beside) = crate::cores::join(
                || match (large.as_mut(), writes) {
                    (Some(large), Some(writes)) => large.write(writes),
                    _ => Ok(()),
                },
                || {
                    let found = match (near_job, near) {
                        (Some(job), Some(near)) => job.run(near, store, &|_| None),
                        _ => Ok(Vec::new()),
                    };
                    (found, raw.map(|raw| check_each(raw, now, values)))
                },
            );
            written?;
            let (found, checked) = beside.map_err(|_| thread_failed())?;
            looks_like.extend(found?);
            ahead = checked;
        }
        progress(read);
        // Rubrics after the ideas are added, though no review could use
        // them. The versions added land with the last chunk, so only if
        // every idea does.
        self.learn_file_rubrics()?;
        for r in self.book.met().added {
            self.last.save_rubric(r);
        }
        if !screen.problems.is_empty() && !self.skip_invalid {
            self.large = None;
            return Err(TransferError::Invalid {
                count: screen.invalid,
                problems: screen.problems,
            });
        }
        Ok(Imported {
            counts: self.resolver.counts,
            problems: screen.problems,
            invalid: screen.invalid,
            unknown_fields: screen.unknown_fields,
            joined: screen.joined,
            looks_like,
            rubrics: self.book.met(),
        })
    }

    /// Writes that go with the last chunk, so that they land only if every
    /// idea does (an export's views).
    pub fn last_writes(&mut self) -> &mut Writes {
        &mut self.last
    }

    /// Writes the last chunk and keeps the whole import (nothing in a dry
    /// run).
    pub fn finish(self) -> Result<(), StoreError> {
        match self.large {
            Some(large) => large.finish(self.last),
            None => Ok(()),
        }
    }
}

/// The near-copy check of the ideas one chunk adds, against the database,
/// the chunks before and each other (see [`Near::check`]), made ready so
/// that it can run beside the chunk's write.
struct NearJob {
    /// The added ideas and their lines, in file order.
    lines: Vec<usize>,
    chunk: Vec<Idea>,
    /// The chunk's other puts (ideas it changes, ids records ask for): an
    /// indexed idea's text as this chunk leaves it.
    here: HashMap<u64, Idea>,
    /// The signatures the chunk's records were checked with, by text.
    signatures: crate::store::Signatures,
}

impl NearJob {
    /// The check of what `writes` adds, if it adds anything.
    fn of(resolver: &Resolver<'_>, writes: &Writes) -> Option<NearJob> {
        let (lines, chunk): (Vec<usize>, Vec<Idea>) = resolver
            .added_now
            .iter()
            .filter_map(|&(line, id)| Some((line, writes.pending(id)?.clone())))
            .unzip();
        if chunk.is_empty() {
            return None;
        }
        let added: HashSet<u64> = resolver.added_now.iter().map(|&(_, id)| id).collect();
        let here = writes
            .put_ideas()
            .filter(|idea| !added.contains(&idea.id))
            .map(|idea| (idea.id, idea.clone()))
            .collect();
        let signatures = writes.signatures();
        Some(NearJob {
            lines,
            chunk,
            here,
            signatures,
        })
    }

    /// The likest of each added idea that looks like another, by line.
    /// An earlier idea's text is this chunk's, an earlier chunk's that
    /// only the large write has (`pending`), or the stored one.
    fn run(
        self,
        near: &mut Near,
        store: &Store,
        pending: &dyn Fn(u64) -> Option<Idea>,
    ) -> Result<Vec<(usize, crate::similar::Match)>, StoreError> {
        let here = &self.here;
        let read = |id| match here.get(&id).cloned().or_else(|| pending(id)) {
            Some(idea) => Ok(Some(idea)),
            None => store.idea(id),
        };
        let signatures = &self.signatures;
        let known = |idea: &Idea| {
            let known = signatures.get(&crate::similar::text_key(idea))?;
            Some(known.map(|s| s.sketch))
        };
        let found = near.check(&self.chunk, &known, read)?;
        Ok(self
            .lines
            .into_iter()
            .zip(found)
            .filter_map(|(line, m)| Some((line, m?)))
            .collect())
    }
}

fn thread_failed() -> TransferError {
    TransferError::Io(std::io::Error::other(
        "a thread checking the records failed",
    ))
}

/// The next records of the file, or `None` at its end. What makes the rest
/// of the file unreadable ends the import, even one that skips invalid
/// records.
fn next_chunk(
    records: &mut impl Iterator<Item = Raw>,
    size: usize,
) -> Result<Option<Vec<Raw>>, TransferError> {
    let mut chunk: Vec<Raw> = records.by_ref().take(size).collect();
    if chunk.is_empty() {
        return Ok(None);
    }
    let fatal = chunk.iter().position(|r| matches!(r, Raw::Fatal(_)));
    if let Some(Raw::Fatal(problem)) = fatal.map(|at| chunk.swap_remove(at)) {
        return Err(TransferError::Unreadable(problem.to_string()));
    }
    Ok(Some(chunk))
}

/// Imports every record at once (see [`Import`]); for tests and callers
/// without views to add.
pub fn import_records<R: Into<Raw>>(
    store: &Store,
    records: impl Iterator<Item = R>,
    options: ImportOptions<'_>,
    now: Timestamp,
) -> Result<Imported, TransferError> {
    let built_in = Values::default();
    let values = options.values.unwrap_or(&built_in);
    let mut import = Import::begin(store, &options, now)?;
    let imported = import.records(records, values, &|_| {})?;
    import.finish()?;
    Ok(imported)
}

#[cfg(test)]
mod tests;
