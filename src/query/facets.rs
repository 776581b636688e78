//! Facet counts for the filter sidebar: for each group of values (sector,
//! stage, …), how many ideas each value has among those that the rest of
//! the query leaves. One pass over the rows computes every group.

use super::parse::{Term, TextField};
use crate::domain::{Barrier, Name, Row};

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
            Term::Unset(TextField::Region) => Group::Region,
            Term::Unset(TextField::Tag) => Group::Tag,
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

/// Counts as rows go by; regions and tags by their [`Name`] number.
pub struct Tally {
    facets: Facets,
    regions: Vec<u32>,
    tags: Vec<u32>,
}

impl Tally {
    /// A tally for rows whose names exist now.
    pub fn new() -> Tally {
        let names = Name::count();
        Tally {
            facets: Facets::default(),
            regions: vec![0; names],
            tags: vec![0; names],
        }
    }

    /// Counts a row for every group (`failed` = `None`, a match) or for the
    /// one group whose terms alone it fails.
    pub fn count(&mut self, row: &Row, failed: Option<Group>) {
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
        // A name made after the tally began is not counted (no row of
        // the catalog has one).
        if counts(Group::Region)
            && !row.region.is_empty()
            && let Some(n) = self.regions.get_mut(row.region.id() as usize)
        {
            *n += 1;
        }
        if counts(Group::Tag) {
            for t in &row.tags {
                if let Some(n) = self.tags.get_mut(t.id() as usize) {
                    *n += 1;
                }
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
    pub fn finish(mut self) -> Facets {
        self.facets.regions = top(&self.regions);
        self.facets.tags = top(&self.tags);
        self.facets
    }
}

fn top(counts: &[u32]) -> Vec<(String, usize)> {
    let mut v: Vec<(&str, usize)> = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .filter_map(|(id, n)| Some((Name::by_id(id as u32)?.as_str(), *n as usize)))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter()
        .take(TOP_VALUES)
        .map(|(k, n)| (k.to_string(), n))
        .collect()
}
