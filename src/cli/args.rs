//! The command line's shape, as clap definitions.

pub use super::assign_args::{AssignArgs, ConflictsAction};
pub use super::board_args::{LettersArgs, ReportArgs};
pub use super::idea_id::parse_id;
pub use super::panel_args::{PanelArgs, ReviewArgs, RubricArgs};
pub use super::reason_args::{ReasonAction, ReasonsArgs};
pub use super::transfer_args::{ExportArgs, ImportArgs};
use super::vocabulary::Vocabulary;
use crate::domain::{Barrier, OrgKind, Sector, Stage};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Triage social-innovation project ideas from the terminal.
///
/// With no command, sprout opens its terminal UI on the database.
#[derive(Debug, Parser)]
#[command(
    name = "sprout",
    version,
    propagate_version = true,
    max_term_width = 100,
    disable_help_subcommand = true
)]
#[command(
    after_help = "Examples:\n  sprout --demo                      try the UI on 500 sample ideas\n  sprout demo --count 500            add sample ideas to your database\n  sprout list 'water stage:new'      find ideas (`sprout help query` explains queries)\n  sprout set 12 --sector edu --stage review\n\nThe database is --db, else $SPROUT_DB, else db = \"…\" in the config file,\nelse ~/.local/share/sprout/db. A postgres:// URL opens a team's PostgreSQL\ndatabase (password from PGPASSWORD or ~/.pgpass; TLS by ?sslmode=).\nSettings, colours and keys: `sprout config --default` prints a config file."
)]
pub struct Cli {
    /// Database: a directory, or a postgres:// URL [default: $SPROUT_DB, else db in the config
    /// file, else the platform data directory]
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// Open the UI on a temporary database filled with 500 demo ideas
    #[arg(long)]
    pub demo: bool,

    /// Read a damaged database anyway (list, show, stats, export only), to
    /// save what can still be read
    #[arg(long, global = true)]
    pub salvage: bool,

