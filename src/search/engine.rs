//! One search against the whole catalog as the UI asks for it: it narrows a
//! growing query to the rows the last one counted, keeps recent results so
//! backspace is instant, and gives up when told a newer request came.

use crate::domain::{Timestamp, View};
use crate::query::{Catalog, Context, Facets, Hit, IdSet, Query, Scope, SortKey, Term};
use crate::store::Store;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// What to search for.
#[derive(Debug, Clone)]
pub struct Request {
    pub generation: u64,
    pub query: Query,
    pub sort: SortKey,
    pub marked: HashSet<u64>,
    pub now: Timestamp,
    /// Bumped whenever ideas change, so cached results are not reused.
    pub data_version: u64,
    /// The saved views, whose counts come back with the results.
    pub views: Arc<Vec<View>>,
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub generation: u64,
    /// Every hit; the first `ranked` in result order. An early answer (see
    /// [`Engine::answer_early`]) has the rest after them in no order; the
    /// complete answer that follows it has all in order.
    pub hits: Arc<Vec<Hit>>,
    pub ranked: usize,
    pub facets: Facets,
    pub view_counts: ViewCounts,
}

/// Whether `new` only narrows `old`: a fuzzy, exact or prefix term grown
/// by more characters, or more terms added. Then no row outside what `old`
/// counted can count for `new`. A query that says nothing of archived
/// ideas hides them, so it never counted them: one that asks for them
/// (`is:archived`) does not narrow it, though it adds a term.
pub fn narrows(old: &Query, new: &Query) -> bool {
    if new.terms.len() < old.terms.len() {
        return false;
    }
    if new.mentions_archived() && !old.mentions_archived() {
        return false;
    }
    old.terms.iter().zip(&new.terms).all(|(a, b)| match (a, b) {
        (Term::Fuzzy(x), Term::Fuzzy(y))
        | (Term::Exact(x), Term::Exact(y))
        | (Term::TitlePrefix(x), Term::TitlePrefix(y)) => y.starts_with(x.as_str()),
        _ => a == b,
    })
}

/// How many ideas each view shows (`None`: its query does not parse).
pub type ViewCounts = Arc<Vec<Option<usize>>>;

/// A result kept for reuse.
struct Kept {
    query: Query,
    sort: SortKey,
    marked: HashSet<u64>,
    data_version: u64,
    /// The first `ranked` in result order (all, unless the ordering of the
    /// rest gave way to a newer request).
    hits: Arc<Vec<Hit>>,
    ranked: usize,
    facets: Facets,
    counted: Arc<Vec<u32>>,
}

/// How many hits an early answer has in order: more than a screen or a
/// few pages down, picked from half a million in milliseconds.
pub const FIRST_RANKED: usize = 1_000;

/// With more hits than this, the count, the facets and the first
/// [`FIRST_RANKED`] are answered before the rest is ordered (sorting half a
/// million hits at a million ideas took 35 ms of a one-letter keystroke).
const EARLY_FROM: usize = 20_000;

/// How many recent results the worker keeps (for backspace).
const KEEP: usize = 16;

/// At most this many hits and counted positions in all kept results
/// together (under 100 MB): at a million ideas a one-letter query alone has
/// most of them, and sixteen of those would be most of the memory.
const KEEP_ENTRIES: usize = 8_000_000;

/// Runs one search against the catalog, reusing what it can.
pub struct Engine {
    kept: VecDeque<Kept>,
    summary: HashMap<String, IdSet>,
    summary_version: u64,
    /// View counts for (these views, this data version).
    view_counts: Option<(Arc<Vec<View>>, u64, ViewCounts)>,
    duplicates: Option<Arc<super::Duplicates>>,
    duplicates_version: u64,
    /// Who reviews what, for `panel:` and `reviewer:`, per data version.
    panels: Option<Arc<super::panels::Panels>>,
    /// The decisions' reasons `reason:` needs, for this data version.
    decided: Option<Arc<crate::query::Decided>>,
}

impl Engine {
    pub fn new() -> Engine {
        Engine {
            kept: VecDeque::new(),
            summary: HashMap::new(),
            summary_version: u64::MAX,
            view_counts: None,
            duplicates: None,
            duplicates_version: u64::MAX,
            panels: None,
            decided: None,
        }
    }

    /// Summary-word hits for every fuzzy term of `query`, looked up once
    /// per data version.
    fn summary_hits(
        &mut self,
        store: &Store,
        query: &Query,
        data_version: u64,
    ) -> Option<HashMap<String, IdSet>> {
        if self.summary_version != data_version {
            self.summary.clear();
            self.summary_version = data_version;
        }
        for term in query.fuzzy_terms() {
            if !self.summary.contains_key(term) {
                let ids = super::stream::summary_hits(
                    store,
                    &Query {
                        terms: vec![Term::Fuzzy(term.to_string())],
                    },
                )
                .ok()?
                .remove(term)
                .unwrap_or_default();
                self.summary.insert(term.to_string(), ids);
            }
        }
        Some(
            query
                .fuzzy_terms()
                .filter_map(|t| {
                    self.summary
                        .get(t)
                        .map(|ids| (t.to_string(), IdSet::clone(ids)))
                })
                .collect(),
        )
    }

