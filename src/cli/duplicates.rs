//! `sprout set ID --duplicate-of N` and `--not-duplicate N`: settling a
//! pair of near-copies. A duplicate is declined and points at its
//! original (whose detail lists it); "not a duplicate" is written on both,
//! so that the pair is never flagged again from either side.

use super::args::SetArgs;
use crate::domain::{Clock, Idea};
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
        return Err(Error::Invalid(crate::tr!(
            "cli-err-duplicate-self",
            flag = flag,
            other = other
        )));
    }
    let other_idea = store.idea(other)?.ok_or(Error::NotFound(other))?;
    for &id in &a.ids {
        store.idea(id)?.ok_or(Error::NotFound(id))?;
        if a.duplicate_of.is_some() && other_idea.duplicate_of == Some(id) {
            return Err(Error::Invalid(crate::tr!(
                "cli-err-duplicate-circle",
                flag = flag,
                other = other,
                id = id
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
        pairs.extend(ideas::pairs::duplicate_of(store, &a.ids, of, now)?);
        for &id in &a.ids {
            said.push(crate::tr!(
                "cli-marked-duplicate",
                id = id.to_string().as_str(),
                of = of.to_string().as_str()
            ));
        }
    }
    if let Some(not) = a.not_duplicate {
        pairs.extend(ideas::pairs::not_duplicate(store, &a.ids, not)?);
        for &id in &a.ids {
            said.push(crate::tr!(
                "cli-marked-not-duplicate",
                id = id.to_string().as_str(),
                not = not.to_string().as_str()
            ));
        }
    }
    if ideas::pairs::write(store, pairs, now, a.overwrite)?.is_empty() {
        super::stdout::line(&crate::tr!("cli-pair-unchanged"))?;
        return Ok(());
    }
    for s in said {
        super::stdout::line(&s)?;
    }
    Ok(())
}
