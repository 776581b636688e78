//! The store as a whole: ids, the in-use lock, and the word index.
use super::*;
use crate::domain::{Edit, Sector, Timestamp};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    (dir, store)
}

fn add(store: &Store, title: &str, summary: &str) -> u64 {
    let mut w = store.begin().unwrap();
    let mut idea = Idea::new(title.into(), Timestamp(1));
    idea.summary = summary.into();
    idea.id = w.allocate();
    let id = idea.id;
    w.put(idea, None);
    store.commit(w).unwrap();
    id
}

#[test]
fn ids_are_sequential_and_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let store = Store::open(&path).unwrap();
        assert_eq!(add(&store, "a", ""), 1);
        assert_eq!(add(&store, "b", ""), 2);
    }
    let store = Store::open_again(&path);
    assert_eq!(add(&store, "c", ""), 3);
    assert_eq!(store.rows().unwrap().len(), 3);
    assert_eq!(store.idea(2).unwrap().unwrap().title, "b");
}

#[test]
fn a_second_open_is_refused_as_in_use() {
    let (dir, _store) = store();
    let err = Store::open(&dir.path().join("db")).err().unwrap();
    assert!(matches!(err, StoreError::InUse(_)), "{err}");
    assert!(
        err.to_string()
            .ends_with("is in use by another sprout process")
    );
}

#[test]
fn summary_words_are_indexed_and_follow_edits() {
    let (_dir, store) = store();
    let a = add(&store, "a", "Clean water for villages");
    let b = add(&store, "b", "Water filters; Ёлки");
    let found = |p: &str| {
        let mut v = store.summary_ids(p).unwrap();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(found("wat"), [a, b]);
    assert_eq!(found("елк"), [b]);
    assert_eq!(found("zzz"), Vec::<u64>::new());

    let mut w = store.begin().unwrap();
    let old = store.idea(a).unwrap().unwrap();
    let mut new = old.clone();
    new.summary = "Solar panels".into();
    new.apply(&Edit::Sector(Sector::Ecology), Timestamp(2));
    w.put(new, Some(old));
    store.commit(w).unwrap();
    assert_eq!(found("wat"), [b]);
    assert_eq!(found("sol"), [a]);

    // Put the word back: the chunk keyed by this id must merge, not clobber.
    let old = store.idea(a).unwrap().unwrap();
    let mut new = old.clone();
    new.summary = "water again".into();
    let mut w = store.begin().unwrap();
    w.put(new, Some(old));
    store.commit(w).unwrap();
    assert_eq!(found("water"), [a, b]);
    assert_eq!(store.rows().unwrap()[0].sector, Sector::Ecology);

    // Deleting takes the idea, its row and its words away; ids move on.
    let mut w = store.begin().unwrap();
    w.delete(store.idea(a).unwrap().unwrap());
    store.commit(w).unwrap();
    assert_eq!(found("water"), [b]);
    assert!(store.idea(a).unwrap().is_none());
    assert_eq!(store.rows().unwrap().len(), 1);
    assert_eq!(add(&store, "c", ""), 3);
}
