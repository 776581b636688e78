//! A query made ready to run over the catalog: the order its terms are
//! tried in, and what each fuzzy term needs at every row (its letter set,
//! the score of every shared name, the ideas its summary words mark).
//!
//! Making a plan costs a few allocations a term, never a pass over the
//! rows or the names: a query of many terms is mostly turned down by its
//! first ones, and a term no row gets to costs nothing more. (Each term
//! used to mark its summary hits in a bitset over every row and score
//! every name up front: 33,333 terms took 16 s.)

use super::work::Work;
use crate::query::context::{Context, IdSet};
use crate::query::fuzzy::{Fuzzy, Pattern};
use crate::query::index::{NameTexts, char_mask};
use crate::query::parse::{Query, Term};
use std::sync::OnceLock;

/// What a fuzzy term needs at every row, worked out once per search.
pub(super) struct FuzzyPlan {
    pub(super) pattern: Pattern,
    pub(super) mask: u64,
    /// How many times the query has this term (counted once, scored as
    /// often, so that the ranking is the same as with every copy).
    pub(super) times: i32,
    /// The score of each name (by number) against the pattern, worked out
    /// when a row first needs it.
    names: OnceLock<Vec<Option<i64>>>,
    /// Ideas whose summary has a word starting with the pattern.
    pub(super) summary: Option<IdSet>,
}

impl FuzzyPlan {
    /// The names' scores, worked out on first use.
    pub(super) fn names(&self, names: &NameTexts, fuzzy: &Fuzzy, work: &Work) -> &[Option<i64>] {
        self.names.get_or_init(|| {
            let scores = names.scores(fuzzy, &self.pattern, self.mask);
            work.add(scores.len() as u64);
            scores
        })
    }
}

/// A query made ready to run: cheap terms first, fuzzy terms last.
pub(super) struct Plan<'q> {
    pub(super) terms: Vec<(&'q Term, Option<FuzzyPlan>)>,
    pub(super) hide_archived: bool,
}

impl<'q> Plan<'q> {
    /// The plan for `query`: each distinct term once.
    pub(super) fn new(query: &'q Query, ctx: &Context) -> Plan<'q> {
        let mut terms: Vec<(&Term, Option<FuzzyPlan>)> = Vec::with_capacity(query.terms.len());
        let mut seen = std::collections::HashMap::with_capacity(query.terms.len());
        for t in &query.terms {
            if let Some(&at) = seen.get(t) {
                if let (_, Some(f)) = &mut terms[at] {
                    let f: &mut FuzzyPlan = f;
                    f.times = f.times.saturating_add(1);
                }
                continue;
            }
            seen.insert(t, terms.len());
            let fuzzy = match t {
                Term::Fuzzy(p) => Some(FuzzyPlan {
                    mask: char_mask(p),
                    pattern: Pattern::new(p),
                    times: 1,
                    names: OnceLock::new(),
                    summary: ctx.summary_hits.get(p).cloned(),
                }),
                _ => None,
            };
            terms.push((t, fuzzy));
        }
        terms.sort_by_key(|(_, f)| f.is_some());
        Plan {
            terms,
            hide_archived: !ctx.include_archived && !query.mentions_archived(),
        }
    }
}
