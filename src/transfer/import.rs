//! Planning what an import does: which records are added, updated,
//! skipped or invalid. Nothing is written here; the plan's writes are
//! committed by the caller in one batch. Reading the file is in `read.rs`.

use super::TransferError;
use super::fingerprint::Known;
use super::problem::Problem;
use super::read::Raw;
use super::record::{Incoming, canonical, incoming_with};
use super::values::Values;
use crate::domain::{Edit, Idea, Timestamp};
use crate::store::{Store, Writes};
use std::collections::{BTreeSet, HashMap, HashSet};

/// How an import treats existing ideas and invalid records, and reads
/// values (the built-in readers when `values` is `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    pub skip_invalid: bool,
    pub update: bool,
    pub values: Option<&'a Values>,
}

/// What happens to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Added(u64),
    Updated(u64),
    Unchanged(u64),
    SkippedExisting(u64),
    /// A record without an id that is an idea already in the database (the
    /// same title, proposer and summary): not added again.
    AlreadyThere(u64),
}

/// The result of planning an import: what it would write, and its problems.
pub struct ImportPlan {
    pub writes: Writes,
    pub outcomes: Vec<Outcome>,
    pub problems: Vec<Problem>,
    /// How many records were invalid (one can have several problems).
    pub invalid: usize,
    /// Columns or keys in the file that sprout does not know (ignored).
    pub unknown_fields: BTreeSet<String>,
    /// One-line fields whose line breaks became spaces: (line, fields).
    pub joined: Vec<(usize, Vec<&'static str>)>,
    /// Added records that look like an idea already there: (line, the
    /// likest idea and how much), in file order.
    pub looks_like: Vec<(usize, crate::similar::Match)>,
}

impl ImportPlan {
    pub fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.outcomes.iter().filter(|o| f(o)).count()
    }
}

/// Records checked at a time, half on another thread.
const CHECK_CHUNK: usize = 8192;

/// A record parsed and checked: its line, the idea or its problems, and
/// the keys it has that sprout does not know.
type Checked = Result<(usize, Result<Incoming, Vec<Problem>>, Vec<String>), Problem>;

fn check(raw: Raw, now: Timestamp, values: &Values) -> Checked {
    let (line, map) = raw.parse()?;
    let unknown = map
        .keys()
        .filter(|k| *k != super::cells::EXTRAS && canonical(k).is_none())
        .map(|k| crate::domain::text::clean_line(k))
        .collect();
    let result = incoming_with(line, &map, now, values).map_err(|list| {
        list.into_iter()
            .map(|(f, m)| Problem::of_field(line, f, m))
            .collect()
    });
    Ok((line, result, unknown))
}

/// Parses and checks records on two threads, keeping their order.
fn check_all(
    mut chunk: Vec<Raw>,
    now: Timestamp,
    values: &Values,
) -> Result<Vec<Checked>, TransferError> {
    if chunk.len() < 1024 {
        return Ok(chunk.into_iter().map(|r| check(r, now, values)).collect());
    }
    let second = chunk.split_off(chunk.len() / 2);
    let check_each = |part: Vec<Raw>| -> Vec<Checked> {
        part.into_iter().map(|r| check(r, now, values)).collect()
    };
    let (mut out, rest) = crate::cores::join(|| check_each(chunk), || check_each(second));
    let rest = rest.map_err(|_| {
        TransferError::Io(std::io::Error::other(
            "a thread checking the records failed",
        ))
    })?;
    out.extend(rest);
    Ok(out)
}

/// Validates every record and decides its outcome, without writing.
pub fn plan_import<R: Into<Raw>>(
    store: &Store,
    records: impl Iterator<Item = R>,
    options: ImportOptions<'_>,
    now: Timestamp,
) -> Result<ImportPlan, TransferError> {
    plan_import_with(store, records, options, now, &|_| {})
}

