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
    pub hits: Arc<Vec<Hit>>,
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
    hits: Arc<Vec<Hit>>,
    facets: Facets,
    counted: Arc<Vec<u32>>,
}

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

    /// How many ideas each view shows, counted again only when the views
    /// or the ideas changed.
    fn count_views(
        &mut self,
        catalog: &Catalog,
        store: &Store,
        req: &Request,
        cancelled: Option<&(dyn Fn() -> bool + Sync)>,
    ) -> Option<ViewCounts> {
        if let Some((views, version, counts)) = &self.view_counts
            && *version == req.data_version
            && (Arc::ptr_eq(views, &req.views) || **views == *req.views)
        {
            return Some(Arc::clone(counts));
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
            let scope = Scope {
                within: None,
                cancelled,
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
        let same = |k: &Kept| k.data_version == req.data_version && k.marked == req.marked;
        if let Some(k) = self
            .kept
            .iter()
            .find(|k| same(k) && k.query == req.query && k.sort == req.sort)
        {
            let (hits, facets) = (Arc::clone(&k.hits), k.facets.clone());
            return Some(Outcome {
                generation: req.generation,
                hits,
                facets,
                view_counts: self.count_views(catalog, store, req, cancelled)?,
            });
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
        };
        let found = catalog.search_scoped(&req.query, &ctx, req.sort, &scope)?;
        let hits = Arc::new(found.hits);
        if self.kept.len() == KEEP {
            self.kept.pop_front();
        }
        self.kept.push_back(Kept {
            query: req.query.clone(),
            sort: req.sort,
            marked: req.marked.clone(),
            data_version: req.data_version,
            hits: Arc::clone(&hits),
            facets: found.facets.clone(),
            counted: Arc::new(found.counted),
        });
        let entries = |k: &Kept| k.hits.len() + k.counted.len();
        while self.kept.len() > 1 && self.kept.iter().map(entries).sum::<usize>() > KEEP_ENTRIES {
            self.kept.pop_front();
        }
        Some(Outcome {
            generation: req.generation,
            hits,
            facets: found.facets,
            view_counts: self.count_views(catalog, store, req, cancelled)?,
        })
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