    /// What `is:duplicate` and `similar:N` need, from a near-duplicate
    /// index built once per data version (and only for a query that asks).
    fn fill_duplicates(
        &mut self,
        store: &Store,
        query: &Query,
        ctx: &mut Context,
        data_version: u64,
    ) -> Option<()> {
        if self.duplicates_version != data_version {
            self.duplicates = None;
            self.panels = None;
            self.decided = None;
            self.duplicates_version = data_version;
        }
        super::panels::fill_context(store, query, ctx, &mut self.panels).ok()?;
        super::decided::fill_context(store, query, ctx, &mut self.decided).ok()?;
        super::duplicates::fill_context(store, query, ctx, &mut self.duplicates).ok()
    }

    /// The view counts already made for these views and this data version.
    fn counted_views(&self, req: &Request) -> Option<ViewCounts> {
        if req.views.is_empty() {
            return Some(Arc::default());
        }
        let (views, version, counts) = self.view_counts.as_ref()?;
        (*version == req.data_version && (Arc::ptr_eq(views, &req.views) || **views == *req.views))
            .then(|| Arc::clone(counts))
    }

    /// The last counts made for these views, whatever the data version
    /// (none when the views changed): what an answer shows until its own
    /// counts are made.
    fn last_view_counts(&self, req: &Request) -> ViewCounts {
        match &self.view_counts {
            Some((views, _, counts)) if Arc::ptr_eq(views, &req.views) || **views == *req.views => {
                Arc::clone(counts)
            }
            _ => Arc::default(),
        }
    }

    /// How many ideas each view shows, counted again only when the views
    /// or the ideas changed.
    fn count_views(
        &mut self,
        catalog: &Catalog,
        store: &Store,
        req: &Request,
        cancelled: Option<&(dyn Fn() -> bool + Sync)>,
    ) -> Option<ViewCounts> {
        if let Some(counts) = self.counted_views(req) {
            return Some(counts);
        }
        let mut counts = Vec::with_capacity(req.views.len());
        for view in req.views.iter() {
            let Ok(query) = Query::parse(&view.query) else {
                counts.push(None);
                continue;
            };
            let mut ctx = Context {
                summary_hits: self.summary_hits(store, &query, req.data_version)?,
                now: req.now,
                me: crate::domain::text::fold(&store.actor()),
                ..Context::default()
            };
            self.fill_duplicates(store, &query, &mut ctx, req.data_version)?;
            // Only the count is wanted: nothing is put in order.
            let scope = Scope {
                within: None,
                cancelled,
                ranked: Some(0),
            };
            let found = catalog.search_scoped(&query, &ctx, SortKey::Id, &scope)?;
            counts.push(Some(found.hits.len()));
        }
        let counts = Arc::new(counts);
        self.view_counts = Some((
            Arc::clone(&req.views),
            req.data_version,
            Arc::clone(&counts),
        ));
        Some(counts)
    }

    /// Answers a request; `None` if `cancelled` said to stop first.
    pub fn answer(
        &mut self,
        catalog: &Catalog,
        store: &Store,
        req: &Request,
        cancelled: Option<&(dyn Fn() -> bool + Sync)>,
    ) -> Option<Outcome> {
        self.answer_early(catalog, store, req, cancelled, &mut |_| {})
    }

