//! `sprout help [TOPIC]`: sprout's own help, a command's (`sprout help
//! list`, the same as `sprout list --help`), or the query language
//! (`sprout help query`), which no single command owns.

use super::localised::command;
use super::query_help::query_help;
use super::stdout::stdout;
use crate::Error;
use std::io::{IsTerminal, Write};

pub fn run(topic: Option<&str>, sub: Option<&str>) -> Result<(), Error> {
    let text = match topic {
        Some("query") => query_help(),
        _ => command_help(topic, sub)?,
    };
    let mut out = stdout();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The help of sprout, or of one of its commands, exactly as `--help`
/// shows it (clap renders it, asked as if `--help` had been typed).
fn command_help(topic: Option<&str>, sub: Option<&str>) -> Result<String, Error> {
    let mut cmd = command();
    cmd.build();
    let mut at = &cmd;
    let mut path = vec!["sprout"];
    for name in [topic, sub].into_iter().flatten() {
        at = at.find_subcommand(name).ok_or_else(|| {
            Error::Usage(crate::tr!(
                "cli-help-no-such-command",
                command = &path.join(" "),
                name = name
            ))
        })?;
        path.push(name);
    }
    path.push("--help");
    let help = match command().try_get_matches_from(&path) {
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => e.render(),
        _ => at.clone().render_long_help(),
    };
    let coloured = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    Ok(if coloured {
        help.ansi().to_string()
    } else {
        help.to_string()
    })
}
