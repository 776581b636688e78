//! The `conflicts` of a whole-database export: the declared conflicts of
//! interest, each checked as `sprout conflicts add` checks one. A bad one
//! makes the file unreadable as an export (a restore must not lose one
//! silently: it would let a reviewer review their own organisation).

use super::json_stream::Broken;
use super::raw::strip_position;
use crate::domain::assign_conflicts::DeclaredConflict;
use crate::domain::text::clean_line;

pub(super) fn read(line: usize, text: &str) -> Result<Vec<DeclaredConflict>, Broken> {
    let list: Vec<DeclaredConflict> = serde_json::from_str(text).map_err(|e| {
        Broken::Outline(
            line + e.line() - 1,
            format!("conflicts: {}", strip_position(&e.to_string())),
        )
    })?;
    list.into_iter()
        .enumerate()
        .map(|(n, c)| {
            DeclaredConflict::new(&c.reviewer, c.field, &c.value, &clean_line(&c.by), c.made)
                .map_err(|p| Broken::Outline(line, format!("conflicts: number {}: {p}", n + 1)))
        })
        .collect()
}
