//! Checking the records of an import, a chunk at a time: each record
//! parsed and turned into an idea (on two threads), then, in the file's
//! order, the checks that span records (an id or a key used twice).

use super::cell::{Cells, Parsed};
use super::problem::Problem;
use super::read::Raw;
use super::record::{Incoming, canonical, incoming_cells};
use super::values::Values;
use crate::domain::Timestamp;
use std::collections::{BTreeSet, HashMap};

/// A record parsed and checked: its line, the idea or its problems, and
/// the keys it has that sprout does not know.
pub(super) type Checked = Result<(usize, Result<Incoming, Vec<Problem>>, Vec<String>), Problem>;

fn check(raw: Raw, now: Timestamp, values: &Values) -> Checked {
    match raw {
        // JSON text is read straight into cells borrowed from it.
        Raw::Json(line, text) => match super::cell::parse(&text) {
            Ok(Parsed::Object(cells)) => Ok(check_cells(line, &cells, now, values)),
            Ok(Parsed::Not(kind)) => Err(Problem::at(
                line,
                crate::tr!("transfer-not-an-idea", found = &kind.words()),
            )),
            Err(e) => Err(Problem::at(
                line,
                crate::tr!(
                    "transfer-invalid-json",
                    problem = &super::json_words::problem(&e)
                ),
            )),
        },
        other => {
            let (line, map) = other.parse()?;
            Ok(check_cells(line, &super::cell::of_map(&map), now, values))
        }
    }
}

fn check_cells(
    line: usize,
    cells: &Cells<'_>,
    now: Timestamp,
    values: &Values,
) -> (usize, Result<Incoming, Vec<Problem>>, Vec<String>) {
    let unknown = cells
        .iter()
        .map(|(k, _)| k.as_ref())
        .filter(|k| {
            *k != super::cells::EXTRAS
                && *k != super::json_reviews::REVIEWS
                && *k != super::json_rubrics::RUBRICS
                && canonical(k).is_none()
        })
        .map(crate::domain::text::clean_line)
        .collect();
    let result = incoming_cells(line, cells, now, values).map_err(|list| {
        list.into_iter()
            .map(|(f, m)| Problem::of_field(line, f, m))
            .collect()
    });
    (line, result, unknown)
}

/// Parses and checks records on this thread, keeping their order.
pub(super) fn check_each(chunk: Vec<Raw>, now: Timestamp, values: &Values) -> Vec<Checked> {
    chunk.into_iter().map(|r| check(r, now, values)).collect()
}

/// Parses and checks records on two threads, keeping their order.
pub(super) fn check_all(
    mut chunk: Vec<Raw>,
    now: Timestamp,
    values: &Values,
) -> Result<Vec<Checked>, crate::cores::Panicked> {
    if chunk.len() < 1024 {
        return Ok(check_each(chunk, now, values));
    }
    let second = chunk.split_off(chunk.len() / 2);
    let (mut out, rest) = crate::cores::join(
        || check_each(chunk, now, values),
        || check_each(second, now, values),
    );
    out.extend(rest?);
    Ok(out)
}

/// What the records of a file have shown so far, beyond each one alone.
#[derive(Default)]
pub(super) struct Screen {
    /// The line of each id a record asks for.
    seen_ids: HashMap<u64, usize>,
    /// The line of each of the file's own keys (`--key`, `source_id`).
    seen_keys: HashMap<String, usize>,
    pub(super) problems: Vec<Problem>,
    /// How many records were invalid (one can have several problems; a
    /// one-line JSON array holds many records).
    pub(super) invalid: usize,
    /// Columns or keys in the file that sprout does not know (ignored).
    pub(super) unknown_fields: BTreeSet<String>,
    /// One-line fields whose line breaks became spaces: (line, fields).
    pub(super) joined: Vec<(usize, Vec<&'static str>)>,
}

impl Screen {
    /// The valid records of a checked chunk, in the file's order; the
    /// problems of the others are kept.
    pub(super) fn valid(&mut self, checked: Vec<Checked>) -> Vec<Incoming> {
        let mut valid = Vec::with_capacity(checked.len());
        for checked in checked {
            let (line, result, unknown) = match checked {
                Err(problem) => {
                    self.problems.push(problem);
                    self.invalid += 1;
                    continue;
                }
                Ok(c) => c,
            };
            self.unknown_fields.extend(unknown);
            match result {
                Err(list) => {
                    self.problems.extend(list);
                    self.invalid += 1;
                }
                Ok(inc) => {
                    if let Some(problem) = self.twice(line, &inc) {
                        self.problems.push(problem);
                        self.invalid += 1;
                        continue;
                    }
                    if !inc.joined.is_empty() {
                        self.joined.push((line, inc.joined.clone()));
                    }
                    valid.push(inc);
                }
            }
        }
        valid
    }

    /// The problem of a record whose id, or file's own key, an earlier
    /// record has.
    fn twice(&mut self, line: usize, inc: &Incoming) -> Option<Problem> {
        if let Some(id) = inc.id {
            let first = self.seen_ids.insert(id, line)?;
            return Some(Problem::of_field(
                line,
                "id",
                crate::tr!(
                    "transfer-id-twice",
                    id = id.to_string().as_str(),
                    first = first.to_string().as_str()
                ),
            ));
        }
        // The file's own key names one record: a second one with it would
        // be matched to the first's idea.
        if inc.idea.source_id.is_empty() {
            return None;
        }
        let first = self.seen_keys.insert(inc.idea.source_id.clone(), line)?;
        Some(Problem::of_field(
            line,
            "source_id",
            format!(
                "'{}' is also the key of line {first}",
                crate::domain::text::printable(&inc.idea.source_id, false)
            ),
        ))
    }
}
