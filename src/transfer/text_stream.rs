//! A file read as UTF-8 text a buffer at a time: a leading BOM dropped, and
//! a file that is UTF-16, binary (a NUL byte) or not UTF-8 refused at the
//! buffer where that shows, so a 2 GB file of the wrong kind is refused
//! after its first bad buffer, not after being read whole.

use std::fmt;
use std::io::{self, Read};

/// Why bytes are not text, with the line where that shows (`line 2: …`).
#[derive(Debug, Clone)]
pub struct NotText(pub String);

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for NotText {}

/// The message of an I/O error that says the bytes are not text, if it is one.
pub fn not_text(e: &io::Error) -> Option<String> {
    e.get_ref()?.downcast_ref::<NotText>().map(|n| n.0.clone())
}

/// Passes the bytes of `inner` through, checking that they are UTF-8 text.
pub struct TextStream<R> {
    inner: R,
    /// Lines seen before the current buffer (1-based: the line being read).
    line: usize,
    /// The start of a character cut by the end of the last buffer.
    carry: Vec<u8>,
    /// Bytes of the file's start, kept until the BOM check can be made.
    head: Vec<u8>,
    started: bool,
}

impl<R: Read> TextStream<R> {
    pub fn new(inner: R) -> Self {
        TextStream {
            inner,
            line: 1,
            carry: Vec::new(),
            head: Vec::new(),
            started: false,
        }
    }

    fn refuse(&self, message: String) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, NotText(message))
    }

    /// The line of byte `at` of `bytes`, which follow the lines seen.
    fn line_of(&self, bytes: &[u8], at: usize) -> usize {
        self.line + newlines(&bytes[..at])
    }

    /// Checks `bytes`, the next ones of the file (`ended`: and its last).
    fn check(&mut self, bytes: &[u8], ended: bool) -> io::Result<()> {
        // `contains` is the standard library's own fast search.
        if bytes.contains(&0)
            && let Some(at) = bytes.iter().position(|b| *b == 0)
        {
            let line = self.line_of(bytes, at);
            return Err(self.refuse(at_line(line, crate::tr!("transfer-nul-byte"))));
        }
        let mut start = 0;
        if !self.carry.is_empty() {
            let want = char_len(self.carry[0]);
            let take = (want - self.carry.len()).min(bytes.len());
            self.carry.extend_from_slice(&bytes[..take]);
            start = take;
            if self.carry.len() == want || ended {
                let ok = std::str::from_utf8(&self.carry).is_ok();
                self.carry.clear();
                if !ok {
                    return Err(self.refuse(at_line(self.line, crate::tr!("transfer-not-utf8"))));
                }
            }
        }
        let rest = &bytes[start..];
        if let Err(e) = std::str::from_utf8(rest) {
            let at = start + e.valid_up_to();
            if e.error_len().is_some() || ended {
                let line = self.line_of(bytes, at);
                return Err(self.refuse(at_line(line, crate::tr!("transfer-not-utf8"))));
            }
            self.carry.extend_from_slice(&bytes[at..]);
        }
        self.line += newlines(bytes);
        Ok(())
    }

    /// The first bytes: UTF-16 is refused, a UTF-8 BOM dropped.
    fn start(&mut self) -> io::Result<()> {
        while self.head.len() < 3 {
            let mut byte = [0u8; 3];
            let n = self.inner.read(&mut byte[..3 - self.head.len()])?;
            if n == 0 {
                break;
            }
            self.head.extend_from_slice(&byte[..n]);
        }
        if self.head.starts_with(&[0xFF, 0xFE]) || self.head.starts_with(&[0xFE, 0xFF]) {
            return Err(self.refuse("the file is UTF-16; save it as UTF-8 and import again".into()));
        }
        if self.head.starts_with(&[0xEF, 0xBB, 0xBF]) {
            self.head.clear();
        }
        self.started = true;
        Ok(())
    }
}

/// How many `\n` bytes `bytes` has, counted eight at a time: every byte
/// of a file passes here, in a debug build too.
fn newlines(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for word in words.by_ref() {
        let x = u64::from_ne_bytes(word.try_into().unwrap_or_default()) ^ (ONES * b'\n' as u64);
        // The high bit of each byte that is zero in x, and of no other.
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        n += zero.count_ones() as usize;
    }
    n + words.remainder().iter().filter(|b| **b == b'\n').count()
}

/// How many bytes the UTF-8 character starting with `first` has.
fn char_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

impl<R: Read> Read for TextStream<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.started {
            self.start()?;
        }
        if buf.is_empty() {
            return Ok(0);
        }
        let n = if self.head.is_empty() {
            self.inner.read(buf)?
        } else {
            let n = self.head.len().min(buf.len());
            buf[..n].copy_from_slice(&self.head[..n]);
            self.head.drain(..n);
            n
        };
        self.check(&buf[..n], n == 0)?;
        Ok(n)
    }
}

/// `line N: problem`, in the language spoken.
fn at_line(line: usize, problem: String) -> String {
    format!("{}: {problem}", crate::tr!("err-import-line", line = line))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `bytes` through a stream, `chunk` bytes at a time.
    fn through(bytes: &[u8], chunk: usize) -> Result<Vec<u8>, String> {
        struct Drip<'a>(&'a [u8], usize);
        impl Read for Drip<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.0.len().min(buf.len()).min(self.1);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut out = Vec::new();
        TextStream::new(Drip(bytes, chunk))
            .read_to_end(&mut out)
            .map_err(|e| not_text(&e).unwrap_or_else(|| e.to_string()))?;
        Ok(out)
    }

    #[test]
    fn text_passes_whole_and_a_bom_is_dropped_at_any_buffer_size() {
        let text = "\u{feff}title\nЭкология, 😀\n".as_bytes();
        for chunk in [1, 2, 3, 5, 64] {
            assert_eq!(
                through(text, chunk).unwrap(),
                "title\nЭкология, 😀\n".as_bytes(),
                "{chunk}"
            );
        }
        assert_eq!(through(b"", 1).unwrap(), b"");
        assert_eq!(
            through(b"\xef\xbb", 1).unwrap_err(),
            "line 1: the file is not valid UTF-8 text"
        );
    }

    #[test]
    fn newlines_are_counted_exactly() {
        for text in [
            "",
            "\n",
            "a\nb\n\n\ncdefghij\n",
            "\u{a0a}\n\n\n\n\n\n\n\n\n\u{10a0a}",
        ] {
            for start in 0..text.len().min(5) {
                let b = &text.as_bytes()[start..];
                assert_eq!(
                    newlines(b),
                    b.iter().filter(|c| **c == b'\n').count(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_naming_their_line() {
        for chunk in [1, 4, 4096] {
            for (bytes, want) in [
                (&b"title\nabc\x00"[..], "line 2: the file has a NUL byte"),
                (b"title\nna\xefve\n", "line 2: the file is not valid UTF-8"),
                (b"a\nb\nc\xd0", "line 3: the file is not valid UTF-8"),
                (b"\xff\xfet\x00", "the file is UTF-16"),
            ] {
                let e = through(bytes, chunk).unwrap_err();
                assert!(e.starts_with(want), "{chunk} {bytes:?}: {e}");
            }
        }
    }
}
