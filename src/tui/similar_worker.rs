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
            // The build's own buffers (every idea's signatures) were freed
            // on this thread, which then waits: give them back now.
            crate::memory::release();
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
    /// Asks are held until the UI has its first results of every idea
    /// (see [`SimilarWorker::release`]): the index reads and decodes every
    /// idea, which on two cores slowed the first list, and on PostgreSQL
    /// held the one connection the first frame's reads wait for. The
    /// newest held ask is kept.
    held: std::sync::Mutex<Option<Option<Ask>>>,
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
            held: std::sync::Mutex::new(Some(None)),
            done,
            worker: Some(worker),
            closer,
        })
    }

    /// Asks for `ask`; older asks not yet begun are dropped.
    pub fn ask(&self, ask: Ask) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        match held.as_mut() {
            Some(slot) => *slot = Some(ask),
            None => self.send(ask),
        }
    }

    /// Lets the worker begin: the newest ask held is sent, and every later
    /// one goes straight on. Called again, it does nothing.
    pub fn release(&self) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(Some(ask)) = held.take() {
            self.send(ask);
        }
    }

    fn send(&self, ask: Ask) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    /// Asks wait for `release`; the newest of them is answered, and once
    /// released every ask goes straight on.
    #[test]
    fn asks_are_held_until_released_and_the_newest_is_answered() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        let (tx, rx) = channel();
        let worker =
            SimilarWorker::spawn(store, Box::new(move |found| tx.send(found.version).is_ok()))
                .unwrap();
        worker.ask(Ask {
            version: 1,
            shown: None,
        });
        worker.ask(Ask {
            version: 2,
            shown: None,
        });
        // A held ask never reaches the worker, so nothing can come.
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
        worker.release();
        assert_eq!(rx.recv_timeout(Duration::from_secs(10)), Ok(2));
        worker.release();
        worker.ask(Ask {
            version: 3,
            shown: None,
        });
        assert_eq!(rx.recv_timeout(Duration::from_secs(10)), Ok(3));
        assert!(rx.try_recv().is_err(), "version 1 was never answered");
    }
}
