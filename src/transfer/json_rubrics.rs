//! The `rubrics` of an export: versions of the rubric, each checked as
//! `sprout rubric --set` checks a file, and each mistake named by its
//! field (`rubrics: version 2: criteria[0].weight: …`). A whole-database
//! export holds every version the database stored, after its views; a
//! JSONL line or an idea of a plain array holds the versions its own
//! reviews were made with. A bad one makes the file unreadable as an
//! export (its reviews would be read by a rubric that is not theirs).

use super::json_stream::Broken;
use crate::domain::Timestamp;
use crate::domain::rubric::{Criterion, MAX_SCALE, MAX_WEIGHT, Rubric, shown_name};
use crate::domain::rubric_problem::CriterionField;
use crate::domain::text::{clean_line, is_forbidden};
use serde_json::Value;

/// The key under which an export, or one idea of it, holds rubrics.
pub const RUBRICS: &str = "rubrics";

/// The top-level `rubrics` of a whole-database export, starting on `line`.
pub(super) fn read(line: usize, text: &str) -> Result<Vec<Rubric>, Broken> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Broken::Outline(
            line + e.line() - 1,
            format!("rubrics: {}", super::json_words::problem(&e)),
        )
    })?;
    list(&value).map_err(|e| Broken::Outline(line, format!("rubrics: {e}")))
}

/// A list of rubric versions, checked: each valid, none twice, none the
/// default (version 1, which every database has and none stores).
pub fn list(value: &Value) -> Result<Vec<Rubric>, String> {
    let Value::Array(items) = value else {
        return Err(crate::tr!("err-json-rubrics-not-list"));
    };
    let mut out: Vec<Rubric> = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let r = rubric(item).map_err(|e| match item.get("version").and_then(Value::as_u64) {
            Some(v) => crate::tr!(
                "err-json-rubric-version",
                version = v.to_string().as_str(),
                problem = e.as_str()
            ),
            None => format!("[{k}]: {e}"),
        })?;
        let problem = if r.version < 2 {
            Some(crate::tr!("err-json-rubric-default"))
        } else if out.iter().any(|o| o.version == r.version) {
            Some(crate::tr!("err-json-there-twice"))
        } else {
            None
        };
        if let Some(p) = problem {
            return Err(crate::tr!(
                "err-json-rubric-version",
                version = r.version.to_string().as_str(),
                problem = p.as_str()
            ));
        }
        out.push(r);
    }
    Ok(out)
}

fn rubric(item: &Value) -> Result<Rubric, String> {
    let Value::Object(o) = item else {
        return Err(crate::tr!("err-json-rubric-not-object"));
    };
    for key in o.keys() {
        if !["version", "criteria", "made", "by"].contains(&key.as_str()) {
            return Err(crate::tr!(
                "err-json-unknown-field",
                name = &shown_name(key),
                fields = "version, criteria, made, by"
            ));
        }
    }
    let version = o
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| format!("version: {}", crate::tr!("err-json-rubric-version-number")))?;
    let Some(Value::Array(list)) = o.get("criteria") else {
        return Err(format!(
            "criteria: {}",
            crate::tr!("err-json-rubric-criteria-not-list")
        ));
    };
    let criteria = list
        .iter()
        .enumerate()
        .map(|(k, c)| criterion(c).map_err(|e| format!("criteria[{k}].{e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let checked = Rubric::new(criteria).map_err(|p| crate::i18n::rubric_problem(&p))?;
    let made: Timestamp = match o.get("made") {
        None => Timestamp(0),
        Some(v) => serde_json::from_value(v.clone())
            .map_err(|_| format!("made: {}", crate::tr!("err-json-expected-time")))?,
    };
    let by = match o.get("by") {
        None => String::new(),
        Some(Value::String(s)) if s.chars().any(is_forbidden) => {
            return Err(format!(
                "by: {}",
                crate::tr!("err-json-text-control", text = &shown_name(s))
            ));
        }
        Some(Value::String(s)) => clean_line(s),
        Some(_) => return Err(format!("by: {}", crate::tr!("err-json-expected-text"))),
    };
    Ok(Rubric {
        version,
        made,
        by,
        ..checked
    })
}

/// One criterion, each field named when it is wrong (`weight: …`). The
/// name is kept as written, for [`Criterion::check`] to refuse a control
/// character in it; the description is cleaned as free text.
fn criterion(c: &Value) -> Result<Criterion, String> {
    let Value::Object(o) = c else {
        return Err(crate::tr!("err-json-criterion-not-object"));
    };
    let text = |field: &str| match o.get(field) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err(format!("{field}: {}", crate::tr!("err-json-expected-text"))),
    };
    let whole = |field: &str, max: u64| {
        let v = o.get(field).and_then(Value::as_u64).filter(|v| *v <= max);
        v.ok_or_else(|| {
            format!(
                "{field}: {}",
                crate::tr!("err-json-whole-number", low = 0u32, most = max)
            )
        })
    };
    let weight = o
        .get("weight")
        .and_then(Value::as_u64)
        .filter(|w| (1..=u64::from(MAX_WEIGHT)).contains(w))
        .ok_or_else(|| {
            let most = u32::from(MAX_WEIGHT);
            format!(
                "weight: {}",
                crate::tr!("err-json-whole-number", low = 1u32, most = most)
            )
        })?;
    let c = Criterion {
        name: text("name")?,
        description: clean_line(&text("description")?),
        weight: weight as u16,
        min: whole("min", u64::from(MAX_SCALE))? as u8,
        max: whole("max", u64::from(MAX_SCALE))? as u8,
    };
    // Name and description problems name their field themselves; the
    // scale is two fields here.
    c.check().map_err(|p| {
        let words = crate::i18n::rubric_problem(&p);
        match p.field() {
            Some(CriterionField::Scale) => format!("min, max: {words}"),
            _ => words,
        }
    })?;
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(criterion: Value) -> Value {
        json!([{"version": 2, "criteria": [criterion], "made": "2026-11-26T12:00:00Z", "by": "anna"}])
    }

    #[test]
    fn each_mistake_names_its_version_and_field() {
        let good = json!({"name": "fit", "description": "Fits", "weight": 1, "min": 1, "max": 5});
        let read = list(&one(good.clone())).unwrap();
        assert_eq!(read[0].version, 2);
        assert_eq!(read[0].criteria[0].name, "fit");
        let with = |key: &str, v: Value| {
            let mut c = good.clone();
            c[key] = v;
            list(&one(c)).unwrap_err()
        };
        assert_eq!(
            with("weight", json!(99999999999u64)),
            "version 2: criteria[0].weight: expected a whole number from 1 to 100"
        );
        assert_eq!(
            with("max", json!(-4)),
            "version 2: criteria[0].max: expected a whole number from 0 to 100"
        );
        assert_eq!(
            with("name", json!("te\u{7}am")),
            "version 2: criteria[0].name: 'te\u{fffd}am' has a control character or a direction override"
        );
        let long = with("name", json!("a".repeat(5000)));
        assert!(
            long.ends_with(&format!(
                "'{}…' is longer than 24 characters",
                "a".repeat(40)
            )),
            "{long}"
        );
        // Free text is cleaned, as a note's.
        let clean = list(&one(json!({"name": "fit", "description": "Fits\u{202e} it", "weight": 1, "min": 1, "max": 5}))).unwrap();
        assert_eq!(clean[0].criteria[0].description, "Fits it");
        let mut bidi = one(good);
        bidi[0]["by"] = json!("an\u{202e}na");
        assert!(list(&bidi).unwrap_err().starts_with("version 2: by: 'an"));
    }
}
