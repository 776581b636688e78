//! What each valid record of an import does to the database, a chunk at
//! a time: added (with the id it asks for, or the next free one),
//! updated, unchanged, skipped as already there. The result is the
//! chunk's writes, based on the database as the chunks before it left it.

use super::fingerprint::Known;
use super::record::Incoming;
use crate::domain::{Edit, Idea, Timestamp};
use crate::store::{Store, StoreError, Versioned, Writes};
use std::collections::{HashMap, HashSet};

/// What an import did (or, in a dry run, would do), counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    /// The lowest and highest id added.
    pub added_ids: Option<(u64, u64)>,
    pub updated: usize,
    pub unchanged: usize,
    /// Records with ids of ideas already there (without `--update`).
    pub skipped_existing: usize,
    /// Records without ids that are ideas already there (the same file
    /// key, or title, proposer and summary).
    pub already_there: usize,
}

impl Counts {
    fn add(&mut self, id: u64) {
        self.added += 1;
        self.added_ids = Some(match self.added_ids {
            None => (id, id),
            Some((lo, hi)) => (lo.min(id), hi.max(id)),
        });
    }
}

/// Ids given in increasing order, kept as ranges: those an import gave
/// records without an id (one range, or a few around the ids that records
/// asked for).
#[derive(Default)]
struct Given(Vec<(u64, u64)>);

impl Given {
    fn push(&mut self, id: u64) {
        match self.0.last_mut() {
            Some((_, hi)) if *hi + 1 == id => *hi = id,
            _ => self.0.push((id, id)),
        }
    }

    fn contains(&self, id: u64) -> bool {
        let at = self.0.partition_point(|(lo, _)| *lo <= id);
        at > 0 && self.0[at - 1].1 >= id
    }
}

pub(super) struct Resolver<'a> {
    pub(super) store: &'a Store,
    update: bool,
    now: Timestamp,
    me: String,
    /// Gives the ids of the next chunk, after those of the chunks before.
    next: Writes,
    /// The database's next id when the import began: at or past it there
    /// are only ideas this import added.
    start: u64,
    given: Given,
    /// Ids below `start` that this import added (ids of removed ideas).
    added_below: HashSet<u64>,
    /// Ideas that records with ids changed: a record without an id that
    /// is one of them is already there.
    changed_by_id: HashSet<u64>,
    /// The ideas of the database as it was, by title and proposer, and by
    /// the file's own key: read when the first record needs them.
    by_title: Option<Known>,
    by_key: Option<Known>,
    pub(super) counts: Counts,
    /// The ideas the last chunk added from records without sprout ids
    /// (the record's line, the id given), in file order, for the
    /// near-duplicate check.
    pub(super) added_now: Vec<(usize, u64)>,
}

impl<'a> Resolver<'a> {
    pub(super) fn new(store: &'a Store, update: bool, now: Timestamp) -> Result<Self, StoreError> {
        let next = store.begin()?;
        Ok(Resolver {
            store,
            update,
            now,
            me: store.actor(),
            start: store.next_id()?,
            next,
            given: Given::default(),
            added_below: HashSet::new(),
            changed_by_id: HashSet::new(),
            by_title: None,
            by_key: None,
            counts: Counts::default(),
            added_now: Vec::new(),
        })
    }

    /// An empty batch whose ids follow those of every chunk so far.
    pub(super) fn follow_on(&self) -> Writes {
        self.next.follow_on()
    }

