//! How a panel's reviews of one idea combine into its score (issue 18,
//! point 3): the mean or the median of the reviews' totals, their spread,
//! and whether the reviewers disagree enough to talk about it. Optionally
//! each reviewer's totals are first standardised over their own reviews,
//! so that a harsh reviewer does not sink the ideas they happen to get.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Reviewers' totals this far apart (or more) make an idea contested.
pub const CONTESTED: f64 = 2.0;

/// How an idea's review totals become its score (`mean`, `median` in a
/// JSON export; stored by position, so the names may change freely).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Combine {
    #[default]
    Mean,
    Median,
}

impl Combine {
    pub fn name(self) -> &'static str {
        match self {
            Combine::Mean => "mean",
            Combine::Median => "median",
        }
    }
}

/// How a database's panel works (`sprout panel`): how reviews combine,
/// whether each reviewer's totals are normalised first, and whether review
/// is blind (a reviewer sees the others' reviews of an idea only once they
/// have reviewed it, see [`super::blind`]). Stored as a record of the
/// codec, so a setting added later goes after these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PanelSettings {
    pub combine: Combine,
    pub normalise: bool,
    pub blind: bool,
}

impl PanelSettings {}

/// An idea's score from its reviews.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Combined {
    pub score: f64,
    /// How many reviews it combines.
    pub reviews: usize,
    /// The highest total less the lowest.
    pub spread: f64,
}

impl Combined {
    /// Whether the reviewers' totals differ by [`CONTESTED`] or more.
    pub fn contested(&self) -> bool {
        self.spread >= CONTESTED - 1e-9
    }
}

/// The score of the totals of one idea's reviews; `None` without any.
pub fn combine(totals: &[f64], how: Combine) -> Option<Combined> {
    if totals.is_empty() {
        return None;
    }
    let mut sorted = totals.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let score = match how {
        Combine::Mean => sorted.iter().sum::<f64>() / n as f64,
        Combine::Median if n % 2 == 1 => sorted[n / 2],
        Combine::Median => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    };
    Some(Combined {
        score,
        reviews: n,
        spread: sorted[n - 1] - sorted[0],
    })
}

/// Standardises each reviewer's totals over their own reviews and puts
/// them back on the panel's scale: a total becomes the panel's mean plus
/// as many of the panel's standard deviations as it stood from the
/// reviewer's own mean. A reviewer with one review, or who gave every
/// idea the same total, says nothing about their own scale: their totals
/// are kept as they are.
#[derive(Debug, Clone, Default)]
pub struct Normaliser {
    /// Each reviewer's (mean, standard deviation), by folded name.
    reviewers: HashMap<String, (f64, f64)>,
    panel: (f64, f64),
}

fn mean_sd(values: &[f64]) -> (f64, f64) {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

impl Normaliser {
    /// Learns each reviewer's scale from every (reviewer, total) of the
    /// database.
    pub fn over<'a>(all: impl IntoIterator<Item = (&'a str, f64)>) -> Normaliser {
        let mut by: HashMap<String, Vec<f64>> = HashMap::new();
        let mut every = Vec::new();
        for (who, total) in all {
            by.entry(who.to_lowercase()).or_default().push(total);
            every.push(total);
        }
        if every.is_empty() {
            return Normaliser::default();
        }
        Normaliser {
            reviewers: by.into_iter().map(|(k, v)| (k, mean_sd(&v))).collect(),
            panel: mean_sd(&every),
        }
    }

    /// `total` by `reviewer`, on the panel's scale.
    pub fn apply(&self, reviewer: &str, total: f64) -> f64 {
        match self.reviewers.get(&reviewer.to_lowercase()) {
            Some(&(mean, sd)) if sd > 1e-9 => self.panel.0 + (total - mean) / sd * self.panel.1,
            _ => total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_median_spread_and_contested() {
        assert_eq!(combine(&[], Combine::Mean), None);
        let c = combine(&[2.0, 4.0, 4.5], Combine::Mean).unwrap();
        assert!((c.score - 3.5).abs() < 1e-9);
        assert_eq!((c.reviews, c.spread), (3, 2.5));
        assert!(c.contested());
        assert_eq!(
            combine(&[4.5, 2.0, 4.0], Combine::Median).unwrap().score,
            4.0
        );
        assert_eq!(combine(&[2.0, 4.0], Combine::Median).unwrap().score, 3.0);
        let near = combine(&[3.0, 4.9], Combine::Mean).unwrap();
        assert!(!near.contested(), "1.9 apart is not contested");
        assert!(
            combine(&[1.0, 3.0], Combine::Mean).unwrap().contested(),
            "2 apart is"
        );
    }

    #[test]
    fn a_harsh_reviewer_does_not_sink_the_ideas_they_review() {
        // Anna gives 2s and 3s; Boris 4s and 5s: the same view of which is
        // better, on other scales.
        let all = [("anna", 2.0), ("anna", 3.0), ("boris", 4.0), ("Boris", 5.0)];
        let n = Normaliser::over(all);
        // The panel: mean 3.5, sd √1.25; each reviewer: sd 0.5.
        let (a_low, b_low) = (n.apply("anna", 2.0), n.apply("boris", 4.0));
        assert!((a_low - b_low).abs() < 1e-9, "{a_low} {b_low}");
        assert!((n.apply("ANNA", 3.0) - n.apply("boris", 5.0)).abs() < 1e-9);
        assert!(n.apply("anna", 3.0) > n.apply("anna", 2.0));
        // One review, or all the same: kept as they are.
        let n = Normaliser::over([("olga", 4.0), ("ivan", 3.0), ("ivan", 3.0)]);
        assert_eq!(n.apply("olga", 4.0), 4.0);
        assert_eq!(n.apply("ivan", 3.0), 3.0);
        assert_eq!(n.apply("nobody", 2.5), 2.5);
    }
}
