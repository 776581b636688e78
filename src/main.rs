//! The `sprout` binary: parse the command line, run it, turn errors into
//! one `error: …` line and an exit code.

use clap::Parser;
use sprout::Error;
use sprout::cli::{Cli, open_ui, run};
use std::process::ExitCode;

// Loading and searching many small rows is allocation-heavy; mimalloc
// halves the time glibc's allocator spends there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    sprout::memory::tune();
    sprout::crash::install();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                e.exit();
            }
            // clap repeats the value it refused; it is the user's text and
            // may hold escape sequences, so it is printed made safe.
            eprint!("{}", sprout::domain::text::printable(&e.to_string(), true));
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    let result = match cli.command {
        Some(command) => run(command, cli.db, cli.salvage, cli.config),
        None => open_ui(cli.db, cli.demo, cli.config),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(if matches!(e, Error::Usage(_)) { 2 } else { 1 })
        }
    }
}
