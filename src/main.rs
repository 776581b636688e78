//! The `sprout` binary: parse the command line, run it, turn errors into
//! one `error: …` line and an exit code. Output that cannot be written is
//! a failure too (exit 1), except a reader that went away (`| head`),
//! which ends quietly; an error that cannot even be printed still exits 1.

use sprout::Error;
use sprout::cli::{open_ui, run};
use sprout::domain::text::printable;
use std::io::Write;
use std::process::ExitCode;

// Loading and searching many small rows is allocation-heavy; mimalloc
// halves the time glibc's allocator spends there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    sprout::memory::tune();
    sprout::crash::install();
    // Until the command line is parsed, the language is --lang's or the
    // locale's: a refused value is said in it.
    let early =
        sprout::i18n::speak_on_this_thread(sprout::cli::early_language(std::env::args_os()));
    let cli = match sprout::cli::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) => return refused(e),
    };
    drop(early);
    sprout::cli::set_language_flag(cli.lang);
    let result = match cli.command {
        Some(command) => run(command, cli.db, cli.salvage, cli.config),
        None => open_ui(cli.db, cli.demo, cli.config),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let message = printable(&e.to_string(), true);
            say(&sprout::tr!("err-line", message = &message));
            ExitCode::from(if matches!(e, Error::Usage(_)) { 2 } else { 1 })
        }
    }
}

/// What clap refused or was asked for (`--help`, `--version`).
fn refused(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let printed = e.print().and_then(|()| std::io::stdout().flush());
        return match printed {
            Ok(()) => ExitCode::SUCCESS,
            Err(w) if w.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(w) => {
                let w = sprout::explain::output_failed(w);
                let message = sprout::explain::io(&w);
                say(&sprout::tr!("err-line", message = &message));
                ExitCode::FAILURE
            }
        };
    }
    // clap repeats the value it refused; it is the user's text and may hold
    // escape sequences, so it is printed made safe.
    let text = match sprout::cli::refused_line(&e) {
        Some(line) => format!("{}\n", printable(&line, true)),
        None => printable(&e.to_string(), true),
    };
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
    ExitCode::from(e.exit_code().clamp(0, 255) as u8)
}

/// One line on standard error; if even that fails, there is nobody to tell.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}
