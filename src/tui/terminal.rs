//! The terminal itself: handing it to the user's editor and back, giving
//! it back whatever way the UI ends, and telling a terminal that is gone.

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on the text in a temporary
/// file, with the terminal handed over and taken back.
pub fn external_editor(
    terminal: &mut ratatui::DefaultTerminal,
    text: &str,
) -> Result<String, String> {
    use std::io::Write;
    let fail = |e: std::io::Error| {
        crate::tr!(
            "ui-editor-cannot-run",
            problem = &crate::i18n::io_reason(&e)
        )
    };
    let mut file = tempfile::Builder::new()
        .prefix("sprout-idea-")
        .suffix(".txt")
        .tempfile()
        .map_err(fail)?;
    file.write_all(text.as_bytes()).map_err(fail)?;
    file.flush().map_err(fail)?;
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    restore_terminal();
    // Through the shell, so that EDITOR="code --wait" works.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status();
    let back = crossterm::terminal::enable_raw_mode()
        .and_then(|_| {
            execute!(
                std::io::stdout(),
                crossterm::terminal::EnterAlternateScreen,
                EnableMouseCapture
            )
        })
        .and_then(|_| terminal.clear());
    back.map_err(|e| {
        crate::tr!(
            "ui-editor-terminal-back",
            problem = &crate::i18n::io_reason(&e)
        )
    })?;
    let after = std::fs::read_to_string(file.path()).map_err(fail)?;
    match status {
        // Whatever the editor saved is offered even if it failed, so no text is lost.
        Ok(s) if s.success() || after != text => Ok(after),
        Ok(s) => Err(crate::tr!(
            "ui-editor-exited",
            editor = &editor,
            status = &s.code().map_or_else(|| s.to_string(), |c| c.to_string())
        )),
        Err(e) => Err(crate::tr!(
            "ui-editor-cannot-start",
            editor = &editor,
            problem = &crate::i18n::io_reason(&e)
        )),
    }
}

/// Restores the terminal when dropped, whatever way the UI ends.
pub struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Gives the terminal back (mouse, raw mode, screen). Quietly: when the
/// terminal is gone, ratatui's `restore` prints the failure to a stderr that
/// is gone too, and that print panics.
pub fn restore_terminal() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        crossterm::cursor::Show
    );
    let _ = ratatui::try_restore();
}

/// Whether a failed read or write of the terminal means it is gone (its
/// window closed, its connection dropped): then the UI ends as on quit.
pub fn terminal_gone(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::EIO)
        || matches!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe
                | std::io::ErrorKind::NotConnected
                | std::io::ErrorKind::UnexpectedEof
        )
}