/// [`plan_import`], telling `progress` how many records are checked so far.
pub fn plan_import_with<R: Into<Raw>>(
    store: &Store,
    records: impl Iterator<Item = R>,
    options: ImportOptions<'_>,
    now: Timestamp,
    progress: &dyn Fn(usize),
) -> Result<ImportPlan, TransferError> {
    let built_in = Values::default();
    let values = options.values.unwrap_or(&built_in);
    let mut checked_so_far = 0;
    let mut problems = Vec::new();
    // Records, not problems or lines: a one-line JSON array holds many.
    let mut invalid = 0;
    // Records with ids and without, kept apart as they come (a partition
    // after would hold every idea twice at once).
    let (mut with_id, mut without_id): (Vec<Incoming>, Vec<Incoming>) = (Vec::new(), Vec::new());
    // The line of each, in the same order (for "looks like" reports).
    let (mut with_id_lines, mut without_id_lines) = (Vec::new(), Vec::new());
    let mut seen_ids: HashMap<u64, usize> = HashMap::new();
    let mut seen_keys: HashMap<String, usize> = HashMap::new();
    let mut unknown_fields = BTreeSet::new();
    let mut joined = Vec::new();
    let mut records = records.map(Into::into);
    loop {
        let mut chunk: Vec<Raw> = records.by_ref().take(CHECK_CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        // What makes the rest of the file unreadable ends the import, even
        // one that skips invalid records.
        let fatal = chunk.iter().position(|r| matches!(r, Raw::Fatal(_)));
        if let Some(Raw::Fatal(problem)) = fatal.map(|at| chunk.swap_remove(at)) {
            return Err(TransferError::Unreadable(problem.to_string()));
        }
        checked_so_far += chunk.len();
        for checked in check_all(chunk, now, values)? {
            let (line, result, unknown) = match checked {
                Err(problem) => {
                    problems.push(problem);
                    invalid += 1;
                    continue;
                }
                Ok(c) => c,
            };
            unknown_fields.extend(unknown);
            match result {
                Err(list) => {
                    problems.extend(list);
                    invalid += 1;
                }
                Ok(inc) => {
                    if let Some(id) = inc.id
                        && let Some(first) = seen_ids.insert(id, line)
                    {
                        problems.push(Problem::of_field(
                            line,
                            "id",
                            format!("{id} is also used on line {first}"),
                        ));
                        invalid += 1;
                        continue;
                    }
                    // The file's own key names one record: a second one
                    // with it would be matched to the first's idea.
                    if inc.id.is_none()
                        && !inc.idea.source_id.is_empty()
                        && let Some(first) = seen_keys.insert(inc.idea.source_id.clone(), line)
                    {
                        problems.push(Problem::of_field(
                            line,
                            "source_id",
                            format!(
                                "'{}' is also the key of line {first}",
                                crate::domain::text::printable(&inc.idea.source_id, false)
                            ),
                        ));
                        invalid += 1;
                        continue;
                    }
                    // A file that will be refused keeps no ideas in memory.
                    if problems.is_empty() || options.skip_invalid {
                        if !inc.joined.is_empty() {
                            joined.push((line, inc.joined.clone()));
                        }
                        if inc.id.is_some() {
                            with_id.push(inc);
                            with_id_lines.push(line);
                        } else {
                            without_id.push(inc);
                            without_id_lines.push(line);
                        }
                    } else {
                        (with_id, without_id) = (Vec::new(), Vec::new());
                        (with_id_lines, without_id_lines) = (Vec::new(), Vec::new());
                    }
                }
            }
        }
        progress(checked_so_far);
    }
    if !problems.is_empty() && !options.skip_invalid {
        return Err(TransferError::Invalid {
            count: invalid,
            problems,
        });
    }
    let mut writes = store.begin()?;
    let me = store.actor();
    let mut outcomes = Vec::with_capacity(with_id.len() + without_id.len());
    let mut near = if with_id.is_empty() && without_id.is_empty() {
        None
    } else {
        Some(super::near::Near::load(store)?)
    };
    let mut looks_like = Vec::new();
    // Each added record against the database and the records added before
    // it (still in `writes`).
    let mut check_near = |line: usize, idea: &Idea, writes: &Writes| -> Result<(), TransferError> {
        if let Some(near) = &mut near {
            let read = |id| match writes.pending(id) {
                Some(earlier) => Ok(Some(earlier.clone())),
                None => store.idea(id),
            };
            if let Some(Some(m)) = near.check(std::slice::from_ref(idea), read)?.pop() {
                looks_like.push((line, m));
            }
        }
        Ok(())
    };
    // Records with ids first, so that an id a record asks for is not given
    // to a record without one.
    for (inc, line) in with_id.into_iter().zip(with_id_lines) {
        let id = inc.id.unwrap_or_default();
        match store.idea_with_version(id)? {
            None => {
                let mut idea = inc.idea;
                idea.id = id;
                check_near(line, &idea, &writes)?;
                writes.put(idea, None);
                outcomes.push(Outcome::Added(id));
            }
            Some(existing) if options.update => {
                let merged = merge(existing.idea.clone(), &inc, now, &me);
                if merged == existing.idea {
                    outcomes.push(Outcome::Unchanged(id));
                } else {
                    writes.put(merged, Some(existing));
                    outcomes.push(Outcome::Updated(id));
                }
            }
            Some(_) => outcomes.push(Outcome::SkippedExisting(id)),
        }
    }
    // Ideas with ids go first: one of them may have changed an idea that a
    // record without an id is too.
    let changed: HashSet<u64> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Updated(id) => Some(*id),
            _ => None,
        })
        .collect();
    let known = if without_id.is_empty() {
        None
    } else {
        let with_keys = !seen_keys.is_empty();
        Some(Known::load(store, with_keys)?)
    };
    for (inc, line) in without_id.into_iter().zip(without_id_lines) {
        // A record with the file's own key is the idea an earlier import
        // gave that key, or a new one; without a key, the one with the
        // same title, proposer and summary.
        let found = match &known {
            None => None,
            Some(k) if !inc.idea.source_id.is_empty() => k.by_key(store, &inc.idea.source_id)?,
            Some(k) => k.find(store, &inc.idea)?,
        };
        if let Some(existing) = found {
            let id = existing.idea.id;
            if changed.contains(&id) || !options.update {
                outcomes.push(Outcome::AlreadyThere(id));
                continue;
            }
            let merged = merge(existing.idea.clone(), &inc, now, &me);
            if merged == existing.idea {
                outcomes.push(Outcome::Unchanged(id));
            } else {
                writes.put(merged, Some(existing));
                outcomes.push(Outcome::Updated(id));
            }
            continue;
        }
        let mut idea = inc.idea;
        idea.id = writes.allocate();
        check_near(line, &idea, &writes)?;
        outcomes.push(Outcome::Added(idea.id));
        writes.put(idea, None);
    }
    Ok(ImportPlan {
        writes,
        outcomes,
        problems,
        invalid,
        unknown_fields,
        joined,
        looks_like,
    })
}

