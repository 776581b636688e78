//! The store as a whole, through its boundary: ids, the in-use lock, the
//! word index, and versions.
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
    let old = store.idea_with_version(a).unwrap().unwrap();
    let mut new = old.idea.clone();
    new.summary = "Solar panels".into();
    new.apply(&Edit::Sector(Sector::Ecology), Timestamp(2));
    w.put(new, Some(old));
    store.commit(w).unwrap();
    assert_eq!(found("wat"), [b]);
    assert_eq!(found("sol"), [a]);

    // Put the word back: the chunk keyed by this id must merge, not clobber.
    let old = store.idea_with_version(a).unwrap().unwrap();
    let mut new = old.idea.clone();
    new.summary = "water again".into();
    let mut w = store.begin().unwrap();
    w.put(new, Some(old));
    store.commit(w).unwrap();
    assert_eq!(found("water"), [a, b]);
    assert_eq!(store.rows().unwrap()[0].sector, Sector::Ecology);

    // Deleting takes the idea, its row and its words away; ids move on.
    let mut w = store.begin().unwrap();
    w.delete(store.idea_with_version(a).unwrap().unwrap());
    store.commit(w).unwrap();
    assert_eq!(found("water"), [b]);
    assert!(store.idea(a).unwrap().is_none());
    assert_eq!(store.rows().unwrap().len(), 1);
    assert_eq!(add(&store, "c", ""), 3);
}

fn retitled(store: &Store, id: u64, title: &str) -> (Idea, Option<Versioned>) {
    let base = store.idea_with_version(id).unwrap();
    let mut idea = base.as_ref().unwrap().idea.clone();
    idea.title = title.into();
    (idea, base)
}

#[test]
fn every_write_moves_an_idea_to_its_next_version() {
    let (_dir, store) = store();
    let a = add(&store, "a", "");
    let version = |id| store.idea_with_version(id).unwrap().unwrap().version;
    assert_eq!(version(a), 1, "created");
    for n in 2..5 {
        let (idea, base) = retitled(&store, a, &format!("a{n}"));
        let mut w = store.begin().unwrap();
        w.put(idea, base);
        store.commit(w).unwrap();
        assert_eq!(version(a), n);
    }
    // Put twice in one batch: one write, based on what was read first.
    let (first, base) = retitled(&store, a, "once");
    let mut w = store.begin().unwrap();
    w.put(first.clone(), base.clone());
    w.put(
        Idea {
            title: "twice".into(),
            ..first
        },
        base,
    );
    store.commit(w).unwrap();
    assert_eq!(version(a), 5);
    assert_eq!(store.idea(a).unwrap().unwrap().title, "twice");
}

#[test]
fn a_change_based_on_an_older_version_is_refused_whole() {
    let (_dir, store) = store();
    let a = add(&store, "a", "water");
    let b = add(&store, "b", "");
    // Two people read #a; the first one's change is saved.
    let (mine, stale) = retitled(&store, a, "mine");
    let (mut theirs, base) = retitled(&store, a, "a");
    theirs.stage = crate::domain::Stage::Pilot;
    theirs.updated = Timestamp(1_790_000_000);
    let mut w = store.begin().unwrap();
    w.put(theirs.clone(), base);
    store.commit(w).unwrap();
    // The second one's, with a change to #b in the same batch.
    let (other, other_base) = retitled(&store, b, "b changed");
    let mut w = store.begin().unwrap();
    w.put(mine, stale);
    w.put(other, other_base);
    let err = store.commit(w).unwrap_err();
    let StoreError::Conflict(c) = &err else {
        panic!("{err}");
    };
    assert_eq!((c.id, c.based_on, c.current), (a, Some(1), Some(2)));
    assert_eq!(c.what, ["stage"]);
    assert_eq!(c.when, Some(Timestamp(1_790_000_000)));
    assert!(err.to_string().contains("not saved"), "{err}");
    assert_eq!(store.idea(a).unwrap().unwrap(), theirs, "theirs is kept");
    assert_eq!(
        store.idea(b).unwrap().unwrap().title,
        "b",
        "nothing written"
    );
    assert_eq!(store.rows().unwrap()[0].title(), "a");

    // Removing an idea as it was before a change is refused too.
    let stale = store.idea_with_version(b).unwrap().unwrap();
    let (idea, base) = retitled(&store, b, "b2");
    let mut w = store.begin().unwrap();
    w.put(idea, base);
    store.commit(w).unwrap();
    let mut w = store.begin().unwrap();
    w.delete(stale);
    assert!(matches!(store.commit(w), Err(StoreError::Conflict(_))));
    assert!(store.idea(b).unwrap().is_some());

    // A new idea whose id is taken, and a change to an idea since removed.
    let mut w = store.begin().unwrap();
    let mut taken = Idea::new("taken".into(), Timestamp(3));
    taken.id = a;
    w.put(taken, None);
    let err = store.commit(w).unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict(c) if c.based_on.is_none() && c.current == Some(2)),
        "{err}"
    );
    let (gone, base) = retitled(&store, b, "b3");
    let mut w = store.begin().unwrap();
    w.delete(store.idea_with_version(b).unwrap().unwrap());
    store.commit(w).unwrap();
    let mut w = store.begin().unwrap();
    w.put(gone, base);
    let err = store.commit(w).unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict(c) if c.current.is_none()),
        "{err}"
    );
    assert!(store.idea(b).unwrap().is_none());
}

#[test]
fn others_changes_on_a_database_one_process_holds_are_none() {
    let (_dir, store) = store();
    let before = store.changes_since(0).unwrap();
    add(&store, "mine", "");
    let after = store.changes_since(before.upto).unwrap();
    assert!(after.upto > before.upto, "the sequence moves with commits");
    assert!(after.ideas.is_empty() && !after.views, "{after:?}");
    store.watch(Box::new(|| panic!("nothing arrives"))).unwrap();
}

#[test]
fn words_of_extra_fields_are_found_like_summary_words_and_follow_edits() {
    let (_dir, store) = store();
    let a = add(&store, "a", "Clean water");
    let found = |p: &str| {
        let mut v = store.summary_ids(p).unwrap();
        v.sort();
        v.dedup();
        v
    };
    let old = store.idea_with_version(a).unwrap().unwrap();
    let mut new = old.idea.clone();
    new.extras.set("Heard of us from", "Радио Чебоксары");
    let mut w = store.begin().unwrap();
    w.put(new, Some(old));
    store.commit(w).unwrap();
    assert_eq!(found("чебокс"), [a]);
    assert_eq!(found("wat"), [a], "the summary's words stay");

    let old = store.idea_with_version(a).unwrap().unwrap();
    let mut new = old.idea.clone();
    new.extras.set("Heard of us from", "a newspaper");
    let mut w = store.begin().unwrap();
    w.put(new, Some(old));
    store.commit(w).unwrap();
    assert_eq!(found("чебокс"), Vec::<u64>::new());
    assert_eq!(found("newsp"), [a]);
}
