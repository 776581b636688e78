//! A large load into PostgreSQL writes its summary words as chunks of ids
//! per word (`words.rs`), a few rows where schema 1 wrote a row per word
//! and id, and the word table has no foreign key to `ideas`: the words
//! must still follow every change, the index be there after, a failed load
//! leave nothing behind, a role that does not own the tables load too, and
//! a large batch go in whole or, when an id it uses is taken, not at all.

mod pg_support;
use pg_support::{TestDb, add, as_user, sprout, word_pairs};
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
    let pairs = word_pairs(&db);
    assert!(
        pairs.iter().all(|(_, of)| *of != id as i64),
        "no word of a deleted idea is kept: {pairs:?}"
    );
    let rows: i64 = db
        .sql()
        .query_one("SELECT count(*) FROM summary_words", &[])
        .unwrap()
        .get(0);
    assert_eq!(
        rows as usize,
        pairs.len(),
        "a chunk left empty goes: {pairs:?}"
    );
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

#[test]
fn a_large_batch_goes_in_whole_and_a_taken_id_refuses_it() {
    let Some(db) = TestDb::new("large") else {
        return;
    };
    let store = db.open();
    // More than one chunk of new ideas (they are sent 10,000 at a time).
    let n = 12_500;
    let mut w = store.begin().unwrap();
    for i in 0..n {
        let mut idea = Idea::new(format!("Idea {i}"), Timestamp(1));
        idea.summary = if i % 3 == 0 { "alpha beta" } else { "gamma" }.into();
        idea.id = w.allocate();
        w.put(idea, None);
    }
    store.commit_large(w).unwrap();
    assert_eq!(store.rows().unwrap().len(), n);
    assert_eq!(store.summary_ids("alph").unwrap().len(), n.div_ceil(3));
    assert_eq!(store.next_id().unwrap(), n as u64 + 1);
    let seq = store.changes_since(0).unwrap().upto;

    // A batch of new ideas, one of them at an id taken since: none of it.
    let mut w = store.begin().unwrap();
    for id in [n as u64 + 1, 7, n as u64 + 2] {
        let mut idea = Idea::new(format!("New {id}"), Timestamp(2));
        idea.id = id;
        w.put(idea, None);
    }
    match store.commit(w) {
        Err(StoreError::Conflict(c)) => assert_eq!((c.id, c.based_on), (7, None)),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(store.rows().unwrap().len(), n);
    assert_eq!(store.idea(7).unwrap().unwrap().title, "Idea 6");
    assert_eq!(
        store.changes_since(0).unwrap().upto,
        seq,
        "no change recorded"
    );
}

#[test]
fn a_batch_sent_by_copy_with_a_taken_id_is_refused_whole() {
    let Some(db) = TestDb::new("copy_in") else {
        return;
    };
    let olga = db.open();
    let ivan = db.open();
    // 3,000 new ideas: past the size from which they go by COPY.
    let batch = |w: &mut sprout::store::Writes, n: usize| {
        for k in 0..n {
            let mut idea = Idea::new(format!("Idea {k}"), Timestamp(1));
            idea.summary = format!("bulk word{k}");
            idea.id = w.allocate();
            w.put(idea, None);
        }
    };
    // Ivan's batch is numbered from 1, but Olga takes 1 first.
    let mut late = ivan.begin().unwrap();
    batch(&mut late, 3000);
    assert_eq!(add(&olga, "Olga's", "first"), 1);
    match ivan.commit_large(late) {
        Err(StoreError::Conflict(_)) => {}
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(olga.rows().unwrap().len(), 1, "nothing of it written");
    assert!(olga.summary_ids("bulk").unwrap().is_empty());

    let mut w = ivan.begin().unwrap();
    batch(&mut w, 3000);
    ivan.commit_large(w).unwrap();
    assert_eq!(olga.rows().unwrap().len(), 3001);
    assert_eq!(olga.summary_ids("bulk").unwrap().len(), 3000);
    assert_eq!(olga.summary_ids("word2999").unwrap(), [3001]);
    assert_eq!(olga.next_id().unwrap(), 3002);
    let changed = olga.changes_since(0).unwrap();
    assert_eq!(changed.ideas.len(), 3000, "each new idea in the change log");
}

/// A load's words are folded as everywhere else (case, `ё`, runs of
/// letters and digits cut at 40 characters), and a word an idea has
/// several times is one (word, id) pair: every prefix finds each idea
/// once, as an idea added alone is found.
#[test]
fn a_loads_words_are_folded_and_each_once_an_idea() {
    let Some(db) = TestDb::new("bulk_folded") else {
        return;
    };
    let store = db.open();
    let long = "x".repeat(45);
    let mut w = store.begin().unwrap();
    for k in 0..1000 {
        let mut idea = Idea::new(format!("Idea {k}"), Timestamp(1));
        idea.summary = format!("Вода ВОДА вода, Water-water WATER; Ёлка n{k} {long}");
        idea.id = w.allocate();
        w.put(idea, None);
    }
    store.commit_large(w).unwrap();
    let alone = add(
        &store,
        "Alone",
        &format!("Вода ВОДА вода, Water-water WATER; Ёлка n7 {long}"),
    );
    let found = |prefix: &str| store.summary_ids(prefix).unwrap().len();
    assert_eq!(found("вод"), 1001);
    assert_eq!(found("water"), 1001);
    assert_eq!(found("елк"), 1001);
    assert_eq!(found(&"x".repeat(40)), 1001);
    assert_eq!(found(&"x".repeat(41)), 0);
    let mut n7 = store.summary_ids("n7").unwrap();
    n7.sort();
    // n7 and n70..n79, n700..n799, and the idea added alone.
    assert_eq!(n7.len(), 1 + 10 + 100 + 1);
    assert_eq!(n7.last(), Some(&alone));
    // вода, water, елка, n<k> and the 40 x's: five words an idea.
    assert_eq!(word_pairs(&db).len(), 5 * 1001);
}

#[test]
fn an_edit_or_a_delete_takes_an_id_out_of_a_packed_chunk_and_keeps_the_others() {
    let Some(db) = TestDb::new("bulk_packed_edit") else {
        return;
    };
    let store = db.open();
    let mut w = store.begin().unwrap();
    batch(&mut w, 3000);
    store.commit_large(w).unwrap();
    let base = store.idea_with_version(1500).unwrap().unwrap();
    let mut idea = base.idea.clone();
    idea.summary = "other".into();
    let mut w = store.begin().unwrap();
    w.put(idea, Some(base));
    w.delete(store.idea_with_version(10).unwrap().unwrap());
    store.commit(w).unwrap();
    let mut bulk = store.summary_ids("bulk").unwrap();
    bulk.sort();
    let expected: Vec<u64> = (1..=3000).filter(|id| ![10, 1500].contains(id)).collect();
    assert_eq!(bulk, expected);
    assert!(store.summary_ids("word1499").unwrap().is_empty());
    assert_eq!(store.summary_ids("other").unwrap(), [1500]);
    let pairs = word_pairs(&db);
    assert!(pairs.iter().all(|(_, id)| *id != 10), "{pairs:?}");
    assert_eq!(pairs.iter().filter(|(w, _)| w == "bulk").count(), 2998);
    let chunks = |word: &str| -> i64 {
        db.sql()
            .query_one(
                "SELECT count(*) FROM summary_words WHERE word = $1",
                &[&word],
            )
            .unwrap()
            .get(0)
    };
    // 3,000 ids in chunks of 1,024: three, each still holding others.
    assert_eq!(chunks("bulk"), 3);
    assert_eq!(chunks("word1499"), 0, "a chunk left empty goes");
}
