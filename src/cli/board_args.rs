//! The arguments of the commands that take a panel's decisions out of
//! sprout, `report` (the board pack) and `letters` (issue 18, points 7
//! and 8), apart from `args.rs` so that each stays a readable size.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The ideas of the pack (`sprout help query`); without one, every idea not archived
    pub query: Option<String>,
    /// Use a saved view's query (with QUERY too, both must hold)
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// [default: markdown from a .md file name, else html with -o, else markdown]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// The file to write; '-' or none writes standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Leave out proposers, contacts (e-mail, phone, website), reviewer names
    /// (Reviewer 1, 2, …) and the officer's name
    #[arg(long)]
    pub anonymous: bool,
}

#[derive(Debug, Args)]
pub struct LettersArgs {
    /// The ideas to write to (`sprout help query`), e.g. 'stage:declined'
    pub query: String,
    /// Use a saved view's query too (both must hold)
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// The letter's template (minijinja; the fields are listed below)
    #[arg(long, value_name = "FILE")]
    pub template: PathBuf,
    /// The directory the letters go in (made if missing)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Overwrite letters already in the directory (else nothing is written)
    #[arg(long)]
    pub force: bool,
    /// Check the template on every idea and list the files, writing nothing
    #[arg(long)]
    pub dry_run: bool,
}
