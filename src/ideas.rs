//! What the command line and the UI both do to ideas: add one and apply
//! edits, each as one atomic, flushed write. Selecting them with a query is
//! [`crate::search`]'s.

use crate::Error;
use crate::domain::{Clock, Edit, Idea, Row, Timestamp};
use crate::store::{Store, StoreError};

mod merge;
pub mod pairs;

pub use merge::{Clash, Clashes, ago};

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
/// Someone else's change meanwhile is merged (see [`edit_merging`]).
pub fn edit(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    clock: &dyn Clock,
) -> Result<Vec<u64>, Error> {
    let changes = edit_merging(store, ids, edits, clock.now(), false)?;
    Ok(changes
        .iter()
        .filter_map(|(_, after)| after.as_ref().map(|a| a.id))
        .collect())
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
    edit_merging(store, ids, edits, now, false)
}

/// [`edit_returning`], where someone else's change to an idea between its
/// read and its write is merged: different fields are kept both, and the
/// same field changed to another value refuses the whole change with
/// [`Error::Clash`], unless `overwrite` (the person asked for theirs on
/// purpose).
pub fn edit_merging(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    now: Timestamp,
    overwrite: bool,
) -> Result<Vec<Change>, Error> {
    edit_as_seen(store, ids, edits, now, overwrite, &|_| None)
}

/// [`edit_merging`] for a change made on ideas as someone saw them (the
/// UI's rows, which may be older than the database by a moment): a field
/// shown with another value than is stored was changed by someone else
/// since, and setting it is a clash too, not a silent overwrite.
pub fn edit_as_seen(
    store: &Store,
    ids: &[u64],
    edits: &[Edit],
    now: Timestamp,
    overwrite: bool,
    seen: &dyn Fn(u64) -> Option<Row>,
) -> Result<Vec<Change>, Error> {
    let me = store.actor();
    let mut intents = Vec::with_capacity(ids.len());
    let mut stored = Vec::with_capacity(ids.len());
    for &id in ids {
        if intents.iter().any(|i: &Intent| i.base.id == id) {
            continue;
        }
        let read = store.idea_with_version(id)?.ok_or(Error::NotFound(id))?;
        let mut base = read.idea.clone();
        if let Some(row) = seen(id) {
            as_seen(&mut base, &row);
        }
        let mut mine = base.clone();
        for e in edits {
            mine.apply(e, now);
        }
        mine.record_changes(&base, now);
        mine.sign(Some(&base), &me);
        intents.push(Intent { base, mine });
        stored.push(read);
    }
    commit_merged(store, &intents, stored, now, overwrite)
}

/// The fields a quick edit sets, as the row shown has them.
fn as_seen(idea: &mut Idea, row: &Row) {
    idea.sector = row.sector;
    idea.stage = row.stage;
    idea.score = row.score;
    idea.assignee = row.assignee.as_str().to_string();
    idea.archived = row.archived;
}

/// Stores `after`, a change of `before` made in the form or the editor;
/// someone else's change meanwhile is merged as in [`edit_merging`].
pub fn replace(
    store: &Store,
    before: &Idea,
    after: &Idea,
    now: Timestamp,
    overwrite: bool,
) -> Result<Vec<Change>, Error> {
    let read = store
        .idea_with_version(after.id)?
        .ok_or(Error::NotFound(after.id))?;
    // What the form or the editor added is signed by whoever saved it.
    let mut mine = after.clone();
    mine.sign(Some(before), &store.actor());
    let intent = Intent {
        base: before.clone(),
        mine,
    };
    commit_merged(store, &[intent], vec![read], now, overwrite)
}

/// [`replace`] for several ideas at once (each `(before, after)`), all or
/// nothing: a link between two ideas is written on both or neither.
pub fn replace_all(
    store: &Store,
    pairs: &[(Idea, Idea)],
    now: Timestamp,
    overwrite: bool,
) -> Result<Vec<Change>, Error> {
    let me = store.actor();
    let mut intents = Vec::with_capacity(pairs.len());
    let mut stored = Vec::with_capacity(pairs.len());
    // Read in batches: on a server one round trip per idea was most of
    // an assignment of thousands.
    let ids: Vec<u64> = pairs.iter().map(|(_, after)| after.id).collect();
    let mut reads = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(4096) {
        reads.extend(store.ideas_with_versions(chunk)?);
    }
    for ((before, after), read) in pairs.iter().zip(reads) {
        let read = read.ok_or(Error::NotFound(after.id))?;
        let mut mine = after.clone();
        mine.sign(Some(before), &me);
        intents.push(Intent {
            base: before.clone(),
            mine,
        });
        stored.push(read);
    }
    commit_merged(store, &intents, stored, now, overwrite)
}

/// How many times a change is merged with a newer idea and tried again
/// before it gives up (each retry means someone else's commit got in).
const TRIES: usize = 100;

/// One idea's change: the idea it was made from, and as it would be.
struct Intent {
    base: Idea,
    mine: Idea,
}

/// Writes each intent on the idea as `stored` (merged where that is not
/// its base), all in one commit; on a conflict reads again and merges
/// again.
fn commit_merged(
    store: &Store,
    intents: &[Intent],
    mut stored: Vec<crate::store::Versioned>,
    now: Timestamp,
    overwrite: bool,
) -> Result<Vec<Change>, Error> {
    let me = store.actor();
    let mut tries = 0;
    loop {
        tries += 1;
        let mut writes = store.begin()?;
        let mut changes = Vec::new();
        for (intent, current) in intents.iter().zip(&stored) {
            let out = if current.idea == intent.base {
                (intent.mine != intent.base).then(|| intent.mine.clone())
            } else {
                merge::merge(&intent.base, &intent.mine, &current.idea, now, overwrite)
                    .map_err(|clashes| clashed(store, &current.idea, clashes, now))?
                    .map(|mut out| {
                        // The history the merge wrote anew on theirs is mine.
                        out.sign(Some(&current.idea), &me);
                        out
                    })
            };
            if let Some(out) = out {
                writes.put(out.clone(), Some(current.clone()));
                changes.push((Some(current.idea.clone()), Some(out)));
            }
        }
        match store.commit(writes) {
            Ok(()) => return Ok(changes),
            Err(StoreError::Conflict(c)) if tries < TRIES => {
                for current in &mut stored {
                    // Removed meanwhile: there is nothing to merge with.
                    *current = store
                        .idea_with_version(current.idea.id)?
                        .ok_or_else(|| Error::Store(StoreError::Conflict(c.clone())))?;
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// The error for clashes on `idea` as stored now, naming who made the
/// first clashing change: its history entry says (on every engine), else
/// the engine's record of who changed the idea last.
fn clashed(store: &Store, idea: &Idea, clashes: Vec<merge::Clash>, now: Timestamp) -> Error {
    let by_history = clashes.first().and_then(|c| {
        idea.history
            .iter()
            .rev()
            .find(|h| h.field == c.field && !h.by.is_empty())
            .map(|h| h.by.clone())
    });
    Error::Clash(Box::new(Clashes {
        id: idea.id,
        who: by_history.or_else(|| store.last_author(idea.id).ok().flatten()),
        clashes,
        now,
    }))
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
