//! Reading a file into records: JSON arrays, JSONL, CSV and whole-database
//! exports, one record at a time, each with its line or the problem that
//! kept it from being read. Planning what they do is in `import.rs`.

use super::cells::unprotect;
use super::columns::{Choices, Mapping, SAMPLE_ROWS};
use super::problem::Problem;
use super::{Format, TransferError};
use crate::domain::text::clean_line;
use crate::domain::{SortKey, View};
use serde_json::{Map, Value};

/// One record read from a file, or the problem that kept it from being read.
pub type Record = Result<(usize, Map<String, Value>), Problem>;

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
    /// Valid views, or the problem of each invalid one.
    pub views: Vec<Result<View, Problem>>,
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

fn view(line: usize, json: &str) -> Result<View, Problem> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        name: String,
        query: String,
        #[serde(default)]
        sort: Option<String>,
    }
    let raw: Raw = serde_json::from_str(json)
        .map_err(|e| Problem::of_field(line, "view", strip_position(&e.to_string())))?;
    let sort = match raw.sort.as_deref() {
        None => None,
        Some(name) => Some(SortKey::from_name(name).ok_or_else(|| {
            let known: Vec<&str> = SortKey::ALL.iter().map(|k| k.name()).collect();
            Problem::of_field(
                line,
                format!("view '{}'", clean_line(&raw.name)),
                format!(
                    "unknown sort '{}' (sorts: {})",
                    clean_line(name),
                    known.join(", ")
                ),
            )
        })?),
    };
    let v = View::new(&raw.name, &raw.query)
        .map_err(|e| Problem::of_field(line, "view", e.to_string()))?
        .with_sort(sort);
    crate::query::Query::parse(&v.query)
        .map_err(|e| Problem::of_field(line, format!("view '{}'", v.name), e.to_string()))?;
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
        Ok(other) => Err(Problem::at(
            line,
            format!("expected an idea object, found {}", short_kind(&other)),
        )),
        Err(e) => Err(Problem::at(
            line,
            format!("invalid JSON: {}", strip_position(&e.to_string())),
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
                return Some(Err(Problem::at(
                    line,
                    format!("cannot read the CSV row: {e}"),
                )));
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
            return Some(Err(Problem::at(
                line,
                format!(
                    "has {} cells but the header has {width} columns",
                    record.len()
                ),
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
