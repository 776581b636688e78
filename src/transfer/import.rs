//! Reading a file into records, and planning what an import does: which
//! records are added, updated, skipped or invalid. Nothing is written here;
//! the plan's writes are committed by the caller in one batch.

use super::cells::unprotect;
use super::columns::{Choices, Mapping, SAMPLE_ROWS};
use super::record::{Incoming, canonical, incoming_with};
use super::values::Values;
use super::{Format, TransferError};
use crate::domain::{Edit, Idea, Timestamp, View};
use crate::store::{Store, Writes};
use serde_json::{Map, Value};
use std::collections::{BTreeSet, HashMap};

/// One record read from a file, or the problem that kept it from being read.
pub type Record = Result<(usize, Map<String, Value>), String>;

/// Reads raw bytes as records of `format`, one at a time, so a large file
/// is never held as parsed JSON all at once. Problems of the whole file
/// (not text, not UTF-8, broken JSON, no title column) are errors here;
/// problems of one record come back in its place, as `line N: …`.
pub fn read_records(
    bytes: &[u8],
    format: Format,
) -> Result<Box<dyn Iterator<Item = Record> + '_>, TransferError> {
    Ok(Box::new(
        read_document(bytes, format)?.records.map(Raw::parse),
    ))
}

/// A record as read: JSON text not parsed yet (so that parsing can go on
/// two threads), or a record already parsed.
pub enum Raw<'a> {
    Json(usize, &'a str),
    Ready(Record),
}

impl Raw<'_> {
    pub fn parse(self) -> Record {
        match self {
            Raw::Json(line, text) => object(line, text),
            Raw::Ready(record) => record,
        }
    }
}

impl From<Record> for Raw<'_> {
    fn from(r: Record) -> Self {
        Raw::Ready(r)
    }
}

/// A file read for import: its idea records and, from a whole-database JSON
/// export, its saved views.
pub struct Document<'a> {
    pub records: Box<dyn Iterator<Item = Raw<'a>> + 'a>,
    /// Valid views, or `line N: view: problem`.
    pub views: Vec<Result<View, String>>,
    /// Whether the file has a list of views (even an empty one).
    pub has_views: bool,
    /// Where the columns of a CSV file or a spreadsheet go.
    pub mapping: Option<Mapping>,
}

/// Reads a file's ideas (lazily, as [`read_records`]) and its views.
pub fn read_document(bytes: &[u8], format: Format) -> Result<Document<'_>, TransferError> {
    read_document_with(bytes, format, &Choices::default())
}

/// [`read_document`], placing CSV columns by `choices` (`--map`, a saved
/// mapping) as well as by their names.
pub fn read_document_with<'a>(
    bytes: &'a [u8],
    format: Format,
    choices: &Choices,
) -> Result<Document<'a>, TransferError> {
    let text = utf8(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut views = Vec::new();
    let mut has_views = false;
    let mut mapping = None;
    let records: Box<dyn Iterator<Item = Raw<'_>> + '_> = match format {
        Format::Json if is_document(text) => {
            let doc: Whole = serde_json::from_str(text).map_err(|e| {
                TransferError::Unreadable(format!(
                    "line {}: not a sprout export (an object with \"ideas\" and \"views\"): {}",
                    e.line(),
                    strip_position(&e.to_string())
                ))
            })?;
            has_views = doc.views.is_some();
            views = with_lines(text, doc.views.unwrap_or_default())
                .map(|(line, raw)| view(line, raw.get()))
                .collect();
            Box::new(with_lines(text, doc.ideas).map(|(line, raw)| Raw::Json(line, raw.get())))
        }
        Format::Json => Box::new(json_array(text)?),
        Format::Jsonl => Box::new(jsonl(text)),
        Format::Csv => {
            let (columns, rows) = csv_rows(text, choices)?;
            mapping = Some(columns);
            Box::new(rows.map(Raw::Ready))
        }
    };
    Ok(Document {
        records,
        views,
        has_views,
        mapping,
    })
}

/// Whether JSON text is a whole-database export rather than an array or
/// one idea per line: an object whose first key is `views` or `ideas`.
pub fn is_document(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.strip_prefix('{').is_some_and(|rest| {
        let rest = rest.trim_start();
        rest.starts_with("\"views\"") || rest.starts_with("\"ideas\"")
    })
}

