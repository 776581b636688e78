//! The panel's figures (issue 18, point 3): how the ideas' combined
//! scores are spread over half-point bands, how many are unscored or
//! contested, and each reviewer's count of reviews and mean total. Read
//! from the rows as scored for the viewer (see
//! [`crate::domain::panel_book`]), so blind review hides here too.

use crate::domain::Row;
use serde::Serialize;
use std::collections::BTreeMap;

/// Ideas whose combined score falls in one half-point band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreBand {
    /// `4.5-5`: from the first (included) to the second (excluded, but 5
    /// is in the last band).
    pub band: String,
    pub count: usize,
}

/// One reviewer's reviews among the ideas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewerFigures {
    pub reviewer: String,
    pub reviews: usize,
    /// The mean of their reviews' totals (1-5, as given: not normalised);
    /// `None` when no review of theirs has a total.
    pub mean_total: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct PanelFigures {
    /// Ideas with a combined score.
    pub scored: usize,
    /// Ideas without one (no reviews, or none the viewer may see).
    pub unscored: usize,
    /// Ideas whose reviewers' totals differ by 2 points or more.
    pub contested: usize,
    /// 1-1.5, 1.5-2, … 4.5-5: the combined scores.
    pub distribution: Vec<ScoreBand>,
    /// By name (as first written), A to Z.
    pub reviewers: Vec<ReviewerFigures>,
}

/// Bands of half a point from 1 to 5.
const BANDS: usize = 8;

/// The counts, as rows go by.
#[derive(Default)]
pub struct Tally {
    bands: [usize; BANDS],
    scored: usize,
    unscored: usize,
    contested: usize,
    /// By folded name: the name as first seen, the count, the totals' sum
    /// and how many had one.
    reviewers: BTreeMap<String, (String, usize, f64, usize)>,
}

impl Tally {
    pub fn count(&mut self, row: &Row) {
        match row.reviews.combined() {
            Some(score) => {
                self.scored += 1;
                // A normalised score may fall outside 1-5: it goes in the
                // band at that end.
                let band = (f64::from(score) / 1000.0 - 1.0) / 0.5;
                self.bands[(band.floor().max(0.0) as usize).min(BANDS - 1)] += 1;
            }
            None => self.unscored += 1,
        }
        if row.reviews.contested() {
            self.contested += 1;
        }
        for m in row.reviews.visible() {
            let e = self
                .reviewers
                .entry(m.by.to_lowercase())
                .or_insert_with(|| (m.by.to_string(), 0, 0.0, 0));
            e.1 += 1;
            if let Some(t) = m.total {
                e.2 += f64::from(t) / 1000.0;
                e.3 += 1;
            }
        }
    }

    pub fn finish(self) -> PanelFigures {
        PanelFigures {
            scored: self.scored,
            unscored: self.unscored,
            contested: self.contested,
            distribution: self
                .bands
                .iter()
                .enumerate()
                .map(|(i, &count)| ScoreBand {
                    band: format!("{}-{}", band_edge(i), band_edge(i + 1)),
                    count,
                })
                .collect(),
            reviewers: self
                .reviewers
                .into_values()
                .map(|(reviewer, reviews, sum, with)| ReviewerFigures {
                    reviewer,
                    reviews,
                    mean_total: (with > 0).then(|| (sum / with as f64 * 100.0).round() / 100.0),
                })
                .collect(),
        }
    }
}

/// `1`, `1.5`, … `5`.
fn band_edge(i: usize) -> String {
    let v = 1.0 + i as f64 * 0.5;
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::panel::PanelSettings;
    use crate::domain::panel_book::ScoreBook;
    use crate::domain::{Idea, Review, Rubric, Timestamp};

    fn row(id: u64, reviews: &[(&str, u8)]) -> Row {
        let mut idea = Idea::new("x".into(), Timestamp(1));
        idea.id = id;
        let rubric = Rubric::default_rubric();
        idea.reviews = reviews
            .iter()
            .map(|(by, s)| Review {
                by: by.to_string(),
                rubric: 1,
                scores: rubric
                    .criteria
                    .iter()
                    .map(|c| (c.name.clone(), *s))
                    .collect(),
                confidence: 2,
                comment: String::new(),
                time: Timestamp(1),
            })
            .collect();
        Row::of(&idea)
    }

    #[test]
    fn scores_fall_in_half_point_bands_and_reviewers_have_means() {
        let mut rows = vec![
            row(1, &[("Anna", 5), ("boris", 5)]),
            row(2, &[("anna", 2), ("boris", 4)]),
            row(3, &[("anna", 1)]),
            row(4, &[]),
        ];
        ScoreBook::new(&[], PanelSettings::default(), "").score_all(&mut rows);
        let mut t = Tally::default();
        rows.iter().for_each(|r| t.count(r));
        let f = t.finish();
        assert_eq!((f.scored, f.unscored, f.contested), (3, 1, 1));
        let bands: Vec<(&str, usize)> = f
            .distribution
            .iter()
            .map(|b| (b.band.as_str(), b.count))
            .collect();
        assert_eq!(
            bands,
            [
                ("1-1.5", 1),
                ("1.5-2", 0),
                ("2-2.5", 0),
                ("2.5-3", 0),
                ("3-3.5", 1),
                ("3.5-4", 0),
                ("4-4.5", 0),
                ("4.5-5", 1)
            ]
        );
        let anna = &f.reviewers[0];
        assert_eq!((anna.reviewer.as_str(), anna.reviews), ("Anna", 3));
        assert_eq!(anna.mean_total, Some(2.67));
        assert_eq!(f.reviewers[1].mean_total, Some(4.5));
    }
}
