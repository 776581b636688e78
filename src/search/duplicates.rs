//! The near-duplicate index ([`crate::similar`]) over the whole database,
//! for the queries `is:duplicate` and `similar:N`.
//!
//! Built from the store when a query first needs it and again when the
//! ideas changed (the caller keeps it per data version): 96 bytes an idea
//! stay in memory, the texts do not. A candidate's text is read back from
//! the store to score it, which is cheap because the index proposes few.

use crate::domain::Idea;
use crate::query::{Context, IdSet, Query};
use crate::similar::{self, Index, Match, Sketch, shingles, text_of};
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
    /// Reads every idea: once to index it, once to find those with a
    /// near-copy.
    pub fn build(store: &Store) -> Result<Duplicates> {
        let mut sketches = Vec::new();
        let mut not_duplicates = HashMap::new();
        let mut duplicate_of = HashMap::new();
        for idea in store.ideas() {
            let idea = idea?;
            if !idea.not_duplicates.is_empty() {
                not_duplicates.insert(idea.id, idea.not_duplicates.clone());
            }
            if let Some(of) = idea.duplicate_of {
                duplicate_of.insert(idea.id, of);
            }
            let Ok(id) = u32::try_from(idea.id) else {
                continue; // past four billion: never indexed (see Index)
            };
            if let Some(sketch) = Sketch::of(&shingles(&text_of(&idea))) {
                sketches.push((id, sketch));
            }
        }
        let mut found = Duplicates {
            index: Index::build(sketches.iter().copied()),
            not_duplicates,
            duplicate_of,
            flagged: IdSet::default(),
        };
        let mut flagged: crate::query::IdBits = found.duplicate_of.keys().copied().collect();
        // Sharing a band is symmetric, so each pair is scored once, from
        // its lower id, and flags both; a pair both of whose ideas are
        // flagged already is not scored at all.
        for (id, sketch) in &sketches {
            let id = u64::from(*id);
            let mut own: Option<Vec<u32>> = None;
            for c in found.index.candidates(sketch) {
                let c = u64::from(c);
                if c <= id
                    || !found.counts(id, c, true)
                    || (flagged.contains(&id) && flagged.contains(&c))
                {
                    continue;
                }
                if own.is_none() {
                    let Some(idea) = store.idea(id)? else { break };
                    own = Some(shingles(&text_of(&idea)));
                }
                let Some(other) = store.idea(c)? else {
                    continue;
                };
                let own = own.as_deref().unwrap_or_default();
                if similar::jaccard(own, &shingles(&text_of(&other))) >= similar::THRESHOLD {
                    flagged.insert(id);
                    flagged.insert(c);
                }
            }
        }
        found.flagged = IdSet::new(flagged);
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
