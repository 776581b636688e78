//! Searching off the UI thread: one worker that always works on the newest
//! request (gitui's "single latest job") and gives up on an older one as
//! soon as a newer arrives. Its answers go where the owner says: into the
//! UI's one event channel, or into a channel of their own (tests, benches).

use super::engine::{Engine, Outcome, Request};
use crate::query::Catalog;
use crate::store::Store;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Where the worker hands an answer; `false` when nobody listens any more
/// (then the worker ends).
pub type Deliver = Box<dyn Fn(Outcome) -> bool + Send>;

/// The worker thread and the channel to it.
pub struct Searcher {
    requests: Option<Sender<Job>>,
    /// The answers, when they are not delivered elsewhere.
    outcomes: Option<Receiver<Outcome>>,
    latest: Arc<AtomicU64>,
    /// Requests sent and not yet done with, so the owner can wait until
    /// the worker holds no catalog (see [`Searcher::quiesce`]).
    in_hand: Arc<(Mutex<usize>, Condvar)>,
    worker: Option<std::thread::JoinHandle<()>>,
}

/// A request with the catalog it is for. It counts as in hand until it is
/// dropped, which is also when the worker lets go of the catalog.
struct Job {
    /// Always there until the job is dropped.
    catalog: Option<Arc<Catalog>>,
    request: Request,
    in_hand: Arc<(Mutex<usize>, Condvar)>,
}

impl Drop for Job {
    fn drop(&mut self) {
        // Let go of the catalog before saying so: fields drop only after
        // this body.
        drop(self.catalog.take());
        let (count, changed) = &*self.in_hand;
        *lock(count) -= 1;
        changed.notify_all();
    }
}

fn lock(count: &Mutex<usize>) -> std::sync::MutexGuard<'_, usize> {
    count.lock().unwrap_or_else(|e| e.into_inner())
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
    /// A worker whose answers are read with [`Searcher::poll`] and
    /// [`Searcher::wait`].
    pub fn spawn(store: Store) -> std::io::Result<Searcher> {
        let (outbox, outcomes) = channel();
        let mut searcher =
            Searcher::spawn_into(store, Box::new(move |outcome| outbox.send(outcome).is_ok()))?;
        searcher.outcomes = Some(outcomes);
        Ok(searcher)
    }

    /// A worker that hands every answer to `deliver` (the UI's event
    /// channel), so its owner can block on one channel for everything.
    pub fn spawn_into(store: Store, deliver: Deliver) -> std::io::Result<Searcher> {
        let (requests, inbox) = channel::<Job>();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        let worker = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || {
                let mut engine = Engine::new();
                while let Ok(mut job) = inbox.recv() {
                    // Only the newest request matters.
                    while let Ok(newer) = inbox.try_recv() {
                        job = newer;
                    }
                    let generation = job.request.generation;
                    let stale = || newest.load(Ordering::Relaxed) != generation;
                    // An early answer (count, facets, the first hits in
                    // order) goes out while the rest is ordered; the owner
                    // changes the catalog only after `quiesce`, which waits
                    // for this job.
                    let mut listened = true;
                    let mut early = |outcome| listened = listened && deliver(outcome);
                    let outcome = match &job.catalog {
                        Some(catalog) => engine.answer_early(
                            catalog,
                            &store,
                            &job.request,
                            Some(&stale),
                            &mut early,
                        ),
                        None => None,
                    };
                    if !listened {
                        return;
                    }
                    // Done with the catalog before anyone hears of it: the
                    // owner may be about to change it.
                    drop(job);
                    if let Some(outcome) = outcome
                        && !deliver(outcome)
                    {
                        return;
                    }
                }
            })?;
        Ok(Searcher {
            requests: Some(requests),
            outcomes: None,
            latest,
            in_hand: Arc::new((Mutex::new(0), Condvar::new())),
            worker: Some(worker),
        })
    }

    /// Asks for a search of `catalog`; any older one still running gives up.
    pub fn request(&self, catalog: Arc<Catalog>, request: Request) {
        self.latest.store(request.generation, Ordering::Relaxed);
        *lock(&self.in_hand.0) += 1;
        let job = Job {
            catalog: Some(catalog),
            request,
            in_hand: Arc::clone(&self.in_hand),
        };
        if let Some(requests) = &self.requests {
            // Not sent (the worker is gone): dropping it counts it done.
            let _ = requests.send(job);
        }
    }

    /// Tells a search that is running to give up, and waits until the
    /// worker holds no catalog, so the owner can change its own in place.
    /// A worker that does not let go within `limit` is left to finish.
    pub fn quiesce(&self, limit: Duration) {
        self.latest.store(u64::MAX, Ordering::Relaxed);
        let (count, changed) = &*self.in_hand;
        let mut count = lock(count);
        let deadline = std::time::Instant::now() + limit;
        while *count > 0 {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return;
            }
            count = changed
                .wait_timeout(count, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// The newest finished result, if one arrived (never, for a worker
    /// that delivers elsewhere).
    pub fn poll(&self) -> Option<Outcome> {
        self.outcomes.as_ref()?.try_iter().last()
    }

    /// Waits up to `timeout` for a result.
    pub fn wait(&self, timeout: Duration) -> Option<Outcome> {
        self.outcomes
            .as_ref()?
            .recv_timeout(timeout)
            .ok()
            .map(|first| self.poll().unwrap_or(first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Row, Timestamp};
    use crate::query::{Query, SortKey};
    use std::collections::HashSet;

    fn setup(n: usize) -> (tempfile::TempDir, Store, Arc<Catalog>) {
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
        (dir, store, Arc::new(Catalog::new(rows)))
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
        let searcher = Searcher::spawn(store).unwrap();
        for (g, q) in [(1, "w"), (2, "wa"), (3, "wat"), (4, "number 7")] {
            searcher.request(Arc::clone(&catalog), request(g, q));
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
        let catalog = catalog.as_ref();
        let mut engine = Engine::new();
        let fresh = |q: &str| {
            Engine::new()
                .answer(catalog, &store, &request(1, q), None)
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
                    .answer(catalog, &store, &request(1, q), None)
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
        let big_catalog = big.2.as_ref();
        assert!(
            Engine::new()
                .answer(big_catalog, &big.1, &many, Some(&cancelled))
                .is_none()
        );
    }

    #[test]
    fn once_quiesced_the_worker_holds_no_catalog() {
        let (_d, store, mut catalog) = setup(60_000);
        let searcher = Searcher::spawn(store).unwrap();
        for g in 1..=3 {
            searcher.request(Arc::clone(&catalog), request(g, "idea"));
        }
        searcher.quiesce(Duration::from_secs(10));
        assert!(
            Arc::get_mut(&mut catalog).is_some(),
            "the catalog can be changed in place without waiting for a search"
        );
        // And it still answers afterwards.
        searcher.request(Arc::clone(&catalog), request(4, "number 7"));
        let answered =
            std::iter::from_fn(|| searcher.wait(Duration::from_secs(5))).any(|o| o.generation == 4);
        assert!(answered);
    }
}
