//! The arguments of the panel's commands, `review`, `rubric` and `panel` (issue
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

/// How an idea's reviews combine (`sprout panel --combine`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CombineArg {
    Mean,
    Median,
}

/// A setting turned on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

impl OnOff {
    pub fn is_on(self) -> bool {
        self == OnOff::On
    }
}

#[derive(Debug, Args)]
pub struct PanelArgs {
    /// An idea's score: the mean or the median of its reviews' totals
    #[arg(long, value_enum)]
    pub combine: Option<CombineArg>,
    /// Standardise each reviewer's totals over their own reviews first
    #[arg(long, value_enum, value_name = "on|off")]
    pub normalise: Option<OnOff>,
    /// Blind review: a reviewer sees the others' reviews of an idea only after their own
    #[arg(long, value_enum, value_name = "on|off")]
    pub blind: Option<OnOff>,
}

impl PanelArgs {
    /// Whether it changes a setting (else it shows them).
    pub fn changes(&self) -> bool {
        self.combine.is_some() || self.normalise.is_some() || self.blind.is_some()
    }
}
