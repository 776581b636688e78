//! Asking before a change on the command line: on a terminal, a `[y/N]`
//! question; with none to ask on, a refusal unless the command has --yes.

use crate::Error;
use std::io::{BufRead, IsTerminal, Write};

/// Without --yes, a change is asked for on a terminal; with none to ask
/// on, it is refused.
pub fn refuse_without_terminal() -> Result<(), Error> {
    if std::io::stdin().is_terminal() {
        return Ok(());
    }
    Err(Error::Usage(crate::tr!("cli-err-not-a-terminal")))
}

/// Asks on standard error, reads a line of standard input: yes only for
/// `y` or `yes` (in Russian also `д`, `да`).
pub fn confirmed(question: &str) -> Result<bool, Error> {
    let mut err = std::io::stderr().lock();
    err.write_all(question.as_bytes())?;
    err.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(super::words::is_yes(&answer))
}
