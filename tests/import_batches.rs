//! An import looks the ids of its records up a batch at a time
//! (`Store::ideas_with_versions`), on both engines: the answers in the
//! order asked, across more records than one batch, and on PostgreSQL a
//! few queries for thousands of records rather than one each.

mod cli_support;
use cli_support::*;
use sprout::domain::{Idea, Timestamp};
use sprout::store::Store;

fn add_idea(store: &Store, title: &str) -> u64 {
    let mut w = store.begin().unwrap();
    let mut idea = Idea::new(title.into(), Timestamp(1));
    idea.id = w.allocate();
    let id = idea.id;
    w.put(idea, None);
    store.commit(w).unwrap();
    id
}

on_both_engines!(a_batch_of_ids_is_answered_in_the_order_asked);
fn a_batch_of_ids_is_answered_in_the_order_asked(engine: Engine) {
    let fresh = Fresh::new(engine);
    let store = fresh.open();
    let (a, b, c) = (
        add_idea(&store, "a"),
        add_idea(&store, "b"),
        add_idea(&store, "c"),
    );
    let mut w = store.begin().unwrap();
    w.delete(store.idea_with_version(b).unwrap().unwrap());
    store.commit(w).unwrap();
    let asked = [c, a, 99, a, b, u64::MAX, i64::MAX as u64];
    let answers = store.ideas_with_versions(&asked).unwrap();
    let titles: Vec<Option<String>> = answers
        .iter()
        .map(|v| v.as_ref().map(|v| v.idea.title.clone()))
        .collect();
    assert_eq!(
        titles,
        [Some("c"), Some("a"), None, Some("a"), None, None, None].map(|t| t.map(String::from))
    );
    assert_eq!(answers[0], store.idea_with_version(c).unwrap());
    assert_eq!(answers[1], store.idea_with_version(a).unwrap());
    assert!(store.ideas_with_versions(&[]).unwrap().is_empty());
    // More ids than one query asks for (PostgreSQL asks a few thousand at
    // a time): every answer still in its place.
    let many: Vec<u64> = (1..=10_000).rev().collect();
    let answers = store.ideas_with_versions(&many).unwrap();
    assert_eq!(answers.len(), 10_000);
    let found: Vec<u64> = many
        .iter()
        .zip(&answers)
        .filter_map(|(id, v)| v.as_ref().map(|v| (*id, v.idea.id)))
        .map(|(asked, got)| {
            assert_eq!(asked, got);
            got
        })
        .collect();
    assert_eq!(found, [c, a]);
}

/// A title of its own for each id: three made-up words after "Idea N",
/// so that no two are near-copies (the import reports those).
fn idea_title(id: u64) -> String {
    let mut x = id.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut word = || -> String {
        (0..6)
            .map(|_| {
                x ^= x >> 29;
                x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
                x ^= x >> 32;
                char::from(b'a' + (x % 26) as u8)
            })
            .collect()
    };
    format!("Idea {id} {} {} {}", word(), word(), word())
}

/// `n` JSONL records with ids `from..from + n`, titled by `title`.
fn records(from: u64, n: u64, title: impl Fn(u64) -> String) -> String {
    (from..from + n)
        .map(|id| format!("{{\"id\": {id}, \"title\": \"{}\"}}\n", title(id)))
        .collect()
}

on_both_engines!(an_import_of_more_records_than_a_lookup_batch_finds_every_existing_id);
fn an_import_of_more_records_than_a_lookup_batch_finds_every_existing_id(engine: Engine) {
    let db = Db::on(engine);
    // 9,000 ideas there, then 20,000 records of which the first 9,000 are
    // those ideas (every third with another title): more than two batches.
    let first = db.file("first.jsonl", records(1, 9_000, idea_title).as_bytes());
    assert_eq!(import(&db, &first, &[]), "added 9000 ideas (#1–#9000)\n");
    let title = |id: u64| {
        if id <= 9_000 && id.is_multiple_of(3) {
            format!("Renamed {id}")
        } else {
            idea_title(id)
        }
    };
    let again = db.file("again.jsonl", records(1, 20_000, title).as_bytes());
    assert_eq!(
        import(&db, &again, &["--dry-run"]),
        "dry run: would add 11000 ideas (#9001–#20000), 9000 already there (--update refreshes them); nothing was written\n"
    );
    assert_eq!(
        import(&db, &again, &["--update"]),
        "added 11000 ideas (#9001–#20000), updated 3000, 6000 unchanged\n"
    );
    for (id, title) in [
        (1, idea_title(1)),
        (8_997, "Renamed 8997".to_string()),
        (9_000, "Renamed 9000".to_string()),
        (9_001, idea_title(9_001)),
        (20_000, idea_title(20_000)),
    ] {
        let j: serde_json::Value =
            serde_json::from_str(&db.run(&["show", &id.to_string(), "--format", "json"])).unwrap();
        assert_eq!(j["title"], title, "#{id}");
    }
    assert_eq!(
        db.run(&["list", "renamed", "--format", "ids"])
            .lines()
            .count(),
        3_000
    );
}

/// How many times the server read the `ideas` table (index and sequential
/// scans), once every other connection to the database has ended: a
/// backend writes its counts when it ends, before it leaves
/// `pg_stat_activity`.
fn scans_of_ideas(sql: &mut postgres::Client) -> i64 {
    for _ in 0..500 {
        let others: i64 = sql
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
                &[],
            )
            .unwrap()
            .get(0);
        if others == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    sql.batch_execute("SELECT pg_stat_clear_snapshot()")
        .unwrap();
    sql.query_one(
        "SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables
         WHERE relname = 'ideas'",
        &[],
    )
    .unwrap()
    .get(0)
}

#[test]
fn an_import_on_postgres_reads_the_ideas_table_a_batch_at_a_time() {
    if !Engine::postgres_here("an_import_on_postgres_reads_the_ideas_table_a_batch_at_a_time") {
        return;
    }
    let db = Db::on(Engine::Postgres);
    db.run(&["stats"]); // the schema, made
    let mut sql = db.sql();
    let before = scans_of_ideas(&mut sql);
    let f = db.file("ids.jsonl", records(1, 3_000, idea_title).as_bytes());
    assert_eq!(import(&db, &f, &[]), "added 3000 ideas (#1–#3000)\n");
    let scans = scans_of_ideas(&mut sql) - before;
    // One lookup of the 3,000 ids, the commit's check that none is taken,
    // and what opening and planning read: not one read per record.
    assert!(
        scans < 30,
        "{scans} reads of the ideas table for 3,000 records"
    );
}
