//! The pipeline figures for a set of ideas: counts by sector, stage,
//! organisation kind, barrier and region; the stage funnel; the sector ×
//! stage table; how long ideas wait in `new` and `review`; and how many
//! arrived each week; the panel's scores and reviewers (`panel.rs`). The UI's
//! statistics view and `sprout stats` both call [`Figures::of`], so they
//! cannot disagree.

use crate::domain::row::stale_days;
use crate::domain::{Barrier, Named, OrgKind, Row, Sector, Stage, Timestamp};
use serde::Serialize;
use std::collections::HashMap;

mod panel;
pub use panel::{PanelFigures, ReviewerFigures, ScoreBand};
pub mod reasons;

/// How many of the ideas have one value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub name: String,
    pub label: String,
    pub count: usize,
    pub percent: f64,
}

/// One step of the pipeline funnel.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunnelStep {
    pub stage: String,
    /// Ideas in this stage now.
    pub count: usize,
    /// Ideas in this stage or a later one (declined ideas excluded).
    pub reached: usize,
    /// Of those that reached this stage, the percentage that reached the
    /// next one (`None` for the last stage, or when none reached this one).
    pub to_next_percent: Option<f64>,
}

/// How long the ideas in one stage have waited there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Waiting {
    pub stage: String,
    pub count: usize,
    /// Median whole days in the stage (`None` when the stage is empty).
    pub median_days: Option<i64>,
    /// The days after which an idea waits too long (`[defaults]
    /// stale_days`, 30 unless set).
    pub stale_days: i64,
    /// How many have waited more than `stale_days`.
    pub over_stale_days: usize,
}

/// How many ideas were received (created) in one week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Week {
    /// The week's Monday, `2026-11-23` (weeks run Monday to Sunday, UTC).
    pub week_start: String,
    pub count: usize,
}

/// How many weeks the intake covers, this week included.
pub const INTAKE_WEEKS: usize = 12;

const DAY: i64 = 86_400;

/// The start (Monday 00:00 UTC) of the week `now` is in.
fn week_start(now: Timestamp) -> i64 {
    let days = now.0.div_euclid(DAY);
    // 1970-01-01 was a Thursday: three days after a Monday.
    (days - (days + 3).rem_euclid(7)) * DAY
}

/// The figures for one set of ideas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub total: usize,
    pub sectors: Vec<Count>,
    pub stages: Vec<Count>,
    pub org_kinds: Vec<Count>,
    pub barriers: Vec<Count>,
    /// The regions with the most ideas, most first.
    pub regions: Vec<Count>,
    /// `new` to `sustainable`; `declined` is in `stages`.
    pub funnel: Vec<FunnelStep>,
    /// Ideas per sector (rows, in [`Sector::ALL`] order) and stage
    /// (columns, in [`Stage::ALL`] order).
    pub sector_by_stage: Vec<Vec<usize>>,
    pub waiting: Vec<Waiting>,
    /// Ideas received per week, the last [`INTAKE_WEEKS`] weeks, oldest
    /// first; the last is the week of `now`, so far.
    pub intake: Vec<Week>,
    /// The combined scores' spread and each reviewer's count and mean
    /// (boxed: the UI holds figures in a screen beside small ones).
    pub panel: Box<PanelFigures>,
    /// Why the ideas were declined and accepted, once the caller has
    /// counted them (the rows do not carry the reasons): the UI's
    /// statistics. `sprout stats` prints its own beside the figures.
    #[serde(skip)]
    pub reasons: Box<reasons::ReasonFigures>,
}

/// How many regions the figures list.
pub const TOP_REGIONS: usize = 10;

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        (n as f64 * 1000.0 / of as f64).round() / 10.0
    }
}

fn counts<T: Named>(counts: &[usize], total: usize) -> Vec<Count> {
    T::ALL
        .iter()
        .zip(counts)
        .map(|(v, &count)| Count {
            name: v.name().into(),
            label: v.label().into(),
            count,
            percent: percent(count, total),
        })
        .collect()
}

fn median(mut v: Vec<i64>) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2
    })
}

