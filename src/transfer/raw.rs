//! A record as read from a file, before it is checked, and what stops the
//! reading of a file part way: shared by the readers of each format.

use super::cell::Kind;
use super::problem::Problem;
use super::text_stream::not_text;
use crate::domain::View;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::io;
use std::rc::Rc;

/// The most one record (a CSV row, a JSONL line, an idea of a JSON array)
/// may take: far more than the longest idea (its summary and notes at their
/// limits), and little enough that a file that is not one of ideas (one
/// line of 2 GB) is refused before it fills the memory.
pub const RECORD_MAX: usize = 64 << 20;

/// What a record over [`RECORD_MAX`] is told.
pub fn too_long(line: usize) -> String {
    format!(
        "line {line}: a record longer than {} MiB; this is not a file of ideas",
        RECORD_MAX >> 20
    )
}

/// One record read from a file, or the problem that kept it from being read.
pub type Record = Result<(usize, Map<String, Value>), Problem>;

/// A record as read: JSON text not parsed yet (so that parsing can go on
/// two threads), a record already parsed, or what makes the rest of the
/// file unreadable (the import stops there).
pub enum Raw {
    Json(usize, String),
    Ready(Record),
    Fatal(Problem),
}

impl Raw {
    pub fn parse(self) -> Record {
        match self {
            Raw::Json(line, text) => object(line, &text),
            Raw::Ready(record) => record,
            Raw::Fatal(problem) => Err(problem),
        }
    }
}

impl From<Record> for Raw {
    fn from(r: Record) -> Self {
        Raw::Ready(r)
    }
}

/// The views of a whole-database export, known once its records are read
/// (its `views` may come after its `ideas`).
#[derive(Clone, Default)]
pub struct Views(
    Rc<RefCell<(FileViews, bool)>>,
    /// The versions of the rubric in its `rubrics`, with the line they
    /// start on, if it has them.
    Rc<RefCell<FileRubrics>>,
    /// The declared conflicts of interest in its `conflicts`, if it has them.
    Rc<RefCell<Vec<crate::domain::assign_conflicts::DeclaredConflict>>>,
    /// The reason records in its `reasons`, if it has them.
    Rc<RefCell<Vec<crate::domain::Reason>>>,
    /// The panel's settings in its `panel`, if it has them.
    Rc<RefCell<Option<crate::domain::panel::PanelSettings>>>,
);

/// The rubric versions of a file and the line they start on, once read.
pub type FileRubrics = Option<(usize, Vec<crate::domain::Rubric>)>;

/// Valid views, or the problem of each invalid one.
pub type FileViews = Vec<Result<View, Problem>>;

impl Views {
    /// Valid views or the problem of each invalid one, and whether the file
    /// has a list of views (even an empty one).
    pub fn take(&self) -> (FileViews, bool) {
        std::mem::take(&mut *self.0.borrow_mut())
    }

    pub(super) fn set(&self, views: FileViews) {
        *self.0.borrow_mut() = (views, true);
    }

    /// The versions of the rubric the file holds (checked) and their
    /// line, once read (an import learns them before the ideas after).
    pub(super) fn take_rubrics(&self) -> FileRubrics {
        self.1.borrow_mut().take()
    }

    pub(super) fn set_rubrics(&self, line: usize, rubrics: Vec<crate::domain::Rubric>) {
        *self.1.borrow_mut() = Some((line, rubrics));
    }

    /// The declared conflicts of interest the file holds (checked).
    pub fn take_conflicts(&self) -> Vec<crate::domain::assign_conflicts::DeclaredConflict> {
        std::mem::take(&mut *self.2.borrow_mut())
    }

    pub(super) fn set_conflicts(
        &self,
        conflicts: Vec<crate::domain::assign_conflicts::DeclaredConflict>,
    ) {
        *self.2.borrow_mut() = conflicts;
    }

    /// The reason records the file holds (checked).
    pub fn take_reasons(&self) -> Vec<crate::domain::Reason> {
        std::mem::take(&mut *self.3.borrow_mut())
    }

    pub(super) fn set_reasons(&self, reasons: Vec<crate::domain::Reason>) {
        *self.3.borrow_mut() = reasons;
    }

    /// The panel's settings the file holds, if any.
    pub fn take_panel(&self) -> Option<crate::domain::panel::PanelSettings> {
        self.4.borrow_mut().take()
    }

    pub(super) fn set_panel(&self, panel: crate::domain::panel::PanelSettings) {
        *self.4.borrow_mut() = Some(panel);
    }
}

/// What an I/O error while reading means for the import: the file is not
/// text (said where), or it could not be read.
pub(super) fn unreadable(e: &io::Error) -> String {
    not_text(e).unwrap_or_else(|| {
        crate::tr!(
            "transfer-cannot-read-because",
            problem = &crate::explain::io(e)
        )
    })
}

/// [`unreadable`] as the last record of the file.
pub(super) fn fatal(line: usize, e: &io::Error) -> Raw {
    let message = unreadable(e);
    // The message of bytes that are not text names its own line.
    match message
        .strip_prefix("line ")
        .and_then(|m| m.split_once(": "))
    {
        Some((n, rest)) if n.parse::<usize>().is_ok() => {
            Raw::Fatal(Problem::at(n.parse().unwrap_or(line), rest))
        }
        _ => Raw::Fatal(Problem::at(line, message)),
    }
}

fn object(line: usize, json: &str) -> Record {
    match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(map)) => Ok((line, map)),
        Ok(other) => Err(Problem::at(
            line,
            crate::tr!("transfer-not-an-idea", found = &Kind::of(&other).words()),
        )),
        Err(e) => Err(Problem::at(
            line,
            crate::tr!(
                "transfer-invalid-json",
                problem = &super::json_words::problem(&e)
            ),
        )),
    }
}
