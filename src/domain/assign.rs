//! Fair assignment of reviewers (issue 18, point 5): the plan `sprout
//! assign` shows and applies. Pure: the ideas, the reviewers and the
//! declared conflicts in, the plan out; the same input gives the same plan.
//!
//! Each idea is to have `per_idea` reviewers. The reviewers it has already
//! are kept and count towards that; the others come from the reviewers
//! given, never one with a declared conflict for the idea. Every given
//! reviewer's load is the number of the matched ideas they review, those
//! they had already included, and the plan keeps loads as even as it can:
//! ideas with the fewest reviewers free for them are served first, each
//! by the least-loaded free reviewers, and then a new assignment moves
//! from a reviewer to one with a load two or more lower wherever that one
//! may take it, until none can move. So loads end at most one apart unless
//! a conflict or an earlier assignment makes that impossible.

use super::assign_conflicts::{DeclaredConflict, reviewer_key};
use std::collections::BTreeSet;

/// An idea to be given reviewers: what matching a conflict reads, and
/// the reviewers it has already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: u64,
    pub proposer: String,
    pub region: String,
    pub reviewers: BTreeSet<String>,
}

impl Candidate {
    /// What the planner needs of `idea`: who proposed it, where, and who
    /// already reviews it. The command line and the UI plan from this.
    pub fn of(idea: &crate::domain::Idea) -> Candidate {
        Candidate {
            id: idea.id,
            proposer: idea.proposer.clone(),
            region: idea.region.clone(),
            reviewers: idea.reviewers.clone(),
        }
    }
}

/// What the plan does for one idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaPlan {
    pub id: u64,
    /// The reviewers it had, kept.
    pub kept: Vec<String>,
    /// The reviewers the plan adds, in the order given.
    pub added: Vec<String>,
    /// Given reviewers a conflict bars from it, with the conflict.
    pub barred: Vec<(String, DeclaredConflict)>,
    /// How many more it should have had but no free reviewer was left for
    /// (0: it has what was asked).
    pub missing: usize,
}

/// One given reviewer's load among the matched ideas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Load {
    pub reviewer: String,
    /// Ideas they had already.
    pub before: usize,
    /// Ideas the plan adds.
    pub added: usize,
}

impl Load {
    pub fn total(&self) -> usize {
        self.before + self.added
    }
}

/// The whole plan, in the order the ideas were given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub ideas: Vec<IdeaPlan>,
    pub loads: Vec<Load>,
}

impl Plan {
    /// The ideas that get fewer reviewers than asked.
    pub fn short(&self) -> impl Iterator<Item = &IdeaPlan> {
        self.ideas.iter().filter(|i| i.missing > 0)
    }

    /// How many assignments the plan adds.
    pub fn added(&self) -> usize {
        self.ideas.iter().map(|i| i.added.len()).sum()
    }
}

/// The plan for `ideas` given `reviewers` (already cleaned and without
/// repeats), `per_idea` each, never against `conflicts`.
pub fn plan(
    ideas: &[Candidate],
    reviewers: &[String],
    per_idea: usize,
    conflicts: &[DeclaredConflict],
) -> Plan {
    let keys: Vec<String> = reviewers.iter().map(|r| reviewer_key(r)).collect();
    let theirs: Vec<Vec<&DeclaredConflict>> = keys
        .iter()
        .map(|k| conflicts.iter().filter(|c| c.is_of(k)).collect())
        .collect();
    let mut before = vec![0usize; reviewers.len()];
    let mut added = vec![0usize; reviewers.len()];
    // For each idea: the given reviewers free for it, and those barred.
    let mut free: Vec<Vec<usize>> = Vec::with_capacity(ideas.len());
    let mut out: Vec<IdeaPlan> = Vec::with_capacity(ideas.len());
    let mut need: Vec<usize> = Vec::with_capacity(ideas.len());
    for idea in ideas {
        let had: BTreeSet<String> = idea.reviewers.iter().map(|r| reviewer_key(r)).collect();
        let mut barred = Vec::new();
        let mut open = Vec::new();
        for (r, key) in keys.iter().enumerate() {
            if had.contains(key) {
                before[r] += 1;
            } else if let Some(c) = theirs[r]
                .iter()
                .find(|c| c.matches(&idea.proposer, &idea.region))
            {
                barred.push((reviewers[r].clone(), (*c).clone()));
            } else {
                open.push(r);
            }
        }
        need.push(per_idea.saturating_sub(had.len()));
        free.push(open);
        out.push(IdeaPlan {
            id: idea.id,
            kept: idea.reviewers.iter().cloned().collect(),
            added: Vec::new(),
            barred,
            missing: 0,
        });
    }
    // The ideas with the fewest free reviewers first: they have the least
    // choice, and the others can balance around them.
    let mut order: Vec<usize> = (0..ideas.len()).collect();
    order.sort_by_key(|&i| (free[i].len(), ideas[i].id));
    let mut given: Vec<Vec<usize>> = vec![Vec::new(); ideas.len()];
    let n = reviewers.len().max(1);
    for (k, &i) in order.iter().enumerate() {
        let mut open = free[i].clone();
        // Between equal loads, who comes first turns with each idea, so
        // that reviewers are paired with each of the others, not always
        // the same one.
        open.sort_by_key(|&r| (before[r] + added[r], (r + n - k % n) % n));
        let take = need[i].min(open.len());
        for &r in &open[..take] {
            added[r] += 1;
        }
        given[i] = open[..take].to_vec();
        out[i].missing = need[i] - take;
    }
    even_out(&mut given, &free, &before, &mut added);
    for (i, mut rs) in given.into_iter().enumerate() {
        rs.sort_unstable();
        out[i].added = rs.into_iter().map(|r| reviewers[r].clone()).collect();
    }
    Plan {
        ideas: out,
        loads: reviewers
            .iter()
            .enumerate()
            .map(|(r, name)| Load {
                reviewer: name.clone(),
                before: before[r],
                added: added[r],
            })
            .collect(),
    }
}

/// Moves new assignments from a reviewer to one whose load is two or more
/// lower, where that one is free for the idea, until none can move. Each
/// move lowers the sum of the squared loads, so this ends.
fn even_out(given: &mut [Vec<usize>], free: &[Vec<usize>], before: &[usize], added: &mut [usize]) {
    let n = added.len();
    // Ideas by the reviewers they were newly given to, kept up to date.
    let mut of: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for (i, rs) in given.iter().enumerate() {
        for &r in rs {
            of[r].insert(i);
        }
    }
    loop {
        let load = |r: usize, added: &[usize]| before[r] + added[r];
        let mut by_load: Vec<usize> = (0..n).collect();
        by_load.sort_by_key(|&r| (load(r, added), r));
        let mut moved = None;
        'find: for &to in &by_load {
            for &from in by_load.iter().rev() {
                if load(from, added) < load(to, added) + 2 {
                    break;
                }
                if let Some(&i) = of[from]
                    .iter()
                    .find(|&&i| !given[i].contains(&to) && free[i].contains(&to))
                {
                    moved = Some((i, from, to));
                    break 'find;
                }
            }
        }
        let Some((i, from, to)) = moved else {
            return;
        };
        let at = given[i].iter().position(|&r| r == from).expect("given");
        given[i][at] = to;
        of[from].remove(&i);
        of[to].insert(i);
        added[from] -= 1;
        added[to] += 1;
    }
}

#[cfg(test)]
mod tests;
