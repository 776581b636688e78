//! CSV cell rules: the column set and spreadsheet formula protection.

/// Export column order (the field order of [`crate::domain::Idea`]). A CSV
/// export adds a column for each extra field after these, named as it came.
pub const COLUMNS: &[&str] = &[
    "id",
    "title",
    "summary",
    "proposer",
    "org_kind",
    "region",
    "sector",
    "stage",
    "barriers",
    "funder",
    "amount",
    "tags",
    "score",
    "assignee",
    "notes",
    "history",
    "created",
    "updated",
    "archived",
    "email",
    "phone",
    "website",
    "source_id",
    "duplicate_of",
    "not_duplicates",
    "reviewers",
    "reason",
];

/// The key under which a JSON record holds its extra fields (an object).
pub const EXTRAS: &str = "extras";

/// Characters that make a spreadsheet read a cell as a formula.
fn is_trigger(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// A cell as written to CSV: a leading `'` keeps spreadsheets from running
/// it as a formula. A cell that already starts with `'` before a trigger (or
/// another `'`) gets one more, so that [`unprotect`] restores it exactly.
pub fn protect(cell: &str) -> String {
    let mut chars = cell.chars();
    let needs = match (chars.next(), chars.next()) {
        (Some(c), _) if is_trigger(c) => true,
        (Some('\''), Some(c)) => is_trigger(c) || c == '\'',
        _ => false,
    };
    if needs {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The inverse of [`protect`].
pub fn unprotect(cell: &str) -> &str {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some(c)) if is_trigger(c) || c == '\'' => &cell[1..],
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_protected_and_restored() {
        for cell in [
            "=SUM(A1)", "+7", "-3", "@x", "'=x", "''", "'Tis", "plain", "", "'",
        ] {
            assert_eq!(unprotect(&protect(cell)), cell, "{cell}");
        }
        assert_eq!(protect("=1+1"), "'=1+1");
        assert_eq!(protect("'Tis"), "'Tis");
        assert_eq!(unprotect("'Tis"), "'Tis");
    }
}