    /// Answers a request; when it has many hits, first hands `early` an
    /// answer with the count, the facets and the first [`FIRST_RANKED`]
    /// hits in order, then orders the rest and returns the complete answer
    /// (`None` if `cancelled` said to stop first, before or after `early`).
    pub fn answer_early(
        &mut self,
        catalog: &Catalog,
        store: &Store,
        req: &Request,
        cancelled: Option<&(dyn Fn() -> bool + Sync)>,
        early: &mut dyn FnMut(Outcome),
    ) -> Option<Outcome> {
        let same = |k: &Kept| k.data_version == req.data_version && k.marked == req.marked;
        if let Some(at) = self
            .kept
            .iter()
            .position(|k| same(k) && k.query == req.query && k.sort == req.sort)
        {
            let k = &mut self.kept[at];
            if k.ranked < k.hits.len() {
                // Kept while its order was still being finished.
                let mut hits = k.hits.as_ref().clone();
                catalog.rank_rest(&mut hits, k.sort, k.ranked);
                k.ranked = hits.len();
                k.hits = Arc::new(hits);
            }
            let (hits, ranked, facets) = (Arc::clone(&k.hits), k.ranked, k.facets.clone());
            let mut outcome = Outcome {
                generation: req.generation,
                hits,
                ranked,
                facets,
                view_counts: self.last_view_counts(req),
            };
            if self.counted_views(req).is_none() {
                // The results first: counting the views can take a while
                // (a `panel:` view reads every idea).
                early(outcome.clone());
            }
            outcome.view_counts = self.count_views(catalog, store, req, cancelled)?;
            return Some(outcome);
        }
        let summary_hits = self.summary_hits(store, &req.query, req.data_version)?;
        let mut ctx = Context {
            summary_hits,
            marked: req.marked.clone(),
            include_archived: false,
            now: req.now,
            me: crate::domain::text::fold(&store.actor()),
            ..Context::default()
        };
        self.fill_duplicates(store, &req.query, &mut ctx, req.data_version)?;
        let base = self
            .kept
            .iter()
            .filter(|k| same(k) && narrows(&k.query, &req.query))
            .min_by_key(|k| k.counted.len())
            .map(|k| Arc::clone(&k.counted));
        let scope = Scope {
            within: base.as_deref().map(Vec::as_slice),
            cancelled,
            ranked: Some(FIRST_RANKED),
        };
        let found = catalog.search_scoped(&req.query, &ctx, req.sort, &scope)?;
        let mut hits = found.hits;
        let mut ranked = found.ranked;
        let counted = self.counted_views(req);
        let many = hits.len() > EARLY_FROM;
        if !many {
            catalog.rank_rest(&mut hits, req.sort, ranked);
            ranked = hits.len();
        }
        if many || counted.is_none() {
            // What can be shown goes first: the first hits in order, and
            // the results before the views are counted again (a `panel:`
            // view reads every idea), with the counts last made meanwhile.
            let first = Arc::new(hits.clone());
            // Kept at once: the next character narrows from these rows
            // even if it comes before the order is finished.
            self.keep(
                req,
                Arc::clone(&first),
                ranked,
                &found.facets,
                found.counted,
            );
            early(Outcome {
                generation: req.generation,
                hits: first,
                ranked,
                facets: found.facets.clone(),
                view_counts: counted
                    .clone()
                    .unwrap_or_else(|| self.last_view_counts(req)),
            });
            if cancelled.is_some_and(|c| c()) {
                return None;
            }
            if ranked < hits.len() {
                catalog.rank_rest(&mut hits, req.sort, ranked);
                ranked = hits.len();
            }
            let hits = Arc::new(hits);
            if let Some(k) = self.kept.back_mut() {
                (k.hits, k.ranked) = (Arc::clone(&hits), ranked);
            }
            let view_counts = match counted {
                Some(c) => c,
                None => self.count_views(catalog, store, req, cancelled)?,
            };
            return Some(Outcome {
                generation: req.generation,
                hits,
                ranked,
                facets: found.facets,
                view_counts,
            });
        }
        let hits = Arc::new(hits);
        self.keep(req, Arc::clone(&hits), ranked, &found.facets, found.counted);
        Some(Outcome {
            generation: req.generation,
            hits,
            ranked,
            facets: found.facets,
            view_counts: counted.unwrap_or_default(),
        })
    }

    /// Keeps a result for reuse, as the newest, within the limits.
    fn keep(
        &mut self,
        req: &Request,
        hits: Arc<Vec<Hit>>,
        ranked: usize,
        facets: &Facets,
        counted: Vec<u32>,
    ) {
        if self.kept.len() == KEEP {
            self.kept.pop_front();
        }
        self.kept.push_back(Kept {
            query: req.query.clone(),
            sort: req.sort,
            marked: req.marked.clone(),
            data_version: req.data_version,
            hits,
            ranked,
            facets: facets.clone(),
            counted: Arc::new(counted),
        });
        let entries = |k: &Kept| k.hits.len() + k.counted.len();
        while self.kept.len() > 1 && self.kept.iter().map(entries).sum::<usize>() > KEEP_ENTRIES {
            self.kept.pop_front();
        }
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growing_queries_narrow_and_others_do_not() {
        let q = |s: &str| Query::parse(s).unwrap();
        assert!(narrows(&q("wat"), &q("wate")));
        assert!(narrows(&q("wat"), &q("wat sector:edu")));
        assert!(narrows(&q(""), &q("anything")));
        assert!(narrows(&q("'soc"), &q("'social")));
        assert!(!narrows(&q("wate"), &q("wat")), "backspace widens");
        assert!(
            !narrows(&q("!wat"), &q("!wate")),
            "a longer exclusion excludes less"
        );
        assert!(!narrows(&q("sector:edu"), &q("sector:edu,health")));
        assert!(!narrows(&q("water s"), &q("water sector:health")));
        assert!(
            !narrows(&q(""), &q("is:archived")) && !narrows(&q("i"), &q("i is:archived")),
            "archived ideas were not counted by a query that hid them"
        );
        assert!(!narrows(&q(""), &q("!is:archived")));
        assert!(narrows(&q("is:archived"), &q("is:archived water")));
    }
}
