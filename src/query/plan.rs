//! A query made ready to run over the catalog: the order its terms are
//! tried in, and what each fuzzy term needs at every row (its letter set,
//! the score of every shared name, the rows its summary words mark).

use super::Pattern;
use super::{Bits, Catalog, Context, Query, Term, char_mask};

/// What a fuzzy term needs at every row, worked out once per search.
pub(super) struct FuzzyPlan {
    pub(super) pattern: Pattern,
    pub(super) mask: u64,
    /// The score of each name (by number) against the pattern.
    pub(super) names: Vec<Option<i64>>,
    /// Rows whose summary has a word starting with the pattern.
    pub(super) summary: Bits,
}

/// A query made ready to run: cheap terms first, fuzzy terms last.
pub(super) struct Plan<'q> {
    pub(super) terms: Vec<(&'q Term, Option<FuzzyPlan>)>,
    pub(super) hide_archived: bool,
}

impl<'q> Plan<'q> {
    /// The plan for `query`; summary hits are marked only at `within`
    /// (the rows a narrowed search looks at), else everywhere.
    pub(super) fn new(
        catalog: &Catalog,
        query: &'q Query,
        ctx: &Context,
        within: Option<&[u32]>,
    ) -> Plan<'q> {
        let mut terms: Vec<(&Term, Option<FuzzyPlan>)> = query
            .terms
            .iter()
            .map(|t| {
                let fuzzy = match t {
                    Term::Fuzzy(p) => {
                        let mut bits = vec![0u64; catalog.rows.len().div_ceil(64)];
                        let hits = ctx.summary_hits.get(p);
                        let mut set = |i: usize| bits[i / 64] |= 1 << (i % 64);
                        match hits {
                            // A narrowed search needs only its rows marked.
                            Some(ids) if within.is_some_and(|w| w.len() < ids.len()) => {
                                for &p in within.unwrap_or_default() {
                                    if ids.contains(&catalog.rows[p as usize].id) {
                                        set(p as usize);
                                    }
                                }
                            }
                            // A short word's hits can be most ideas: then one
                            // pass over the rows beats a search per id.
                            Some(ids) if ids.len() * 8 > catalog.rows.len() => {
                                for (i, row) in catalog.rows.iter().enumerate() {
                                    if ids.contains(&row.id) {
                                        set(i);
                                    }
                                }
                            }
                            Some(ids) => {
                                for id in ids.iter() {
                                    if let Some(i) = catalog.position(id) {
                                        set(i);
                                    }
                                }
                            }
                            None => {}
                        }
                        let mask = char_mask(p);
                        let pattern = Pattern::new(p);
                        Some(FuzzyPlan {
                            names: catalog.names.scores(&catalog.fuzzy, &pattern, mask),
                            pattern,
                            mask,
                            summary: Bits(bits),
                        })
                    }
                    _ => None,
                };
                (t, fuzzy)
            })
            .collect();
        terms.sort_by_key(|(_, f)| f.is_some());
        Plan {
            terms,
            hide_archived: !ctx.include_archived && !query.mentions_archived(),
        }
    }
}
