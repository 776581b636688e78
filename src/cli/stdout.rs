//! Where a command's output goes. Standard output reports a failed write
//! as a failure of the output (a full disk is exit 1 with one line; a
//! closed pipe keeps its kind and ends the command quietly), and never
//! panics the way `println!` does. Notes on standard error never fail a
//! command: when even they cannot be written there is nobody to tell.
//!
//! Data formats (JSON, JSONL, CSV) keep their exact bytes in files and
//! pipes; on a terminal, characters that could steer it (C0 and C1
//! controls, DEL, bidirectional overrides) are escaped as the table and the
//! UI escape them.

use crate::domain::text::is_forbidden;
use crate::explain::output_failed;
use std::io::{self, IsTerminal, Write};

/// Buffered standard output whose errors say that the output failed.
pub struct Stdout(io::BufWriter<io::StdoutLock<'static>>);

/// The command's standard output. Flush it before returning: a buffer
/// dropped unflushed loses its error.
pub fn stdout() -> Stdout {
    Stdout(io::BufWriter::new(io::stdout().lock()))
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf).map_err(output_failed)
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.0.write_all(buf).map_err(output_failed)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush().map_err(output_failed)
    }
}

/// Writes `text` and a newline to standard output, flushed.
pub fn line(text: &str) -> io::Result<()> {
    let mut out = stdout();
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()
}

/// One line on standard error (a hint, a warning, a summary). A failure to
/// write it is ignored: it is not the command's result.
pub fn note(text: &str) {
    let mut err = io::stderr().lock();
    let _ = err
        .write_all(text.as_bytes())
        .and_then(|()| err.write_all(b"\n"));
}

/// How a data format can carry a character that must not reach a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// As a JSON `\uXXXX` escape: the document still parses to the same data.
    Json,
    /// As U+FFFD, as in the table (CSV has no escapes).
    Replace,
}

/// A writer that escapes what could steer a terminal, for data formats
/// written to one. Line breaks (and in CSV tabs) pass: they are the format's.
pub struct TerminalSafe<W: Write> {
    inner: W,
    escape: Escape,
    /// The start of a UTF-8 sequence that the last write cut in two.
    partial: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    pub fn new(inner: W, escape: Escape) -> TerminalSafe<W> {
        TerminalSafe {
            inner,
            escape,
            partial: Vec::new(),
        }
    }

    fn push_safe(&self, text: &str, out: &mut String) {
        for c in text.chars() {
            let passes =
                matches!(c, '\n') || (self.escape == Escape::Replace && matches!(c, '\t' | '\r'));
            if passes || !is_forbidden(c) {
                out.push(c);
            } else if self.escape == Escape::Json {
                out.push_str(&format!("\\u{:04x}", c as u32));
            } else {
                out.push('\u{FFFD}');
            }
        }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.partial.extend_from_slice(buf);
        let bytes = std::mem::take(&mut self.partial);
        let mut out = String::with_capacity(bytes.len());
        let mut rest = &bytes[..];
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.push_safe(text, &mut out);
                    break;
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    // SAFETY-free: `good` is valid UTF-8 by the check above.
                    self.push_safe(std::str::from_utf8(good).unwrap_or_default(), &mut out);
                    match e.error_len() {
                        Some(n) => {
                            out.push('\u{FFFD}');
                            rest = &bad[n..];
                        }
                        None => {
                            self.partial = bad.to_vec();
                            break;
                        }
                    }
                }
            }
        }
        self.inner.write_all(out.as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.partial.is_empty() {
            self.partial.clear();
            self.inner.write_all("\u{FFFD}".as_bytes())?;
        }
        self.inner.flush()
    }
}

/// Standard output for a data format: exact bytes into a file or a pipe,
/// escaped for a terminal.
pub fn data_stdout(escape: Escape) -> Box<dyn Write> {
    if io::stdout().is_terminal() {
        Box::new(TerminalSafe::new(stdout(), escape))
    } else {
        Box::new(stdout())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(escape: Escape, pieces: &[&[u8]]) -> String {
        let mut w = TerminalSafe::new(Vec::new(), escape);
        for p in pieces {
            w.write_all(p).unwrap();
        }
        w.flush().unwrap();
        String::from_utf8(w.inner).unwrap()
    }

    #[test]
    fn json_on_a_terminal_escapes_what_could_steer_it_and_still_parses() {
        let evil = "a\u{9b}31m\u{9d}0;x\u{85}\u{202e}b\u{7f}c\u{2066}";
        let json = serde_json::to_string(&serde_json::json!({ "t": evil })).unwrap();
        let safe = through(Escape::Json, &[json.as_bytes()]);
        assert!(!safe.chars().any(is_forbidden), "{safe:?}");
        assert_eq!(
            safe,
            "{\"t\":\"a\\u009b31m\\u009d0;x\\u0085\\u202eb\\u007fc\\u2066\"}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["t"], evil, "nothing is lost");
    }

    #[test]
    fn a_character_cut_between_writes_is_whole_again() {
        let bytes = "ж\u{9b}ё".as_bytes();
        for cut in 0..bytes.len() {
            let (a, b) = bytes.split_at(cut);
            assert_eq!(
                through(Escape::Replace, &[a, b]),
                "ж\u{FFFD}ё",
                "cut at {cut}"
            );
        }
        assert_eq!(
            through(Escape::Replace, &[b"a\tb\r\nc\x1b[2J"]),
            "a\tb\r\nc\u{FFFD}[2J"
        );
    }
}
