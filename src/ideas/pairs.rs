//! Settling a pair of near-copies, for the command line (`sprout set ID
//! --duplicate-of N`, `--not-duplicate N`) and the UI's keys alike: a
//! duplicate is declined and points at its original (whose detail lists
//! it); "not a duplicate" is written on both ideas, so that the pair is
//! never flagged again from either side. Every pair is written in one
//! commit ([`super::replace_all`]), so undoing it restores both.

use super::Change;
use crate::Error;
use crate::domain::{Edit, Idea, Stage, Timestamp};
use crate::store::Store;

/// The reason a duplicate is declined with, where the database offers it.
const DUPLICATE: &str = "duplicate";

/// (before, after) of each idea of `ids` marked a duplicate of `of`:
/// declined (with the reason `duplicate`, while the database offers it),
/// linked, and no longer "not a duplicate" of it.
pub fn duplicate_of(
    store: &Store,
    ids: &[u64],
    of: u64,
    now: Timestamp,
) -> Result<Vec<(Idea, Idea)>, Error> {
    let mut pairs = Vec::with_capacity(ids.len());
    let reason = store
        .reasons()?
        .pick(DUPLICATE, Stage::Declined)
        .ok()
        .filter(|r| r.key == DUPLICATE)
        .map(|r| Edit::Reason(r.key.clone()));
    for &id in ids {
        let before = store.idea(id)?.ok_or(Error::NotFound(id))?;
        let mut after = before.clone();
        after.duplicate_of = Some(of);
        after.not_duplicates.remove(&of);
        after.apply(&Edit::Stage(Stage::Declined), now);
        if let Some(reason) = &reason {
            after.apply(reason, now);
        }
        after.record_changes(&before, now);
        pairs.push((before, after));
    }
    Ok(pairs)
}

/// (before, after) of each idea of `ids` and of `not`, said not to be
/// duplicates of each other: written on both, and undoing a mark between
/// them.
pub fn not_duplicate(store: &Store, ids: &[u64], not: u64) -> Result<Vec<(Idea, Idea)>, Error> {
    let other_before = store.idea(not)?.ok_or(Error::NotFound(not))?;
    let mut other = other_before.clone();
    let mut pairs = Vec::with_capacity(ids.len() + 1);
    for &id in ids {
        let before = store.idea(id)?.ok_or(Error::NotFound(id))?;
        let mut after = before.clone();
        after.not_duplicates.insert(not);
        other.not_duplicates.insert(id);
        if after.duplicate_of == Some(not) {
            after.duplicate_of = None;
        }
        if other.duplicate_of == Some(id) {
            other.duplicate_of = None;
        }
        pairs.push((before, after));
    }
    pairs.push((other_before, other));
    Ok(pairs)
}

/// Writes the pairs that change anything, all in one commit; none (and
/// nothing written) when every idea is already as asked.
pub fn write(
    store: &Store,
    mut pairs: Vec<(Idea, Idea)>,
    now: Timestamp,
    overwrite: bool,
) -> Result<Vec<Change>, Error> {
    pairs.retain(|(before, after)| before != after);
    if pairs.is_empty() {
        return Ok(Vec::new());
    }
    for (_, after) in &mut pairs {
        after.updated = now;
    }
    super::replace_all(store, &pairs, now, overwrite)
}

/// Why `ids` cannot be settled against `other`, before anything is
/// written: an idea paired with itself, one that is not there, or (for a
/// duplicate) a circle. The command line says the same with its flags.
pub fn check(store: &Store, ids: &[u64], other: u64, duplicate: bool) -> Result<(), Error> {
    if ids.contains(&other) {
        return Err(Error::Invalid(format!(
            "#{other} cannot be paired with itself"
        )));
    }
    let other_idea = store.idea(other)?.ok_or(Error::NotFound(other))?;
    for &id in ids {
        store.idea(id)?.ok_or(Error::NotFound(id))?;
        if duplicate && other_idea.duplicate_of == Some(id) {
            return Err(Error::Invalid(format!(
                "#{other} is marked a duplicate of #{id}: say they are not duplicates first"
            )));
        }
    }
    Ok(())
}
