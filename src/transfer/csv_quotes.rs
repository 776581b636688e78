//! A strictness the csv reader lacks. A quoted cell ends at its closing
//! quote, and anything after it but the delimiter or the line's end makes
//! the cell malformed: the reader would join it on quietly (`"closed"
//! trailing` read as `closed trailing`). A quote that is never closed
//! makes the rest of the file one cell: the reader would import it as if
//! the file were fine. Both are found here, on the bytes as the reader
//! takes them, and named by line and column.

use super::problem::Problem;
use super::raw::{RECORD_MAX, too_long};
use super::text_stream::NotText;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{self, Read};
use std::rc::Rc;

/// Problems found so far, by the line the record holding each starts on.
pub type Found = Rc<RefCell<HashMap<usize, Problem>>>;

/// Where the scan is in the CSV text. (Bytes, not characters: every byte
/// that matters here is ASCII; columns count characters.)
#[derive(Debug)]
struct Scan {
    line: usize,
    /// Characters before the current byte on its line.
    column: usize,
    record_line: usize,
    cell_start: bool,
    quoted: bool,
    closed: bool,
    /// A quote just seen inside a quoted cell: closing, or the first of `""`.
    quote_pending: bool,
    /// Where the open quoted cell's quote is (line, column).
    opened_at: (usize, usize),
    /// Bytes of the record so far.
    record_bytes: usize,
}

impl Scan {
    fn new() -> Scan {
        Scan {
            line: 1,
            column: 0,
            record_line: 1,
            cell_start: true,
            quoted: false,
            closed: false,
            quote_pending: false,
            opened_at: (1, 1),
            record_bytes: 0,
        }
    }

    fn feed(&mut self, bytes: &[u8], found: &mut HashMap<usize, Problem>) {
        self.record_bytes += bytes.len();
        for &b in bytes {
            if self.quote_pending {
                self.quote_pending = false;
                if b == b'"' {
                    // `""`: a quote inside the cell.
                    self.advance(b);
                    continue;
                }
                (self.quoted, self.closed) = (false, true);
            }
            if self.quoted {
                if b == b'"' {
                    self.quote_pending = true;
                }
            } else {
                match b {
                    b',' => (self.cell_start, self.closed) = (true, false),
                    b'\n' => {
                        self.record_line = self.line + 1;
                        self.record_bytes = 0;
                        (self.cell_start, self.closed) = (true, false);
                    }
                    b'\r' if self.closed => {}
                    b'"' if self.cell_start => {
                        (self.quoted, self.cell_start) = (true, false);
                        self.opened_at = (self.line, self.column + 1);
                    }
                    _ if self.closed => {
                        found.entry(self.record_line).or_insert_with(|| Problem {
                            column: Some(self.column + 1),
                            ..Problem::at(self.line, crate::tr!("transfer-csv-after-quote"))
                        });
                        self.closed = false;
                    }
                    _ => self.cell_start = false,
                }
            }
            self.advance(b);
        }
    }

    /// Moves past byte `b`: a new line, or one more character on this one.
    fn advance(&mut self, b: u8) {
        if b == b'\n' {
            (self.line, self.column) = (self.line + 1, 0);
        } else if b & 0xC0 != 0x80 {
            self.column += 1;
        }
    }

    /// The end of the text: a quote still open is a problem of its record.
    fn end(&mut self, found: &mut HashMap<usize, Problem>) {
        if self.quoted && !self.quote_pending {
            let (line, column) = self.opened_at;
            found.entry(self.record_line).or_insert_with(|| Problem {
                column: Some(column),
                ..Problem::at(line, crate::tr!("transfer-csv-open-quote"))
            });
        }
        self.quoted = false;
    }
}

/// Passes the CSV bytes of `inner` to the csv reader, noting the problems
/// above in [`Found`] before the reader can hand out the record they are in.
pub struct QuoteCheck<R> {
    inner: R,
    scan: Scan,
    found: Found,
}

impl<R: Read> QuoteCheck<R> {
    pub fn new(inner: R) -> (QuoteCheck<R>, Found) {
        let found = Found::default();
        let check = QuoteCheck {
            inner,
            scan: Scan::new(),
            found: found.clone(),
        };
        (check, found)
    }
}

impl<R: Read> Read for QuoteCheck<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut found = self.found.borrow_mut();
        if n == 0 && !buf.is_empty() {
            self.scan.end(&mut found);
        } else {
            self.scan.feed(&buf[..n], &mut found);
        }
        // (Bytes after a record's end in one buffer count from the next:
        // the limit is seen one buffer late at most.)
        if self.scan.record_bytes > RECORD_MAX {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                NotText(too_long(self.scan.record_line)),
            ));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str, chunk: usize) -> HashMap<usize, Problem> {
        let mut found = HashMap::new();
        let mut s = Scan::new();
        for piece in text.as_bytes().chunks(chunk) {
            s.feed(piece, &mut found);
        }
        s.end(&mut found);
        found
    }

    #[test]
    fn only_text_after_a_closing_quote_is_found() {
        let text = "title,stage\n\"a \"\"b\"\"\",new\r\n\"two\nlines\",x\n\"x\",\"closed\" trailing\nplain \"inner\" quotes,y\n";
        for chunk in [1, 2, 7, 1000] {
            let found = scan(text, chunk);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(
                found[&5].to_string(),
                "line 5, column 13: text after the closing quote of a cell; put the whole cell in quotes"
            );
        }
    }

    #[test]
    fn a_quote_never_closed_is_found_where_it_opens() {
        for chunk in [1, 3, 1000] {
            let found = scan("title,summary\nok,\"fine\"\nÉa,\"b\nc,d\ne,f\n", chunk);
            assert_eq!(found.len(), 1, "{found:?}");
            let p = &found[&3];
            assert_eq!((p.line, p.column), (3, Some(4)), "{p}");
            assert!(p.message.contains("never closed"), "{p}");
            // A quote closed as the file ends is closed.
            assert!(scan("title\n\"a\"", chunk).is_empty());
            assert!(scan("title\n\"a\"\"\"", chunk).is_empty());
            assert_eq!(scan("title\n\"a\"\"", chunk).len(), 1);
        }
    }
}
