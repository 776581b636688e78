//! What a board pack says (issue 18, point 7), gathered once from the
//! ideas a query selected, so that the HTML and the Markdown cannot say
//! different things: the shortlist ranked by combined score, each
//! reviewer's total and comment, the pipeline figures, and why ideas were
//! declined. Every text here is already one clean line (or clean lines,
//! for a comment): the writers only escape it for their format.

use crate::domain::panel::{self, Combine, Combined};
use crate::domain::rubric;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{Idea, Reasons, Rubric, Stage, Timestamp};
use crate::stats::Figures;
use std::collections::HashMap;

/// How the combined score is formed. Seam: when the database gets its
/// "mean or median" setting (issue 18, point 3), it is read here.
pub const COMBINE: Combine = Combine::Mean;

/// The lowest bound of each bar of the score distribution, half a point
/// wide, from 1 to 5 (a 5.0 falls in the last bar).
pub const SCORE_BINS: [f64; 8] = [1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5];

/// One reviewer's review as the board reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewLine {
    /// The reviewer's name, or "Reviewer N" in an anonymous pack.
    pub reviewer: String,
    /// The weighted total, 1 to 5; `None` when its rubric version is lost.
    pub total: Option<f64>,
    pub confidence: u8,
    /// Clean lines, newlines kept.
    pub comment: String,
}

/// One idea of the shortlist.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// 1 for the best; unscored ideas are ranked after every scored one.
    pub rank: usize,
    pub id: u64,
    pub title: String,
    pub sector: String,
    pub stage: Stage,
    pub region: String,
    pub amount: Option<u64>,
    /// Empty in an anonymous pack, as are the contacts.
    pub proposer: String,
    /// E-mail, phone and website, those that are set.
    pub contacts: Vec<(&'static str, String)>,
    pub combined: Option<Combined>,
    pub reviews: Vec<ReviewLine>,
    /// The decision's reason, as its label (empty when none).
    pub reason: String,
}

/// How many declined ideas give one reason.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonCount {
    /// The reason's label; "no reason recorded" for those without one.
    pub reason: String,
    pub count: usize,
}

/// The whole pack.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The query that selected the ideas ("" for every idea).
    pub query: String,
    pub generated: Timestamp,
    /// Who made it (the officer), left out when anonymous.
    pub by: String,
    pub anonymous: bool,
    pub shortlist: Vec<Entry>,
    pub figures: Figures,
    /// Most given first; "no reason recorded" last.
    pub declines: Vec<ReasonCount>,
    /// Ideas whose combined score falls in each of [`SCORE_BINS`].
    pub score_bins: [usize; 8],
    pub unscored: usize,
}

/// What the pack says no reason as, in the language spoken.
pub fn no_reason() -> String {
    crate::tr!("report-no-reason")
}

/// The decision reason's key (`Idea.reason`, record schema 4).
pub fn reason_key(idea: &Idea) -> &str {
    &idea.reason
}

/// A decision's reason as the board reads it: its label in the
/// database's reason list, else its key as stored.
pub fn reason_label(reasons: &Reasons, key: &str) -> String {
    if key.is_empty() {
        return String::new();
    }
    // A default reason reads in the language spoken; one written by
    // someone, as written.
    clean_line(&crate::i18n::reason_named(reasons, key))
}

/// An idea's combined score: the reviews' totals, each by the rubric
/// version it was made with, combined by [`COMBINE`].
pub fn combined(idea: &Idea, rubrics: &[Rubric]) -> (Option<Combined>, Vec<Option<f64>>) {
    let totals: Vec<Option<f64>> = idea
        .reviews
        .iter()
        .map(|r| rubric::version(rubrics, r.rubric).and_then(|rb| r.total(&rb)))
        .collect();
    let known: Vec<f64> = totals.iter().flatten().copied().collect();
    (panel::combine(&known, COMBINE), totals)
}

/// Which bar of the score distribution `score` is in.
pub fn score_bin(score: f64) -> usize {
    SCORE_BINS
        .iter()
        .rposition(|&low| score >= low - 1e-9)
        .unwrap_or(0)
}

