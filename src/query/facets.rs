//! Facet counts for the filter sidebar: for each group of values (sector,
//! stage, …), how many ideas each value has among those that the rest of
//! the query leaves. One pass over the rows computes every group.

use super::parse::{Term, TextField};
use crate::domain::{Barrier, Row};
use std::collections::HashMap;

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

/// Counts as rows go by.
#[derive(Default)]
pub struct Tally<'a> {
    facets: Facets,
    regions: HashMap<&'a str, usize>,
    tags: HashMap<&'a str, usize>,
}

impl<'a> Tally<'a> {
    /// Counts a row for every group (`failed` = `None`, a match) or for the
    /// one group whose terms alone it fails.
    pub fn count(&mut self, row: &'a Row, failed: Option<Group>) {
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
        if counts(Group::Region) && !row.region.is_empty() {
            *self.regions.entry(row.region.as_str()).or_default() += 1;
        }
        if counts(Group::Tag) {
            for t in &row.tags {
                *self.tags.entry(t.as_str()).or_default() += 1;
            }
        }
    }

    pub fn finish(mut self) -> Facets {
        self.facets.regions = top(self.regions);
        self.facets.tags = top(self.tags);
        self.facets
    }
}

fn top(counts: HashMap<&str, usize>) -> Vec<(String, usize)> {
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter()
        .take(TOP_VALUES)
        .map(|(k, n)| (k.to_string(), n))
        .collect()
}
