//! The `reviews` of a JSON record (as an export writes them, see
//! `domain/review.rs`): read, cleaned and checked for their shape. Their
//! scores are not checked against a rubric here: the file's rubric
//! versions come with the whole export and may come after the ideas.

use crate::domain::Review;
use crate::domain::review::{COMMENT_MAX, CONFIDENCE};
use crate::domain::text::{clean_line, clean_multiline};
use serde_json::Value;

/// The key under which a JSON record holds its reviews.
pub const REVIEWS: &str = "reviews";

pub fn reviews(value: &Value) -> Result<Vec<Review>, String> {
    if value.is_null() {
        return Ok(Vec::new());
    }
    let list: Vec<Review> = serde_json::from_value(value.clone())
        .map_err(|e| format!("not a valid list of reviews: {e}"))?;
    let mut out: Vec<Review> = Vec::with_capacity(list.len());
    for r in list {
        let r = Review {
            by: clean_line(&r.by),
            scores: r
                .scores
                .into_iter()
                .map(|(c, s)| (clean_line(&c), s))
                .collect(),
            comment: clean_multiline(&r.comment),
            ..r
        };
        let problem = if r.by.is_empty() {
            Some("a review without a reviewer (by)".to_string())
        } else if out.iter().any(|o| o.is_by(&r.by)) {
            Some(format!("two reviews by {}; one per reviewer", r.by))
        } else if !CONFIDENCE.contains(&r.confidence) {
            Some(format!(
                "{}'s review: confidence {} is not 1, 2 or 3",
                r.by, r.confidence
            ))
        } else if r.scores.is_empty() || r.scores.iter().any(|(c, _)| c.is_empty()) {
            Some(format!("{}'s review has no scores", r.by))
        } else if r.comment.chars().count() > COMMENT_MAX {
            Some(format!(
                "{}'s comment is longer than {COMMENT_MAX} characters",
                r.by
            ))
        } else {
            None
        };
        if let Some(p) = problem {
            return Err(p);
        }
        out.push(r);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_are_read_cleaned_and_checked() {
        let one = serde_json::json!([{"by":"an\u{202e}na","rubric":1,"scores":[["team",4]],
            "confidence":2,"comment":"ok","time":"2026-11-26T12:00:00Z"}]);
        let read = reviews(&one).unwrap();
        assert_eq!(read[0].by, "anna");
        assert_eq!(read[0].score("team"), Some(4));
        let twice = serde_json::json!([
            {"by":"anna","rubric":1,"scores":[["team",4]],"confidence":2,"comment":"","time":"2026-11-26T12:00:00Z"},
            {"by":"Anna","rubric":1,"scores":[["team",3]],"confidence":2,"comment":"","time":"2026-11-26T12:00:00Z"}
        ]);
        assert_eq!(
            reviews(&twice).unwrap_err(),
            "two reviews by Anna; one per reviewer"
        );
        let sure = serde_json::json!([{"by":"anna","rubric":1,"scores":[["team",4]],
            "confidence":7,"comment":"","time":"2026-11-26T12:00:00Z"}]);
        assert!(reviews(&sure).unwrap_err().contains("confidence 7"));
        assert!(reviews(&serde_json::json!("x")).is_err());
    }
}
