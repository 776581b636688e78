//! Writing ideas out. JSON is an array with one idea per line, so a large
//! export streams and diffs well; a whole-database export is an object that
//! also holds the saved views (`{"views": […], "ideas": […]}`). JSONL is one
//! idea per line; CSV has one column per field, sets joined with `;`, notes
//! and history as JSON.

use super::cells::{COLUMNS, protect};
use super::{Format, TransferError};
use crate::domain::{Idea, Named, View};
use serde::Serialize;
use std::io::Write;

enum Sink<W: Write> {
    /// `true` when the ideas are inside an object beside the views.
    Json(W, bool),
    Jsonl(W),
    Csv(Box<csv::Writer<W>>),
}

/// Streams ideas to a writer in one format.
pub struct Exporter<W: Write> {
    sink: Sink<W>,
    count: usize,
}

impl<W: Write> Exporter<W> {
    pub fn new(format: Format, out: W) -> Result<Exporter<W>, TransferError> {
        Exporter::with_views(format, out, None)
    }

    /// An exporter whose JSON also carries `views` (JSONL and CSV have no
    /// place for them).
    pub fn with_views(
        format: Format,
        mut out: W,
        views: Option<&[View]>,
    ) -> Result<Exporter<W>, TransferError> {
        let sink = match (format, views) {
            (Format::Json, Some(views)) => {
                out.write_all(b"{\"views\": [")?;
                for (n, v) in views.iter().enumerate() {
                    out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
                    serde_json::to_writer(&mut out, v).map_err(std::io::Error::from)?;
                }
                out.write_all(if views.is_empty() { b"],\n" } else { b"\n],\n" })?;
                out.write_all(b"\"ideas\": [")?;
                Sink::Json(out, true)
            }
            (Format::Json, None) => {
                out.write_all(b"[")?;
                Sink::Json(out, false)
            }
            (Format::Jsonl, _) => Sink::Jsonl(out),
            (Format::Csv, _) => {
                let mut w = csv::Writer::from_writer(out);
                w.write_record(COLUMNS).map_err(csv_error)?;
                Sink::Csv(Box::new(w))
            }
        };
        Ok(Exporter { sink, count: 0 })
    }

    pub fn write(&mut self, idea: &Idea) -> Result<(), TransferError> {
        match &mut self.sink {
            Sink::Json(out, _) => {
                out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, idea).map_err(std::io::Error::from)?;
            }
            Sink::Jsonl(out) => {
                serde_json::to_writer(&mut *out, idea).map_err(std::io::Error::from)?;
                out.write_all(b"\n")?;
            }
            Sink::Csv(w) => w.write_record(csv_cells(idea)).map_err(csv_error)?,
        }
        self.count += 1;
        Ok(())
    }

    /// Ends the document and flushes; returns how many ideas were written.
    pub fn finish(self) -> Result<usize, TransferError> {
        match self.sink {
            Sink::Json(mut out, object) => {
                out.write_all(if self.count == 0 { b"]" } else { b"\n]" })?;
                out.write_all(if object { b"}\n" } else { b"\n" })?;
                out.flush()?;
            }
            Sink::Jsonl(mut out) => out.flush()?,
            Sink::Csv(mut w) => w.flush()?,
        }
        Ok(self.count)
    }
}

/// Writes every idea; returns the count.
pub fn export<W: Write>(
    ideas: impl IntoIterator<Item = Idea>,
    format: Format,
    out: W,
) -> Result<usize, TransferError> {
    let mut e = Exporter::new(format, out)?;
    for idea in ideas {
        e.write(&idea)?;
    }
    e.finish()
}

fn csv_error(e: csv::Error) -> TransferError {
    let message = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(io) => TransferError::Io(io),
        _ => TransferError::Io(std::io::Error::other(message)),
    }
}

fn json_cell<T: Serialize>(items: &[T]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        serde_json::to_string(items).unwrap_or_default()
    }
}

fn csv_cells(i: &Idea) -> Vec<String> {
    let barriers: Vec<&str> = i.barriers.iter().map(|b| b.name()).collect();
    let tags: Vec<&str> = i.tags.iter().map(String::as_str).collect();
    vec![
        i.id.to_string(),
        protect(&i.title),
        protect(&i.summary),
        protect(&i.proposer),
        i.org_kind.name().into(),
        protect(&i.region),
        i.sector.name().into(),
        i.stage.name().into(),
        barriers.join(";"),
        protect(&i.funder),
        i.amount.map(|a| a.to_string()).unwrap_or_default(),
        protect(&tags.join(";")),
        i.score.map(|s| s.to_string()).unwrap_or_default(),
        protect(&i.assignee),
        json_cell(&i.notes),
        json_cell(&i.history),
        i.created.rfc3339(),
        i.updated.rfc3339(),
        i.archived.to_string(),
    ]
}
