//! Writing ideas out. JSON is an array with one idea per line, so a large
//! export streams and diffs well; a whole-database export is an object that
//! also holds the saved views (`{"views": […], "ideas": […]}`). JSONL is one
//! idea per line; CSV has one column per field, sets joined with `;`, notes
//! and history as JSON, and then one column per extra field, named as it
//! came (the names are needed before the first row: see [`extra_columns`]).

use super::cells::{COLUMNS, protect};
use super::{Format, TransferError};
use crate::domain::assign_conflicts::DeclaredConflict;
use crate::domain::{Idea, Named, Reason, Rubric, View};
use serde::Serialize;
use std::io::Write;

enum Sink<W: Write> {
    /// `true` when the ideas are inside an object beside the views.
    Json(W, bool),
    Jsonl(W),
    /// The writer and the extra fields' column names, in column order.
    Csv(Box<csv::Writer<W>>, Vec<String>),
}

/// Streams ideas to a writer in one format.
pub struct Exporter<W: Write> {
    sink: Sink<W>,
    count: usize,
    /// The database's stored rubric versions, for an idea of JSONL or of
    /// a plain JSON array to carry those its reviews were made with.
    rubrics: Vec<Rubric>,
}

/// What a whole-database JSON carries after its views, each left out
/// while it is empty or the default.
#[derive(Default, Clone, Copy)]
pub struct Whole<'a> {
    pub rubrics: &'a [Rubric],
    pub panel: Option<&'a crate::domain::panel::PanelSettings>,
    pub conflicts: &'a [DeclaredConflict],
    pub reasons: &'a [Reason],
}

impl<W: Write> Exporter<W> {
    pub fn new(format: Format, out: W) -> Result<Exporter<W>, TransferError> {
        Exporter::with_views(format, out, None)
    }

    /// An exporter whose JSON also carries `views` (JSONL and CSV have no
    /// place for them).
    pub fn with_views(
        format: Format,
        out: W,
        views: Option<&[View]>,
    ) -> Result<Exporter<W>, TransferError> {
        Exporter::with_extras(format, out, views, Vec::new())
    }

    /// [`Exporter::with_views`] whose CSV has a column for each of `extras`
    /// (the names [`extra_columns`] finds) after the fixed ones. An idea's
    /// extra field with a name not among them is not written to CSV.
    pub fn with_extras(
        format: Format,
        out: W,
        views: Option<&[View]>,
        extras: Vec<String>,
    ) -> Result<Exporter<W>, TransferError> {
        Exporter::with_rubrics(format, out, views, &[], extras)
    }

    /// [`Exporter::with_extras`] whose whole-database JSON also carries the
    /// versions of the rubric the database stored, after its views (none:
    /// no `rubrics` key, so a database with the default rubric exports as
    /// before). In JSONL and a plain JSON array, where no line holds the
    /// whole database, each reviewed idea carries the stored versions its
    /// reviews were made with (`"rubrics": […]` after its own fields), so
    /// that any export imports with its totals.
    pub fn with_rubrics(
        format: Format,
        out: W,
        views: Option<&[View]>,
        rubrics: &[Rubric],
        extras: Vec<String>,
    ) -> Result<Exporter<W>, TransferError> {
        let whole = Whole {
            rubrics,
            ..Whole::default()
        };
        Exporter::with_whole(format, out, views, &whole, extras)
    }

    /// [`Exporter::with_rubrics`] whose whole-database JSON also carries,
    /// after the rubrics, the panel's settings (`"panel": {"combine":
    /// "median", "normalise": true, "blind": false}`, when they are not
    /// the default), the declared conflicts of interest and the reasons
    /// for decisions the database stored (none: no such key; default
    /// reasons are not written), so that a database that never changed
    /// them exports as before.
    pub fn with_whole(
        format: Format,
        mut out: W,
        views: Option<&[View]>,
        whole: &Whole<'_>,
        extras: Vec<String>,
    ) -> Result<Exporter<W>, TransferError> {
        let rubrics = whole.rubrics;
        let sink = match (format, views) {
            (Format::Json, Some(views)) => {
                out.write_all(b"{\"views\": [")?;
                for (n, v) in views.iter().enumerate() {
                    out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
                    serde_json::to_writer(&mut out, v).map_err(std::io::Error::from)?;
                }
                out.write_all(if views.is_empty() { b"],\n" } else { b"\n],\n" })?;
                if !rubrics.is_empty() {
                    out.write_all(b"\"rubrics\": [")?;
                    for (n, r) in rubrics.iter().enumerate() {
                        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
                        serde_json::to_writer(&mut out, r).map_err(std::io::Error::from)?;
                    }
                    out.write_all(b"\n],\n")?;
                }
                let (conflicts, reasons, panel) = (whole.conflicts, whole.reasons, whole.panel);
                if let Some(panel) = panel.filter(|p| **p != Default::default()) {
                    out.write_all(b"\"panel\": ")?;
                    serde_json::to_writer(&mut out, panel).map_err(std::io::Error::from)?;
                    out.write_all(b",\n")?;
                }
                if !conflicts.is_empty() {
                    out.write_all(b"\"conflicts\": [")?;
                    for (n, c) in conflicts.iter().enumerate() {
                        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
                        serde_json::to_writer(&mut out, c).map_err(std::io::Error::from)?;
                    }
                    out.write_all(b"\n],\n")?;
                }
                if !reasons.is_empty() {
                    out.write_all(b"\"reasons\": [")?;
                    for (n, r) in reasons.iter().enumerate() {
                        out.write_all(if n == 0 { b"\n" } else { b",\n" })?;
                        serde_json::to_writer(&mut out, r).map_err(std::io::Error::from)?;
                    }
                    out.write_all(b"\n],\n")?;
                }
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
                let header = COLUMNS
                    .iter()
                    .copied()
                    .chain(extras.iter().map(|e| e.as_str()));
                w.write_record(header.map(protect)).map_err(csv_error)?;
                Sink::Csv(Box::new(w), extras)
            }
        };
        Ok(Exporter {
            sink,
            count: 0,
            rubrics: rubrics.to_vec(),
        })
    }

