//! The arguments of fair assignment's commands, `assign` and `conflicts`
//! (issue 18, point 5), apart from `args.rs` so that each stays a
//! readable size.

use clap::{ArgGroup, Args, Subcommand};

/// What a conflict of interest is about: one or more of these.
#[derive(Debug, Args, Default)]
pub struct ConflictValues {
    /// The reviewer must not review ideas whose proposer is exactly this
    #[arg(long, value_name = "NAME")]
    pub proposer: Vec<String>,
    /// … ideas whose proposer names this organisation (its words, in order)
    #[arg(long, value_name = "NAME")]
    pub org: Vec<String>,
    /// … ideas from this region (exactly)
    #[arg(long, value_name = "REGION")]
    pub region: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ConflictsAction {
    /// List the declared conflicts, numbered (the same as no action)
    List,
    /// Declare a reviewer's conflict of interest
    #[command(group(ArgGroup::new("what").args(["proposer", "org", "region"]).required(true).multiple(true)))]
    Add {
        /// The reviewer, as `sprout assign --reviewers` names them
        reviewer: String,
        #[command(flatten)]
        values: ConflictValues,
    },
    /// Remove a conflict: by its number in the list, or by the reviewer and what it is about
    Remove {
        /// N as `sprout conflicts` numbers it, or a reviewer's name (with --proposer, --org or --region)
        what: String,
        #[command(flatten)]
        values: ConflictValues,
    },
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The ideas to give reviewers, as a query (`sprout help query`); '' is every idea
    #[arg(required_unless_present = "undo")]
    pub query: Option<String>,
    /// Use a saved view's query (with QUERY too, both must hold)
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// The reviewers to share the ideas among, separated by commas ('me' is you)
    #[arg(long, value_name = "NAMES", required_unless_present = "undo")]
    pub reviewers: Option<String>,
    /// How many reviewers each idea should have, those it has already counted
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub per_idea: usize,
    /// Show the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Apply the plan without asking (needed when standard input is not a terminal)
    #[arg(long, short = 'y', conflicts_with = "dry_run")]
    pub yes: bool,
    /// Include archived ideas
    #[arg(long)]
    pub archived: bool,
    /// Take back your last assignment: its ideas get the reviewers they had
    #[arg(long, conflicts_with_all = ["query", "reviewers", "view", "archived"])]
    pub undo: bool,
}
