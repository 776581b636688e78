//! The near-duplicate index ([`crate::similar`]) over the whole database,
//! for the queries `is:duplicate` and `similar:N`.
//!
//! Built from the store when a query first needs it and again when the
//! ideas changed (the caller keeps it per data version): 100 bytes an idea
//! stay in memory, the texts do not. A candidate's text is read back from
//! the store to score it, which is cheap because the index proposes few.

use crate::domain::Idea;
use crate::query::IdBits;
use crate::query::{Context, IdSet, Query};
use crate::similar::pairs::PairJudge;
use crate::similar::{self, Index, Match, shingles, text_of};
use crate::store::{Result, Store};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The index, what people decided about pairs, and the ideas that
/// `is:duplicate` selects.
pub struct Duplicates {
    index: Index,
    /// Each idea's "not a duplicate of" list (only the ideas that have one).
    not_duplicates: HashMap<u64, BTreeSet<u64>>,
    /// Each idea marked a duplicate, and of which.
    duplicate_of: HashMap<u64, u64>,
    flagged: IdSet,
}

impl Duplicates {
    /// Reads every idea once to index it, then scores the pairs the index
    /// proposes all against all (reading back only the ideas of pairs
    /// whose bits pass).
    pub fn build(store: &Store) -> Result<Duplicates> {
        let mut not_duplicates = HashMap::new();
        let mut duplicate_of = HashMap::new();
        let sketches = similar::sketch_all(store.ideas(), |idea| {
            if !idea.not_duplicates.is_empty() {
                not_duplicates.insert(idea.id, idea.not_duplicates.clone());
            }
            if let Some(of) = idea.duplicate_of {
                duplicate_of.insert(idea.id, of);
            }
        })?;
        let mut found = Duplicates {
            index: Index::build(sketches),
            not_duplicates,
            duplicate_of,
            flagged: IdSet::default(),
        };
        let mut judge = Judge {
            store,
            found: &found,
            flagged: found.duplicate_of.keys().copied().collect(),
        };
        similar::pairs::score_pairs(&found.index, &mut judge)?;
        found.flagged = IdSet::new(judge.flagged);
        Ok(found)
    }

    /// The ideas `is:duplicate` selects: those marked a duplicate, and
    /// those with a near-copy that nobody has settled.
    pub fn flagged(&self) -> IdSet {
        IdSet::clone(&self.flagged)
    }

    /// Whether `other` may be reported as like `id`: not itself, not said
    /// to be "not a duplicate" (by either), and, when `unsettled`, not a
    /// pair already settled by marking one a duplicate of the other.
    fn counts(&self, id: u64, other: u64, unsettled: bool) -> bool {
        let said_not = |a: u64, b: u64| self.not_duplicates.get(&a).is_some_and(|s| s.contains(&b));
        let marked = |a: u64, b: u64| self.duplicate_of.get(&a) == Some(&b);
        other != id
            && !said_not(id, other)
            && !said_not(other, id)
            && !(unsettled && (marked(id, other) || marked(other, id)))
    }

    /// The ideas like `idea` (as it is now, edited or not), the likest
    /// first, leaving out those [`Self::counts`] leaves out: with
    /// `unsettled`, also those already marked a duplicate of it or it of.
    pub fn like(&self, store: &Store, idea: &Idea, unsettled: bool) -> Result<Vec<Match>> {
        let mut failed = None;
        let found = similar::matches(&self.index, &shingles(&text_of(idea)), |c| {
            let c = u64::from(c);
            if !self.counts(idea.id, c, unsettled) || failed.is_some() {
                return None;
            }
            match store.idea(c) {
                Ok(other) => other.map(|o| shingles(&text_of(&o))),
                Err(e) => {
                    failed = Some(e);
                    None
                }
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(found),
        }
    }

    /// The ideas like idea `id` with their scores, for `similar:N` (none
    /// when there is no such idea): its marked duplicates too, which are
    /// as like it as ever, but none said to be "not a duplicate".
    pub fn like_id(&self, store: &Store, id: u64) -> Result<HashMap<u64, f32>> {
        let Some(idea) = store.idea(id)? else {
            return Ok(HashMap::new());
        };
        Ok(self
            .like(store, &idea, false)?
            .into_iter()
            .map(|m| (m.id, m.score))
            .collect())
    }
}

/// Which pairs [`Duplicates::build`] scores, and what it flags.
struct Judge<'a> {
    store: &'a Store,
    found: &'a Duplicates,
    flagged: IdBits,
}

impl PairJudge for Judge<'_> {
    type Error = crate::store::StoreError;

    /// A pair both of whose ideas are flagged already is not scored: one
    /// near-copy is enough for `is:duplicate`.
    fn wanted(&self, a: u32, b: u32) -> bool {
        let (a, b) = (u64::from(a), u64::from(b));
        !(self.flagged.contains(&a) && self.flagged.contains(&b)) && self.found.counts(a, b, true)
    }

    fn shingles(&mut self, id: u32) -> Result<Option<Vec<u32>>> {
        Ok(self
            .store
            .idea(u64::from(id))?
            .map(|idea| shingles(&text_of(&idea))))
    }

    fn like(&mut self, a: u32, b: u32, _score: f32) {
        self.flagged.insert(u64::from(a));
        self.flagged.insert(u64::from(b));
    }
}

impl Duplicates {
    /// The ideas marked a duplicate of `id`, in id order (its detail lists
    /// them).
    pub fn duplicates_of(&self, id: u64) -> Vec<u64> {
        let mut found: Vec<u64> = (self.duplicate_of.iter())
            .filter(|(_, of)| **of == id)
            .map(|(d, _)| *d)
            .collect();
        found.sort_unstable();
        found
    }

    /// Whether `id` is marked a duplicate of another: settled, so the UI's
    /// list does not flag it (`is:duplicate` still selects it).
    pub fn is_marked(&self, id: u64) -> bool {
        self.duplicate_of.contains_key(&id)
    }
}

/// Puts in `ctx` what the `is:duplicate` and `similar:N` terms of `query`
/// need, building the index into `built` first if it is not there (a query
/// with neither term reads nothing).
pub fn fill_context(
    store: &Store,
    query: &Query,
    ctx: &mut Context,
    built: &mut Option<Arc<Duplicates>>,
) -> Result<()> {
    let targets = query.similar_targets();
    if !query.needs_duplicates() && targets.is_empty() {
        return Ok(());
    }
    let dupes = match built {
        Some(d) => Arc::clone(d),
        None => Arc::clone(built.insert(Arc::new(Duplicates::build(store)?))),
    };
    if query.needs_duplicates() {
        ctx.duplicates = dupes.flagged();
    }
    for id in targets {
        ctx.similar.insert(id, Arc::new(dupes.like_id(store, id)?));
    }
    Ok(())
}
