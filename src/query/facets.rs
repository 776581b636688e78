//! Facet counts for the filter sidebar: for each group of values (sector,
//! stage, …), how many ideas each value has among those that the rest of
//! the query leaves. One pass over the rows computes every group.

use super::parse::{Term, TextField};
use crate::domain::{Barrier, Row};

/// How many regions and tags the sidebar lists.
pub const TOP_VALUES: usize = 8;

/// The facet group a term filters, or `Other` for terms that are not facets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Sector,
    Stage,
    Org,
    Barrier,
    Region,
    Tag,
    Other,
}

impl Term {
    pub fn group(&self) -> Group {
        match self {
            Term::Sector(_) => Group::Sector,
            Term::Stage(_) => Group::Stage,
            Term::Org(_) => Group::Org,
            Term::Barrier(_) => Group::Barrier,
            Term::Text(TextField::Region, _) => Group::Region,
            Term::Text(TextField::Tag, _) => Group::Tag,
            Term::Not(inner) => inner.group(),
            _ => Group::Other,
        }
    }
}

/// Counts per facet value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub sectors: [usize; 7],
    pub stages: [usize; 7],
    pub orgs: [usize; 7],
    pub barriers: [usize; 5],
    /// The most common regions, most first.
    pub regions: Vec<(String, usize)>,
    /// The most common tags, most first.
    pub tags: Vec<(String, usize)>,
}

/// Counts as rows go by; regions and tags by their interned number.
pub struct Tally {
    facets: Facets,
    regions: Vec<u32>,
    tags: Vec<u32>,
}

impl Tally {
    pub fn new(regions: usize, tags: usize) -> Tally {
        Tally {
            facets: Facets::default(),
            regions: vec![0; regions],
            tags: vec![0; tags],
        }
    }

    /// Counts a row for every group (`failed` = `None`, a match) or for the
    /// one group whose terms alone it fails.
    pub fn count(&mut self, row: &Row, region: u32, tags: &[u32], failed: Option<Group>) {
        let counts = |g: Group| failed.is_none() || failed == Some(g);
        let f = &mut self.facets;
        if counts(Group::Sector) {
            f.sectors[row.sector.index()] += 1;
        }
        if counts(Group::Stage) {
            f.stages[row.stage.index()] += 1;
        }
        if counts(Group::Org) {
            f.orgs[row.org_kind.index()] += 1;
        }
        if counts(Group::Barrier) {
            for b in row.barrier_list() {
                f.barriers[Barrier::index(b)] += 1;
            }
        }
        if counts(Group::Region) && region != u32::MAX {
            self.regions[region as usize] += 1;
        }
        if counts(Group::Tag) {
            for &t in tags {
                self.tags[t as usize] += 1;
            }
        }
    }

    /// Adds another tally's counts (from the other half of a parallel scan).
    pub fn add(&mut self, other: &Tally) {
        let f = &mut self.facets;
        let o = &other.facets;
        for (a, b) in f.sectors.iter_mut().zip(o.sectors) {
            *a += b;
        }
        for (a, b) in f.stages.iter_mut().zip(o.stages) {
            *a += b;
        }
        for (a, b) in f.orgs.iter_mut().zip(o.orgs) {
            *a += b;
        }
        for (a, b) in f.barriers.iter_mut().zip(o.barriers) {
            *a += b;
        }
        for (a, b) in self.regions.iter_mut().zip(&other.regions) {
            *a += b;
        }
        for (a, b) in self.tags.iter_mut().zip(&other.tags) {
            *a += b;
        }
    }

    /// The counts, with the most common regions and tags named.
    pub fn finish(mut self, region_names: &[String], tag_names: &[String]) -> Facets {
        self.facets.regions = top(&self.regions, region_names);
        self.facets.tags = top(&self.tags, tag_names);
        self.facets
    }
}

fn top(counts: &[u32], names: &[String]) -> Vec<(String, usize)> {
    let mut v: Vec<(&str, usize)> = counts
        .iter()
        .zip(names)
        .filter(|(n, _)| **n > 0)
        .map(|(n, name)| (name.as_str(), *n as usize))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter()
        .take(TOP_VALUES)
        .map(|(k, n)| (k.to_string(), n))
        .collect()
}
