//! A database of schema 1 (a row per summary word and id, with the foreign
//! key of the first databases) is moved to schema 2 (chunks of ids per
//! word) by its owner's first open: the same answers, every change still
//! working, the officers' grants kept. A role that does not own the
//! tables is refused in one line and the database stays as it was. A
//! database of schema 6 is moved to 8 (word chunks stored uncompressed),
//! one of schema 8 to 9 (word chunks packed, runs of changed ids).

mod pg_support;
use pg_support::{TestDb, add, as_user, chunks_as_arrays, schema, sprout, word_pairs};
use sprout::store::{PG_SCHEMA_VERSION, Store};
use std::path::Path;

/// Turns a schema 2 database back into what schema 1 had, as a build of
/// schema 1 left it.
fn back_to_schema_one(db: &TestDb) {
    chunks_as_arrays(db);
    db.sql()
        .batch_execute(
            "BEGIN;
             CREATE TABLE pairs AS SELECT word, unnest(ids) AS id FROM summary_words;
             DROP INDEX summary_words_word;
             DELETE FROM summary_words;
             ALTER TABLE summary_words DROP COLUMN first_id, DROP COLUMN last_id,
                 DROP COLUMN ids, DROP COLUMN packed, ADD COLUMN id bigint REFERENCES ideas (id);
             ALTER TABLE changes DROP COLUMN last_id;
             INSERT INTO summary_words (word, id) SELECT word, id FROM pairs;
             ALTER TABLE summary_words ALTER COLUMN id SET NOT NULL;
             DROP TABLE pairs;
             CREATE INDEX summary_words_word ON summary_words (word);
             CREATE INDEX summary_words_id ON summary_words (id);
             UPDATE sprout_schema SET version = 1;
             COMMIT;",
        )
        .unwrap();
}

fn word_rows(db: &TestDb) -> i64 {
    db.sql()
        .query_one("SELECT count(*) FROM summary_words", &[])
        .unwrap()
        .get(0)
}

fn sorted(store: &Store, prefix: &str) -> Vec<u64> {
    let mut ids = store.summary_ids(prefix).unwrap();
    ids.sort();
    ids
}

/// 3,000 ideas loaded at once (`clean water`, `kazan` in every third),
/// and two added one by one.
fn fill(store: &Store) {
    let mut w = store.begin().unwrap();
    for k in 0..3000u32 {
        let mut idea = sprout::domain::Idea::new(format!("Idea {k}"), sprout::domain::Timestamp(1));
        idea.summary = if k.is_multiple_of(3) {
            "clean water for kazan".into()
        } else {
            "clean water".into()
        };
        idea.id = w.allocate();
        w.put(idea, None);
    }
    store.commit_large(w).unwrap();
    add(store, "Wells", "wells in Kazan");
    add(store, "Taxi", "clean rides");
}

/// The (word, id) pairs [`fill`] makes: clean and water 3,000 times, for
/// and kazan 1,000, then wells, in, kazan, clean, rides.
const PAIRS: i64 = 3000 * 2 + 1000 * 2 + 3 + 2;

/// Writes that change #4's summary (where [`fill`] put "clean water for
/// kazan") to "dry", taking its words out of the chunks that hold them.
fn dry_four(store: &Store) -> sprout::store::Writes {
    let base = store.idea_with_version(4).unwrap().unwrap();
    let mut idea = base.idea.clone();
    idea.summary = "dry".into();
    let mut w = store.begin().unwrap();
    w.put(idea, Some(base));
    w
}

const PREFIXES: [&str; 5] = ["clean", "wa", "kaz", "wells", "rides"];

#[test]
fn the_owners_first_open_moves_schema_one_on_with_the_same_answers() {
    let Some(db) = TestDb::new("migrate_owner") else {
        return;
    };
    let answers: Vec<Vec<u64>> = {
        let store = db.open();
        fill(&store);
        PREFIXES.iter().map(|p| sorted(&store, p)).collect()
    };
    back_to_schema_one(&db);
    assert_eq!(schema(&db), 1);
    assert_eq!(word_rows(&db), PAIRS);
    let store = db.open();
    assert_eq!(schema(&db), i32::from(PG_SCHEMA_VERSION));
    let now: Vec<Vec<u64>> = PREFIXES.iter().map(|p| sorted(&store, p)).collect();
    assert_eq!(now, answers);
    // A chunk per word and 1,024 ids, not a row per word and id.
    // clean and water 3 each, for, kazan, wells, in, rides 1 each.
    assert_eq!(word_rows(&db), 3 + 3 + 1 + 1 + 1 + 1 + 1);
    // Changes go on: an edit and a delete take words out of moved chunks.
    let mut w = dry_four(&store);
    w.delete(store.idea_with_version(3001).unwrap().unwrap());
    store.commit(w).unwrap();
    assert_eq!(sorted(&store, "kaz").len(), 1000 - 1);
    assert_eq!(sorted(&store, "dry"), [4]);
    assert!(sorted(&store, "wells").is_empty());
    // #3001's words had a foreign key to it in schema 1: it went with
    // the column, so deleting the idea was no error.
    assert_eq!(store.idea(3001).unwrap(), None);
}