#[derive(serde::Deserialize)]
struct Whole<'a> {
    #[serde(borrow, default)]
    views: Option<Vec<&'a serde_json::value::RawValue>>,
    #[serde(borrow, default)]
    ideas: Vec<&'a serde_json::value::RawValue>,
}

fn view(line: usize, json: &str) -> Result<View, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        name: String,
        query: String,
    }
    let raw: Raw = serde_json::from_str(json)
        .map_err(|e| format!("line {line}: view: {}", strip_position(&e.to_string())))?;
    let v = View::new(&raw.name, &raw.query).map_err(|e| format!("line {line}: view: {e}"))?;
    crate::query::Query::parse(&v.query)
        .map_err(|e| format!("line {line}: view '{}': {e}", v.name))?;
    Ok(v)
}

/// Pairs raw JSON values with the line each starts on, counting newlines
/// once from the previous value.
fn with_lines<'a>(
    text: &'a str,
    items: Vec<&'a serde_json::value::RawValue>,
) -> impl Iterator<Item = (usize, &'a serde_json::value::RawValue)> + 'a {
    let base = text.as_ptr() as usize;
    let (mut at, mut line) = (0usize, 1usize);
    items.into_iter().map(move |raw| {
        let offset = raw.get().as_ptr() as usize - base;
        line += text.as_bytes()[at..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        at = offset;
        (line, raw)
    })
}

fn utf8(bytes: &[u8]) -> Result<&str, TransferError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(TransferError::Unreadable(
            "the file is UTF-16; save it as UTF-8 and import again".into(),
        ));
    }
    if bytes.contains(&0) {
        let line = 1 + bytes
            .iter()
            .take_while(|b| **b != 0)
            .filter(|b| **b == b'\n')
            .count();
        return Err(TransferError::Unreadable(format!(
            "line {line}: the file has a NUL byte; it looks binary, not text"
        )));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = 1 + bytes[..at].iter().filter(|b| **b == b'\n').count();
        TransferError::Unreadable(format!("line {line}: the file is not valid UTF-8 text"))
    })
}

fn json_array(text: &str) -> Result<impl Iterator<Item = Raw<'_>> + '_, TransferError> {
    let items: Vec<&serde_json::value::RawValue> = serde_json::from_str(text).map_err(|e| {
        TransferError::Unreadable(format!(
            "line {}: not a JSON array of ideas: {}",
            e.line(),
            strip_position(&e.to_string())
        ))
    })?;
    Ok(with_lines(text, items).map(|(line, raw)| Raw::Json(line, raw.get())))
}

fn jsonl(text: &str) -> impl Iterator<Item = Raw<'_>> + '_ {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| Raw::Json(i + 1, l))
}

fn object(line: usize, json: &str) -> Record {
    match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(map)) => Ok((line, map)),
        Ok(other) => Err(format!(
            "line {line}: expected an idea object, found {}",
            short_kind(&other)
        )),
        Err(e) => Err(format!(
            "line {line}: invalid JSON: {}",
            strip_position(&e.to_string())
        )),
    }
}

fn short_kind(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
    }
}

/// serde_json appends "at line L column C"; the line is given separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The header of a CSV text placed by `choices`, and its rows.
fn csv_header<'a>(
    text: &'a str,
    choices: &Choices,
) -> Result<(Mapping, csv::Reader<&'a [u8]>), TransferError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| TransferError::Unreadable(format!("line 1: cannot read the CSV header: {e}")))?
        .clone();
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_string()).collect();
    let mut mapping = Mapping::resolve(&headers, 1, choices).map_err(TransferError::Unreadable)?;
    // The samples of the mapping table, from a reader of their own, so
    // that the rows are still read one at a time.
    let mut ahead = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    for record in ahead.records().take(SAMPLE_ROWS).map_while(Result::ok) {
        mapping.sample(record.iter().map(unprotect));
    }
    Ok((mapping, reader))
}

