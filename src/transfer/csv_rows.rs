//! The rows of a CSV file, read from a stream: the header placed by the
//! column choices, samples for the mapping table from the first rows, and
//! every row checked as it comes (its quotes, its width).

use super::TransferError;
use super::cells::unprotect;
use super::columns::{Choices, Mapping, SAMPLE_ROWS};
use super::csv_quotes::{Found, QuoteCheck};
use super::problem::Problem;
use super::raw::{Raw, fatal, unreadable};
use serde_json::Value;
use std::io::Read;

type Row = Result<csv::StringRecord, csv::Error>;

/// The mapping of a CSV text's header, and its rows as records.
pub fn rows<'a>(
    text: impl Read + 'a,
    choices: &Choices,
) -> Result<(Mapping, impl Iterator<Item = Raw> + 'a), TransferError> {
    let (checked, found) = QuoteCheck::new(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .buffer_capacity(256 * 1024)
        .from_reader(checked);
    let headers = reader.headers().map_err(|e| {
        TransferError::Unreadable(match e.kind() {
            csv::ErrorKind::Io(io) => unreadable(io),
            _ => crate::tr!("transfer-csv-header", problem = &e.to_string()),
        })
    })?;
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_string()).collect();
    let mut mapping = Mapping::resolve(&headers, 1, choices).map_err(TransferError::Unreadable)?;
    // The first rows are read ahead for the samples of the mapping table,
    // and handed out again first.
    let mut ahead: Vec<Row> = Vec::new();
    let mut records = reader.into_records();
    for row in records.by_ref() {
        let failed = row.is_err();
        if let Ok(r) = &row {
            mapping.sample(r.iter().map(unprotect));
        }
        ahead.push(row);
        if failed || ahead.len() == SAMPLE_ROWS {
            break;
        }
    }
    let width = mapping.columns.len();
    let columns = mapping.clone();
    let mut stopped = false;
    let rows = ahead
        .into_iter()
        .chain(records)
        .map_while(move |row| {
            if stopped {
                return None;
            }
            let raw = record(row, &found, &columns, width);
            stopped = matches!(raw, Some(Raw::Fatal(_)));
            Some(raw)
        })
        .flatten();
    Ok((mapping, rows))
}

/// One row as a record, its problem, or nothing for a blank row.
fn record(row: Row, found: &Found, columns: &Mapping, width: usize) -> Option<Raw> {
    let record = match row {
        Ok(r) => r,
        Err(e) => {
            let line = e.position().map_or(0, |p| p.line() as usize);
            return Some(match e.kind() {
                csv::ErrorKind::Io(io) => fatal(line, io),
                _ => Raw::Ready(Err(Problem::at(
                    line,
                    crate::tr!("transfer-csv-row", problem = &e.to_string()),
                ))),
            });
        }
    };
    let line = record.position().map_or(0, |p| p.line() as usize);
    if let Some(problem) = found.borrow_mut().remove(&line) {
        return Some(Raw::Ready(Err(problem)));
    }
    if record.iter().all(|c| c.trim().is_empty()) {
        return None;
    }
    if record.len() != width {
        return Some(Raw::Ready(Err(Problem::at(
            line,
            format!(
                "has {} cells but the header has {width} columns",
                record.len()
            ),
        ))));
    }
    let map = columns.record(
        record
            .iter()
            .map(|c| Value::String(unprotect(c).to_string())),
    );
    Some(Raw::Ready(Ok((line, map))))
}
