//! The `reviews` of a JSON record (as an export writes them, see
//! `domain/review.rs`): read, checked for their shape, each mistake named
//! by its field (`reviews[1].confidence: …`). A reviewer's or a
//! criterion's name with a control character is refused; a comment is
//! cleaned as a note is. Their scores are checked against the rubric
//! version each names once the file's rubrics are known (see
//! `import_rubrics.rs`).

use crate::domain::Review;
use crate::domain::Timestamp;
use crate::domain::review::{COMMENT_MAX, CONFIDENCE};
use crate::domain::rubric::shown_name;
use crate::domain::text::{clean_line, clean_multiline, is_forbidden};
use serde_json::Value;

/// The key under which a JSON record holds its reviews.
pub const REVIEWS: &str = "reviews";

/// The reviews of a record, or the field that is wrong and why.
pub fn reviews(value: &Value) -> Result<Vec<Review>, (String, String)> {
    let items = match value {
        Value::Null => return Ok(Vec::new()),
        Value::Array(items) => items,
        _ => return Err((REVIEWS.into(), crate::tr!("err-json-reviews-not-list"))),
    };
    let mut out: Vec<Review> = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let at = |field: &str| match field {
            "" => format!("{REVIEWS}[{k}]"),
            _ => format!("{REVIEWS}[{k}].{field}"),
        };
        let r = review(item).map_err(|(field, e)| (at(field), e))?;
        if out.iter().any(|o| o.is_by(&r.by)) {
            return Err((
                at("by"),
                crate::tr!("err-json-review-twice", name = r.by.as_str()),
            ));
        }
        out.push(r);
    }
    Ok(out)
}

const FIELDS: &[&str] = &["by", "rubric", "scores", "confidence", "comment", "time"];

fn review(item: &Value) -> Result<Review, (&'static str, String)> {
    let Value::Object(o) = item else {
        return Err(("", crate::tr!("err-json-review-not-object")));
    };
    if let Some(key) = o.keys().find(|k| !FIELDS.contains(&k.as_str())) {
        return Err((
            "",
            crate::tr!(
                "err-json-unknown-field",
                name = &shown_name(key),
                fields = FIELDS.join(", ").as_str()
            ),
        ));
    }
    let by = match o.get("by") {
        Some(Value::String(s)) if s.chars().any(is_forbidden) => {
            return Err((
                "by",
                crate::tr!("err-json-text-control", text = &shown_name(s)),
            ));
        }
        Some(Value::String(s)) if !clean_line(s).is_empty() => clean_line(s),
        _ => return Err(("by", crate::tr!("err-json-review-by"))),
    };
    let rubric = o
        .get("rubric")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| ("rubric", crate::tr!("err-json-review-rubric")))?;
    let Some(Value::Array(list)) = o.get("scores") else {
        return Err(("scores", crate::tr!("err-json-review-scores")));
    };
    let mut scores = Vec::with_capacity(list.len());
    for pair in list {
        let (name, value) = match pair.as_array().map(Vec::as_slice) {
            Some([Value::String(n), v]) => (n, v),
            _ => {
                return Err(("scores", crate::tr!("err-json-review-scores")));
            }
        };
        if name.chars().any(is_forbidden) {
            return Err((
                "scores",
                crate::tr!("err-json-criterion-control", name = &shown_name(name)),
            ));
        }
        let score = value.as_u64().and_then(|v| u8::try_from(v).ok());
        let Some(score) = score else {
            return Err((
                "scores",
                crate::tr!(
                    "err-json-review-not-score",
                    name = &shown_name(name),
                    value = &shown_name(&value.to_string())
                ),
            ));
        };
        scores.push((name.clone(), score));
    }
    if scores.is_empty() {
        return Err(("scores", crate::tr!("err-json-review-no-scores")));
    }
    let confidence = o
        .get("confidence")
        .and_then(Value::as_u64)
        .and_then(|c| u8::try_from(c).ok())
        .filter(|c| CONFIDENCE.contains(c))
        .ok_or_else(|| ("confidence", crate::tr!("err-json-review-confidence")))?;
    let comment = match o.get("comment") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => clean_multiline(s),
        Some(_) => return Err(("comment", crate::tr!("err-json-expected-text"))),
    };
    if comment.chars().count() > COMMENT_MAX {
        return Err((
            "comment",
            crate::tr!("err-json-longer-than", most = COMMENT_MAX),
        ));
    }
    let time: Timestamp = match o.get("time") {
        Some(v) => serde_json::from_value(v.clone())
            .map_err(|_| ("time", crate::tr!("err-json-expected-time")))?,
        None => {
            return Err(("time", crate::tr!("err-json-expected-time")));
        }
    };
    Ok(Review {
        by,
        rubric,
        scores,
        confidence,
        comment,
        time,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(f: &dyn Fn(&mut Value)) -> Result<Vec<Review>, (String, String)> {
        let mut r = json!({"by":"anna","rubric":1,"scores":[["team",4]],
            "confidence":2,"comment":"ok\u{202e}","time":"2026-11-26T12:00:00Z"});
        f(&mut r);
        reviews(&json!([r]))
    }

    #[test]
    fn reviews_are_read_and_each_mistake_names_its_field() {
        let read = one(&|_| {}).unwrap();
        assert_eq!(read[0].by, "anna");
        assert_eq!(read[0].score("team"), Some(4));
        assert_eq!(read[0].comment, "ok", "free text is cleaned");
        let twice = json!([
            {"by":"anna","rubric":1,"scores":[["team",4]],"confidence":2,"comment":"","time":"2026-11-26T12:00:00Z"},
            {"by":"Anna","rubric":1,"scores":[["team",3]],"confidence":2,"comment":"","time":"2026-11-26T12:00:00Z"}
        ]);
        assert_eq!(
            reviews(&twice).unwrap_err(),
            (
                "reviews[1].by".to_string(),
                "a second review by Anna; one per reviewer".to_string()
            )
        );
        let field = |f: &dyn Fn(&mut Value)| {
            let (field, why) = one(f).unwrap_err();
            format!("{field}: {why}")
        };
        assert_eq!(
            field(&|r| r["confidence"] = json!(7)),
            "reviews[0].confidence: expected 1 (unsure), 2 (fairly sure) or 3 (sure)"
        );
        assert_eq!(
            field(&|r| r["scores"] = json!([["team", -4]])),
            "reviews[0].scores: team: -4 is not a score (a whole number on the criterion's scale, 0 to 100)"
        );
        assert_eq!(
            field(&|r| r["by"] = json!("an\u{202e}na")),
            "reviews[0].by: 'an\u{fffd}na' has a control character or a direction override"
        );
        assert!(
            field(&|r| r["scores"] = json!([["te\u{7}am", 4]]))
                .starts_with("reviews[0].scores: criterion 'te\u{fffd}am' has a control character")
        );
        assert!(reviews(&json!("x")).is_err());
    }
}
