//! A strictness the csv reader lacks: a quoted cell ends at its closing
//! quote, and anything after it but the delimiter or the line's end makes
//! the cell malformed. The reader would join it on quietly
//! (`"closed" trailing` read as `closed trailing`), so an import checks
//! the text first and names the line and column.

use super::problem::Problem;
use std::collections::HashMap;

/// Cells with text after their closing quote (`"closed" trailing`), which
/// the csv reader would quietly read as `closed trailing`: the problem of
/// each, by the line its record starts on. (Bytes, not characters: every
/// byte that matters here is ASCII.)
pub(super) fn text_after_quotes(text: &str) -> HashMap<usize, Problem> {
    let bytes = text.as_bytes();
    let mut found = HashMap::new();
    let (mut line, mut line_start, mut record_line) = (1, 0, 1);
    let (mut cell_start, mut quoted, mut closed) = (true, false, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if quoted {
            match b {
                b'"' if bytes.get(i + 1) == Some(&b'"') => i += 1,
                b'"' => (quoted, closed) = (false, true),
                b'\n' => (line, line_start) = (line + 1, i + 1),
                _ => {}
            }
        } else {
            match b {
                b',' => (cell_start, closed) = (true, false),
                b'\n' => {
                    (line, line_start) = (line + 1, i + 1);
                    record_line = line;
                    (cell_start, closed) = (true, false);
                }
                b'\r' if closed => {}
                b'"' if cell_start => (quoted, cell_start) = (true, false),
                _ if closed => {
                    let column = text[line_start..i].chars().count() + 1;
                    found.entry(record_line).or_insert_with(|| Problem {
                        column: Some(column),
                        ..Problem::at(
                            line,
                            "text after the closing quote of a cell; put the whole cell in quotes",
                        )
                    });
                    closed = false;
                }
                _ => cell_start = false,
            }
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_text_after_a_closing_quote_is_found() {
        let text = "title,stage\n\"a \"\"b\"\"\",new\r\n\"two\nlines\",x\n\"x\",\"closed\" trailing\nplain \"inner\" quotes,y\n";
        let found = text_after_quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[&5].to_string(),
            "line 5, column 13: text after the closing quote of a cell; put the whole cell in quotes"
        );
    }
}
