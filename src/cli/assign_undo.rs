//! `assign --undo`: takes back your last assignment. An assignment only
//! adds reviewers, each idea's in one history entry signed by you, all at
//! the moment of its commit. The last one still in effect is the newest
//! such moment among the entries whose added reviewers are all still
//! there; its ideas lose those reviewers again, in one commit (reviewers
//! someone added since are kept). So a second `--undo` takes back the
//! assignment before.

use crate::domain::{Clock, Edit, Idea, Timestamp};
use crate::store::Store;
use crate::{Error, ideas};
use std::collections::BTreeSet;

/// The names of a reviewers entry of the history (`anna, boris`).
fn names(text: &str) -> BTreeSet<String> {
    text.split(", ")
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// The newest entry of `idea` in which `me` only added reviewers who are
/// all still there: when, and whom it added.
fn in_effect(idea: &Idea, me: &str) -> Option<(Timestamp, BTreeSet<String>)> {
    idea.history
        .iter()
        .rev()
        .filter(|c| c.field == "reviewers" && c.by == me)
        .find_map(|c| {
            let (from, to) = (names(&c.from), names(&c.to));
            let added: BTreeSet<String> = to.difference(&from).cloned().collect();
            let only_added = from.is_subset(&to);
            (only_added && !added.is_empty() && added.is_subset(&idea.reviewers))
                .then_some((c.time, added))
        })
}

pub fn run(store: &Store, dry_run: bool, yes: bool, clock: &dyn Clock) -> Result<(), Error> {
    let me = store.actor();
    let mut found: Vec<(Idea, BTreeSet<String>)> = Vec::new();
    let mut latest = Timestamp(i64::MIN);
    for idea in store.ideas() {
        let idea = idea?;
        let Some((time, added)) = in_effect(&idea, &me) else {
            continue;
        };
        if time > latest {
            latest = time;
            found.clear();
        }
        if time == latest {
            found.push((idea, added));
        }
    }
    if found.is_empty() {
        super::stdout::note(&crate::tr!("cli-undo-none"));
        return Ok(());
    }
    let taken: usize = found.iter().map(|(_, added)| added.len()).sum();
    let what = crate::tr!(
        "cli-undo-what",
        assignments = crate::tr!("cli-assignments", count = taken).as_str(),
        ideas = crate::tr!("cli-on-ideas", count = found.len()).as_str(),
        when = super::words::moment(latest).as_str()
    );
    if dry_run {
        super::stdout::line(&crate::tr!("cli-undo-would", what = what.as_str()))?;
        return Ok(());
    }
    if !yes {
        super::confirm::refuse_without_terminal()?;
        let question = crate::tr!("cli-undo-ask", what = what.as_str()) + " ";
        if !super::confirm::confirmed(&question)? {
            super::stdout::note(&crate::tr!("cli-undo-not-taken"));
            return Ok(());
        }
    }
    let now = clock.now();
    let pairs: Vec<(Idea, Idea)> = found
        .into_iter()
        .map(|(idea, added)| {
            let mut after = idea.clone();
            let kept = idea.reviewers.difference(&added).cloned().collect();
            after.apply(&Edit::Reviewers(kept), now);
            (idea, after)
        })
        .collect();
    ideas::replace_all(store, &pairs, now, false)?;
    super::stdout::line(&crate::tr!("cli-undo-done", what = what.as_str()))?;
    Ok(())
}
