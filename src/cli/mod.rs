//! The command line (SPEC §3): one file per subcommand, all sharing the
//! store opened here.

mod admin;
mod args;
mod assign;
mod assign_args;
mod assign_undo;
mod board_args;
mod confirm;
mod conflicts;
mod copy;
mod duplicates;
mod edit;
mod file_errors;
mod help;
mod idea_id;
mod import_views;
mod intake;
mod letters;
mod list;
mod localised;
mod output;
mod panel;
mod panel_args;
mod progress;
mod query_help;
mod reason_args;
mod reason_check;
mod reason_import;
mod reasons;
mod refusal;
mod report;
mod review;
mod rubric;
mod rubric_import;
mod show;
mod stats;
mod stdout;
mod transfer;
mod transfer_args;
mod ui_keys;
mod views;
mod vocabulary;
mod words;

pub use args::{Cli, Command};
pub use localised::parse;
pub use refusal::{early_language, refused_line};

use crate::Error;
use crate::domain::{Clock, SystemClock};
use crate::store::{Store, StoreError};
use std::path::PathBuf;

/// The database: `--db`, else `$SPROUT_DB`, else `db = "…"` in the config
/// file, else the platform data directory (`~/.local/share/sprout/db` on
/// Linux).
pub fn database_path(flag: Option<PathBuf>, config_db: Option<&str>) -> Result<PathBuf, Error> {
    if let Some(p) = flag {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os("SPROUT_DB").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    if let Some(db) = config_db {
        return Ok(PathBuf::from(db));
    }
    directories::ProjectDirs::from("", "", "sprout")
        .map(|d| d.data_dir().join("db"))
        .ok_or_else(|| Error::Invalid(crate::tr!("cli-err-no-home")))
}

static LANGUAGE_FLAG: std::sync::OnceLock<crate::i18n::Lang> = std::sync::OnceLock::new();

/// The language `--lang` gave, before the config file is read.
pub fn set_language_flag(lang: Option<crate::i18n::Lang>) {
    if let Some(lang) = lang {
        let _ = LANGUAGE_FLAG.set(lang);
    }
}

/// Chooses the language of this run: `--lang`, else the config file's,
/// else the locale's.
fn speak(configured: Option<crate::i18n::Lang>) {
    let env = |name: &str| std::env::var(name).ok();
    let lang = crate::i18n::Lang::choose(LANGUAGE_FLAG.get().copied(), configured, env);
    crate::i18n::set_language(lang);
}

/// Opens the terminal UI on the database, or with `demo` on a temporary
/// database of 500 demo ideas that is removed on exit. The database is
/// opened before the terminal is touched, so an error is one plain line.
pub fn open_ui(db: Option<PathBuf>, demo: bool, config: Option<PathBuf>) -> Result<(), Error> {
    let clock = SystemClock;
    let path = crate::config::path(config);
    // The file's language first, so that its problems are said in it.
    speak(crate::config::language_in(path.as_ref()));
    let config = ui_keys::load_config(path);
    speak(config.config.language);
    crate::domain::row::set_stale_days(config.config.stale_days);
    crate::store::actor::set_configured_user(config.config.user.as_deref());
    // The temporary directory lives until the UI ends, then is removed.
    let mut _demo_dir = None;
    crate::holder::set_role(&crate::tr!("holder-the-ui"));
    let store = if demo {
        let dir = tempfile::Builder::new().prefix("sprout-demo-").tempdir()?;
        let store = Store::open(&dir.path().join("db"))?;
        edit::fill_demo(&store, 500, 1, &clock)?;
        _demo_dir = Some(dir);
        store
    } else {
        let path = database_path(db, config.config.db.as_deref())?;
        create_parent(&path)?;
        Store::open(&path)?
    };
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return Err(Error::Usage(crate::tr!("cli-err-ui-needs-terminal")));
    }
    let problems: Vec<String> = config.errors.iter().chain(&config.notes).cloned().collect();
    let result = crate::tui::run(&store, &clock, &config);
    // Said again where it stays readable, after the screen is restored.
    for p in &problems {
        stdout::note(&crate::tr!("cli-config-note", problem = p.as_str()));
    }
    result
}

fn create_parent(path: &std::path::Path) -> Result<(), Error> {
    // A PostgreSQL URL names a server, not a directory to make.
    if path.to_str().is_some_and(crate::store::is_postgres) {
        return Ok(());
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| file_errors::cannot_create(parent, &e))?;
    }
    Ok(())
}

/// Runs one subcommand on the database.
pub fn run(
    command: Command,
    db: Option<PathBuf>,
    salvage: bool,
    config: Option<PathBuf>,
) -> Result<(), Error> {
    let result = run_command(command, db, salvage, config);
    // What is still buffered is output too: a failure to write it fails.
    use std::io::Write;
    let flushed = std::io::stdout()
        .flush()
        .map_err(crate::explain::output_failed);
    result.and(flushed.map_err(Error::from))
}

