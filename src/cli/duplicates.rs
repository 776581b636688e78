//! `sprout set ID --duplicate-of N` and `--not-duplicate N`: settling a
//! pair of near-copies. A duplicate is declined and points at its
//! original (whose detail lists it); "not a duplicate" is written on both,
//! so that the pair is never flagged again from either side.

use super::args::SetArgs;
use crate::domain::{Clock, Edit, Idea, Stage};
use crate::store::Store;
use crate::{Error, ideas};

/// Refuses what cannot be settled, before anything is written: an idea
/// that is not there, an idea paired with itself, a circle.
pub fn check(store: &Store, a: &SetArgs) -> Result<(), Error> {
    let (flag, other) = match (a.duplicate_of, a.not_duplicate) {
        (Some(n), _) => ("--duplicate-of", n),
        (None, Some(n)) => ("--not-duplicate", n),
        (None, None) => return Ok(()),
    };
    if a.ids.contains(&other) {
        return Err(Error::Invalid(format!(
            "{flag} {other}: an idea cannot be paired with itself"
        )));
    }
    let other_idea = store.idea(other)?.ok_or(Error::NotFound(other))?;
    for &id in &a.ids {
        store.idea(id)?.ok_or(Error::NotFound(id))?;
        if a.duplicate_of.is_some() && other_idea.duplicate_of == Some(id) {
            return Err(Error::Invalid(format!(
                "{flag} {other}: #{other} is marked a duplicate of #{id}; \
                 mark it not a duplicate first (sprout set {other} --not-duplicate {id})"
            )));
        }
    }
    Ok(())
}

/// Writes the pairs, all in one commit, and says what it did.
pub fn set(store: &Store, a: &SetArgs, clock: &dyn Clock) -> Result<(), Error> {
    let now = clock.now();
    let mut pairs: Vec<(Idea, Idea)> = Vec::new();
    let mut said = Vec::new();
    if let Some(of) = a.duplicate_of {
        for &id in &a.ids {
            let before = store.idea(id)?.ok_or(Error::NotFound(id))?;
            let mut after = before.clone();
            after.duplicate_of = Some(of);
            after.not_duplicates.remove(&of);
            after.apply(&Edit::Stage(Stage::Declined), now);
            after.record_changes(&before, now);
            pairs.push((before, after));
            said.push(format!("marked #{id} a duplicate of #{of} (declined)"));
        }
    }
    if let Some(not) = a.not_duplicate {
        let other_before = store.idea(not)?.ok_or(Error::NotFound(not))?;
        let mut other = other_before.clone();
        for &id in &a.ids {
            let before = store.idea(id)?.ok_or(Error::NotFound(id))?;
            let mut after = before.clone();
            after.not_duplicates.insert(not);
            other.not_duplicates.insert(id);
            // "Not a duplicate" undoes a mark between the two.
            if after.duplicate_of == Some(not) {
                after.duplicate_of = None;
            }
            if other.duplicate_of == Some(id) {
                other.duplicate_of = None;
            }
            pairs.push((before, after));
            said.push(format!(
                "#{id} and #{not} are not duplicates: never flagged again"
            ));
        }
        pairs.push((other_before, other));
    }
    pairs.retain(|(before, after)| before != after);
    if pairs.is_empty() {
        super::stdout::line("no change: already as asked")?;
        return Ok(());
    }
    for (_, after) in &mut pairs {
        after.updated = now;
    }
    ideas::replace_all(store, &pairs, now, a.overwrite)?;
    for s in said {
        super::stdout::line(&s)?;
    }
    Ok(())
}