/// An existing idea overwritten by the fields a record has. When the record
/// carries no history of its own, changes of tracked fields are recorded.
fn merge(mut existing: Idea, inc: &Incoming, now: Timestamp, me: &str) -> Idea {
    let new = &inc.idea;
    let has = |f: &str| inc.present.contains(f);
    let verbatim = has("history");
    let before = existing.clone();
    macro_rules! copy {
        ($($f:ident),*) => { $( if has(stringify!($f)) { existing.$f = new.$f.clone(); } )* };
    }
    copy!(
        title, summary, proposer, org_kind, region, barriers, funder, amount, tags, notes, created
    );
    copy!(
        email,
        phone,
        website,
        source_id,
        duplicate_of,
        not_duplicates,
        extras
    );
    if verbatim {
        copy!(sector, stage, score, assignee, archived, history);
    } else {
        let edits = [
            has("sector").then_some(Edit::Sector(new.sector)),
            has("stage").then_some(Edit::Stage(new.stage)),
            has("score").then_some(Edit::Score(new.score)),
            has("assignee").then(|| Edit::Assignee(new.assignee.clone())),
            has("archived").then_some(Edit::Archived(new.archived)),
        ];
        for edit in edits.into_iter().flatten() {
            existing.apply(&edit, now);
        }
        existing.record_changes(&before, now);
        // The changes this import made are the importer's; the notes are
        // the record's own, as the file has them.
        for c in existing.history.iter_mut().skip(before.history.len()) {
            if c.by.is_empty() {
                c.by = me.to_string();
            }
        }
    }
    if existing != before {
        existing.updated = if has("updated") { new.updated } else { now };
    }
    existing
}