    /// The writes of one chunk of valid records.
    /// `pending` gives an idea an earlier chunk put that the database does
    /// not have yet (see [`crate::store::LargeWrite::pending`]).
    pub(super) fn resolve(
        &mut self,
        records: Vec<Incoming>,
        pending: &dyn Fn(u64) -> Option<Idea>,
    ) -> Result<Writes, StoreError> {
        let mut w = self.next.follow_on();
        self.added_now.clear();
        // Records with ids first, so that an id a record of the chunk asks
        // for is not given to a record without one.
        let (with_id, without_id): (Vec<_>, Vec<_>) =
            records.into_iter().partition(|inc| inc.id.is_some());
        // Past `start`, only an id this import gave can be taken.
        let ask: Vec<u64> = with_id
            .iter()
            .filter_map(|inc| inc.id)
            .filter(|&id| id < self.start || self.given.contains(id))
            .collect();
        let found = self.store.ideas_with_versions(&ask)?;
        let mut found: HashMap<u64, Versioned> = ask
            .into_iter()
            .zip(found)
            .filter_map(|(id, v)| Some((id, v?)))
            .collect();
        for inc in with_id {
            let id = inc.id.unwrap_or_default();
            let existing = found.remove(&id);
            if self.given.contains(id) {
                let there = match existing {
                    Some(v) => Some((v.idea.clone(), Some(v))),
                    None => pending(id).map(|idea| (idea, None)),
                };
                self.give_back(&mut w, id, there, inc);
                continue;
            }
            match existing {
                None => {
                    let mut idea = inc.idea;
                    idea.id = id;
                    if id < self.start {
                        self.added_below.insert(id);
                    }
                    // Not checked for near-copies: a record with a sprout
                    // id comes from a sprout database (a restore), where
                    // is:duplicate already finds them.
                    w.put(idea, None);
                    self.counts.add(id);
                }
                Some(existing) if self.update => {
                    if self.refresh(&mut w, existing, &inc) {
                        self.changed_by_id.insert(id);
                    }
                }
                Some(_) => self.counts.skipped_existing += 1,
            }
        }
        for inc in without_id {
            // A record with the file's own key is the idea an earlier
            // import gave that key, or a new one; without a key, the one
            // with the same title, proposer and summary.
            let store = self.store;
            let found = if inc.idea.source_id.is_empty() {
                self.known(false)?.find(store, &inc.idea)?
            } else {
                self.known(true)?.by_key(store, &inc.idea.source_id)?
            };
            if let Some(existing) = found {
                if self.changed_by_id.contains(&existing.idea.id) || !self.update {
                    self.counts.already_there += 1;
                } else {
                    self.refresh(&mut w, existing, &inc);
                }
                continue;
            }
            let mut idea = inc.idea;
            idea.id = w.allocate();
            self.given.push(idea.id);
            self.counts.add(idea.id);
            self.added_now.push((inc.line, idea.id));
            w.put(idea, None);
        }
        self.next = w.follow_on();
        Ok(w)
    }

    /// A record asks for an id this import gave a record without one in
    /// an earlier chunk: that idea (`there`, with its stored version if it
    /// is stored yet) moves to the next free id, and the record gets the
    /// one it asks for (as when all records with ids came first). In a
    /// dry run nothing was put, so only the count moves.
    fn give_back(
        &mut self,
        w: &mut Writes,
        id: u64,
        there: Option<(Idea, Option<Versioned>)>,
        inc: Incoming,
    ) {
        let moved = w.allocate();
        self.given.push(moved);
        // One more idea: the one moved was counted when it was added.
        self.counts.add(moved);
        if let Some((mut idea, stored)) = there {
            idea.id = moved;
            w.put(idea, None);
            let mut idea = inc.idea;
            idea.id = id;
            w.put(idea, stored);
        }
    }

    /// Refreshes an idea with what a record has; whether it changed.
    fn refresh(&mut self, w: &mut Writes, existing: Versioned, inc: &Incoming) -> bool {
        let merged = merge(existing.idea.clone(), inc, self.now, &self.me);
        if merged == existing.idea {
            self.counts.unchanged += 1;
            return false;
        }
        w.put(merged, Some(existing));
        self.counts.updated += 1;
        true
    }

    /// The ideas of the database as it was before this import (by title,
    /// or by key): none of the ideas it added is matched again.
    fn known(&mut self, with_keys: bool) -> Result<&Known, StoreError> {
        let slot = if with_keys {
            &mut self.by_key
        } else {
            &mut self.by_title
        };
        if slot.is_none() {
            let (start, below) = (self.start, &self.added_below);
            let ours = |id: u64| id >= start || below.contains(&id);
            *slot = Some(Known::load(self.store, with_keys, &ours)?);
        }
        Ok(slot.as_ref().expect("loaded above"))
    }
}

