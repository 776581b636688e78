//! What the command line and the UI both do to ideas: add one and apply
//! edits, each as one atomic, flushed write. Selecting them with a query is
//! [`crate::search`]'s.

use crate::Error;
use crate::domain::{Clock, Edit, Idea, Timestamp};
use crate::store::Store;

/// Stores a new idea and returns its id.
pub fn add(store: &Store, mut idea: Idea) -> Result<u64, Error> {
    let mut writes = store.begin()?;
    idea.id = writes.allocate();
    let id = idea.id;
    writes.put(idea, None);
    store.commit(writes)?;
    Ok(id)
}

/// Applies the same edits to every idea in `ids`, all or nothing. Returns
/// the ids that changed. An unknown id fails before anything is written.
pub fn edit(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    clock: &dyn Clock,
) -> Result<Vec<u64>, Error> {
    let now = clock.now();
    let mut originals = Vec::with_capacity(ids.len());
    for &id in ids {
        originals.push(store.idea_with_version(id)?.ok_or(Error::NotFound(id))?);
    }
    let mut writes = store.begin()?;
    let mut changed = Vec::new();
    for original in originals {
        let mut idea = original.idea.clone();
        let mut any = false;
        for e in edits {
            any |= idea.apply(e, now);
        }
        idea.record_changes(&original.idea, now);
        if any && !changed.contains(&idea.id) {
            changed.push(idea.id);
            writes.put(idea, Some(original));
        }
    }
    store.commit(writes)?;
    Ok(changed)
}

/// One idea before and after a change: `None` before means it was
/// created, `None` after means it was removed (undoing a creation).
pub type Change = (Option<Idea>, Option<Idea>);

/// Applies edits to each idea in `ids` (all or nothing) and returns the
/// ideas that changed, before and after.
pub fn edit_returning(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    now: Timestamp,
) -> Result<Vec<Change>, Error> {
    let mut writes = store.begin()?;
    let mut changes = Vec::new();
    for &id in ids {
        let stored = store.idea_with_version(id)?.ok_or(Error::NotFound(id))?;
        let before = stored.idea.clone();
        let mut after = before.clone();
        let mut any = false;
        for e in edits {
            any |= after.apply(e, now);
        }
        after.record_changes(&before, now);
        if any
            && !changes
                .iter()
                .any(|(b, _): &Change| b.as_ref().is_some_and(|b| b.id == id))
        {
            writes.put(after.clone(), Some(stored));
            changes.push((Some(before), Some(after)));
        }
    }
    store.commit(writes)?;
    Ok(changes)
}

/// Writes the given states of ideas back: each `(current, target)` makes
/// the stored idea `target` (or removes it when `target` is `None`). Based
/// on each idea as it is stored now, whatever `current` says: an undo
/// writes back over what is there.
pub fn restore(store: &Store, states: &[Change]) -> Result<(), Error> {
    let mut writes = store.begin()?;
    for (current, target) in states {
        let Some(id) = target.as_ref().or(current.as_ref()).map(|i| i.id) else {
            continue;
        };
        let stored = store.idea_with_version(id)?;
        match (target, stored) {
            (Some(t), stored) => writes.put(t.clone(), stored),
            (None, Some(stored)) => writes.delete(stored),
            (None, None) => {}
        }
    }
    store.commit(writes)?;
    Ok(())
}