    /// Config file [default: $SPROUT_CONFIG, else ~/.config/sprout/config.toml]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Language sprout speaks for this run, en or ru: the screens' words,
    /// dates and ages [default: language in the config file, else the
    /// locale (LC_ALL, LC_MESSAGES, LANG), else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add one idea and print its id
    #[command(
        after_help = "Example:\n  sprout add --title 'Social taxi for wheelchair users' --sector disparities \\\n    --region 'Perm Krai' --tag transport --barrier funding --amount 450000"
    )]
    Add(AddArgs),
    /// List ideas that match a query, best match first
    #[command(
        after_help = "Examples:\n  sprout list                           every idea, most recently updated first\n  sprout list water                     fuzzy search\n  sprout list 'sector:edu stage:pilot score:>=4'\n  sprout list 'region:tatar' --format csv > tatarstan.csv\n  sprout list --sort created --limit 20"
    )]
    List(ListArgs),
    /// Show one idea with its notes and history
    #[command(after_help = "Example:\n  sprout show 42\n  sprout show 42 --format json")]
    Show(ShowArgs),
    /// Change one or more ideas (recorded in their history)
    #[command(
        after_help = "Examples:\n  sprout set 42 --sector health --stage review\n  sprout set 3 4 5 --stage declined --reason budget\n  sprout set 42 --score 4 --assignee anna --add-tag elderly\n  sprout set 42 --archive"
    )]
    Set(SetArgs),
    /// Add a note to an idea
    #[command(
        after_help = "Example:\n  sprout note 42 'Called the proposer; budget needs a breakdown'"
    )]
    Note(NoteArgs),
    /// Add ideas from a CSV, JSON, JSONL or spreadsheet file (all or nothing)
    #[command(
        after_help = "Examples:\n  sprout import ideas.csv\n  sprout import backup.json --dry-run\n  sprout import new.jsonl --skip-invalid\n  cat ideas.csv | sprout import - --format csv\n  sprout import form.csv --map 'Your idea in a sentence=summary' --save-map webform --dry-run\n  sprout import next-form.csv --mapping webform\n  sprout import regions.xlsx --sheet 'Заявки' --date-format %d/%m/%Y\n\nCSV: a header row names the columns (any order); only title is required;\ntags and barriers are separated by ';'. A record whose id exists is skipped\n(--update overwrites it); a record with a free id keeps it.\nSpreadsheets (.xlsx, .xls, .ods) are read like CSV: the first row names the\ncolumns. Headers in English or Russian are recognised (Project name,\nНазвание проекта…); --dry-run shows where each column goes."
    )]
    Import(ImportArgs),
    /// Write ideas out as CSV, JSON or JSONL (archived ones too; JSON also holds the views)
    #[command(
        after_help = "Examples:\n  sprout export -o backup.json\n  sprout export 'stage:pilot' --format csv -o pilots.csv\n  sprout export --format jsonl | gzip > ideas.jsonl.gz"
    )]
    Export(ExportArgs),
    /// Count ideas by sector, stage, organisation, barrier and region
    #[command(
        after_help = "Examples:\n  sprout stats\n  sprout stats 'region:tatar'\n  sprout stats --format json"
    )]
    Stats(StatsArgs),
    /// Add realistic synthetic ideas (for trying sprout out)
    #[command(after_help = "Example:\n  sprout demo --count 10000 --seed 1")]
    Demo(DemoArgs),
    /// List, save, rename and delete saved views (a name and a query)
    #[command(
        after_help = "Examples:\n  sprout views                           every view with its query and count\n  sprout views save 'Health pilots' 'sector:health stage:pilot'\n  sprout views save 'Best first' 'stage:review' --sort score\n  sprout views rename 'Health pilots' 'Pilots · health'\n  sprout views delete Inbox\n  sprout list --view Inbox               use a view (with a query, both must hold)"
    )]
    Views {
        #[command(subcommand)]
        action: Option<ViewAction>,
    },
    /// Review an idea: a score for each criterion of the rubric, a confidence and a comment
    #[command(
        after_help = "Examples:\n  sprout review 42 --score relevance=4 --score impact=5 --score feasibility=3 \\\n      --score sustainability=2 --score team=4 --confidence 2 --comment 'Strong team, thin budget'\n  sprout review 42 --score team=3        change one score of your review\n  sprout review 42 --as boris --score relevance=2 ...   (sled) record a panel member's review\n\nOne review per reviewer per idea: reviewing again changes yours (scores not\ngiven are kept), and the history keeps what it was. The criteria and their\nscales are `sprout rubric`'s; a review keeps the rubric version it was made\nwith. Confidence: 1 unsure, 2 fairly sure, 3 sure. You are the reviewer: the\nPostgreSQL role, else user in the config file, else $USER; on sled --as NAME\nrecords the review under another reviewer's name (the change is still yours)."
    )]
    Review(ReviewArgs),
    /// Show the rubric reviews score by, or load a changed one (a new version)
    #[command(
        after_help = "Examples:\n  sprout rubric                          the criteria now, with weights and scales\n  sprout rubric --toml > rubric.toml     as a file to edit\n  sprout rubric --set rubric.toml        load it: a new version of the rubric\n  sprout rubric --history                every version, when and by whom\n  sprout rubric --at 1 --toml            an older version\n\nA database starts with five criteria scored 1-5 and weighted alike:\nrelevance, impact, feasibility, sustainability and team. A change makes a\nnew version; reviews keep the version they were made with."
    )]
    Rubric(RubricArgs),
    /// Show or change how the panel's reviews make an idea's score, and blind review
    #[command(
        after_help = "Examples:\n  sprout panel                           the settings now\n  sprout panel --combine median          an idea's score is the median of its reviews' totals\n  sprout panel --normalise on            each reviewer's totals standardised over their own reviews\n  sprout panel --blind on                reviewers see others' reviews only after their own\n\nA database starts with: the mean, not normalised, not blind. Changing how\nscores combine re-ranks the list; `show` says how an idea's score was made."
    )]
    Panel(PanelArgs),
    /// Give ideas reviewers fairly: loads even, never against a declared conflict
    #[command(
        after_help = "Examples:\n  sprout assign 'stage:review' --reviewers anna,boris,olga --per-idea 2 --dry-run\n  sprout assign 'stage:review' --reviewers anna,boris,olga --per-idea 2\n  sprout assign 'sector:health' --reviewers me,anna --per-idea 1 --yes\n  sprout assign --undo                   take back your last assignment\n\nEach matched idea gets reviewers until it has --per-idea of them: those it\nhas are kept and count. A reviewer's load is the matched ideas they review,\nearlier ones too; loads end at most one apart unless a conflict of interest\n(`sprout conflicts`) or an earlier assignment makes that impossible, and an\nidea never goes to a reviewer with a conflict for it. The plan is shown\nfirst (each idea's reviewers, each reviewer's load, the conflicts avoided)\nand applied in one change once you answer y; with standard input not a\nterminal give --yes. Ideas that cannot get enough reviewers are named, and\nthe plan is applied only if you confirm it anyway. `panel:NAME` finds the\nideas a reviewer is assigned. --undo takes back your last assignment\nstill in effect: its ideas lose the reviewers it added (those added since\nstay); again, it takes back the one before."
    )]
    Assign(AssignArgs),
    /// List, declare and remove reviewers' conflicts of interest
    #[command(
        after_help = "Examples:\n  sprout conflicts                                   every declared conflict, numbered\n  sprout conflicts add anna --org 'Green Town'       anna reviews nothing of Green Town\n  sprout conflicts add boris --proposer 'Ivan Petrov' --region 'Perm Krai'\n  sprout conflicts remove 2                          by its number in the list\n  sprout conflicts remove anna --org 'Green Town'\n\nMatching ignores case, spacing and punctuation such as quotes. --proposer\nmatches ideas whose proposer is exactly that name; --org matches ideas whose\nproposer names the organisation among its words (in sprout the proposer is\nthe organisation's name: --org 'Green Town' matches 'ANO «Green Town»' and\n'Green Town Foundation'); --region matches the idea's region exactly.\n`sprout assign` never gives a reviewer an idea they have a conflict for."
    )]
    Conflicts {
        #[command(subcommand)]
        action: Option<ConflictsAction>,
    },
    /// List, add and remove the reasons a decline or an accept is given with
    #[command(
        after_help = "Examples:\n  sprout reasons                         the reasons, with the decisions they fit\n  sprout reasons add no-team 'No team yet' --for decline\n  sprout reasons remove duplicate        no longer offered; decisions keep it\n  sprout set 42 --stage declined --reason budget\n\nA database starts with six: out-of-scope, budget, unsustainable and\nduplicate for declines (stage declined), strong-fit and mentoring for\naccepts (incubation, pilot, scaling, sustainable). At most 9 of each kind\nare offered, the keys 1-9 of the UI's picker. A removed reason is no longer\noffered, but the ideas decided with it keep it (reason:KEY finds them);\nadding its key again brings it back."
    )]
    Reasons(ReasonsArgs),
    /// Write the board pack: the ranked shortlist with reviews, figures and charts
    #[command(
        after_help = "Examples:\n  sprout report 'stage:review' -o board.html      one self-contained page to print or send\n  sprout report 'stage:review' --anonymous -o board.html\n  sprout report 'sector:health' --format markdown > board.md\n\nThe shortlist is ranked by combined score (the mean of the reviews' weighted\ntotals), ideas not yet scored last; each reviewer's total and comment, the\nspread, the sector x stage table, the reasons for declines, and charts of the\nstage funnel, sectors and scores. The figures are `sprout stats QUERY`'s.\nThe page has no scripts and loads nothing; it prints on A4. --anonymous\nleaves out proposers, contacts and reviewer names (Reviewer 1, 2, ...)."
    )]
    Report(ReportArgs),
    /// Write one letter per idea from a template: its decision, reason and score
    #[command(
        after_help = concat!("Examples:\n  sprout letters 'stage:declined' --template examples/letters/decline.txt -o letters/\n  sprout letters 'stage:pilot' --template accept.txt -o letters/ --dry-run\n\nEach letter is named by the idea's id and title (42-social-taxi.txt). Every\nletter is made before any is written: a template error, such as a field that\ndoes not exist, names the template's line and writes nothing. A letter already\nin the directory is kept unless --force.\n\n", "Fields a template can use (minijinja, like Jinja2: {{ idea.title }},\n{% if score %}...{% endif %}); a name not in this list is an error:\n  idea.id idea.title idea.summary idea.proposer idea.email idea.phone\n  idea.website idea.region idea.sector (label) idea.sector_name\n  idea.organisation idea.funder idea.amount (a number, or none)\n  idea.amount_text (450 000 ₽, or '') idea.tags (a list) idea.created (date)\n  stage (new, review, pilot, scaling, sustainable, declined)\n  decision (the stage's label: Declined, Pilot...)\n  reason (the decision reason's key, '' when none) reason_label (its label)\n  score (the combined score, 1-5 to two places, or none)\n  score_text (3.60 of 5, or 'not scored') reviews (how many)\n  officer (you: the PostgreSQL role, else user in the config file, else $USER)\n  date (today, 2026-12-01)")
    )]
    Letters(LettersArgs),
    /// Copy a whole database into a new, empty one: sled or PostgreSQL, either way
    #[command(
        after_help = "Examples:\n  sprout copy --from ~/.local/share/sprout/db --to postgres://olga@db.example.org/sprout\n  sprout copy --from postgres://olga@db.example.org/sprout --to ./sprout-backup\n\nIdeas with their notes and history, views, every version of the rubric,\nthe reasons for decisions, ids and the id counter are copied; --db is not used. A destination that has ideas or views of its own\nis refused, and nothing is written to it."
    )]
    Copy(CopyArgs),
    /// Set up a team's PostgreSQL database (`sprout admin roles`)
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Print the default config file, say where it is read from, or check it
    #[command(
        after_help = "Examples:\n  sprout config --default > ~/.config/sprout/config.toml\n  sprout config --check\n\nThe config file is --config, else $SPROUT_CONFIG, else\n~/.config/sprout/config.toml (the platform config directory)."
    )]
    Config(ConfigArgs),
    /// Print shell completions
    #[command(
        after_help = "Example:\n  sprout completions bash > ~/.local/share/bash-completion/completions/sprout"
    )]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print help: sprout's, a command's, or the query language's (`sprout help query`)
    #[command(
        after_help = "Examples:\n  sprout help query                  how to write a query\n  sprout help list\n  sprout help views save"
    )]
    Help {
        /// `query`, or a command
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(HELP_TOPICS))]
        topic: Option<String>,
        /// A subcommand of that command (`sprout help views save`)
        sub: Option<String>,
    },
}