/// An existing idea overwritten by the fields a record has. When the record
/// carries no history of its own, changes of tracked fields are recorded.
fn merge(mut existing: Idea, inc: &Incoming, now: Timestamp, me: &str) -> Idea {
    let new = &inc.idea;
    let has = |f: &str| inc.present.contains(f);
    let verbatim = has("history");
    let before = existing.clone();
    macro_rules! copy {
        ($($f:ident),*) => { $( if has(stringify!($f)) { existing.$f = new.$f.clone(); } )* };
    }
    copy!(
        title, summary, proposer, org_kind, region, barriers, funder, amount, tags, notes, created
    );
    copy!(
        email,
        phone,
        website,
        source_id,
        duplicate_of,
        not_duplicates,
        extras
    );
    if verbatim {
        copy!(
            sector, stage, score, assignee, archived, reviewers, reason, history
        );
    } else {
        let edits = [
            has("sector").then_some(Edit::Sector(new.sector)),
            has("stage").then_some(Edit::Stage(new.stage)),
            has("score").then_some(Edit::Score(new.score)),
            has("assignee").then(|| Edit::Assignee(new.assignee.clone())),
            has("archived").then_some(Edit::Archived(new.archived)),
            has("reviewers").then(|| Edit::Reviewers(new.reviewers.clone())),
            has("reason").then(|| Edit::Reason(new.reason.clone())),
        ];
        for edit in edits.into_iter().flatten() {
            existing.apply(&edit, now);
        }
        existing.record_changes(&before, now);
        // The changes this import made are the importer's; the notes are
        // the record's own, as the file has them.
        for c in existing.history.iter_mut().skip(before.history.len()) {
            if c.by.is_empty() {
                c.by = me.to_string();
            }
        }
    }
    // A review the import changes is changed as `sprout review` would:
    // at `now`, with an entry in the history, and the idea updated now.
    let reviewed_now =
        has("reviews") && merge_reviews(&mut existing, &new.reviews, verbatim, now, me);
    if existing != before {
        existing.updated = if has("updated") && !reviewed_now {
            new.updated
        } else {
            now
        };
    }
    existing
}

/// Puts the record's reviews on `idea`, each in place of its reviewer's
/// (a reviewer the record lacks keeps theirs: nothing is lost). A review
/// the record's own history records (`file_history`: the idea's history
/// is the file's now, as in a restore) is put as the file has it; any
/// other change is made at `now` and recorded, signed by `me`. Whether
/// any was.
fn merge_reviews(
    idea: &mut Idea,
    reviews: &[crate::domain::Review],
    file_history: bool,
    now: Timestamp,
    me: &str,
) -> bool {
    let mut recorded_now = false;
    for r in reviews {
        let earlier = idea.review_by(&r.by);
        let same_but_time = earlier.is_some_and(|e| {
            crate::domain::Review {
                time: r.time,
                ..e.clone()
            } == *r
        });
        if same_but_time {
            continue;
        }
        let described = r.describe();
        let in_history = file_history
            && idea
                .history
                .iter()
                .any(|c| c.field == "review" && c.to == described);
        if in_history {
            match idea.reviews.iter_mut().find(|e| e.is_by(&r.by)) {
                Some(e) => *e = r.clone(),
                None => idea.reviews.push(r.clone()),
            }
            continue;
        }
        let at = idea.history.len();
        let changed = crate::domain::Review {
            time: now,
            ..r.clone()
        };
        idea.apply(&Edit::Review(changed), now);
        for c in idea.history.iter_mut().skip(at) {
            if c.by.is_empty() {
                c.by = me.to_string();
            }
        }
        recorded_now = true;
    }
    recorded_now
}

#[cfg(test)]
mod tests {
    use super::Given;

    #[test]
    fn given_ids_are_kept_as_ranges_and_found_again() {
        let mut g = Given::default();
        for id in [5, 6, 7, 9, 10, 20] {
            g.push(id);
        }
        assert_eq!(g.0, [(5, 7), (9, 10), (20, 20)]);
        for id in [5, 6, 7, 9, 10, 20] {
            assert!(g.contains(id), "{id}");
        }
        for id in [0, 4, 8, 11, 19, 21] {
            assert!(!g.contains(id), "{id}");
        }
    }
}
