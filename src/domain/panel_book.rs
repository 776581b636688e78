//! Scoring rows: what it takes to turn the reviews a [`Row`] holds into
//! its combined score for one viewer: the database's rubric versions (to
//! total each review), its panel settings, each reviewer's scale over the
//! whole database (for normalising) and who is looking (for blind review).
//! A [`ScoreBook`] is made once per load of the rows and scores each row
//! once; a change to one row scores that row again (and, when normalising,
//! every row: one reviewer's scale moved).

use super::panel::{self, Normaliser, PanelSettings};
use super::row::Row;
use super::row_reviews::{Milli, Scored, milli};
use super::rubric::{self, Rubric};
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct ScoreBook {
    rubrics: HashMap<u32, Rubric>,
    settings: PanelSettings,
    /// Who is looking (the store's actor).
    viewer: String,
    normaliser: Normaliser,
}

impl ScoreBook {
    /// A book for a database whose rubric versions are `rubrics` (as
    /// stored: the default counts as version 1 when none is), under
    /// `settings`, for `viewer`. Call [`ScoreBook::learn`] before scoring
    /// when the settings normalise.
    pub fn new(rubrics: &[Rubric], settings: PanelSettings, viewer: &str) -> ScoreBook {
        let mut known: HashMap<u32, Rubric> = HashMap::new();
        if let Some(first) = rubric::version(rubrics, 1) {
            known.insert(1, first);
        }
        for r in rubrics {
            known.insert(r.version, r.clone());
        }
        ScoreBook {
            rubrics: known,
            settings,
            viewer: viewer.to_string(),
            normaliser: Normaliser::default(),
        }
    }

    pub fn settings(&self) -> PanelSettings {
        self.settings
    }

    pub fn normalises(&self) -> bool {
        self.settings.normalise
    }

    /// The total of one review of a row, by the rubric it was made with.
    fn total(&self, rubric: u32, scores: &[(super::Name, u8)]) -> Option<Milli> {
        let r = self.rubrics.get(&rubric)?;
        let t = super::review::weighted_total(r, |name| {
            scores.iter().find(|(c, _)| **c == *name).map(|(_, s)| *s)
        })?;
        Some(milli(t))
    }

    /// Learns each reviewer's scale from every review of the database
    /// (only needed when the settings normalise).
    pub fn learn<'a>(&mut self, rows: impl IntoIterator<Item = &'a Row>) {
        let mut all = Vec::new();
        for row in rows {
            self.reviewer_totals(row, &mut all);
        }
        self.learn_totals(&all);
    }

    /// Adds each (reviewer, total) of a row's reviews to `out`: for a
    /// caller that streams the rows (see [`ScoreBook::learn_totals`]).
    pub fn reviewer_totals(&self, row: &Row, out: &mut Vec<(&'static str, f64)>) {
        for m in row.reviews.marks() {
            if let Some(t) = self.total(m.rubric, &m.scores) {
                out.push((m.by.as_str(), f64::from(t) / 1000.0));
            }
        }
    }

    /// Learns each reviewer's scale from every (reviewer, total) of the
    /// database.
    pub fn learn_totals(&mut self, all: &[(&'static str, f64)]) {
        self.normaliser = Normaliser::over(all.iter().copied());
    }

    /// Totals a row's reviews and combines them for the viewer.
    pub fn score(&self, row: &mut Row) {
        if row.reviews.marks().is_empty() {
            return;
        }
        let visible =
            !self.settings.blind || row.reviews.marks().iter().any(|m| m.is_by(&self.viewer));
        let mut raw = Vec::new();
        let mut combined_from = Vec::new();
        for m in row.reviews.marks_mut() {
            m.total = self.total(m.rubric, &m.scores);
            if let Some(t) = m.total {
                let t = f64::from(t) / 1000.0;
                raw.push(t);
                combined_from.push(if self.settings.normalise {
                    self.normaliser.apply(&m.by, t)
                } else {
                    t
                });
            }
        }
        let combined = panel::combine(&combined_from, self.settings.combine);
        let spread = panel::combine(&raw, self.settings.combine).map_or(0.0, |c| c.spread);
        row.reviews.set_scored(Scored {
            combined: combined.map(|c| milli(c.score)),
            spread: milli(spread),
            visible,
        });
    }

    /// Learns from all the rows (when normalising) and scores each.
    pub fn score_all(&mut self, rows: &mut [Row]) {
        if self.settings.normalise {
            self.learn(rows.iter());
        }
        for row in rows {
            self.score(row);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::panel::Combine;
    use crate::domain::{Idea, Review, Timestamp};

    fn reviewed(id: u64, reviews: &[(&str, u8)]) -> Row {
        let mut idea = Idea::new(format!("idea {id}"), Timestamp(1));
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
                comment: "not in the row".into(),
                time: Timestamp(1),
            })
            .collect();
        Row::of(&idea)
    }

    #[test]
    fn rows_combine_by_the_settings_and_hide_under_blind_review() {
        let mut rows = vec![
            reviewed(1, &[("anna", 2), ("boris", 4), ("olga", 5)]),
            reviewed(2, &[("anna", 3), ("boris", 5)]),
        ];
        let mut book = ScoreBook::new(&[], PanelSettings::default(), "anna");
        book.score_all(&mut rows);
        assert_eq!(
            rows[0].reviews.combined(),
            Some(3667),
            "the mean of 2, 4, 5"
        );
        assert_eq!(rows[0].reviews.spread(), 3000);
        assert!(rows[0].reviews.contested());
        let median = PanelSettings {
            combine: Combine::Median,
            ..PanelSettings::default()
        };
        ScoreBook::new(&[], median, "anna").score_all(&mut rows);
        assert_eq!(rows[0].reviews.combined(), Some(4000));
        // Normalised: anna's 2 and 3 and boris's 4 and 5 say the same.
        let normal = PanelSettings {
            normalise: true,
            ..PanelSettings::default()
        };
        ScoreBook::new(&[], normal, "").score_all(&mut rows);
        let two = rows[1].reviews.combined().unwrap();
        let (a, b) = (
            rows[1].reviews.marks()[0].total,
            rows[1].reviews.marks()[1].total,
        );
        assert_eq!((a, b), (Some(3000), Some(5000)), "totals stay as given");
        assert!(
            (two - 4000).abs() > 10,
            "normalised, not the plain mean: {two}"
        );
        // Blind: olga sees nothing of an idea she has not reviewed.
        let blind = PanelSettings {
            blind: true,
            ..PanelSettings::default()
        };
        ScoreBook::new(&[], blind, "Olga").score_all(&mut rows);
        assert_eq!(rows[0].reviews.count(), 3, "she reviewed #1");
        assert_eq!(rows[1].reviews.count(), 0);
        assert_eq!(rows[1].reviews.combined(), None);
        assert_eq!(rows[1].reviews.marks().len(), 2, "still held");
    }

    #[test]
    fn a_review_of_an_unknown_rubric_has_no_total() {
        let mut rows = vec![reviewed(1, &[("anna", 4)])];
        rows[0].reviews.marks_mut()[0].rubric = 7;
        ScoreBook::new(&[], PanelSettings::default(), "").score_all(&mut rows);
        assert_eq!(rows[0].reviews.marks()[0].total, None);
        assert_eq!(rows[0].reviews.combined(), None);
        assert_eq!(rows[0].reviews.count(), 1);
    }
}
