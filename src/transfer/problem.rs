//! What is wrong with one record of a file being imported, said where it
//! is: its line, the field when it is one field's, and the words. Kept as
//! a value so that counting or grouping problems never reads their text.

use std::fmt;

/// One problem of one record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The record's line in the file (a spreadsheet's row).
    pub line: usize,
    /// The character the problem starts at on that line, when known.
    pub column: Option<usize>,
    /// The field it is about (`title`, `id`, `view`), if it is one field's.
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    /// A problem of the record as a whole.
    pub fn at(line: usize, message: impl Into<String>) -> Problem {
        Problem {
            line,
            column: None,
            field: None,
            message: message.into(),
        }
    }

    /// A problem of one field of the record.
    pub fn of_field(line: usize, field: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            field: Some(field.into()),
            ..Problem::at(line, message)
        }
    }
}

/// `line 4: title: is required and missing`, `line 5, column 13: …`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = match self.column {
            Some(column) => crate::tr!("err-import-line-column", line = self.line, column = column),
            None => crate::tr!("err-import-line", line = self.line),
        };
        f.write_str(&at)?;
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_is_written_as_before_with_its_parts_kept() {
        let p = Problem::of_field(4, "title", "is required and missing");
        assert_eq!(p.to_string(), "line 4: title: is required and missing");
        assert_eq!((p.line, p.field.as_deref()), (4, Some("title")));
        let q = Problem {
            column: Some(13),
            ..Problem::at(5, "text after the closing quote")
        };
        assert_eq!(
            q.to_string(),
            "line 5, column 13: text after the closing quote"
        );
    }
}
