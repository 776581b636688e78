//! Searching off the UI thread: one worker that always works on the newest
//! request (gitui's "single latest job"), gives up on an older one as soon
//! as a newer arrives, narrows a growing query to the rows the last one
//! counted, and keeps recent results so backspace is instant.

use crate::domain::{Timestamp, View};
use crate::ideas;
use crate::query::{Catalog, Context, Facets, Hit, IdSet, Query, Scope, SortKey, Term};
use crate::store::Store;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, RwLock};
use std::time::Duration;

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
}

impl Engine {
    pub fn new() -> Engine {
        Engine {
            kept: VecDeque::new(),
            summary: HashMap::new(),
            summary_version: u64::MAX,
            view_counts: None,
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
                let ids = ideas::summary_hits(
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
            let ctx = Context {
                summary_hits: self.summary_hits(store, &query, req.data_version)?,
                now: req.now,
                ..Context::default()
            };
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
        let ctx = Context {
            summary_hits,
            marked: req.marked.clone(),
            include_archived: false,
            now: req.now,
        };
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

/// The worker thread and the channels to it.
pub struct Searcher {
    requests: Option<Sender<Request>>,
    outcomes: Receiver<Outcome>,
    latest: Arc<AtomicU64>,
    worker: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Searcher {
    /// Ends the worker and waits for it, so its handle on the database is
    /// gone before the database is closed.
    fn drop(&mut self) {
        self.latest.store(u64::MAX, Ordering::Relaxed);
        self.requests = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

impl Searcher {
    pub fn spawn(catalog: Arc<RwLock<Catalog>>, store: Store) -> std::io::Result<Searcher> {
        let (requests, inbox) = channel::<Request>();
        let (outbox, outcomes) = channel();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        let worker = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || {
                let mut engine = Engine::new();
                while let Ok(mut req) = inbox.recv() {
                    // Only the newest request matters.
                    while let Ok(newer) = inbox.try_recv() {
                        req = newer;
                    }
                    let stale = || newest.load(Ordering::Relaxed) != req.generation;
                    let Ok(catalog) = catalog.read() else { return };
                    if let Some(outcome) = engine.answer(&catalog, &store, &req, Some(&stale))
                        && outbox.send(outcome).is_err()
                    {
                        return;
                    }
                }
            })?;
        Ok(Searcher {
            requests: Some(requests),
            outcomes,
            latest,
            worker: Some(worker),
        })
    }

    /// Asks for a search; any older one still running gives up.
    pub fn request(&self, req: Request) {
        self.latest.store(req.generation, Ordering::Relaxed);
        if let Some(requests) = &self.requests {
            let _ = requests.send(req);
        }
    }

    /// Tells a search that is running to give up (before the catalog is
    /// changed, so the change need not wait for it).
    pub fn cancel(&self) {
        self.latest.store(u64::MAX, Ordering::Relaxed);
    }

    /// The newest finished result, if one arrived.
    pub fn poll(&self) -> Option<Outcome> {
        self.outcomes.try_iter().last()
    }

    /// Waits up to `timeout` for a result.
    pub fn wait(&self, timeout: Duration) -> Option<Outcome> {
        self.outcomes
            .recv_timeout(timeout)
            .ok()
            .map(|first| self.poll().unwrap_or(first))
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

#[cfg(test)]
mod worker_tests {
    use super::*;
    use crate::domain::{Idea, Row};

    fn setup(n: usize) -> (tempfile::TempDir, Store, Arc<RwLock<Catalog>>) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        let rows: Vec<Row> = (1..=n as u64)
            .map(|id| {
                let mut i = Idea::new(
                    format!("idea number {id} about water"),
                    Timestamp(id as i64),
                );
                i.id = id;
                Row::of(&i)
            })
            .collect();
        (dir, store, Arc::new(RwLock::new(Catalog::new(rows))))
    }

    fn request(generation: u64, q: &str) -> Request {
        Request {
            generation,
            query: Query::parse(q).unwrap(),
            sort: SortKey::Id,
            marked: HashSet::new(),
            now: Timestamp(0),
            data_version: 0,
            views: Default::default(),
        }
    }

    #[test]
    fn the_worker_answers_the_newest_request() {
        let (_d, store, catalog) = setup(30_000);
        let searcher = Searcher::spawn(catalog, store).unwrap();
        for (g, q) in [(1, "w"), (2, "wa"), (3, "wat"), (4, "number 7")] {
            searcher.request(request(g, q));
        }
        let mut last = None;
        while let Some(o) = searcher.wait(Duration::from_secs(5)) {
            last = Some(o.generation);
            if o.generation == 4 {
                assert!(o.hits.len() < 30_000 && !o.hits.is_empty());
                break;
            }
        }
        assert_eq!(last, Some(4), "the newest request is always answered");
    }

    #[test]
    fn narrowing_and_kept_results_give_the_same_answers() {
        let (_d, store, catalog) = setup(5_000);
        let catalog = catalog.read().unwrap();
        let mut engine = Engine::new();
        let fresh = |q: &str| {
            Engine::new()
                .answer(&catalog, &store, &request(1, q), None)
                .unwrap()
                .hits
        };
        let typed: Vec<_> = [
            "n",
            "nu",
            "num",
            "numb",
            "numbe",
            "number 1",
            "number 12",
            "number 1",
        ]
        .iter()
        .map(|q| {
            (
                q,
                engine
                    .answer(&catalog, &store, &request(1, q), None)
                    .unwrap()
                    .hits,
            )
        })
        .collect();
        for (q, hits) in typed {
            assert_eq!(hits, fresh(q), "{q}");
        }
        let cancelled = || true;
        let many = request(9, "idea");
        let big = setup(30_000);
        let big_catalog = big.2.read().unwrap();
        assert!(
            Engine::new()
                .answer(&big_catalog, &big.1, &many, Some(&cancelled))
                .is_none()
        );
    }
}
