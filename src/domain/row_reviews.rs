//! What the list needs of an idea's reviews (issue 18, point 3), held in
//! its [`super::Row`]: each review's reviewer, rubric version and scores,
//! without comments; and, once a [`super::panel_book::ScoreBook`] has
//! scored the row, each review's total and the combined score as the
//! viewer it was scored for may see it. Scoring happens when rows are
//! loaded or changed, never when the list is drawn.

use super::name::Name;
use super::panel::CONTESTED;
use serde::{Deserialize, Serialize};

/// Points in thousandths: totals and scores compare exactly and rows stay
/// `Eq`.
pub type Milli = i32;

/// `4.2` as 4200.
pub fn milli(points: f64) -> Milli {
    (points * 1000.0).round() as Milli
}

/// One review as a row holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewMark {
    /// The reviewer, as named in the review.
    pub by: Name,
    /// The rubric version it was made with.
    pub rubric: u32,
    /// Each criterion's score, by criterion name.
    pub scores: Box<[(Name, u8)]>,
    /// Its weighted total (1-5), once scored; `None` before, or when the
    /// database has no rubric of its version.
    #[serde(skip)]
    pub total: Option<Milli>,
}

impl ReviewMark {
    pub fn of(review: &super::Review) -> ReviewMark {
        ReviewMark {
            by: Name::new(&review.by),
            rubric: review.rubric,
            scores: review
                .scores
                .iter()
                .map(|(c, s)| (Name::new(c), *s))
                .collect(),
            total: None,
        }
    }

    /// Whether `viewer` made it (names compared without case, as
    /// [`super::Review::is_by`] does).
    pub fn is_by(&self, viewer: &str) -> bool {
        self.by.to_lowercase() == viewer.trim().to_lowercase()
    }
}

/// The combined score of a row's reviews, as its viewer may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scored {
    /// The mean or median of the (perhaps normalised) totals.
    pub combined: Option<Milli>,
    /// The highest total less the lowest (not normalised: what the
    /// reviewers gave).
    pub spread: Milli,
    /// Whether the viewer may see the reviews (blind review hides them
    /// from a reviewer who has not reviewed the idea).
    pub visible: bool,
}

/// A row's reviews: nothing for an idea without any (8 bytes a row).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowReviews(Option<Box<Held>>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Held {
    marks: Box<[ReviewMark]>,
    scored: Scored,
}

impl RowReviews {
    pub fn of(reviews: &[super::Review]) -> RowReviews {
        RowReviews::from_marks(reviews.iter().map(ReviewMark::of).collect())
    }

    pub fn from_marks(marks: Vec<ReviewMark>) -> RowReviews {
        if marks.is_empty() {
            return RowReviews(None);
        }
        RowReviews(Some(Box::new(Held {
            marks: marks.into(),
            scored: Scored {
                visible: true,
                ..Scored::default()
            },
        })))
    }

    /// Every review, visible to the viewer or not.
    pub fn marks(&self) -> &[ReviewMark] {
        self.0.as_ref().map_or(&[], |h| &h.marks)
    }

    pub fn marks_mut(&mut self) -> &mut [ReviewMark] {
        self.0.as_mut().map_or(&mut [], |h| &mut h.marks)
    }

    pub fn set_scored(&mut self, scored: Scored) {
        if let Some(h) = &mut self.0 {
            h.scored = scored;
        }
    }

    /// The reviews the viewer may see: all, or none under blind review
    /// before they have reviewed the idea themselves.
    pub fn visible(&self) -> &[ReviewMark] {
        match &self.0 {
            Some(h) if h.scored.visible => &h.marks,
            _ => &[],
        }
    }

    /// How many reviews the viewer sees.
    pub fn count(&self) -> usize {
        self.visible().len()
    }

    /// The combined score the viewer sees.
    pub fn combined(&self) -> Option<Milli> {
        self.0
            .as_ref()
            .filter(|h| h.scored.visible)
            .and_then(|h| h.scored.combined)
    }

    /// The spread of the totals the viewer sees (0 without reviews).
    pub fn spread(&self) -> Milli {
        self.0
            .as_ref()
            .filter(|h| h.scored.visible)
            .map_or(0, |h| h.scored.spread)
    }

    /// Totals [`CONTESTED`] or more apart, among the reviews the viewer
    /// sees.
    pub fn contested(&self) -> bool {
        self.combined().is_some() && self.spread() >= milli(CONTESTED)
    }

    /// Whether a review the viewer sees is by someone whose name contains
    /// `folded` (already folded, as query text is).
    pub fn by_someone_like(&self, folded: &str) -> bool {
        self.visible()
            .iter()
            .any(|m| super::text::fold(&m.by).contains(folded))
    }

    /// Whether `viewer` (folded) reviewed it; their own review is always
    /// theirs to see.
    pub fn reviewed_by(&self, viewer: &str) -> bool {
        !viewer.is_empty()
            && self
                .marks()
                .iter()
                .any(|m| super::text::fold(&m.by) == viewer)
    }
}

/// An idea's score as the list shows, sorts and queries it: the panel's
/// combined score where the viewer sees reviews with totals, else the
/// officer's own quick 1-5 score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    Panel(Milli),
    Quick(u8),
}

impl Score {
    pub fn milli(self) -> Milli {
        match self {
            Score::Panel(m) => m,
            Score::Quick(q) => Milli::from(q) * 1000,
        }
    }

    /// In tenths, as the list shows it: `score:>=4.2` compares this.
    pub fn tenths(self) -> i64 {
        (f64::from(self.milli()) / 100.0).round() as i64
    }

    /// `4.2` for the panel's score, `4` for a quick score: the list tells
    /// the two apart.
    pub fn shown(self) -> String {
        match self {
            Score::Panel(m) => format!("{:.1}", f64::from(m) / 1000.0),
            Score::Quick(q) => q.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_show_their_kind_and_compare_as_shown() {
        assert_eq!(Score::Panel(4170).shown(), "4.2");
        assert_eq!(Score::Panel(4000).shown(), "4.0");
        assert_eq!(Score::Quick(4).shown(), "4");
        assert_eq!(Score::Panel(4170).tenths(), 42);
        assert_eq!(Score::Quick(3).tenths(), 30);
    }

    #[test]
    fn hidden_reviews_count_for_nothing() {
        let mut r = RowReviews::from_marks(vec![ReviewMark {
            by: Name::new("Anna"),
            rubric: 1,
            scores: Box::new([]),
            total: Some(2000),
        }]);
        r.set_scored(Scored {
            combined: Some(2000),
            spread: 2500,
            visible: true,
        });
        assert_eq!((r.count(), r.combined()), (1, Some(2000)));
        assert!(r.contested() && r.by_someone_like("ann") && r.reviewed_by("anna"));
        r.set_scored(Scored {
            combined: Some(2000),
            spread: 2500,
            visible: false,
        });
        assert_eq!((r.count(), r.combined(), r.spread()), (0, None, 0));
        assert!(!r.contested() && !r.by_someone_like("ann"));
        assert_eq!(RowReviews::default().marks().len(), 0);
    }
}
