//! The arguments of the panel's commands, `review` and `rubric` (issue
//! 18), apart from `args.rs` so that each stays a readable size.

use super::idea_id::parse_id;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The idea reviewed (42 or #42)
    #[arg(value_parser = parse_id)]
    pub id: u64,
    /// A criterion's score, NAME=N (the criteria and scales of `sprout rubric`); again for each
    #[arg(long = "score", value_name = "NAME=N")]
    pub scores: Vec<String>,
    /// How sure you are: 1 unsure, 2 fairly sure, 3 sure
    #[arg(long, value_name = "1-3")]
    pub confidence: Option<u8>,
    /// Why, in a sentence or a few
    #[arg(long, allow_hyphen_values = true)]
    pub comment: Option<String>,
    /// On sled: record the review under this reviewer's name
    #[arg(long = "as", value_name = "NAME")]
    pub reviewer: Option<String>,
}

#[derive(Debug, Args)]
pub struct RubricArgs {
    /// Load the rubric from this TOML file (`-` reads standard input), as
    /// `--toml` writes it; it becomes the next version
    #[arg(long, value_name = "FILE", conflicts_with_all = ["toml", "history", "at"])]
    pub set: Option<PathBuf>,
    /// Print the rubric as a TOML file to edit and load with --set
    #[arg(long)]
    pub toml: bool,
    /// List every version of the rubric: when, by whom, its criteria
    #[arg(long, conflicts_with_all = ["toml", "at"])]
    pub history: bool,
    /// Show version N of the rubric instead of the current one
    #[arg(long, value_name = "N")]
    pub at: Option<u32>,
}
