//! Reading a file into records: JSON arrays, JSONL, CSV and whole-database
//! exports, one record at a time from a stream, each with its line or the
//! problem that kept it from being read, so that a file of any size is
//! read in bounded memory. Planning what they do is in `import.rs`.

use super::columns::{Choices, Mapping};
use super::raw::{RECORD_MAX, fatal, too_long};
pub use super::raw::{Raw, Record, Views};
use super::text_stream::TextStream;
use super::{Format, TransferError};
use std::io::{BufRead, BufReader, Read};

/// Bytes read from a file at a time.
const BUFFER: usize = 256 * 1024;

/// Reads bytes as records of `format`, one at a time. A problem of the
/// whole file (not text, not UTF-8, broken JSON, no title column) is an
/// error here when it shows at the start, else the last record; problems
/// of one record come back in its place, as `line N: …`.
pub fn read_records(
    bytes: &[u8],
    format: Format,
) -> Result<Box<dyn Iterator<Item = Record> + '_>, TransferError> {
    Ok(Box::new(
        read_document(bytes, format)?.records.map(Raw::parse),
    ))
}

/// A file read for import: its idea records and, from a whole-database JSON
/// export, its saved views.
pub struct Document<'a> {
    pub records: Box<dyn Iterator<Item = Raw> + 'a>,
    /// Read as the records are: take them after.
    pub views: Views,
    /// Where the columns of a CSV file or a spreadsheet go.
    pub mapping: Option<Mapping>,
}

/// Reads a file's ideas (lazily, as [`read_records`]) and its views.
pub fn read_document<'a>(
    input: impl Read + 'a,
    format: Format,
) -> Result<Document<'a>, TransferError> {
    read_document_with(input, format, &Choices::default())
}

/// [`read_document`], placing CSV columns by `choices` (`--map`, a saved
/// mapping) as well as by their names.
pub fn read_document_with<'a>(
    input: impl Read + 'a,
    format: Format,
    choices: &Choices,
) -> Result<Document<'a>, TransferError> {
    let text = TextStream::new(input);
    let views = Views::default();
    let mut mapping = None;
    let records: Box<dyn Iterator<Item = Raw> + 'a> = match format {
        Format::Json => Box::new(super::json_items::items(
            BufReader::with_capacity(BUFFER, text),
            views.clone(),
        )?),
        Format::Jsonl => Box::new(jsonl(BufReader::with_capacity(BUFFER, text))),
        Format::Csv => {
            let (columns, rows) = super::csv_rows::rows(text, choices)?;
            mapping = Some(columns);
            Box::new(rows)
        }
    };
    Ok(Document {
        records,
        views,
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

/// One idea a line; blank lines are skipped, a line's `\r` dropped.
fn jsonl(mut input: impl BufRead) -> impl Iterator<Item = Raw> {
    let mut line = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let mut text = String::new();
            line += 1;
            // A line is read to its end or to the limit, never past it.
            match input
                .by_ref()
                .take(RECORD_MAX as u64 + 1)
                .read_line(&mut text)
            {
                Ok(0) => done = true,
                Ok(n) if n > RECORD_MAX => {
                    done = true;
                    let e = std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        super::text_stream::NotText(too_long(line)),
                    );
                    return Some(fatal(line, &e));
                }
                Ok(_) => {
                    let keep = text.trim_end_matches(['\n', '\r']).len();
                    if text[..keep].trim().is_empty() {
                        continue;
                    }
                    text.truncate(keep);
                    return Some(Raw::Json(line, text));
                }
                Err(e) => {
                    done = true;
                    return Some(fatal(line, &e));
                }
            }
        }
        None
    })
}
