//! A JSON array of ideas, or a whole-database export (`{"views": […],
//! "ideas": […]}`), read one item at a time from a stream: each item's text
//! is cut out with the line it starts on and parsed later, so a file of any
//! size is never held whole. Only the outline (brackets, commas, keys) is
//! checked here; an item's own JSON is checked when it is parsed.

use super::raw::{RECORD_MAX, too_long};
use std::io::{self, BufRead};

/// What went wrong with the outline of the file (`line 3: …`), or in
/// reading it.
#[derive(Debug)]
pub enum Broken {
    Outline(usize, String),
    Io(io::Error),
}

impl From<io::Error> for Broken {
    fn from(e: io::Error) -> Self {
        Broken::Io(e)
    }
}

/// A reader of JSON values' text from a stream, counting lines.
pub struct JsonStream<R> {
    input: R,
    pub line: usize,
}

impl<R: BufRead> JsonStream<R> {
    pub fn new(input: R) -> Self {
        JsonStream { input, line: 1 }
    }

    fn bump(&mut self) {
        self.input.consume(1);
    }

    /// The next byte that is not white space, left unread.
    pub fn skip_space(&mut self) -> io::Result<Option<u8>> {
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(None);
            }
            let blank = buf
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
                .count();
            self.line += buf[..blank].iter().filter(|b| **b == b'\n').count();
            let next = buf.get(blank).copied();
            self.input.consume(blank);
            if next.is_some() {
                return Ok(next);
            }
        }
    }

    /// Takes `byte` (after white space), or says what was expected.
    pub fn expect(&mut self, byte: u8, what: &str) -> Result<(), Broken> {
        match self.skip_space()? {
            Some(b) if b == byte => {
                self.bump();
                Ok(())
            }
            Some(b) => Err(Broken::Outline(
                self.line,
                crate::tr!(
                    "transfer-expected-found",
                    what = what,
                    found = printable(b).as_str()
                ),
            )),
            None => Err(Broken::Outline(
                self.line,
                crate::tr!("transfer-ends-where-expected", what = what),
            )),
        }
    }

    /// The text of the next value (after white space) and its first line.
    /// Strings and brackets are followed without recursion, so a deeply
    /// nested value is cut out as any other and refused when parsed.
    pub fn value(&mut self) -> Result<(usize, String), Broken> {
        let first = self.skip_space()?;
        let line = self.line;
        let Some(first) = first else {
            return Err(Broken::Outline(
                line,
                crate::tr!("transfer-ends-before-value"),
            ));
        };
        let mut out = Vec::new();
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let scalar = !matches!(first, b'{' | b'[' | b'"');
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                if scalar {
                    break;
                }
                return Err(Broken::Outline(
                    self.line,
                    crate::tr!(
                        "transfer-ends-inside-value",
                        line = line.to_string().as_str()
                    ),
                ));
            }
            let mut used = 0;
            let mut done = false;
            for &b in buf {
                if scalar && matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\r' | b'\n') {
                    done = true;
                    break;
                }
                used += 1;
                if b == b'\n' {
                    self.line += 1;
                }
                if in_string {
                    match b {
                        _ if escaped => escaped = false,
                        b'\\' => escaped = true,
                        b'"' => in_string = false,
                        _ => {}
                    }
                } else {
                    match b {
                        b'"' => in_string = true,
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => depth = depth.saturating_sub(1),
                        _ => {}
                    }
                }
                if !scalar && depth == 0 && !in_string {
                    done = true;
                    break;
                }
            }
            out.extend_from_slice(&buf[..used]);
            self.input.consume(used);
            if out.len() > RECORD_MAX {
                let message = too_long(line);
                let message = message
                    .split_once(": ")
                    .map_or(message.clone(), |(_, m)| m.to_string());
                return Err(Broken::Outline(line, message));
            }
            if done {
                break;
            }
        }
        // The stream was checked as UTF-8, and cuts fall on ASCII bytes.
        let text = String::from_utf8(out)
            .map_err(|_| Broken::Outline(line, crate::tr!("transfer-not-utf8")))?;
        Ok((line, text))
    }

    /// After an item of a list: `true` if another follows, `false` at `]`.
    pub fn more(&mut self) -> Result<bool, Broken> {
        match self.skip_space()? {
            Some(b',') => {
                self.bump();
                Ok(true)
            }
            Some(b']') => {
                self.bump();
                Ok(false)
            }
            Some(b) => Err(Broken::Outline(
                self.line,
                crate::tr!(
                    "transfer-expected-after-item",
                    found = printable(b).as_str()
                ),
            )),
            None => Err(Broken::Outline(
                self.line,
                crate::tr!("transfer-ends-inside-list"),
            )),
        }
    }

    /// The start of a list: `true` if it has an item, `false` if it is `[]`.
    pub fn open_list(&mut self) -> Result<bool, Broken> {
        self.expect(b'[', "'['")?;
        if self.skip_space()? == Some(b']') {
            self.bump();
            return Ok(false);
        }
        Ok(true)
    }

    /// Nothing but white space is left.
    pub fn finish(&mut self) -> Result<(), Broken> {
        match self.skip_space()? {
            None => Ok(()),
            Some(b) => Err(Broken::Outline(
                self.line,
                crate::tr!("transfer-trailing", found = &printable(b)),
            )),
        }
    }
}

