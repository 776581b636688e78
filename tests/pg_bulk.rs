//! A large load into an empty PostgreSQL database builds the word indexes
//! after the rows are in (`bulk_load.rs`), and the word table has no
//! foreign key to `ideas`: the words must still follow every change, the
//! indexes be there after, a failed load leave them as they were, and a
//! role that does not own the tables load by the ordinary path.

mod pg_support;
use pg_support::{TestDb, add, as_user, sprout};
use sprout::domain::{Idea, Timestamp};
use sprout::store::{Store, StoreError, Writes};

/// The word indexes there now, by name.
fn word_indexes(db: &TestDb) -> Vec<String> {
    db.sql()
        .query(
            "SELECT indexname::text FROM pg_indexes WHERE tablename = 'summary_words' ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

/// `n` new ideas whose summaries say `bulk` and `wordK`.
fn batch(w: &mut Writes, n: usize) {
    for k in 0..n {
        let mut idea = Idea::new(format!("Idea {k}"), Timestamp(1));
        idea.summary = format!("bulk word{k}");
        idea.id = w.allocate();
        w.put(idea, None);
    }
}

#[test]
fn a_large_load_into_an_empty_database_keeps_its_word_indexes() {
    let Some(db) = TestDb::new("bulk_indexes") else {
        return;
    };
    let store = db.open();
    let mut w = store.begin().unwrap();
    batch(&mut w, 6000);
    store.commit_large(w).unwrap();
    assert_eq!(
        word_indexes(&db),
        ["summary_words_id", "summary_words_word"]
    );
    assert_eq!(store.summary_ids("bulk").unwrap().len(), 6000);
    assert_eq!(store.summary_ids("word5999").unwrap(), [6000]);
    // Another large load, now that there are words: the ordinary path.
    let mut w = store.begin().unwrap();
    batch(&mut w, 6000);
    store.commit_large(w).unwrap();
    assert_eq!(store.summary_ids("bulk").unwrap().len(), 12_000);
    assert_eq!(store.summary_ids("word5999").unwrap(), [6000, 12_000]);
}

#[test]
fn a_large_load_that_fails_leaves_the_word_indexes_as_they_were() {
    let Some(db) = TestDb::new("bulk_fails") else {
        return;
    };
    let store = db.open();
    let other = db.open();
    // A load numbered from 1, but another open takes 1 first with an idea
    // without a summary, so the word table stays empty: the load drops
    // the indexes, then its first send finds 1 taken.
    let mut w = store.begin().unwrap();
    batch(&mut w, 6000);
    assert_eq!(add(&other, "No words", ""), 1);
    match store.commit_large(w) {
        Err(StoreError::Conflict(c)) => assert_eq!(c.id, 1),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        word_indexes(&db),
        ["summary_words_id", "summary_words_word"]
    );
    assert_eq!(store.rows().unwrap().len(), 1);
    assert!(store.summary_ids("bulk").unwrap().is_empty());
}

#[test]
fn a_deleted_ideas_words_go_with_it() {
    let Some(db) = TestDb::new("bulk_delete") else {
        return;
    };
    let store = db.open();
    let id = add(&store, "Wells", "clean water for Kazan");
    add(&store, "Taxi", "clean rides");
    let mut w = store.begin().unwrap();
    w.delete(store.idea_with_version(id).unwrap().unwrap());
    store.commit(w).unwrap();
    assert!(store.summary_ids("kazan").unwrap().is_empty());
    assert_eq!(store.summary_ids("clean").unwrap(), [2]);
    let left: i64 = db
        .sql()
        .query_one(
            "SELECT count(*) FROM summary_words WHERE id = $1",
            &[&(id as i64)],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0, "no word of a deleted idea is kept");
}

#[test]
fn an_officer_who_does_not_own_the_tables_loads_by_the_ordinary_path() {
    let Some(db) = TestDb::new("bulk_officer") else {
        return;
    };
    drop(db.open()); // the schema, owned by the test's own role
    let made = sprout()
        .arg("--db")
        .arg(&db.url)
        .args(["admin", "roles"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let name = format!("bulk_officer_{}", std::process::id());
    let mut sql = db.sql();
    sql.batch_execute(&format!(
        "DROP ROLE IF EXISTS {name}; CREATE ROLE {name} LOGIN PASSWORD 'pw-bulk' IN ROLE sprout_officer"
    ))
    .unwrap();
    let url = as_user(&db.url, &name, "pw-bulk");
    let loaded = (|| {
        let officer = Store::open(std::path::Path::new(&url))?;
        let mut w = officer.begin()?;
        batch(&mut w, 6000);
        officer.commit_large(w)?;
        officer.summary_ids("word5999")
    })();
    let _ = sql.batch_execute(&format!("DROP OWNED BY {name}; DROP ROLE IF EXISTS {name}"));
    assert_eq!(loaded.unwrap(), [6000]);
    assert_eq!(
        word_indexes(&db),
        ["summary_words_id", "summary_words_word"]
    );
}
