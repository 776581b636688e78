//! Editing one line of text the way readline and fzf do: pure functions of
//! the text and the cursor (a position in characters), so the query bar's
//! keys are tested without a terminal.

/// A readline edit of the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEdit {
    /// `Ctrl-a`: to the start of the line.
    Start,
    /// `Ctrl-e`: to the end of the line.
    End,
    /// `Ctrl-u`: delete from the cursor back to the start.
    DeleteToStart,
    /// `Ctrl-k`: delete from the cursor to the end.
    DeleteToEnd,
    /// `Ctrl-w`: delete the term before the cursor, back to white space
    /// (readline's unix-word-rubout: `score:>=4` goes whole).
    DeleteTermBack,
    /// `Alt-b`: back to the start of a word (letters and digits).
    WordBack,
    /// `Alt-f`: forward to the end of a word.
    WordForward,
}

/// The line and cursor after `edit`; `cursor` is clamped to the line.
pub fn apply(edit: LineEdit, text: &str, cursor: usize) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let at = cursor.min(chars.len());
    let word = |c: &char| c.is_alphanumeric();
    let joined = |parts: &[&[char]]| parts.concat().into_iter().collect::<String>();
    match edit {
        LineEdit::Start => (text.to_string(), 0),
        LineEdit::End => (text.to_string(), chars.len()),
        LineEdit::DeleteToStart => (joined(&[&chars[at..]]), 0),
        LineEdit::DeleteToEnd => (joined(&[&chars[..at]]), at),
        LineEdit::DeleteTermBack => {
            let mut start = at;
            while start > 0 && chars[start - 1].is_whitespace() {
                start -= 1;
            }
            while start > 0 && !chars[start - 1].is_whitespace() {
                start -= 1;
            }
            (joined(&[&chars[..start], &chars[at..]]), start)
        }
        LineEdit::WordBack => {
            let mut to = at;
            while to > 0 && !word(&chars[to - 1]) {
                to -= 1;
            }
            while to > 0 && word(&chars[to - 1]) {
                to -= 1;
            }
            (text.to_string(), to)
        }
        LineEdit::WordForward => {
            let mut to = at;
            while to < chars.len() && !word(&chars[to]) {
                to += 1;
            }
            while to < chars.len() && word(&chars[to]) {
                to += 1;
            }
            (text.to_string(), to)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::LineEdit::*;
    use super::*;

    /// The line with `|` where the cursor is, after `edit` on `line` (which
    /// marks the cursor the same way).
    fn after(edit: LineEdit, line: &str) -> String {
        let cursor = line.chars().position(|c| c == '|').unwrap();
        let text: String = line.chars().filter(|&c| c != '|').collect();
        let (text, cursor) = apply(edit, &text, cursor);
        let mut out: Vec<char> = text.chars().collect();
        out.insert(cursor, '|');
        out.into_iter().collect()
    }

    #[test]
    fn start_end_and_deleting_to_either_side() {
        assert_eq!(after(Start, "water sec|tor:edu"), "|water sector:edu");
        assert_eq!(after(End, "wa|ter"), "water|");
        assert_eq!(after(DeleteToStart, "water sec|tor:edu"), "|tor:edu");
        assert_eq!(after(DeleteToStart, "water|"), "|");
        assert_eq!(after(DeleteToEnd, "water| sector:edu"), "water|");
    }

    #[test]
    fn ctrl_w_deletes_the_whole_term_before_the_cursor() {
        assert_eq!(
            after(DeleteTermBack, "region:tatar score:>=4|"),
            "region:tatar |"
        );
        assert_eq!(
            after(DeleteTermBack, "region:tatar score:>=4  |"),
            "region:tatar |"
        );
        assert_eq!(after(DeleteTermBack, "вода пер|мь"), "вода |мь");
        assert_eq!(after(DeleteTermBack, "|water"), "|water");
        assert_eq!(after(DeleteTermBack, "water|"), "|");
    }

    #[test]
    fn alt_b_and_alt_f_move_by_words_of_letters_and_digits() {
        assert_eq!(
            after(WordBack, "region:tatar score:>=4|"),
            "region:tatar score:>=|4"
        );
        assert_eq!(
            after(WordBack, "region:tatar |score"),
            "region:|tatar score"
        );
        assert_eq!(after(WordBack, "|water"), "|water");
        assert_eq!(after(WordForward, "|region:tatar"), "region|:tatar");
        assert_eq!(after(WordForward, "region|:tatar"), "region:tatar|");
        assert_eq!(after(WordForward, "молодёжь| работа"), "молодёжь работа|");
    }

    #[test]
    fn a_cursor_past_the_end_is_taken_as_the_end() {
        assert_eq!(apply(DeleteTermBack, "a b", 99), ("a ".to_string(), 2));
        assert_eq!(apply(WordForward, "ab", 99), ("ab".to_string(), 2));
    }
}