impl Pack {
    /// The pack of `ideas` (those the query selected), with `figures`
    /// counted over the same ideas.
    pub fn of(
        ideas: &[Idea],
        (rubrics, reasons): (&[Rubric], &Reasons),
        figures: Figures,
        query: &str,
        by: &str,
        generated: Timestamp,
        anonymous: bool,
    ) -> Pack {
        let mut scored: Vec<_> = ideas
            .iter()
            .map(|i| {
                let (c, totals) = combined(i, rubrics);
                (i, c, totals)
            })
            .collect();
        // Best first; unscored last; ties by id, so a pack is the same
        // pack each time it is made.
        scored.sort_by(|a, b| match (&a.1, &b.1) {
            (Some(x), Some(y)) => y.score.total_cmp(&x.score).then(a.0.id.cmp(&b.0.id)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.0.id.cmp(&b.0.id),
        });
        // Reviewers are numbered in the order the pack first names them.
        let mut numbers: HashMap<String, usize> = HashMap::new();
        let mut score_bins = [0usize; 8];
        let mut unscored = 0;
        let mut shortlist = Vec::with_capacity(scored.len());
        for (rank, (idea, c, totals)) in scored.into_iter().enumerate() {
            match c {
                Some(c) => score_bins[score_bin(c.score)] += 1,
                None => unscored += 1,
            }
            let reviews = idea
                .reviews
                .iter()
                .zip(totals)
                .map(|(r, total)| {
                    let reviewer = if anonymous {
                        let next = numbers.len() + 1;
                        let n = *numbers.entry(r.by.to_lowercase()).or_insert(next);
                        crate::tr!("report-reviewer-number", n = n)
                    } else {
                        clean_line(&crate::i18n::person(&r.by))
                    };
                    ReviewLine {
                        reviewer,
                        total,
                        confidence: r.confidence,
                        comment: clean_multiline(&r.comment),
                    }
                })
                .collect();
            let contacts = if anonymous {
                Vec::new()
            } else {
                [
                    ("e-mail", &idea.email),
                    ("phone", &idea.phone),
                    ("website", &idea.website),
                ]
                .into_iter()
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(k, v)| (k, clean_line(v)))
                .collect()
            };
            shortlist.push(Entry {
                rank: rank + 1,
                id: idea.id,
                title: clean_line(&idea.title),
                sector: crate::i18n::label(idea.sector),
                stage: idea.stage,
                region: clean_line(&idea.region),
                amount: idea.amount,
                proposer: if anonymous {
                    String::new()
                } else {
                    clean_line(&idea.proposer)
                },
                contacts,
                combined: c,
                reviews,
                reason: reason_label(reasons, reason_key(idea)),
            });
        }
        Pack {
            query: clean_line(query),
            generated,
            by: if anonymous {
                String::new()
            } else {
                clean_line(by)
            },
            anonymous,
            declines: declines(ideas, reasons),
            shortlist,
            figures,
            score_bins,
            unscored,
        }
    }

    /// How many ideas of the shortlist have a combined score.
    pub fn scored(&self) -> usize {
        self.shortlist.len() - self.unscored
    }

    /// How many are contested (totals [`panel::CONTESTED`] or more apart).
    pub fn contested(&self) -> usize {
        self.shortlist
            .iter()
            .filter(|e| e.combined.is_some_and(|c| c.contested()))
            .count()
    }
}

/// The declined ideas counted by reason: most first, then by label.
fn declines(ideas: &[Idea], reasons: &Reasons) -> Vec<ReasonCount> {
    let mut by: HashMap<String, usize> = HashMap::new();
    for i in ideas.iter().filter(|i| i.stage == Stage::Declined) {
        let label = reason_label(reasons, reason_key(i));
        let label = if label.is_empty() { no_reason() } else { label };
        *by.entry(label).or_default() += 1;
    }
    let mut out: Vec<ReasonCount> = by
        .into_iter()
        .map(|(reason, count)| ReasonCount { reason, count })
        .collect();
    let none = no_reason();
    out.sort_by(|a, b| {
        (a.reason == none)
            .cmp(&(b.reason == none))
            .then(b.count.cmp(&a.count))
            .then_with(|| a.reason.cmp(&b.reason))
    });
    out
}
