//! The `reasons` of a whole-database export: the reason records the
//! database stored (see [`crate::domain::reason`]), each checked as
//! `sprout reasons add` checks one. A bad one makes the file unreadable as
//! an export, as a bad rubric does.

use super::json_stream::Broken;
use crate::domain::Reason;
use crate::domain::text::clean_line;

pub(super) fn read(line: usize, text: &str) -> Result<Vec<Reason>, Broken> {
    let list: Vec<Reason> = serde_json::from_str(text).map_err(|e| {
        Broken::Outline(
            line + e.line() - 1,
            format!("reasons: {}", super::json_words::problem(&e)),
        )
    })?;
    let mut checked: Vec<Reason> = Vec::with_capacity(list.len());
    for r in list {
        let problem = match Reason::new(&r.key, &r.label, r.fits) {
            Err(p) => Some(crate::i18n::reason_problem(&p)),
            Ok(ok) if ok.key != r.key => Some(crate::tr!("err-json-reason-lower-case")),
            Ok(_) if checked.iter().any(|c| c.key == r.key) => {
                Some(crate::tr!("err-json-there-twice"))
            }
            Ok(ok) => {
                checked.push(Reason {
                    removed: r.removed,
                    ..ok.made(r.made, &r.by)
                });
                None
            }
        };
        if let Some(p) = problem {
            return Err(Broken::Outline(
                line,
                format!("reasons: '{}': {p}", clean_line(&r.key)),
            ));
        }
    }
    Ok(checked)
}