fn printable(b: u8) -> String {
    if b.is_ascii_graphic() {
        (b as char).to_string()
    } else {
        format!("\\x{b:02x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str, cap: usize) -> Result<Vec<(usize, String)>, String> {
        let mut s = JsonStream::new(io::BufReader::with_capacity(cap, text.as_bytes()));
        let mut out = Vec::new();
        let outline = |e: Broken| match e {
            Broken::Outline(l, m) => format!("line {l}: {m}"),
            Broken::Io(e) => e.to_string(),
        };
        if s.open_list().map_err(outline)? {
            loop {
                out.push(s.value().map_err(outline)?);
                if !s.more().map_err(outline)? {
                    break;
                }
            }
        }
        s.finish().map_err(outline)?;
        Ok(out)
    }

    #[test]
    fn items_are_cut_out_with_their_lines_at_any_buffer_size() {
        let text = "[\n{\"title\": \"a ] } \\\" [\"},\n\n  {\"t\": [1, {\"x\": 2}]}, 7 ,\"s,\" , null\n]\n";
        for cap in [1, 2, 5, 4096] {
            let got = items(text, cap).unwrap();
            let want = [
                (2, "{\"title\": \"a ] } \\\" [\"}"),
                (4, "{\"t\": [1, {\"x\": 2}]}"),
                (4, "7"),
                (4, "\"s,\""),
                (4, "null"),
            ];
            assert_eq!(got.len(), want.len(), "{cap}: {got:?}");
            for ((l, t), (wl, wt)) in got.iter().zip(want) {
                assert_eq!((*l, t.as_str()), (wl, wt), "{cap}");
            }
        }
        assert_eq!(items(" [ ] ", 3).unwrap(), []);
    }

    #[test]
    fn a_broken_outline_names_its_line() {
        for (text, want) in [
            (
                "[\n{\"title\": \"a\"},\n{\"title\": ",
                "line 3: the file ends inside the value that starts on line 3",
            ),
            (
                "[{}\n{}]",
                "line 2: expected ',' or ']' after an item, found '{'",
            ),
            ("[{}", "line 1: the file ends inside the list"),
            ("{}", "line 1: expected '[', found '{'"),
            ("[{}] x", "line 1: trailing characters"),
            ("", "line 1: the file ends where '[' was expected"),
        ] {
            let e = items(text, 2).unwrap_err();
            assert!(e.starts_with(want), "{text:?}: {e}");
        }
    }
}