impl Figures {
    /// The figures for `rows`, with waiting measured up to `now`.
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a Row>, now: Timestamp) -> Figures {
        let mut sectors = [0usize; 7];
        let mut stages = [0usize; 7];
        let mut orgs = [0usize; 7];
        let mut barriers = [0usize; 5];
        let mut matrix = vec![vec![0usize; Stage::ALL.len()]; Sector::ALL.len()];
        let mut regions: HashMap<&str, usize> = HashMap::new();
        let mut waits: [Vec<i64>; 2] = [Vec::new(), Vec::new()];
        let first_week = week_start(now) - (INTAKE_WEEKS as i64 - 1) * 7 * DAY;
        let mut intake = [0usize; INTAKE_WEEKS];
        let mut total = 0;
        let mut panel = panel::Tally::default();
        for row in rows {
            total += 1;
            panel.count(row);
            // Ideas dated after now (a clock set wrong) are in no week.
            if row.created.0 >= first_week && row.created <= now {
                let week = ((row.created.0 - first_week) / (7 * DAY)) as usize;
                intake[week.min(INTAKE_WEEKS - 1)] += 1;
            }
            sectors[row.sector.index()] += 1;
            stages[row.stage.index()] += 1;
            orgs[row.org_kind.index()] += 1;
            matrix[row.sector.index()][row.stage.index()] += 1;
            for b in row.barrier_list() {
                barriers[b.index()] += 1;
            }
            if !row.region.is_empty() {
                *regions.entry(row.region.as_str()).or_default() += 1;
            }
            match row.stage {
                Stage::New => waits[0].push(row.waiting_days(now)),
                Stage::Review => waits[1].push(row.waiting_days(now)),
                _ => {}
            }
        }
        let mut top: Vec<(&str, usize)> = regions.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let pipeline: Vec<Stage> = Stage::ALL
            .iter()
            .copied()
            .filter(|s| *s != Stage::Declined)
            .collect();
        let reached = |i: usize| {
            pipeline[i..]
                .iter()
                .map(|s| stages[s.index()])
                .sum::<usize>()
        };
        let funnel = pipeline
            .iter()
            .enumerate()
            .map(|(i, s)| FunnelStep {
                stage: s.name().into(),
                count: stages[s.index()],
                reached: reached(i),
                to_next_percent: (i + 1 < pipeline.len() && reached(i) > 0)
                    .then(|| percent(reached(i + 1), reached(i))),
            })
            .collect();
        let waiting = [Stage::New, Stage::Review]
            .iter()
            .zip(waits)
            .map(|(s, days)| Waiting {
                stage: s.name().into(),
                count: days.len(),
                stale_days: stale_days(),
                over_stale_days: days.iter().filter(|d| **d > stale_days()).count(),
                median_days: median(days),
            })
            .collect();
        Figures {
            total,
            sectors: counts::<Sector>(&sectors, total),
            stages: counts::<Stage>(&stages, total),
            org_kinds: counts::<OrgKind>(&orgs, total),
            barriers: counts::<Barrier>(&barriers, total),
            regions: top
                .into_iter()
                .take(TOP_REGIONS)
                .map(|(r, count)| Count {
                    name: r.into(),
                    label: r.into(),
                    count,
                    percent: percent(count, total),
                })
                .collect(),
            funnel,
            sector_by_stage: matrix,
            reasons: Box::default(),
            waiting,
            intake: intake
                .iter()
                .enumerate()
                .map(|(i, &count)| Week {
                    week_start: Timestamp(first_week + i as i64 * 7 * DAY).date(),
                    count,
                })
                .collect(),
            panel: Box::new(panel.finish()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Edit, Idea};

    const DAY: i64 = 86_400;
    const NOW: Timestamp = Timestamp(1000 * DAY);

    /// An idea created `age` days ago, moved to `stage` `since` days ago.
    fn row(sector: Sector, stage: Stage, age: i64, since: Option<i64>, region: &str) -> Row {
        let mut i = Idea::new("x".into(), Timestamp(NOW.0 - age * DAY));
        i.sector = sector;
        i.region = region.into();
        i.barriers.insert(Barrier::Funding);
        match since {
            Some(d) => {
                i.apply(&Edit::Stage(stage), Timestamp(NOW.0 - d * DAY));
            }
            None => i.stage = stage,
        }
        Row::of(&i)
    }

    fn sample() -> Vec<Row> {
        vec![
            row(Sector::Health, Stage::New, 40, None, "Kazan"),
            row(Sector::Health, Stage::New, 10, None, "Kazan"),
            row(Sector::Health, Stage::Review, 90, Some(50), "Perm"),
            row(Sector::Education, Stage::Review, 20, Some(5), ""),
            row(Sector::Education, Stage::Incubation, 100, Some(60), "Perm"),
            row(Sector::Ecology, Stage::Pilot, 100, Some(30), "Kazan"),
            row(Sector::Ecology, Stage::Scaling, 200, Some(30), "Omsk"),
            row(
                Sector::Employment,
                Stage::Sustainable,
                300,
                Some(10),
                "Omsk",
            ),
            row(Sector::Employment, Stage::Declined, 50, Some(45), "Tver"),
        ]
    }

    #[test]
    fn counts_and_percentages() {
        let f = Figures::of(&sample(), NOW);
        assert_eq!(f.total, 9);
        assert_eq!(f.sectors[0].count, 3);
        assert_eq!(f.sectors[0].percent, 33.3);
        assert!(
            f.stages.iter().all(|c| c.count >= 1),
            "every stage has an idea"
        );
        assert_eq!(f.barriers[0].count, 9);
        let regions: Vec<_> = f
            .regions
            .iter()
            .map(|c| (c.name.as_str(), c.count))
            .collect();
        assert_eq!(
            regions,
            [("Kazan", 3), ("Omsk", 2), ("Perm", 2), ("Tver", 1)]
        );
        assert_eq!(
            f.sector_by_stage[Sector::Health.index()][Stage::New.index()],
            2
        );
        assert_eq!(
            f.sector_by_stage[Sector::Employment.index()][Stage::Declined.index()],
            1
        );
    }

    #[test]
    fn the_funnel_counts_ideas_that_got_at_least_this_far() {
        let f = Figures::of(&sample(), NOW);
        let reached: Vec<usize> = f.funnel.iter().map(|s| s.reached).collect();
        assert_eq!(reached, [8, 6, 4, 3, 2, 1]);
        assert_eq!(f.funnel[0].to_next_percent, Some(75.0));
        assert_eq!(f.funnel[1].to_next_percent, Some(66.7));
        assert_eq!(f.funnel[5].to_next_percent, None);
        assert_eq!(f.funnel.len(), 6, "declined is not in the funnel");
    }

    #[test]
    fn waiting_times_come_from_history_or_creation() {
        let f = Figures::of(&sample(), NOW);
        // new: 40 and 10 days since creation; review: 50 and 5 days since the move.
        assert_eq!(
            f.waiting[0],
            Waiting {
                stage: "new".into(),
                count: 2,
                median_days: Some(25),
                stale_days: 30,
                over_stale_days: 1
            }
        );
        assert_eq!(
            f.waiting[1],
            Waiting {
                stage: "review".into(),
                count: 2,
                median_days: Some(27),
                stale_days: 30,
                over_stale_days: 1
            }
        );
        let stale: Vec<bool> = sample().iter().map(|r| r.is_stale(NOW)).collect();
        assert_eq!(
            stale,
            [true, false, true, false, false, false, false, false, false]
        );
    }

    #[test]
    fn intake_counts_the_ideas_received_each_week_for_twelve_weeks() {
        // 1000 days after the epoch is Wednesday 1972-09-27.
        let now = Timestamp(1000 * DAY + 15 * 3600);
        let monday = 998 * DAY;
        assert_eq!(week_start(now), monday);
        let row = |t: i64| {
            let mut i = Idea::new("x".into(), Timestamp(t));
            i.sector = Sector::Health;
            Row::of(&i)
        };
        let rows: Vec<Row> = [
            now.0,                 // this week
            monday,                // this week, its first second
            monday - 1,            // last week, its last second
            monday - 7 * DAY,      // last week
            monday - 77 * DAY,     // the first of the twelve weeks
            monday - 77 * DAY - 1, // before them
            monday - 300 * DAY,    // long before
            now.0 + 1,             // after now: in no week
        ]
        .map(row)
        .to_vec();
        let f = Figures::of(&rows, now);
        let counts: Vec<usize> = f.intake.iter().map(|w| w.count).collect();
        assert_eq!(counts, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2]);
        assert_eq!(f.intake[11].week_start, "1972-09-25");
        assert_eq!(f.intake[10].week_start, "1972-09-18");
        assert_eq!(f.intake[0].week_start, "1972-07-10");
        // Before 1970 too (negative seconds round down to the Monday).
        assert_eq!(Timestamp(week_start(Timestamp(-1))).date(), "1969-12-29");
    }

    #[test]
    fn an_empty_set_has_zeroes_and_no_medians() {
        let f = Figures::of(&[], NOW);
        assert_eq!(f.total, 0);
        assert!(f.sectors.iter().all(|c| c.count == 0 && c.percent == 0.0));
        assert!(
            f.funnel
                .iter()
                .all(|s| s.reached == 0 && s.to_next_percent.is_none())
        );
        assert_eq!(f.waiting[0].median_days, None);
        assert!(f.regions.is_empty());
    }
}
