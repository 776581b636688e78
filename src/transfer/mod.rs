//! Import and export in CSV, JSON (an array of ideas) and JSONL (one idea per
//! line), with validation that names the line and field of every problem;
//! import of spreadsheets too, with columns mapped to fields and values
//! read as people write them.

mod cell;
mod cells;
pub mod columns;
mod csv_quotes;
mod csv_rows;
pub mod dates;
mod export;
mod fingerprint;
mod headers;
mod import;
mod import_check;
mod import_resolve;
mod import_rubrics;
mod json_conflicts;
mod json_items;
mod json_reasons;
mod json_reviews;
mod json_rubrics;
mod json_stream;
mod json_words;
pub mod near;
mod problem;
mod raw;
mod read;
mod record;
pub mod saved_maps;
mod sheet;
pub mod synonyms;
mod text_stream;
mod values;

pub use export::{Exporter, ExtraColumns, Whole, export, extra_columns};
pub use import::{Counts, Import, ImportOptions, Imported, RubricsMet, import_records};
pub use problem::Problem;
pub use read::{
    Document, Raw, Views, is_document, read_document, read_document_with, read_records,
};
pub use record::{Incoming, incoming as validate_record};
pub use sheet::{is_spreadsheet, read_sheet};
pub use synonyms::Synonyms;
pub use values::Values;

use std::fmt;
use std::path::Path;

/// A file format for import and export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Jsonl,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
        }
    }

    /// The format a file name suggests.
    pub fn from_path(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }

    /// Guesses from content: `[` starts JSON, `{` JSONL, anything else CSV.
    pub fn sniff(text: &str) -> Format {
        match text.trim_start().chars().next() {
            Some('[') => Format::Json,
            // A whole-database export: `{"views": […], "ideas": […]}`.
            Some('{') if is_document(text) => Format::Json,
            Some('{') => Format::Jsonl,
            _ => Format::Csv,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a file could not be read as ideas at all.
#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error("{0}")]
    Unreadable(String),
    #[error("{}", crate::tr!("err-import-invalid", count = *count))]
    Invalid {
        count: usize,
        problems: Vec<Problem>,
    },
    #[error("{}", crate::explain::io(.0))]
    Io(#[from] std::io::Error),
    #[error("{}", crate::explain::store(.0))]
    Store(#[from] crate::store::StoreError),
}
