//! A large load into PostgreSQL writes its summary words as chunks of ids
//! per word (`words.rs`), a few rows where schema 1 wrote a row per word
//! and id, and the word table has no foreign key to `ideas`: the words
//! must still follow every change, the index be there after, a failed load
//! leave nothing behind, and a role that does not own the tables load too.

mod pg_support;
use pg_support::{TestDb, add, as_user, sprout};
use sprout::domain::{Idea, Timestamp};
use sprout::store::{Store, StoreError, Writes};

/// The word table's indexes there now, by name.
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
fn a_large_load_into_an_empty_database_keeps_its_word_index() {
    let Some(db) = TestDb::new("bulk_indexes") else {
        return;
    };
    let store = db.open();
    let mut w = store.begin().unwrap();
    batch(&mut w, 6000);
    store.commit_large(w).unwrap();
    assert_eq!(word_indexes(&db), ["summary_words_word"]);
    assert_eq!(store.summary_ids("bulk").unwrap().len(), 6000);
    assert_eq!(store.summary_ids("word5999").unwrap(), [6000]);
    // Another large load, now that there are words: new chunks beside.
    let mut w = store.begin().unwrap();
    batch(&mut w, 6000);
    store.commit_large(w).unwrap();
    assert_eq!(store.summary_ids("bulk").unwrap().len(), 12_000);
    assert_eq!(store.summary_ids("word5999").unwrap(), [6000, 12_000]);
}

#[test]
fn a_load_writes_a_chunk_of_ids_per_word_not_a_row_per_word_and_id() {
    let Some(db) = TestDb::new("bulk_chunks") else {
        return;
    };
    let store = db.open();
    let mut w = store.begin().unwrap();
    for k in 0..6000 {
        let mut idea = Idea::new(format!("Idea {k}"), Timestamp(1));
        idea.summary = "clean water for Kazan".into();
        idea.id = w.allocate();
        w.put(idea, None);
    }
    store.commit_large(w).unwrap();
    let rows: i64 = db
        .sql()
        .query_one("SELECT count(*) FROM summary_words", &[])
        .unwrap()
        .get(0);
    // Four words, 6,000 ids each, 1,024 ids a chunk: 6 chunks a word (the
    // 24,000 pairs were 24,000 rows in schema 1).
    assert_eq!(rows, 4 * 6);
    assert_eq!(store.summary_ids("kaz").unwrap().len(), 6000);
}

#[test]
fn a_large_load_that_fails_leaves_the_word_index_as_it_was() {
    let Some(db) = TestDb::new("bulk_fails") else {
        return;
    };
    let store = db.open();
    let other = db.open();
    // A load numbered from 1, but another open takes 1 first with an idea
    // without a summary: the load's first send finds 1 taken.
    let mut w = store.begin().unwrap();
    batch(&mut w, 6000);
    assert_eq!(add(&other, "No words", ""), 1);
    match store.commit_large(w) {
        Err(StoreError::Conflict(c)) => assert_eq!(c.id, 1),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(word_indexes(&db), ["summary_words_word"]);
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
            "SELECT count(*) FROM summary_words WHERE $1 = ANY(ids)",
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
    assert_eq!(word_indexes(&db), ["summary_words_word"]);
}