    pub fn write(&mut self, idea: &Idea) -> Result<(), TransferError> {
        match &mut self.sink {
            Sink::Json(out, true) => {
                out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *out, idea).map_err(std::io::Error::from)?;
            }
            Sink::Json(out, false) => {
                out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
                out.write_all(&with_own_rubrics(idea, &self.rubrics)?)?;
            }
            Sink::Jsonl(out) => {
                out.write_all(&with_own_rubrics(idea, &self.rubrics)?)?;
                out.write_all(b"\n")?;
            }
            Sink::Csv(w, extras) => w.write_record(csv_cells(idea, extras)).map_err(csv_error)?,
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
            Sink::Csv(mut w, _) => w.flush()?,
        }
        Ok(self.count)
    }
}

/// An idea as JSON, followed inside its object by the stored rubric
/// versions its reviews were made with, if any (the default, version 1,
/// every database has).
fn with_own_rubrics(idea: &Idea, rubrics: &[Rubric]) -> Result<Vec<u8>, TransferError> {
    let mut json = serde_json::to_vec(idea).map_err(std::io::Error::from)?;
    let own: Vec<&Rubric> = rubrics
        .iter()
        .filter(|r| idea.reviews.iter().any(|rv| rv.rubric == r.version))
        .collect();
    if !own.is_empty() && json.last() == Some(&b'}') {
        json.pop();
        json.extend_from_slice(b",\"rubrics\":");
        serde_json::to_writer(&mut json, &own).map_err(std::io::Error::from)?;
        json.push(b'}');
    }
    Ok(json)
}

/// Writes every idea; returns the count.
pub fn export<W: Write>(
    ideas: impl IntoIterator<Item = Idea>,
    format: Format,
    out: W,
) -> Result<usize, TransferError> {
    let ideas: Vec<Idea> = ideas.into_iter().collect();
    let extras = match format {
        Format::Csv => extra_columns(&ideas),
        _ => Vec::new(),
    };
    let mut e = Exporter::with_extras(format, out, None, extras)?;
    for idea in &ideas {
        e.write(idea)?;
    }
    e.finish()
}

/// The names of the extra fields of `ideas`, in the order they are first
/// met: the CSV columns after the fixed ones. A name that is also a fixed
/// column's is left out (it could not be told apart when read back).
pub fn extra_columns<'a>(ideas: impl IntoIterator<Item = &'a Idea>) -> Vec<String> {
    let mut names = ExtraColumns::default();
    for idea in ideas {
        names.add(idea);
    }
    names.finish()
}

/// [`extra_columns`] gathered one idea at a time.
#[derive(Default)]
pub struct ExtraColumns {
    names: Vec<String>,
    seen: std::collections::HashSet<String>,
}

impl ExtraColumns {
    pub fn add(&mut self, idea: &Idea) {
        for name in idea.extras.names() {
            if !self.seen.contains(name) {
                self.seen.insert(name.to_string());
                if !COLUMNS.contains(&name) {
                    self.names.push(name.to_string());
                }
            }
        }
    }

    pub fn finish(self) -> Vec<String> {
        self.names
    }
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

fn csv_cells(i: &Idea, extras: &[String]) -> Vec<String> {
    let barriers: Vec<&str> = i.barriers.iter().map(|b| b.name()).collect();
    let tags: Vec<&str> = i.tags.iter().map(String::as_str).collect();
    let ids: Vec<String> = i.not_duplicates.iter().map(u64::to_string).collect();
    let asked: Vec<&str> = i.reviewers.iter().map(String::as_str).collect();
    let mut cells = vec![
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
        protect(&i.email),
        protect(&i.phone),
        protect(&i.website),
        protect(&i.source_id),
        i.duplicate_of.map(|d| d.to_string()).unwrap_or_default(),
        ids.join(";"),
        protect(&asked.join(";")),
        protect(&i.reason),
    ];
    cells.extend(
        extras
            .iter()
            .map(|name| protect(i.extras.get(name).unwrap_or_default())),
    );
    cells
}
