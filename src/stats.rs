//! The pipeline figures: counts by sector, stage, organisation kind,
//! barrier and region for a set of rows. The UI and `sprout stats` both
//! use [`Figures::of`], so they cannot disagree.

use crate::domain::{Barrier, Named, OrgKind, Row, Sector, Stage};
use serde::Serialize;
use std::collections::HashMap;

/// How many of the ideas have one value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub name: String,
    pub label: String,
    pub count: usize,
    pub percent: f64,
}

/// The figures for one set of ideas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    pub total: usize,
    pub sectors: Vec<Count>,
    pub stages: Vec<Count>,
    pub org_kinds: Vec<Count>,
    pub barriers: Vec<Count>,
    pub regions: Vec<Count>,
}

/// How many regions the figures list.
pub const TOP_REGIONS: usize = 10;

impl Figures {
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a Row>) -> Figures {
        let mut sectors = [0usize; 7];
        let mut stages = [0usize; 7];
        let mut orgs = [0usize; 7];
        let mut barriers = [0usize; 5];
        let mut regions: HashMap<&str, usize> = HashMap::new();
        let mut total = 0;
        for row in rows {
            total += 1;
            sectors[row.sector.index()] += 1;
            stages[row.stage.index()] += 1;
            orgs[row.org_kind.index()] += 1;
            for b in row.barrier_list() {
                barriers[b.index()] += 1;
            }
            if !row.region.is_empty() {
                *regions.entry(row.region.as_str()).or_default() += 1;
            }
        }
        let pct = |n: usize| {
            if total == 0 {
                0.0
            } else {
                (n as f64 * 1000.0 / total as f64).round() / 10.0
            }
        };
        fn named<T: Named>(counts: &[usize], pct: &dyn Fn(usize) -> f64) -> Vec<Count> {
            T::ALL
                .iter()
                .zip(counts)
                .map(|(v, &count)| Count {
                    name: v.name().into(),
                    label: v.label().into(),
                    count,
                    percent: pct(count),
                })
                .collect()
        }
        let mut top: Vec<(&str, usize)> = regions.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        Figures {
            total,
            sectors: named::<Sector>(&sectors, &pct),
            stages: named::<Stage>(&stages, &pct),
            org_kinds: named::<OrgKind>(&orgs, &pct),
            barriers: named::<Barrier>(&barriers, &pct),
            regions: top
                .into_iter()
                .take(TOP_REGIONS)
                .map(|(r, count)| Count {
                    name: r.into(),
                    label: r.into(),
                    count,
                    percent: pct(count),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Timestamp};

    #[test]
    fn counts_and_percentages() {
        let mk = |sector, stage, region: &str| {
            let mut i = Idea::new("x".into(), Timestamp(0));
            i.sector = sector;
            i.stage = stage;
            i.region = region.into();
            i.barriers.insert(Barrier::Funding);
            Row::of(&i)
        };
        let rows = [
            mk(Sector::Health, Stage::New, "Kazan"),
            mk(Sector::Health, Stage::Pilot, "Kazan"),
            mk(Sector::Ecology, Stage::Pilot, "Perm"),
            mk(Sector::Education, Stage::Declined, ""),
        ];
        let f = Figures::of(&rows);
        assert_eq!(f.total, 4);
        assert_eq!(f.sectors[0].count, 2);
        assert_eq!(f.sectors[0].percent, 50.0);
        assert_eq!(f.stages[3].count, 2);
        assert_eq!(f.barriers[0].count, 4);
        assert_eq!(
            f.regions
                .iter()
                .map(|c| (c.name.as_str(), c.count))
                .collect::<Vec<_>>(),
            [("Kazan", 2), ("Perm", 1)]
        );
        let empty = Figures::of(&[]);
        assert_eq!(empty.total, 0);
        assert!(
            empty
                .sectors
                .iter()
                .all(|c| c.count == 0 && c.percent == 0.0)
        );
    }
}
