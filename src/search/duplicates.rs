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
use crate::similar::{self, Fine, Index, Match, shingles, text_of};
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
    /// Indexes what is kept of every idea ([`Store::each_kept`]: on sled,
    /// beside the rows, so no idea is read), then scores the pairs the
    /// index proposes all against all, reading back only the ideas of
    /// pairs whose bits, then fine bits, pass.
    pub fn build(store: &Store) -> Result<Duplicates> {
        let mut not_duplicates = HashMap::new();
        let mut duplicate_of = HashMap::new();
        let mut sketches = Vec::new();
        let mut fine = Vec::new();
        store.each_kept(|id, kept| {
            if !kept.not_duplicates.is_empty() {
                not_duplicates.insert(id, kept.not_duplicates);
            }
            if let Some(of) = kept.duplicate_of {
                duplicate_of.insert(id, of);
            }
            // Past four billion: never indexed.
            if let (Some(signature), Ok(id)) = (kept.signature, u32::try_from(id)) {
                sketches.push((id, signature.0.sketch));
                fine.push((id, signature.0.fine));
            }
        })?;
        fine.sort_unstable_by_key(|(id, _)| *id);
        let mut found = Duplicates {
            index: Index::build(sketches),
            not_duplicates,
            duplicate_of,
            flagged: IdSet::default(),
        };
        let mut judge = Judge {
            store,
            found: &found,
            fine: &fine,
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
    /// Each indexed idea's fine bits, in id order.
    fine: &'a [(u32, Fine)],
    flagged: IdBits,
}

impl Judge<'_> {
    fn fine_of(&self, id: u32) -> Option<&Fine> {
        let at = self.fine.binary_search_by_key(&id, |(i, _)| *i).ok()?;
        Some(&self.fine[at].1)
    }
}

impl PairJudge for Judge<'_> {
    type Error = crate::store::StoreError;

    /// A pair both of whose ideas are flagged already is not scored: one
    /// near-copy is enough for `is:duplicate`; nor one whose fine bits
    /// say it is only on the same theme.
    fn wanted(&self, a: u32, b: u32) -> bool {
        let fine = match (self.fine_of(a), self.fine_of(b)) {
            (Some(x), Some(y)) => x.may_be_like(y),
            _ => false,
        };
        let (a, b) = (u64::from(a), u64::from(b));
        !(self.flagged.contains(&a) && self.flagged.contains(&b))
            && fine
            && self.found.counts(a, b, true)
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
