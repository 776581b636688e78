//! The sled engine as a whole: records from before versions, and versions
//! in a large write.
use super::keys::idea_key;
use super::{SledStore, codec, journal};
use crate::domain::{Idea, Timestamp};
use crate::store::StoreError;

#[test]
fn records_from_before_versions_read_as_version_zero_and_take_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut idea = Idea::new("old".into(), Timestamp(1));
    {
        let store = SledStore::open(&path).unwrap();
        let mut w = store.begin().unwrap();
        idea.id = w.allocate();
        w.put(idea.clone(), None);
        store.commit(w).unwrap();
        // The record as a sprout from before versions wrote it.
        let tree = store.tree().unwrap();
        let key = idea_key(b'i', idea.id);
        tree.insert(key, codec::encode(&idea).unwrap()).unwrap();
        tree.flush().unwrap();
    }
    let store = SledStore::open_again(&path);
    let stored = store.idea(idea.id).unwrap().unwrap();
    assert_eq!((&stored.idea, stored.version), (&idea, 0));
    let mut changed = stored.idea.clone();
    changed.title = "new".into();
    let base = Some(stored);
    let mut w = store.begin().unwrap();
    w.put(changed.clone(), base);
    store.commit(w).unwrap();
    let stored = store.idea(idea.id).unwrap().unwrap();
    assert_eq!((stored.idea, stored.version), (changed, 1));
}

#[test]
fn a_large_write_checks_its_versions_before_writing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(&dir.path().join("db")).unwrap();
    let mut w = store.begin().unwrap();
    let a = w.allocate();
    let mut first = Idea::new("a".into(), Timestamp(1));
    first.id = a;
    w.put(first, None);
    store.commit(w).unwrap();
    let retitled = |title: &str| {
        let base = store.idea(a).unwrap().unwrap();
        let mut idea = base.idea.clone();
        idea.title = title.into();
        (idea, Some(base))
    };
    let (mine, stale) = retitled("mine");
    let (theirs, base) = retitled("theirs");
    let mut w = store.begin().unwrap();
    w.put(theirs, base);
    store.commit(w).unwrap();
    let mut w = store.begin().unwrap();
    w.put(mine, stale);
    for n in 0..(journal::chunk_size() + 5) {
        let mut i = Idea::new(format!("new {n}"), Timestamp(2));
        i.id = w.allocate();
        w.put(i, None);
    }
    assert!(matches!(
        store.commit_large(w),
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.rows().unwrap().len(), 1, "no chunk was written");
    assert_eq!(store.idea(a).unwrap().unwrap().idea.title, "theirs");
}
