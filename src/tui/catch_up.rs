//! Catching up with what others changed: on a wake from the store (or
//! after a reconnect), the ideas changed since the last change this UI
//! saw are read again, and the views if they changed, and handed to
//! update as one remote change.

use super::app::App;
use super::effects::Backend;
use super::msg::{Msg, Reply};

impl Backend {
    /// Catches up with what others changed since the last change this UI
    /// saw: the ideas read again, the views if they changed. A lost
    /// connection is said, and the catching up waits for the next wake.
    pub fn catch_up(&mut self, app: &mut App) -> Vec<Msg> {
        let store = &self.store;
        let lost = |e: crate::store::StoreError| -> Vec<Msg> {
            match e {
                crate::store::StoreError::Lost(why) => {
                    vec![Msg::Reply(Reply::Connection(Some(why)))]
                }
                e => vec![Msg::Reply(Reply::Failed(crate::Error::from(e).to_string()))],
            }
        };
        // A connection the server dropped is found dead on its first use
        // and opened again on the next: one more try.
        let changed = match store
            .changes_since(app.live.seen)
            .or_else(|_| store.changes_since(app.live.seen))
        {
            Ok(changed) => changed,
            Err(e) => return lost(e),
        };
        let mut changes = Vec::with_capacity(changed.ideas.len());
        for &id in &changed.ideas {
            match store.idea(id) {
                Ok(Some(idea)) => changes.push((None, Some(idea))),
                Ok(None) => {
                    let mut gone = crate::domain::Idea::new(String::new(), app.now);
                    gone.id = id;
                    changes.push((Some(gone), None));
                }
                Err(e) => return lost(e),
            }
        }
        let views = match changed.views.then(|| store.views()).transpose() {
            Ok(views) => views,
            Err(e) => return lost(e),
        };
        let mut msgs = Vec::new();
        if app.live.offline.is_some() {
            msgs.push(Msg::Reply(Reply::Connection(None)));
        }
        msgs.push(Msg::Reply(Reply::Remote(Box::new(
            super::live_state::Remote {
                changes,
                by: changed.by,
                views,
                upto: changed.upto,
            },
        ))));
        msgs
    }

    /// [`Backend::catch_up`], with what it yields fed to update.
    pub fn catch_up_and_show(&mut self, app: &mut App) {
        for msg in self.catch_up(app) {
            self.dispatch(app, msg, &mut |_| Err("busy".into()));
        }
    }
}