/// What `sprout help` can explain: the query language and every command.
pub const HELP_TOPICS: [&str; 24] = [
    "query",
    "add",
    "list",
    "show",
    "set",
    "note",
    "import",
    "export",
    "stats",
    "demo",
    "views",
    "review",
    "rubric",
    "panel",
    "assign",
    "conflicts",
    "reasons",
    "report",
    "letters",
    "copy",
    "admin",
    "config",
    "completions",
    "help",
];

#[derive(Debug, Subcommand)]
pub enum ViewAction {
    /// Every view with its query and how many ideas it shows (the default)
    List,
    /// Save a query under a name (`sprout help query` explains queries)
    Save {
        /// The view's name
        name: String,
        /// The query the view shows (`sprout help query`)
        query: String,
        /// The order the view's ideas are listed in (else the list's own)
        #[arg(long, value_enum)]
        sort: Option<SortArg>,
    },
    /// Rename a view
    Rename {
        /// The view's name now
        name: String,
        /// Its new name
        new_name: String,
    },
    /// Delete a view
    Delete {
        /// The view's name
        name: String,
    },
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The database to copy: a directory or a postgres:// URL
    #[arg(long, value_name = "DB")]
    pub from: PathBuf,
    /// Where to copy it: a new directory, or an empty PostgreSQL database
    #[arg(long, value_name = "DB")]
    pub to: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum AdminAction {
    /// Make the roles sprout_officer (may change ideas) and sprout_reader
    /// (may only read) and grant them on the --db PostgreSQL database
    #[command(
        after_help = "Example:\n  sprout --db postgres://owner@db.example.org/sprout admin roles\n\nRun it as the database's owner; running it again is harmless. It runs\nsql/roles.sql from sprout's repository, which can be run with psql instead.\nThen make each member a login role in one of the two, in psql:\n  CREATE ROLE anna LOGIN PASSWORD 'change-me' IN ROLE sprout_officer;\n  CREATE ROLE board LOGIN PASSWORD 'change-me' IN ROLE sprout_reader;"
    )]
    Roles,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ConfigArgs {
    /// Print a commented config file with every option at its default
    #[arg(long)]
    pub default: bool,
    /// Print the path of the config file sprout reads
    #[arg(long)]
    pub path: bool,
    /// Check the config file and report every problem (exit 1 if any)
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The idea in a few words
    #[arg(long)]
    pub title: String,
    /// What it is, in a sentence or a few
    #[arg(long)]
    pub summary: Option<String>,
    /// Sector (any unique prefix: edu)
    #[arg(long, value_parser = Vocabulary::<Sector>::new())]
    pub sector: Option<Sector>,
    /// Stage [default: new]
    #[arg(long, value_parser = Vocabulary::<Stage>::new())]
    pub stage: Option<Stage>,
    /// Region, as people write it
    #[arg(long)]
    pub region: Option<String>,
    /// Who proposes it: a person or an organisation
    #[arg(long)]
    pub proposer: Option<String>,
    /// Organisation kind
    #[arg(long, value_parser = Vocabulary::<OrgKind>::new())]
    pub org: Option<OrgKind>,
    /// A tag; again for each
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A barrier the idea meets; again for each
    #[arg(long = "barrier", value_name = "BARRIER", value_parser = Vocabulary::<Barrier>::new())]
    pub barriers: Vec<Barrier>,
    /// Who funds it, or is asked to
    #[arg(long)]
    pub funder: Option<String>,
    /// Funding requested, in roubles
    #[arg(long)]
    pub amount: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Json,
    Jsonl,
    Csv,
    Ids,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Updated,
    Created,
    Title,
    Score,
    Stage,
    Id,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Query, e.g. 'water sector:health stage:new' (`sprout help query`)
    pub query: Option<String>,
    /// Use a saved view's query (with QUERY too, both must hold)
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// How to print the ideas
    #[arg(long, value_enum, default_value = "table")]
    pub format: ListFormat,
    /// Order when the query has no fuzzy terms [default: the view's, else updated]
    #[arg(long, value_enum)]
    pub sort: Option<SortArg>,
    /// Print at most N ideas
    #[arg(long)]
    pub limit: Option<usize>,
    /// Include archived ideas
    #[arg(long)]
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The idea (42 or #42)
    #[arg(value_parser = parse_id)]
    pub id: u64,
    /// How to print it
    #[arg(long, value_enum, default_value = "text")]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The ideas to change (42 or #42); more than one changes each
    #[arg(required = true, value_parser = parse_id, value_name = "ID")]
    pub ids: Vec<u64>,
    /// New sector (any unique prefix: edu)
    #[arg(long, value_parser = Vocabulary::<Sector>::new())]
    pub sector: Option<Sector>,
    /// New stage (any unique prefix)
    #[arg(long, value_parser = Vocabulary::<Stage>::new())]
    pub stage: Option<Stage>,
    /// Why the stage was decided: a key of `sprout reasons` that fits it
    /// (a decline's or an accept's); 'none' clears. A new stage without
    /// one clears the old reason
    #[arg(long, value_name = "KEY")]
    pub reason: Option<String>,
    /// 1 to 5, or 'none' to clear
    #[arg(long)]
    pub score: Option<String>,
    /// Reviewer; 'me' is you (as assignee:me in a query); '' clears
    #[arg(long)]
    pub assignee: Option<String>,
    /// Add a tag; again for each
    #[arg(long = "add-tag", value_name = "TAG")]
    pub add_tags: Vec<String>,
    /// Remove a tag; again for each
    #[arg(long = "remove-tag", value_name = "TAG")]
    pub remove_tags: Vec<String>,
    /// Add a barrier; again for each
    #[arg(long = "add-barrier", value_name = "BARRIER", value_parser = Vocabulary::<Barrier>::new())]
    pub add_barriers: Vec<Barrier>,
    /// Remove a barrier; again for each
    #[arg(long = "remove-barrier", value_name = "BARRIER", value_parser = Vocabulary::<Barrier>::new())]
    pub remove_barriers: Vec<Barrier>,
    /// Archive: hidden from lists unless asked for, kept whole
    #[arg(long, conflicts_with = "restore")]
    pub archive: bool,
    /// Bring an archived idea back
    #[arg(long)]
    pub restore: bool,
    /// Where someone else changed the same field since it was read, save
    /// yours over theirs (else yours is refused and theirs kept)
    #[arg(long)]
    pub overwrite: bool,
    /// Mark as a duplicate of idea N (declined; N's detail lists it)
    #[arg(long, value_parser = parse_id, value_name = "N", conflicts_with = "not_duplicate")]
    pub duplicate_of: Option<u64>,
    /// Not a duplicate of idea N: the pair is never flagged again
    #[arg(long, value_parser = parse_id, value_name = "N")]
    pub not_duplicate: Option<u64>,
}

#[derive(Debug, Args)]
pub struct NoteArgs {
    /// The idea (42 or #42)
    #[arg(value_parser = parse_id)]
    pub id: u64,
    /// The note's text
    #[arg(allow_hyphen_values = true)]
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Query (`sprout help query`); without one, every idea not archived
    pub query: Option<String>,
    /// Use a saved view's query (with QUERY too, both must hold)
    #[arg(long, value_name = "NAME")]
    pub view: Option<String>,
    /// How to print the figures
    #[arg(long, value_enum, default_value = "table")]
    pub format: StatsFormat,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many ideas to add
    #[arg(long, default_value_t = 500)]
    pub count: usize,
    /// The same seed makes the same ideas
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Make PERCENT of the ideas (at most 50) near-copies of others: typos, sentences reordered, another amount or proposer
    #[arg(long, value_name = "PERCENT", default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=50))]
    pub duplicates: u8,
}

impl Command {
    /// The subcommand's name, as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Add(_) => "add",
            Command::List(_) => "list",
            Command::Show(_) => "show",
            Command::Set(_) => "set",
            Command::Note(_) => "note",
            Command::Import(_) => "import",
            Command::Export(_) => "export",
            Command::Stats(_) => "stats",
            Command::Demo(_) => "demo",
            Command::Views { .. } => "views",
            Command::Review(_) => "review",
            Command::Rubric(_) => "rubric",
            Command::Panel(_) => "panel",
            Command::Assign(_) => "assign",
            Command::Conflicts { .. } => "conflicts",
            Command::Reasons(_) => "reasons",
            Command::Report(_) => "report",
            Command::Letters(_) => "letters",
            Command::Copy(_) => "copy",
            Command::Admin { .. } => "admin",
            Command::Config(_) => "config",
            Command::Completions { .. } => "completions",
            Command::Help { .. } => "help",
        }
    }
}

/// `--lang en` or `--lang ru` (also as a locale writes it, `ru_RU`).
fn language(text: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(text).ok_or_else(|| crate::tr!("cli-err-unknown-language"))
}
