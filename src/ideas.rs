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
    let me = store.actor();
    for original in originals {
        let mut idea = original.idea.clone();
        let mut any = false;
        for e in edits {
            any |= idea.apply(e, now);
        }
        idea.record_changes(&original.idea, now);
        idea.sign(Some(&original.idea), &me);
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
    let me = store.actor();
    for &id in ids {
        let stored = store.idea_with_version(id)?.ok_or(Error::NotFound(id))?;
        let before = stored.idea.clone();
        let mut after = before.clone();
        let mut any = false;
        for e in edits {
            any |= after.apply(e, now);
        }
        after.record_changes(&before, now);
        after.sign(Some(&before), &me);
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
    let me = store.actor();
    for (current, target) in states {
        let Some(id) = target.as_ref().or(current.as_ref()).map(|i| i.id) else {
            continue;
        };
        let stored = store.idea_with_version(id)?;
        match (target, stored) {
            (Some(t), stored) => {
                // What a saved form or editor added is signed; an undo
                // goes back to fewer entries and signs nothing.
                let mut t = t.clone();
                t.sign(stored.as_ref().map(|s| &s.idea), &me);
                writes.put(t, stored)
            }
            (None, Some(stored)) => writes.delete(stored),
            (None, None) => {}
        }
    }
    store.commit(writes)?;
    Ok(())
}

/// [`restore`] for an undo or a redo: each `(current, target)` is what
/// the step last wrote and what it goes back to. It undoes only what you
/// did: where someone else changed an idea after `current` (a history
/// entry or note by another name), nothing is written, and the error says
/// who changed what (`#42: olga changed the stage after you; not undone`).
pub fn restore_own(store: &Store, states: &[Change], verb: &str) -> Result<(), Error> {
    let me = store.actor();
    for (current, _) in states {
        let Some(current) = current else { continue };
        let Some(stored) = store.idea(current.id)? else {
            continue;
        };
        if let Some(why) = changed_by_another(current, &stored, &me) {
            return Err(Error::Invalid(format!(
                "#{}: {why} after you; not {verb}",
                current.id
            )));
        }
    }
    restore(store, states)
}

/// What someone other than `me` did to `stored` since `seen`, said as a
/// person would (`olga changed the stage`), if anything.
fn changed_by_another(seen: &Idea, stored: &Idea, me: &str) -> Option<String> {
    let name = |by: &str| {
        if by.is_empty() {
            "someone".to_string()
        } else {
            crate::domain::text::printable(by, false)
        }
    };
    if let Some(c) = stored
        .history
        .iter()
        .skip(seen.history.len())
        .find(|c| c.by != me)
    {
        return Some(format!(
            "{} changed the {}",
            name(&c.by),
            crate::domain::text::printable(&c.field, false)
        ));
    }
    stored
        .notes
        .iter()
        .skip(seen.notes.len())
        .find(|n| n.by != me)
        .map(|n| format!("{} added a note", name(&n.by)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Edit, FixedClock, Stage};

    #[test]
    fn an_undo_is_refused_where_someone_else_changed_the_idea_after_you() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        let me = store.actor();
        let id = add(&store, Idea::new("Clean water".into(), Timestamp(1))).unwrap();
        let mine =
            edit_returning(&store, &[id], &[Edit::Stage(Stage::Review)], Timestamp(2)).unwrap();
        let (before, after) = mine[0].clone();
        assert_eq!(after.as_ref().unwrap().history[0].by, me, "signed");
        let undo = [(after.clone(), before.clone())];

        // My own later change does not stop the undo of an earlier one.
        let clock = FixedClock(Timestamp(3));
        edit(&store, &[id], &[Edit::Score(Some(4))], &clock).unwrap();
        // Someone else's does, and says who changed what.
        let mut theirs = store.idea_with_version(id).unwrap().unwrap();
        let mut changed = theirs.idea.clone();
        changed.apply(&Edit::Stage(Stage::Pilot), Timestamp(4));
        changed.sign(Some(&theirs.idea), "olga-not-me");
        let mut w = store.begin().unwrap();
        w.put(changed, Some(theirs.clone()));
        store.commit(w).unwrap();
        let e = restore_own(&store, &undo, "undone").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("#{id}: olga-not-me changed the stage after you; not undone")
        );
        assert_eq!(
            store.idea(id).unwrap().unwrap().stage,
            Stage::Pilot,
            "nothing written"
        );

        // A note of theirs too; with only my own changes after, it goes.
        theirs = store.idea_with_version(id).unwrap().unwrap();
        let seen = theirs.idea.clone();
        let mut noted = seen.clone();
        noted.apply(&Edit::Note("looked".into()), Timestamp(5));
        noted.sign(Some(&seen), "olga-not-me");
        let mut w = store.begin().unwrap();
        w.put(noted, Some(theirs));
        store.commit(w).unwrap();
        let e = restore_own(&store, &[(Some(seen.clone()), before.clone())], "undone").unwrap_err();
        assert!(
            e.to_string()
                .ends_with("olga-not-me added a note after you; not undone"),
            "{e}"
        );
        let now = store.idea(id).unwrap().unwrap();
        restore_own(&store, &[(Some(now), before)], "undone").unwrap();
        assert_eq!(store.idea(id).unwrap().unwrap().stage, Stage::New);
    }
}
