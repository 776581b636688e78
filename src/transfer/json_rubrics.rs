//! The `rubrics` of a whole-database export: every version of the rubric
//! the database stored, each checked as `sprout rubric --set` checks a
//! file. A bad one makes the file unreadable as an export (its reviews
//! would be read by a rubric that is not theirs).

use super::json_stream::Broken;
use super::raw::strip_position;
use crate::domain::Rubric;
use crate::domain::text::clean_line;

pub(super) fn read(line: usize, text: &str) -> Result<Vec<Rubric>, Broken> {
    let mut list: Vec<Rubric> = serde_json::from_str(text).map_err(|e| {
        Broken::Outline(
            line + e.line() - 1,
            format!("rubrics: {}", strip_position(&e.to_string())),
        )
    })?;
    let mut seen = Vec::new();
    for r in &mut list {
        // Text shown later on a terminal: no control characters.
        r.by = clean_line(&r.by);
        for c in &mut r.criteria {
            c.name = clean_line(&c.name);
            c.description = clean_line(&c.description);
        }
        let problem = if r.version < 2 {
            Some("version 1 is the default and is not stored".to_string())
        } else if seen.contains(&r.version) {
            Some("it is there twice".into())
        } else {
            Rubric::new(r.criteria.clone()).err()
        };
        if let Some(p) = problem {
            return Err(Broken::Outline(
                line,
                format!("rubrics: version {}: {p}", r.version),
            ));
        }
        seen.push(r.version);
    }
    Ok(list)
}
