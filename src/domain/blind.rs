//! Blind review (issue 18, point 4): under the database's `blind` panel
//! setting, a reviewer sees the others' reviews of an idea only once they
//! have submitted their own. Until then the idea shows them no reviews at
//! all (not even how many, nor who): its combined score, `reviews:`,
//! `reviewer:` and `is:contested` treat it as unreviewed for them.
//!
//! Everything that shows reviews to a person asks [`visible_reviews`]:
//! `show`, `list --format json`, the UI's detail and review pane. The
//! list's rows are scored with the same rule (see
//! [`super::panel_book::ScoreBook`]). Exports (`sprout export`) are the
//! officer's and the board's, and carry every review.

use super::idea::Idea;
use super::review::Review;

/// What a review's history entry says under blind review until the
/// viewer has made their own.
pub const HIDDEN: &str = "a review, hidden until you have made yours";

/// The reviews of `idea` that `viewer` (a reviewer's name, as the store's
/// actor gives it) may see: all of them without blind review, or once
/// `viewer` has reviewed it; else none.
pub fn visible_reviews<'a>(idea: &'a Idea, viewer: &str, blind: bool) -> &'a [Review] {
    if may_see(&idea.reviews, viewer, blind) {
        &idea.reviews
    } else {
        &[]
    }
}

/// Whether `viewer` may see `reviews` (of one idea).
pub fn may_see(reviews: &[Review], viewer: &str, blind: bool) -> bool {
    !blind || reviews.iter().any(|r| r.is_by(viewer))
}

/// `idea` as `viewer` may see it: without the reviews blind review hides
/// (for output that writes the whole idea, such as `list --format json`).
pub fn as_seen_by<'a>(idea: &'a Idea, viewer: &str, blind: bool) -> std::borrow::Cow<'a, Idea> {
    if may_see(&idea.reviews, viewer, blind) {
        std::borrow::Cow::Borrowed(idea)
    } else {
        let mut seen = idea.clone();
        seen.reviews.clear();
        // The history says what each review was: that too waits, or the
        // reviews would show through it.
        for change in seen.history.iter_mut().filter(|c| c.field == "review") {
            change.from.clear();
            change.to = HIDDEN.to_string();
        }
        std::borrow::Cow::Owned(seen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    fn by(name: &str) -> Review {
        Review {
            by: name.into(),
            rubric: 1,
            scores: vec![("team".into(), 4)],
            confidence: 2,
            comment: String::new(),
            time: Timestamp(1),
        }
    }

    #[test]
    fn a_reviewer_sees_the_others_only_after_their_own() {
        let mut idea = Idea::new("x".into(), Timestamp(1));
        idea.reviews = vec![by("anna"), by("boris")];
        assert_eq!(visible_reviews(&idea, "olga", false).len(), 2);
        assert!(visible_reviews(&idea, "olga", true).is_empty());
        assert_eq!(visible_reviews(&idea, "Anna", true).len(), 2);
        idea.history.push(crate::domain::Change {
            time: Timestamp(1),
            field: "review".into(),
            from: String::new(),
            to: "anna: team 4".into(),
            by: "anna".into(),
        });
        let seen = as_seen_by(&idea, "olga", true);
        assert!(seen.reviews.is_empty());
        assert_eq!(seen.history[0].to, HIDDEN, "the history hides it too");
        assert_eq!(
            as_seen_by(&idea, "anna", true).history[0].to,
            "anna: team 4"
        );
        assert_eq!(as_seen_by(&idea, "boris", true).reviews.len(), 2);
        idea.reviews.clear();
        assert!(visible_reviews(&idea, "anna", true).is_empty());
    }
}