fn csv_rows<'a>(
    text: &'a str,
    choices: &Choices,
) -> Result<(Mapping, impl Iterator<Item = Record> + 'a), TransferError> {
    let (mapping, reader) = csv_header(text, choices)?;
    let malformed = super::csv_quotes::text_after_quotes(text);
    let width = mapping.columns.len();
    let columns = mapping.clone();
    let rows = reader.into_records().filter_map(move |result| {
        let record = match result {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                return Some(Err(format!("line {line}: cannot read the CSV row: {e}")));
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if let Some(problem) = malformed.get(&line) {
            return Some(Err(problem.clone()));
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            return None;
        }
        if record.len() != width {
            return Some(Err(format!(
                "line {line}: has {} cells but the header has {width} columns",
                record.len(),
            )));
        }
        let map = columns.record(
            record
                .iter()
                .map(|c| Value::String(unprotect(c).to_string())),
        );
        Some(Ok((line, map)))
    });
    Ok((mapping, rows))
}

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
}

/// The result of planning an import: what it would write, and its problems.
pub struct ImportPlan {
    pub writes: Writes,
    pub outcomes: Vec<Outcome>,
    pub problems: Vec<String>,
    /// How many records were invalid (one can have several problems).
    pub invalid: usize,
    /// Columns or keys in the file that sprout does not know (ignored).
    pub unknown_fields: BTreeSet<String>,
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
type Checked = Result<(usize, Result<Incoming, Vec<String>>, Vec<String>), String>;

fn check(raw: Raw, now: Timestamp, values: &Values) -> Checked {
    let (line, map) = raw.parse()?;
    let unknown = map
        .keys()
        .filter(|k| canonical(k).is_none())
        .map(|k| crate::domain::text::clean_line(k))
        .collect();
    let result = incoming_with(line, &map, now, values).map_err(|list| {
        list.into_iter()
            .map(|(f, m)| format!("line {line}: {f}: {m}"))
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
    std::thread::scope(|s| {
        let other = s.spawn(move || {
            second
                .into_iter()
                .map(|r| check(r, now, values))
                .collect::<Vec<_>>()
        });
        let mut out: Vec<Checked> = chunk.into_iter().map(|r| check(r, now, values)).collect();
        let rest = other.join().map_err(|_| {
            TransferError::Io(std::io::Error::other(
                "a thread checking the records failed",
            ))
        })?;
        out.extend(rest);
        Ok(out)
    })
}

/// Validates every record and decides its outcome, without writing.
pub fn plan_import<'a, R: Into<Raw<'a>>>(
    store: &Store,
    records: impl Iterator<Item = R>,
    options: ImportOptions<'_>,
    now: Timestamp,
) -> Result<ImportPlan, TransferError> {
    plan_import_with(store, records, options, now, &|_| {})
}

/// [`plan_import`], telling `progress` how many records are checked so far.
pub fn plan_import_with<'a, R: Into<Raw<'a>>>(
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
    let mut valid: Vec<Incoming> = Vec::new();
    let mut seen_ids: HashMap<u64, usize> = HashMap::new();
    let mut unknown_fields = BTreeSet::new();
    let mut records = records.map(Into::into);
    loop {
        let chunk: Vec<Raw> = records.by_ref().take(CHECK_CHUNK).collect();
        if chunk.is_empty() {
            break;
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
                        problems.push(format!(
                            "line {line}: id: {id} is also used on line {first}"
                        ));
                        invalid += 1;
                        continue;
                    }
                    valid.push(inc);
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
    let mut outcomes = Vec::with_capacity(valid.len());
    // Records with ids first, so that an id a record asks for is not given
    // to a record without one.
    let (with_id, without_id): (Vec<_>, Vec<_>) = valid.into_iter().partition(|i| i.id.is_some());
    for inc in with_id {
        let id = inc.id.unwrap_or_default();
        match store.idea_with_version(id)? {
            None => {
                let mut idea = inc.idea;
                idea.id = id;
                writes.put(idea, None);
                outcomes.push(Outcome::Added(id));
            }
            Some(existing) if options.update => {
                let merged = merge(existing.idea.clone(), &inc, now);
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
    for inc in without_id {
        let mut idea = inc.idea;
        idea.id = writes.allocate();
        outcomes.push(Outcome::Added(idea.id));
        writes.put(idea, None);
    }
    Ok(ImportPlan {
        writes,
        outcomes,
        problems,
        invalid,
        unknown_fields,
    })
}

/// An existing idea overwritten by the fields a record has. When the record
/// carries no history of its own, changes of tracked fields are recorded.
fn merge(mut existing: Idea, inc: &Incoming, now: Timestamp) -> Idea {
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
    }
    if existing != before {
        existing.updated = if has("updated") { new.updated } else { now };
    }
    existing
}
