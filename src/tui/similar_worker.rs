//! Finding near-duplicates off the UI thread: one worker that builds the
//! index when the ideas changed and answers for the idea shown, always on
//! the newest request (as the search worker does); or the same work in
//! place, where there is no worker (tests).

use super::similar_state::{Alike, Ask, Found, SHOWN};
use crate::query::IdBits;
use crate::search::Duplicates;
use crate::store::Store;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

/// The index as last built, for one version of the ideas.
#[derive(Default)]
pub struct Built {
    version: Option<u64>,
    duplicates: Option<Arc<Duplicates>>,
    flagged: Arc<IdBits>,
}

impl Built {
    /// What `ask` asks for, building the index first if it is for another
    /// version; `None` if the database could not be read.
    pub fn find(&mut self, store: &Store, ask: Ask) -> Option<Found> {
        if self.version != Some(ask.version) || self.duplicates.is_none() {
            let duplicates = Duplicates::build(store).ok()?;
            // An idea already marked a duplicate is settled: not flagged.
            let flagged: IdBits = (duplicates.flagged().iter())
                .filter(|id| !duplicates.is_marked(*id))
                .collect();
            self.flagged = Arc::new(flagged);
            self.duplicates = Some(Arc::new(duplicates));
            self.version = Some(ask.version);
        }
        let duplicates = self.duplicates.as_ref()?;
        let shown = match ask.shown {
            Some(id) => match store.idea(id).ok()? {
                Some(idea) => {
                    let mut likes = duplicates.like(store, &idea, true).ok()?;
                    likes.truncate(SHOWN);
                    Some(Alike {
                        id,
                        likes,
                        duplicates: duplicates.duplicates_of(id),
                    })
                }
                None => None,
            },
            None => None,
        };
        Some(Found {
            version: ask.version,
            flagged: Arc::clone(&self.flagged),
            shown,
        })
    }
}

/// The worker thread and the channel to it.
pub struct SimilarWorker {
    asks: Option<Sender<Ask>>,
    /// Closed by the worker once it has let go of the database.
    done: Receiver<()>,
    worker: Option<std::thread::JoinHandle<()>>,
    closer: crate::store::CloseHandle,
}

/// How long quitting waits for an index being built (it cannot be
/// stopped midway; a million ideas take seconds).
const WAIT_AT_END: Duration = Duration::from_secs(2);

impl SimilarWorker {
    /// A worker that hands what it finds to `deliver` (the UI's event
    /// channel); it ends when `deliver` says nobody listens.
    pub fn spawn(
        store: Store,
        deliver: Box<dyn Fn(Found) -> bool + Send>,
    ) -> std::io::Result<SimilarWorker> {
        let (asks, inbox) = channel::<Ask>();
        let (done_tx, done) = channel::<()>();
        let closer = store.close_handle();
        let worker = std::thread::Builder::new()
            .name("similar".into())
            .spawn(move || {
                answer_asks(store, &inbox, &deliver);
                drop(done_tx);
            })?;
        Ok(SimilarWorker {
            asks: Some(asks),
            done,
            worker: Some(worker),
            closer,
        })
    }

    /// Asks for `ask`; older asks not yet begun are dropped.
    pub fn ask(&self, ask: Ask) {
        if let Some(asks) = &self.asks {
            let _ = asks.send(ask);
        }
    }
}

/// The worker's loop, which owns the store until it ends.
fn answer_asks(store: Store, inbox: &Receiver<Ask>, deliver: &dyn Fn(Found) -> bool) {
    let mut built = Built::default();
    while let Ok(mut ask) = inbox.recv() {
        // Only the newest ask matters.
        while let Ok(newer) = inbox.try_recv() {
            ask = newer;
        }
        if let Some(found) = built.find(&store, ask)
            && !deliver(found)
        {
            return;
        }
    }
}

impl Drop for SimilarWorker {
    /// Ends the worker and waits for it, so that its handle on the
    /// database is gone before the database is closed; one still building
    /// after [`WAIT_AT_END`] is left to the process's end, the database's
    /// clean close recorded without it (it only reads).
    fn drop(&mut self) {
        self.asks = None;
        match self.done.recv_timeout(WAIT_AT_END) {
            Err(RecvTimeoutError::Timeout) => self.closer.close_now(),
            _ => {
                if let Some(worker) = self.worker.take() {
                    let _ = worker.join();
                }
            }
        }
    }
}
