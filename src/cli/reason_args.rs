//! The arguments of `sprout reasons` (issue 18, point 6), apart from
//! `args.rs` so that each stays a readable size.

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct ReasonsArgs {
    #[command(subcommand)]
    pub action: Option<ReasonAction>,
    /// Also list the reasons removed (kept for the decisions made with them)
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReasonAction {
    /// List the reasons, those for declines then those for accepts
    List {
        /// Also list the reasons removed
        #[arg(long)]
        all: bool,
    },
    /// Add a reason (or bring back a removed one)
    #[command(after_help = "Example:\n  sprout reasons add no-team 'No team yet' --for decline")]
    Add {
        /// A short lower-case word, typed after --reason: no-team
        key: String,
        /// What it says, in a few words: 'No team yet'
        label: String,
        /// Which decisions it is given for: decline (stage declined) or
        /// accept (incubation, pilot, scaling, sustainable)
        #[arg(long = "for", value_name = "decline|accept")]
        fits: String,
    },
    /// Stop offering a reason; ideas decided with it keep it
    Remove {
        /// The reason's key
        key: String,
    },
}
