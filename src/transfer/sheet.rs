//! Spreadsheets (`.xlsx`, `.xls`, `.ods`) read through calamine: the first
//! sheet or the one named, its first row the header, placed by the same
//! mapping as a CSV file's. Lines in problems are the sheet's row numbers.

use super::TransferError;
use super::columns::{Choices, Mapping, SAMPLE_ROWS};
use super::problem::Problem;
use super::read::{Document, Raw, Record};
use crate::domain::text::clean_line;
use calamine::{Data, Reader};
use serde_json::Value;
use std::path::Path;

/// Whether a file is a spreadsheet: by its name, or by its first bytes (a
/// zip container as `.xlsx` and `.ods` are, or the OLE container of `.xls`).
pub fn is_spreadsheet(path: &Path, bytes: &[u8]) -> bool {
    let by_name = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "xlsx" | "xlsm" | "xls" | "ods"
        )
    });
    by_name
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// Reads the sheet `name` (else the first) of a workbook as ideas.
pub fn read_sheet<'a>(
    bytes: &[u8],
    name: Option<&str>,
    choices: &Choices,
) -> Result<Document<'a>, TransferError> {
    let unreadable = |m: String| TransferError::Unreadable(m);
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec()))
        .map_err(|_| unreadable(crate::tr!("err-sheet-not-a-spreadsheet")))?;
    let names = book.sheet_names();
    let chosen = match name {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| {
                names
                    .iter()
                    .find(|n| n.to_lowercase() == wanted.to_lowercase())
            })
            .ok_or_else(|| {
                unreadable(crate::tr!(
                    "err-sheet-no-such-sheet",
                    name = &clean_line(wanted),
                    sheets = &names
                        .iter()
                        .map(|n| clean_line(n))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?,
        None => names
            .first()
            .ok_or_else(|| unreadable(crate::tr!("err-sheet-no-sheets")))?,
    }
    .clone();
    let range = book.worksheet_range(&chosen).map_err(|e| {
        unreadable(crate::tr!(
            "err-sheet-unreadable",
            name = &clean_line(&chosen),
            problem = &e.to_string()
        ))
    })?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows().enumerate();
    let Some((_, header)) = rows.next() else {
        return Err(unreadable(format!(
            "sheet '{}' is empty: its first row should name the columns",
            clean_line(&chosen)
        )));
    };
    let header_line = first_row as usize + 1;
    let headers: Vec<String> = header
        .iter()
        .map(|c| cell_text(c).trim().to_string())
        .collect();
    let mut mapping = Mapping::resolve(&headers, header_line, choices).map_err(unreadable)?;
    for cells in range.rows().skip(1).take(SAMPLE_ROWS) {
        mapping.sample(cells.iter().map(cell_text));
    }
    let records: Vec<Record> = rows
        .filter(|(_, cells)| cells.iter().any(|c| !is_blank(c)))
        .map(|(i, cells)| {
            let line = header_line + i;
            row(line, first_column, &headers, cells).map(|values| (line, mapping.record(values)))
        })
        .collect();
    Ok(Document {
        records: Box::new(records.into_iter().map(Raw::Ready)),
        views: Default::default(),
        mapping: Some(mapping),
    })
}

fn is_blank(cell: &Data) -> bool {
    match cell {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// A row's cells as values: a spreadsheet error (`#DIV/0!`) is a problem
/// naming the row and column; dates become RFC 3339 text.
fn row(
    line: usize,
    first_column: u32,
    headers: &[String],
    cells: &[Data],
) -> Result<Vec<Value>, Problem> {
    cells
        .iter()
        .enumerate()
        .map(|(i, cell)| match cell {
            Data::Error(e) => Err(Problem::at(
                line,
                format!(
                    "column {} ('{}'): the cell holds the spreadsheet error {e}",
                    column_letters(first_column + i as u32),
                    clean_line(headers.get(i).map_or("", String::as_str))
                ),
            )),
            other => Ok(value(other)),
        })
        .collect()
}

fn value(cell: &Data) -> Value {
    match cell {
        Data::Empty => Value::Null,
        Data::Bool(b) => Value::Bool(*b),
        Data::Int(n) => Value::String(n.to_string()),
        other => Value::String(cell_text(other)),
    }
}

/// A cell as text: whole numbers without `.0`, dates as RFC 3339 (UTC,
/// since a spreadsheet keeps no zone).
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            format!("{y:04}-{mo:02}-{day:02}T{h:02}:{mi:02}:{s:02}Z")
        }
        Data::DateTime(d) => number(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// `A`, `B`, …, `Z`, `AA`: a column as a spreadsheet names it.
fn column_letters(index: u32) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn numbers_and_dates_are_written_as_text_people_wrote() {
        assert_eq!(number(1_500_000.0), "1500000");
        assert_eq!(number(2.5), "2.5");
        let d = calamine::ExcelDateTime::new(46350.5, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(d)), "2026-11-24T12:00:00Z");
    }
}
