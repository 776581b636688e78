//! The command line (SPEC §3): one file per subcommand, all sharing the
//! store opened here.

mod args;
mod edit;
mod intake;
mod list;
mod output;
mod progress;
mod show;
mod stats;
mod transfer;
mod views;

pub use args::{Cli, Command};

use crate::Error;
use crate::domain::{Clock, SystemClock};
use crate::store::Store;
use clap::CommandFactory;
use std::path::PathBuf;

/// The database path: `--db`, else `$SPROUT_DB`, else the platform data
/// directory (`~/.local/share/sprout/db` on Linux).
pub fn database_path(flag: Option<PathBuf>) -> Result<PathBuf, Error> {
    if let Some(p) = flag {
        return Ok(p);
    }
    if let Some(p) = std::env::var_os("SPROUT_DB").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "sprout")
        .map(|d| d.data_dir().join("db"))
        .ok_or_else(|| {
            Error::Invalid("cannot find a home directory for the database; give --db PATH".into())
        })
}

/// Opens the terminal UI on the database, or with `demo` on a temporary
/// database of 500 demo ideas that is removed on exit. The database is
/// opened before the terminal is touched, so an error is one plain line.
pub fn open_ui(db: Option<PathBuf>, demo: bool, config: Option<PathBuf>) -> Result<(), Error> {
    let clock = SystemClock;
    let config = crate::config::load(crate::config::path(config));
    // The temporary directory lives until the UI ends, then is removed.
    let mut _demo_dir = None;
    let store = if demo {
        let dir = tempfile::Builder::new().prefix("sprout-demo-").tempdir()?;
        let store = Store::open(&dir.path().join("db"))?;
        edit::fill_demo(&store, 500, 1, &clock)?;
        _demo_dir = Some(dir);
        store
    } else {
        let path = database_path(db)?;
        create_parent(&path)?;
        Store::open(&path)?
    };
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return Err(Error::Usage(
            "the terminal UI needs a terminal; for scripts use a subcommand (see `sprout --help`)"
                .into(),
        ));
    }
    let problems: Vec<String> = config.errors.iter().chain(&config.notes).cloned().collect();
    let result = crate::tui::run(&store, &clock, &config);
    // Said again where it stays readable, after the screen is restored.
    for p in &problems {
        eprintln!("sprout: config: {p}");
    }
    result
}

fn create_parent(path: &std::path::Path) -> Result<(), Error> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::Invalid(format!("cannot create {}: {e}", parent.display())))?;
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
    let clock = SystemClock;
    if let Command::Config(a) = &command {
        return crate::config::command(config, a.default, a.path);
    }
    if let Command::Completions { shell } = command {
        let mut cmd = Cli::command();
        clap_complete::generate(shell, &mut cmd, "sprout", &mut std::io::stdout());
        return Ok(());
    }
    let path = database_path(db)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| Error::Invalid(format!("cannot create {}: {e}", parent.display())))?;
    }
    let store = if salvage {
        if !matches!(
            command,
            Command::List(_) | Command::Show(_) | Command::Stats(_) | Command::Export(_)
        ) {
            return Err(Error::Usage(
                "--salvage only reads: use it with list, show, stats or export".into(),
            ));
        }
        Store::open_damaged(&path)?
    } else {
        Store::open(&path)?
    };
    let clock: &dyn Clock = &clock;
    match command {
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
        Command::Config(_) => Ok(()),
        Command::Completions { .. } => Ok(()),
    }
}