fn run_command(
    command: Command,
    db: Option<PathBuf>,
    salvage: bool,
    config: Option<PathBuf>,
) -> Result<(), Error> {
    let clock = SystemClock;
    // The file's own language, if it can say one, before what is said
    // about the file.
    speak(crate::config::language_in(
        crate::config::path(config.clone()).as_ref(),
    ));
    if let Command::Config(a) = &command {
        return crate::config::command(config, a.default, a.path, &ui_keys::table()).map_err(|e| {
            match e {
                Error::Io(io) => Error::Io(crate::explain::output_failed(io)),
                other => other,
            }
        });
    }
    // The settings a command follows (a config with errors gives the
    // defaults; the UI and `sprout config --check` report its problems).
    let settings = ui_keys::load_config(crate::config::path(config.clone())).config;
    speak(settings.language);
    crate::domain::row::set_stale_days(settings.stale_days);
    crate::store::actor::set_configured_user(settings.user.as_deref());
    if let Command::Completions { shell } = command {
        // Generated into memory first: clap_complete panics on a failed write.
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut localised::command(), "sprout", &mut script);
        let mut out = stdout::stdout();
        std::io::Write::write_all(&mut out, &script)?;
        std::io::Write::flush(&mut out)?;
        return Ok(());
    }
    if let Command::Help { topic, sub } = &command {
        return help::run(topic.as_deref(), sub.as_deref());
    }
    if let Command::Copy(a) = command {
        crate::holder::set_role("`sprout copy`");
        return copy::run(a);
    }
    if let Command::Admin { action } = command {
        return admin::run(action, database_path(db, settings.db.as_deref())?);
    }
    crate::holder::set_role(&format!("`sprout {}`", command.name()));
    let path = database_path(db, settings.db.as_deref())?;
    create_parent(&path)?;
    let store = if salvage {
        if !matches!(
            command,
            Command::List(_) | Command::Show(_) | Command::Stats(_) | Command::Export(_)
        ) {
            return Err(Error::Usage(crate::tr!("cli-err-salvage-reads")));
        }
        // Salvage copies sled's files; a server keeps its own whole.
        if path.to_str().is_some_and(crate::store::is_postgres) {
            return Err(Error::Usage(crate::tr!("cli-err-salvage-postgres")));
        }
        Store::open_damaged(&path)?
    } else {
        Store::open(&path)?
    };
    let clock: &dyn Clock = &clock;
    // These print only once their change is written: if the printing
    // fails, the user must not think the change failed too (and repeat it).
    let changes = match &command {
        Command::Add(_) | Command::Set(_) | Command::Note(_) | Command::Demo(_) => true,
        Command::Import(a) => !a.dry_run,
        Command::Views { action } => !matches!(action, None | Some(args::ViewAction::List)),
        Command::Rubric(a) => a.set.is_some(),
        Command::Review(_) => true,
        Command::Panel(a) => a.changes(),
        Command::Assign(a) => !a.dry_run,
        Command::Conflicts { action } => {
            !matches!(action, None | Some(args::ConflictsAction::List))
        }
        Command::Reasons(a) => matches!(
            a.action,
            Some(args::ReasonAction::Add { .. } | args::ReasonAction::Remove { .. })
        ),
        _ => false,
    };
    let result = match command {
        Command::Add(a) => edit::add(&store, a, clock),
        Command::List(a) => list::run(&store, a, clock),
        Command::Show(a) => show::run(&store, a),
        Command::Set(a) => edit::set(&store, a, clock),
        Command::Note(a) => edit::note(&store, a, clock),
        Command::Import(a) => transfer::import(&store, a, clock, config),
        Command::Export(a) => transfer::export(&store, a, clock),
        Command::Stats(a) => stats::run(&store, a, clock),
        Command::Demo(a) => edit::demo(&store, a, clock),
        Command::Views { action } => views::run(&store, action, clock),
        Command::Rubric(a) => rubric::run(&store, a, clock),
        Command::Panel(a) => panel::run(&store, a),
        Command::Review(a) => review::run(&store, a, is_postgres_path(&path), clock),
        Command::Assign(a) => assign::run(&store, a, clock),
        Command::Conflicts { action } => conflicts::run(&store, action, clock),
        Command::Reasons(a) => reasons::run(&store, a, clock),
        Command::Report(a) => report::run(&store, a, clock),
        Command::Letters(a) => letters::run(&store, a, clock),
        Command::Config(_)
        | Command::Completions { .. }
        | Command::Help { .. }
        | Command::Copy(_)
        | Command::Admin { .. } => Ok(()),
    }
    .map_err(|e| match e {
        // The store cannot know the path the user gave; the advice needs it.
        Error::Store(StoreError::Unreadable) => Error::Store(StoreError::Damaged(path.clone())),
        Error::Io(io)
            if changes
                && io.kind() != std::io::ErrorKind::BrokenPipe
                && crate::explain::is_output(&io) =>
        {
            Error::Invalid(crate::tr!(
                "cli-err-saved-anyway",
                problem = &crate::explain::io(&io)
            ))
        }
        other => other,
    });
    if let Some(s) = store.salvaged() {
        // Not eprintln!: a full standard error must not abort the process.
        use std::io::Write;
        let _ = writeln!(std::io::stderr().lock(), "{}", salvage_note(s));
    }
    result
}

/// Whether the database is a PostgreSQL one.
fn is_postgres_path(path: &std::path::Path) -> bool {
    path.to_str().is_some_and(crate::store::is_postgres)
}

/// What a salvage read, said after the command's own output.
fn salvage_note(s: crate::store::salvage::Salvaged) -> String {
    let read = crate::tr!("ideas-count", count = s.read);
    match s.unreadable {
        0 => crate::tr!("cli-salvage-none-lost", read = read.as_str()),
        lost => crate::tr!(
            "cli-salvage-lost",
            read = read.as_str(),
            lost = crate::tr!("ideas-count", count = lost).as_str()
        ),
    }
}
