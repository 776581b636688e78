//! The runtime's side of assigning reviewers in the UI: planning reads
//! the ideas and the declared conflicts and plans as `sprout assign`
//! does; applying writes every idea's new reviewers in one commit, each
//! checked again against the conflicts and the reviewers stored now, so
//! a conflict declared (or a reviewer added) since the plan is never
//! broken or doubled.

use super::assign_plan::Proposal;
use super::msg::{Msg, Reply};
use crate::domain::assign::{Candidate, plan};
use crate::domain::assign_conflicts::reviewer_key;
use crate::domain::{Edit, Idea, Timestamp};
use crate::store::Store;
use crate::{Error, ideas};

/// Ideas are read this many at a time (one round trip each on a server).
const BATCH: usize = 4096;

fn read(store: &Store, ids: &[u64]) -> Result<Vec<Idea>, Error> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(BATCH) {
        out.extend(
            store
                .ideas_with_versions(chunk)?
                .into_iter()
                .flatten()
                .map(|v| v.idea),
        );
    }
    Ok(out)
}

/// The plan for `ids`, as a reply for update.
pub fn plan_for(store: &Store, ids: &[u64], reviewers: &[String], per_idea: usize) -> Vec<Msg> {
    let made = read(store, ids).and_then(|found| {
        let candidates: Vec<Candidate> = found.iter().map(Candidate::of).collect();
        let conflicts = store.declared_conflicts()?;
        Ok(plan(&candidates, reviewers, per_idea, &conflicts))
    });
    match made {
        Ok(plan) => vec![Msg::Reply(Reply::AssignPlan(Box::new(Proposal {
            reviewers: reviewers.to_vec(),
            per_idea,
            plan,
        })))],
        Err(e) => failed(e),
    }
}

/// Applies the plan in one commit; the reply is a change saved, so it is
/// one step of undo.
pub fn apply(store: &Store, proposal: &Proposal, now: Timestamp) -> Vec<Msg> {
    let wanted: Vec<_> = proposal
        .plan
        .ideas
        .iter()
        .filter(|i| !i.added.is_empty())
        .collect();
    let ids: Vec<u64> = wanted.iter().map(|i| i.id).collect();
    let done = read(store, &ids).and_then(|found| {
        let conflicts = store.declared_conflicts()?;
        let pairs: Vec<(Idea, Idea)> = found
            .iter()
            .filter_map(|idea| {
                let planned = wanted.iter().find(|i| i.id == idea.id)?;
                let had: Vec<String> = idea.reviewers.iter().map(|r| reviewer_key(r)).collect();
                let mut all = idea.reviewers.clone();
                for r in &planned.added {
                    let key = reviewer_key(r);
                    let barred = conflicts
                        .iter()
                        .any(|c| c.is_of(&key) && c.matches(&idea.proposer, &idea.region));
                    if !barred && !had.contains(&key) {
                        all.insert(r.clone());
                    }
                }
                if all == idea.reviewers {
                    return None;
                }
                let mut after = idea.clone();
                after.apply(&Edit::Reviewers(all), now);
                Some((idea.clone(), after))
            })
            .collect();
        let added = pairs
            .iter()
            .map(|(b, a)| a.reviewers.len() - b.reviewers.len())
            .sum();
        let label = super::assign_plan::saved_label(added, pairs.len());
        Ok((ideas::replace_all(store, &pairs, now, false)?, label))
    });
    match done {
        Ok((changes, label)) => vec![Msg::Reply(Reply::Saved {
            label,
            changes,
            triage_next: false,
        })],
        Err(e) => failed(e),
    }
}

fn failed(e: Error) -> Vec<Msg> {
    vec![Msg::Reply(Reply::Failed(crate::tr!(
        "panelfin-assign-failed",
        error = &e.to_string()
    )))]
}