/// A login role in `sprout_officer`, dropped at the end.
struct Officer<'a> {
    db: &'a TestDb,
    name: String,
    url: String,
}

impl<'a> Officer<'a> {
    fn new(db: &'a TestDb) -> Officer<'a> {
        let name = format!("migrate_officer_{}", std::process::id());
        db.sql()
            .batch_execute(&format!(
                "DROP ROLE IF EXISTS {name}; CREATE ROLE {name} LOGIN PASSWORD 'pw-migrate' IN ROLE sprout_officer"
            ))
            .unwrap();
        let url = as_user(&db.url, &name, "pw-migrate");
        Officer { db, name, url }
    }
}

impl Drop for Officer<'_> {
    fn drop(&mut self) {
        let _ = self.db.sql().batch_execute(&format!(
            "DROP OWNED BY {0}; DROP ROLE IF EXISTS {0}",
            self.name
        ));
    }
}

#[test]
fn a_role_that_does_not_own_the_tables_is_refused_until_the_owner_moves_them() {
    let Some(db) = TestDb::new("migrate_officer") else {
        return;
    };
    fill(&db.open());
    let made = sprout()
        .arg("--db")
        .arg(&db.url)
        .args(["admin", "roles"])
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    back_to_schema_one(&db);
    let officer = Officer::new(&db);
    let refused = sprout()
        .env_remove("PGPASSWORD")
        .args(["--db", &officer.url, "list"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8(refused.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!(
            "has sprout's schema 1 and this sprout needs schema {}: its owner must open it once",
            sprout::store::PG_SCHEMA_VERSION
        )),
        "{err}"
    );
    assert!(!err.contains("pw-migrate"), "{err}");
    // The refused open changed nothing.
    assert_eq!(schema(&db), 1);
    assert_eq!(word_rows(&db), PAIRS);
    // The owner's open moves it on; the officer's grants held.
    drop(db.open());
    assert_eq!(schema(&db), i32::from(PG_SCHEMA_VERSION));
    let store = Store::open(Path::new(&officer.url)).unwrap();
    let id = add(&store, "By the officer", "clean air");
    assert_eq!(store.summary_ids("air").unwrap(), [id]);
    assert_eq!(sorted(&store, "clean").len(), 3002);
}

/// How the word chunks' ids are stored: `e` (as they are) or `x` (the
/// default, compressed past 2 KB).
fn ids_storage(db: &TestDb) -> String {
    db.sql()
        .query_one(
            "SELECT attstorage::text FROM pg_attribute
             WHERE attrelid = 'summary_words'::regclass AND attname = 'ids'",
            &[],
        )
        .unwrap()
        .get(0)
}

/// Word chunks whose ids are held compressed.
fn compressed_chunks(db: &TestDb) -> i64 {
    db.sql()
        .query_one(
            "SELECT count(*) FROM summary_words WHERE pg_column_compression(ids) IS NOT NULL",
            &[],
        )
        .unwrap()
        .get(0)
}

/// A database of schema 6 (word chunks compressed, as PostgreSQL does by
/// default) is moved to schema 8 by its owner's first open: its
/// compressed chunks answer and change as before, and the chunks written
/// from then on are stored as they are. A new database is schema 8.
#[test]
fn schema_six_word_chunks_stay_readable_and_new_ones_go_uncompressed() {
    let Some(db) = TestDb::new("migrate_uncompressed") else {
        return;
    };
    let answers: Vec<Vec<u64>> = {
        let store = db.open();
        assert_eq!(ids_storage(&db), "e");
        fill(&store);
        assert_eq!(compressed_chunks(&db), 0);
        PREFIXES.iter().map(|p| sorted(&store, p)).collect()
    };
    // As schema 6 wrote them: arrays, every one of 1,024 ids compressed.
    chunks_as_arrays(&db);
    db.sql()
        .batch_execute(
            "ALTER TABLE summary_words ALTER COLUMN ids SET STORAGE EXTENDED;
             UPDATE summary_words SET ids = ids || ARRAY[]::bigint[];
             UPDATE sprout_schema SET version = 6;",
        )
        .unwrap();
    let old_compressed = compressed_chunks(&db);
    // Those past 2 KB: clean and water three each (3,000 ids), for and
    // kazan one each (1,000 ids).
    assert_eq!(old_compressed, 8);
    let store = db.open();
    assert_eq!(schema(&db), i32::from(PG_SCHEMA_VERSION));
    assert_eq!(ids_storage(&db), "e");
    let now: Vec<Vec<u64>> = PREFIXES.iter().map(|p| sorted(&store, p)).collect();
    assert_eq!(now, answers);
    // An edit takes words out of compressed chunks (#4's "clean water
    // for kazan" are in the first ones), which are written again plain.
    store.commit(dry_four(&store)).unwrap();
    assert_eq!(sorted(&store, "clean").len(), answers[0].len() - 1);
    assert_eq!(sorted(&store, "dry"), [4]);
    assert_eq!(compressed_chunks(&db), old_compressed - 4);
    // New chunks, as large as the old, are packed, and not compressed.
    fill(&store);
    assert_eq!(sorted(&store, "clean").len(), 2 * answers[0].len() - 1);
    assert_eq!(compressed_chunks(&db), old_compressed - 4);
    let packed: (i64, i64) = {
        let r = db
            .sql()
            .query_one(
                "SELECT count(*), count(pg_column_compression(packed)) FROM summary_words
                 WHERE first_id > 3002",
                &[],
            )
            .unwrap();
        (r.get(0), r.get(1))
    };
    // clean and water three chunks each, for and kazan one, and the words
    // of the two ideas added one by one.
    assert_eq!(packed, (3 + 3 + 1 + 1 + 5, 0));
}

/// A database of schema 8 (word chunks as arrays, a `changes` row an
/// idea) is moved to schema 9 by its owner's first open: the same
/// answers; an edit takes words out of the old chunks; new chunks are
/// packed and a large write's changes are a row per run of ids; a UI
/// that saw the changes before the move hears those after it.
#[test]
fn schema_eight_is_moved_to_packed_chunks_and_runs_of_changes() {
    let Some(db) = TestDb::new("migrate_packed") else {
        return;
    };
    let (answers, pairs, seen) = {
        let store = db.open();
        fill(&store);
        let seen = store.changes_since(0).unwrap().upto;
        (
            PREFIXES
                .iter()
                .map(|p| sorted(&store, p))
                .collect::<Vec<_>>(),
            word_pairs(&db),
            seen,
        )
    };
    chunks_as_arrays(&db);
    db.sql()
        .batch_execute(
            "ALTER TABLE summary_words DROP COLUMN packed;
             ALTER TABLE summary_words ALTER COLUMN ids SET NOT NULL;
             ALTER TABLE changes DROP COLUMN last_id;
             UPDATE sprout_schema SET version = 8;",
        )
        .unwrap();
    let listener = db.open();
    assert_eq!(schema(&db), i32::from(PG_SCHEMA_VERSION));
    assert_eq!(word_pairs(&db), pairs);
    let store = db.open();
    let now: Vec<Vec<u64>> = PREFIXES.iter().map(|p| sorted(&store, p)).collect();
    assert_eq!(now, answers);
    // #4's words are in the old chunks.
    store.commit(dry_four(&store)).unwrap();
    assert_eq!(sorted(&store, "kaz").len(), answers[2].len() - 1);
    assert_eq!(sorted(&store, "dry"), [4]);
    fill(&store);
    let rows = |sql: &str| -> i64 { db.sql().query_one(sql, &[]).unwrap().get(0) };
    assert_eq!(
        rows("SELECT count(*) FROM summary_words WHERE first_id > 3002 AND ids IS NOT NULL"),
        0
    );
    // 3,000 new ideas, numbered on from 3003: one row for them all.
    assert_eq!(
        rows("SELECT count(*) FROM changes WHERE last_id IS NOT NULL"),
        1
    );
    let heard = listener.changes_since(seen).unwrap();
    let mut expected: Vec<u64> = (3003..=6004).collect();
    expected.insert(0, 4);
    assert_eq!(heard.ideas, expected);
}
