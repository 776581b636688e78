//! Printing for people: text cut to a display width, tables that fit the
//! terminal, and nothing that could carry an escape sequence.

use crate::domain::text::printable;
use std::io::IsTerminal;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width to fit tables to: the terminal's, or none when stdout is not
/// a terminal (then nothing is cut).
pub fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(cols);
    }
    terminal_size::terminal_size().map(|(w, _)| w.0 as usize)
}

/// One line of safe text, cut with `…` to at most `width` columns.
pub fn cut(text: &str, width: usize) -> String {
    let text = printable(text, false);
    if text.width() <= width {
        return text;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` padded with spaces to `width` columns (never cut).
pub fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// Lays out rows of cells as aligned columns. `flex` is the column that
/// shrinks (and is cut) to make the table fit `width`; the columns in
/// `right` are right-aligned (numbers).
pub fn table(
    header: &[&str],
    rows: &[Vec<String>],
    flex: usize,
    width: Option<usize>,
    right: &[usize],
) -> String {
    let cols = header.len();
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| printable(c, false)).collect())
        .collect();
    for row in &rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.width());
        }
    }
    if let Some(total) = width {
        let others: usize = widths
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != flex)
            .map(|(_, w)| w + 2)
            .sum();
        widths[flex] = widths[flex].min(total.saturating_sub(others).max(8));
    }
    let mut out = String::new();
    let line = |cells: Vec<String>, out: &mut String| {
        let last = cells.len() - 1;
        let mut l = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let c = cut(cell, widths[i]);
            if right.contains(&i) {
                l.push_str(&" ".repeat(widths[i].saturating_sub(c.width())));
                l.push_str(&c);
                if i != last {
                    l.push_str("  ");
                }
            } else if i == last {
                l.push_str(&c);
            } else {
                l.push_str(&pad(&c, widths[i]));
                l.push_str("  ");
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(header.iter().map(|s| s.to_string()).collect(), &mut out);
    for row in rows {
        line(row, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_respects_display_width_and_char_boundaries() {
        assert_eq!(cut("hello", 10), "hello");
        assert_eq!(cut("hello world", 6), "hello…");
        assert_eq!(cut("日本語のテキスト", 7), "日本語…");
        assert_eq!(cut("a\u{1b}[2Jb", 10), "a\u{FFFD}[2Jb");
    }

    #[test]
    fn tables_align_wide_text() {
        let t = table(
            &["ID", "TITLE", "X"],
            &[
                vec!["1".into(), "日本".into(), "a".into()],
                vec!["22".into(), "ab".into(), "b".into()],
            ],
            1,
            None,
            &[],
        );
        assert_eq!(t, "ID  TITLE  X\n1   日本   a\n22  ab     b\n");
        let n = table(
            &["K", "N"],
            &[vec!["a".into(), "5".into()], vec!["b".into(), "10".into()]],
            0,
            None,
            &[1],
        );
        assert_eq!(n, "K   N\na   5\nb  10\n");
    }
}
