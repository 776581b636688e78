//! The arguments of the commands that take a panel's decisions out of
//! sprout, `report` (the board pack, issue 18 point 7), apart from
//! `args.rs` so that each stays a readable size.

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
