//! The arguments of `import` and `export`, and the parsers of their values
//! (`--map COLUMN=FIELD`, `--date-format`), apart from `args.rs` so that
//! each stays a readable size.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    Csv,
    Json,
    Jsonl,
}

impl From<FileFormat> for crate::transfer::Format {
    fn from(f: FileFormat) -> Self {
        match f {
            FileFormat::Csv => crate::transfer::Format::Csv,
            FileFormat::Json => crate::transfer::Format::Json,
            FileFormat::Jsonl => crate::transfer::Format::Jsonl,
        }
    }
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// File to read; '-' reads standard input
    pub file: PathBuf,
    /// [default: from the file name, else from the content]
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
    /// Check the file and say what would happen, without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Import the valid records and list the invalid ones
    #[arg(long)]
    pub skip_invalid: bool,
    /// Overwrite ideas whose id already exists
    #[arg(long)]
    pub update: bool,
    /// Put a column in a field, e.g. --map 'Your project?=title' (or =ignore); repeatable
    #[arg(long = "map", value_name = "COLUMN=FIELD", value_parser = parse_map)]
    pub map: Vec<(String, Option<&'static str>)>,
    /// The file's own key column, e.g. --key 'Submission ID': kept as each idea's
    /// source id, and a record imported again is matched by it
    #[arg(long, value_name = "COLUMN")]
    pub key: Option<String>,
    /// Place the columns as a mapping saved with --save-map (--map goes over it)
    #[arg(long, value_name = "NAME")]
    pub mapping: Option<String>,
    /// Save where the columns went under NAME, for --mapping NAME
    #[arg(long, value_name = "NAME")]
    pub save_map: Option<String>,
    /// How to read dates such as 11/12/2026: %d/%m/%Y or %m/%d/%Y
    #[arg(long, value_name = "FORMAT", value_parser = parse_date_format)]
    pub date_format: Option<String>,
    /// The sheet of a spreadsheet to read [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

/// `COLUMN=FIELD`, split at the last `=` (a field's name has none).
fn parse_map(s: &str) -> Result<(String, Option<&'static str>), String> {
    let (column, field) = s
        .rsplit_once('=')
        .filter(|(c, _)| !c.trim().is_empty())
        .ok_or_else(|| crate::tr!("cli-err-not-column-field", value = s))?;
    Ok((
        column.trim().to_string(),
        crate::transfer::columns::target(field)?,
    ))
}

/// A chrono date format that names a day, a month and a year.
fn parse_date_format(s: &str) -> Result<String, String> {
    use chrono::format::{Item, StrftimeItems};
    let items: Vec<Item> = StrftimeItems::new(s).collect();
    let has = |spec: &[&str]| spec.iter().any(|x| s.contains(x));
    if items.iter().any(|i| matches!(i, Item::Error))
        || !has(&["%d", "%e"])
        || !has(&["%m", "%b", "%B"])
        || !has(&["%Y", "%y"])
    {
        return Err(crate::tr!("err-cli-date-format", value = s));
    }
    Ok(s.to_string())
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Query (`sprout help query`); without one, every idea
    pub query: Option<String>,
    /// Use a saved view's query (with QUERY too, both must hold)
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// [default: from -o's file name, else json]
    #[arg(long, value_enum)]
    pub format: Option<FileFormat>,
    /// Output file; '-' or none writes standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}
