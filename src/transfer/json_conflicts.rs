//! The `conflicts` of a whole-database export: the declared conflicts of
//! interest, each checked as `sprout conflicts add` checks one. A bad one
//! makes the file unreadable as an export (a restore must not lose one
//! silently: it would let a reviewer review their own organisation).

use super::json_stream::Broken;
use crate::domain::assign_conflicts::DeclaredConflict;
use crate::domain::text::clean_line;

pub(super) fn read(line: usize, text: &str) -> Result<Vec<DeclaredConflict>, Broken> {
    let list: Vec<DeclaredConflict> = serde_json::from_str(text).map_err(|e| {
        Broken::Outline(
            line + e.line() - 1,
            format!("conflicts: {}", super::json_words::problem(&e)),
        )
    })?;
    list.into_iter()
        .enumerate()
        .map(|(n, c)| {
            DeclaredConflict::new(&c.reviewer, c.field, &c.value, &clean_line(&c.by), c.made)
                .map_err(|p| {
                    let problem = crate::i18n::conflict_problem(&p);
                    let number = n + 1;
                    Broken::Outline(
                        line,
                        crate::tr!(
                            "err-json-conflict-number",
                            number = number,
                            problem = &problem
                        ),
                    )
                })
        })
        .collect()
}
