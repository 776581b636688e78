//! Saved views under the `v` prefix, keyed by their lower-cased name so
//! that two views cannot differ only in case. Each keeps its place in the
//! list, so views show in the order they were made.

use super::batch::Batch;
use super::codec;
use super::handle::SledStore;
use crate::domain::View;
use crate::store::{Result, Writes};
use serde::{Deserialize, Serialize};

/// A view as it was first stored: its name, query and place. The same
/// layout as `{ view: { name, query }, position }` of older sprouts.
#[derive(Serialize, Deserialize)]
struct First {
    name: String,
    query: String,
    position: u64,
}

/// What a view record gained later (see `codec::encode_with`). The order
/// is kept by name so that one a newer sprout knows reads as none here
/// rather than as damage.
#[derive(Serialize, Deserialize, Default)]
struct Later {
    sort: Option<String>,
}

struct Stored {
    view: View,
    position: u64,
}

impl Stored {
    fn encode(&self) -> Result<Vec<u8>> {
        let first = First {
            name: self.view.name.clone(),
            query: self.view.query.clone(),
            position: self.position,
        };
        let later = Later {
            sort: self.view.sort.map(|s| s.name().to_string()),
        };
        codec::encode_with(&first, &later)
    }

    fn decode(bytes: &[u8]) -> Result<Stored> {
        let (first, later) = codec::decode_with::<First, Later>(bytes)?;
        Ok(Stored {
            view: View {
                name: first.name,
                query: first.query,
                sort: later
                    .sort
                    .as_deref()
                    .and_then(crate::domain::SortKey::from_name),
            },
            position: first.position,
        })
    }
}

pub(super) fn key(name: &str) -> Vec<u8> {
    let mut k = vec![b'v'];
    k.extend_from_slice(name.to_lowercase().as_bytes());
    k
}

/// A view and its place in the list, from its stored bytes: for a salvage
/// that reads sled's files itself (see [`super::salvage`]).
pub(super) fn decode_stored(bytes: &[u8]) -> Option<(View, u64)> {
    Stored::decode(bytes).ok().map(|s| (s.view, s.position))
}

impl SledStore {
    /// Every saved view, in the order they were made.
    pub fn views(&self) -> Result<Vec<View>> {
        let mut all = self.stored_views()?;
        all.sort_by_key(|s| s.position);
        Ok(all.into_iter().map(|s| s.view).collect())
    }

    /// The views that can still be read, in order, skipping damaged ones
    /// (for a salvage).
    pub(super) fn readable_views(&self) -> Vec<View> {
        let Ok(tree) = self.tree() else {
            return Vec::new();
        };
        let mut all: Vec<Stored> = tree
            .scan_prefix(b"v")
            .map_while(|kv| kv.ok())
            .filter_map(|(_, v)| Stored::decode(&v).ok())
            .collect();
        all.sort_by_key(|s| s.position);
        all.into_iter().map(|s| s.view).collect()
    }

    /// The view with this name (case-insensitive).
    pub fn view(&self, name: &str) -> Result<Option<View>> {
        let key = key(&crate::domain::text::clean_line(name));
        match self.tree()?.get(key)? {
            Some(bytes) => Ok(Some(Stored::decode(&bytes)?.view)),
            None => Ok(None),
        }
    }

    fn stored_views(&self) -> Result<Vec<Stored>> {
        self.tree()?
            .scan_prefix(b"v")
            .map(|kv| Stored::decode(&kv?.1))
            .collect()
    }

    /// Writes the view changes of a commit into its batch.
    pub(super) fn write_views(&self, writes: &Writes, batch: &mut Batch) -> Result<()> {
        if writes.views.is_empty() {
            return Ok(());
        }
        let existing = self.stored_views()?;
        let mut next = existing.iter().map(|s| s.position + 1).max().unwrap_or(0);
        for (old, view) in &writes.views {
            let kept = old
                .as_deref()
                .and_then(|o| existing.iter().find(|s| s.view.is_named(o)));
            if let Some(o) = old {
                batch.remove(key(o));
            }
            if let Some(view) = view {
                let position = kept.map_or_else(
                    || {
                        next += 1;
                        next - 1
                    },
                    |s| s.position,
                );
                let stored = Stored {
                    view: view.clone(),
                    position,
                };
                batch.insert(key(&view.name), stored.encode()?);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(store: &SledStore) -> Vec<String> {
        store.views().unwrap().into_iter().map(|v| v.name).collect()
    }

    #[test]
    fn a_new_database_has_the_default_views_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        assert_eq!(
            names(&store),
            [
                "Inbox",
                "In review",
                "Waiting too long",
                "My queue",
                "My reviews"
            ]
        );
        let mut w = store.begin().unwrap();
        for v in View::defaults() {
            w.delete_view(&v.name);
        }
        store.commit(w).unwrap();
        drop(store);
        let store = SledStore::open_again(&dir.path().join("db"));
        assert!(names(&store).is_empty(), "deleted defaults stay deleted");
    }

    #[test]
    fn views_are_saved_renamed_and_deleted_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        w.save_view(None, View::new("Health", "sector:health").unwrap());
        store.commit(w).unwrap();
        let mut w = store.begin().unwrap();
        w.save_view(Some("inbox"), View::new("New ones", "stage:new").unwrap());
        w.delete_view("In Review");
        store.commit(w).unwrap();
        assert_eq!(
            names(&store),
            [
                "New ones",
                "Waiting too long",
                "My queue",
                "My reviews",
                "Health"
            ]
        );
        assert_eq!(
            store.view("HEALTH").unwrap().unwrap().query,
            "sector:health"
        );
        assert!(store.view("Inbox").unwrap().is_none());
    }

    #[test]
    fn a_view_keeps_its_order_and_views_stored_before_orders_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let by_score = View::new("Best", "stage:review")
            .unwrap()
            .with_sort(Some(crate::domain::SortKey::Score));
        let mut w = store.begin().unwrap();
        w.save_view(None, by_score.clone());
        store.commit(w).unwrap();
        drop(store);
        let store = SledStore::open_again(&dir.path().join("db"));
        assert_eq!(store.view("best").unwrap().unwrap(), by_score);

        // The record layout of sprouts before orders: read as no order.
        #[derive(Serialize)]
        struct Old {
            view: (String, String),
            position: u64,
        }
        let old = Old {
            view: ("Old".into(), "sector:health".into()),
            position: 9,
        };
        let decoded = Stored::decode(&codec::encode(&old).unwrap()).unwrap();
        assert_eq!(decoded.view, View::new("Old", "sector:health").unwrap());
        assert_eq!(decoded.position, 9);
        // An order a newer sprout knows and this one does not reads as none.
        let newer = codec::encode_with(
            &First {
                name: "N".into(),
                query: "x".into(),
                position: 1,
            },
            &Later {
                sort: Some("reviewers".into()),
            },
        )
        .unwrap();
        assert_eq!(Stored::decode(&newer).unwrap().view.sort, None);
    }
}
