//! The PostgreSQL engine against a real server: `SPROUT_TEST_PG` names it
//! (`.ci/with-postgres cargo test --locked --test pg_store` starts one).
//! Without it every test says SKIPPED, and under `CI=true` fails instead.
//! Each test works in a database of its own, dropped at the end.

mod pg_support;
use pg_support::{TestDb, add};
use sprout::domain::{Idea, Stage, Timestamp, View};
use sprout::store::{PG_SCHEMA_VERSION, Store, StoreError};
use std::path::Path;

#[test]
fn ideas_are_added_read_back_listed_and_kept_across_opens() {
    let Some(db) = TestDb::new("roundtrip") else {
        return;
    };
    let store = db.open();
    assert_eq!(store.next_id().unwrap(), 1);
    assert_eq!(add(&store, "Wells for Kazan", "clean water"), 1);
    assert_eq!(add(&store, "Social taxi", "rides for wheelchair users"), 2);
    assert_eq!(add(&store, "Reading club", "books in villages"), 3);

    let idea = store.idea_with_version(2).unwrap().unwrap();
    assert_eq!(idea.idea.title, "Social taxi");
    assert_eq!(idea.version, 1);
    let rows = store.rows().unwrap();
    let titles: Vec<_> = rows.iter().map(|r| r.title().to_string()).collect();
    assert_eq!(titles, ["Wells for Kazan", "Social taxi", "Reading club"]);
    let newest: Vec<_> = store.newest_rows(2).unwrap().iter().map(|r| r.id).collect();
    assert_eq!(newest, [3, 2]);
    // The UI's load on a connection of its own reads the same rows.
    assert_eq!(store.rows_apart().unwrap(), rows);
    let streamed: Vec<_> = store.rows_iter().map(|r| r.unwrap().id).collect();
    assert_eq!(streamed, [1, 2, 3]);
    assert_eq!(
        store.ideas().map(|i| i.unwrap().id).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let mut wheel = store.summary_ids("WHEEL").unwrap();
    wheel.sort_unstable();
    assert_eq!(wheel, [2]);
    assert!(store.summary_ids("zzz").unwrap().is_empty());
    // LIKE's wildcards are plain characters to a prefix.
    assert!(store.summary_ids("%").unwrap().is_empty());
    assert!(store.summary_ids("_").unwrap().is_empty());

    // A change based on the version read: written, and the version moves.
    let mut w = store.begin().unwrap();
    let mut changed = idea.idea.clone();
    changed.stage = Stage::Pilot;
    changed.summary = "door to door rides".into();
    w.put(changed, Some(idea));
    store.commit(w).unwrap();
    assert!(
        store.summary_ids("wheel").unwrap().is_empty(),
        "old words go"
    );
    assert_eq!(store.summary_ids("door").unwrap(), [2]);
    drop(store);

    let again = db.open();
    let read = again.idea_with_version(2).unwrap().unwrap();
    assert_eq!((read.idea.stage, read.version), (Stage::Pilot, 2));
    assert_eq!(again.rows().unwrap()[1].stage, Stage::Pilot);
    assert_eq!(
        add(&again, "After reopening", ""),
        4,
        "ids go on from the counter"
    );
}

#[test]
fn views_start_with_the_defaults_and_keep_their_places() {
    let Some(db) = TestDb::new("views") else {
        return;
    };
    let store = db.open();
    let names =
        |s: &Store| -> Vec<String> { s.views().unwrap().into_iter().map(|v| v.name).collect() };
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
    // Text that would break SQL built from it is only ever a parameter.
    let hostile = "x'); DROP TABLE ideas; --";
    let mut w = store.begin().unwrap();
    w.save_view(None, View::new("Health", "sector:health").unwrap());
    w.save_view(None, View::new("Odd", hostile).unwrap());
    store.commit(w).unwrap();
    let mut w = store.begin().unwrap();
    w.save_view(Some("inbox"), View::new("New ones", "stage:new").unwrap());
    w.delete_view("In Review");
    store.commit(w).unwrap();
    drop(store);

    let store = db.open();
    assert_eq!(
        names(&store),
        [
            "New ones",
            "Waiting too long",
            "My queue",
            "My reviews",
            "Health",
            "Odd"
        ]
    );
    assert_eq!(
        store.view("HEALTH").unwrap().unwrap().query,
        "sector:health"
    );
    assert_eq!(store.view("odd").unwrap().unwrap().query, hostile);
    assert!(store.view("Inbox").unwrap().is_none());
    assert_eq!(
        add(&store, "Still here", hostile),
        1,
        "the ideas table is intact"
    );
    // Deleted defaults stay deleted: the schema seeds them once.
    let mut w = store.begin().unwrap();
    for v in [
        "New ones",
        "Waiting too long",
        "My queue",
        "My reviews",
        "Health",
        "Odd",
    ] {
        w.delete_view(v);
    }
    store.commit(w).unwrap();
    drop(store);
    assert!(names(&db.open()).is_empty());
}

#[test]
fn a_change_based_on_an_old_version_is_refused_whole() {
    let Some(db) = TestDb::new("conflict") else {
        return;
    };
    let olga = db.open();
    let ivan = db.open();
    let id = add(&olga, "Wells", "");
    let seen_by_ivan = ivan.idea_with_version(id).unwrap().unwrap();

    // Olga changes the stage first.
    let mine = olga.idea_with_version(id).unwrap().unwrap();
    let mut w = olga.begin().unwrap();
    let mut pilot = mine.idea.clone();
    pilot.stage = Stage::Pilot;
    w.put(pilot, Some(mine));
    olga.commit(w).unwrap();

    // Ivan's batch, a new idea and a change based on what he read, fails
    // as a whole: neither is written.
    let mut w = ivan.begin().unwrap();
    let mut fresh = Idea::new("Ivan's new one".into(), Timestamp(2));
    fresh.id = w.allocate();
    let fresh_id = fresh.id;
    w.put(fresh, None);
    let mut declined = seen_by_ivan.idea.clone();
    declined.stage = Stage::Declined;
    w.put(declined, Some(seen_by_ivan.clone()));
    match ivan.commit(w) {
        Err(StoreError::Conflict(c)) => {
            assert_eq!((c.id, c.based_on, c.current), (id, Some(1), Some(2)));
            assert_eq!(c.what, ["stage"]);
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(
        olga.idea(fresh_id).unwrap().is_none(),
        "nothing of the batch"
    );
    assert_eq!(olga.idea(id).unwrap().unwrap().stage, Stage::Pilot);
    assert_eq!(olga.rows().unwrap().len(), 1);

    // Removing an idea as it was before the change: refused too.
    let mut w = ivan.begin().unwrap();
    w.delete(seen_by_ivan);
    assert!(matches!(ivan.commit(w), Err(StoreError::Conflict(_))));
    assert!(olga.idea(id).unwrap().is_some());
}

#[test]
fn changes_since_reports_what_others_changed() {
    let Some(db) = TestDb::new("changes") else {
        return;
    };
    let olga = db.open();
    let ivan = db.open();
    let start = ivan.changes_since(0).unwrap().upto;
    add(&olga, "One", "");
    add(&olga, "Two", "");
    add(&ivan, "Ivan's own", "");
    let mut w = olga.begin().unwrap();
    w.save_view(None, View::new("Mine", "stage:new").unwrap());
    olga.commit(w).unwrap();
    let seen = ivan.changes_since(start).unwrap();
    assert_eq!(seen.ideas, [1, 2], "his own change is not reported");
    assert!(seen.views);
    let later = ivan.changes_since(seen.upto).unwrap();
    assert!(later.ideas.is_empty() && !later.views);
    assert_eq!(later.upto, seen.upto);
}

#[test]
fn a_database_of_a_newer_schema_is_refused() {
    let Some(db) = TestDb::new("newer") else {
        return;
    };
    drop(db.open());
    db.sql()
        .execute(
            "UPDATE sprout_schema SET version = $1",
            &[&(i32::from(PG_SCHEMA_VERSION) + 1)],
        )
        .unwrap();
    match Store::open(Path::new(&db.url)) {
        Err(e @ StoreError::NewerSchema { .. }) => {
            assert!(e.to_string().contains("upgrade sprout"), "{e}")
        }
        Err(e) => panic!("expected a newer schema, got {e}"),
        Ok(_) => panic!("a newer schema was opened"),
    }
}

/// A sprout that opened the database before a newer build moved it on
/// writes nothing into the newer shape: its commit is refused whole.
#[test]
fn a_commit_after_another_build_moved_the_schema_on_is_refused() {
    let Some(db) = TestDb::new("newer_commit") else {
        return;
    };
    let store = db.open();
    let id = add(&store, "Before the move", "wells");
    db.sql()
        .execute(
            "UPDATE sprout_schema SET version = $1",
            &[&(i32::from(PG_SCHEMA_VERSION) + 1)],
        )
        .unwrap();
    let base = store.idea_with_version(id).unwrap().unwrap();
    let mut idea = base.idea.clone();
    idea.summary = "pumps".into();
    let mut w = store.begin().unwrap();
    w.put(idea, Some(base));
    match store.commit(w) {
        Err(StoreError::NewerSchema { .. }) => {}
        other => panic!("expected a newer schema, got {other:?}"),
    }
    assert_eq!(store.idea(id).unwrap().unwrap().summary, "wells");
    assert_eq!(store.summary_ids("wells").unwrap(), [id]);
}

#[test]
fn a_wrong_password_is_one_line_that_never_shows_it() {
    let Some(db) = TestDb::new("password") else {
        return;
    };
    let secret = "Wr0ng-pa55word";
    let url = db
        .url
        .replacen("://sprout@", &format!("://sprout:{secret}@"), 1);
    assert_ne!(url, db.url, "the test URL names the user sprout");
    let e = Store::open(Path::new(&url))
        .err()
        .expect("a wrong password is refused");
    let text = e.to_string();
    assert!(!text.contains(secret), "{text}");
    assert!(!text.contains('\n'), "{text}");
    assert!(text.contains("password authentication failed"), "{text}");
    assert!(text.contains(":***@"), "{text}");
    if let Ok(real) = std::env::var("PGPASSWORD") {
        assert!(!text.contains(&real), "{text}");
    }
}

#[test]
fn the_command_line_works_on_postgres() {
    let Some(db) = TestDb::new("cli") else {
        return;
    };
    let sprout = || {
        let mut cmd = assert_cmd::Command::cargo_bin("sprout").unwrap();
        cmd.env("SPROUT_DB", &db.url).env_remove("SPROUT_CONFIG");
        cmd
    };
    let out = sprout()
        .args(["add", "--title", "Social taxi", "--sector", "disparities"])
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout).trim(),
        "1"
    );
    let out = sprout().args(["list"]).assert().success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Social taxi"));
    assert!(
        !Path::new("postgres:").exists(),
        "no directory made from the URL"
    );
}

#[test]
fn a_watcher_is_woken_by_others_commits_and_not_its_own() {
    let Some(db) = TestDb::new("watch") else {
        return;
    };
    let olga = db.open();
    let ivan = db.open();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let tx = std::sync::Mutex::new(tx);
    ivan.watch(Box::new(move || {
        let _ = tx.lock().unwrap().send(());
    }))
    .unwrap();
    // The watcher connects on a thread of its own: give it time to LISTEN.
    std::thread::sleep(std::time::Duration::from_millis(500));
    add(&ivan, "Ivan's own", "");
    let own = rx.recv_timeout(std::time::Duration::from_millis(500));
    assert!(own.is_err(), "woken by its own commit");
    add(&olga, "Olga's", "");
    rx.recv_timeout(std::time::Duration::from_secs(5))
        .expect("woken within 5 s of another's commit");
    assert_eq!(ivan.changes_since(0).unwrap().ideas, [2]);
}

#[test]
fn an_import_exports_the_same_bytes_from_postgres_as_from_sled() {
    let Some(db) = TestDb::new("same_export") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sled_db = dir.path().join("db");
    let run = |location: &str, args: &[&str]| -> Vec<u8> {
        let out = assert_cmd::Command::cargo_bin("sprout")
            .unwrap()
            .env_remove("SPROUT_CONFIG")
            .arg("--db")
            .arg(location)
            .args(args)
            .assert()
            .success();
        out.get_output().stdout.clone()
    };
    // One export, of demo ideas with notes and history, imported into both.
    run(
        sled_db.to_str().unwrap(),
        &["demo", "--count", "60", "--seed", "3"],
    );
    let source = dir.path().join("source.json");
    run(
        sled_db.to_str().unwrap(),
        &["export", "-o", source.to_str().unwrap()],
    );
    let copy = dir.path().join("copy");
    run(
        copy.to_str().unwrap(),
        &["import", source.to_str().unwrap()],
    );
    run(&db.url, &["import", source.to_str().unwrap()]);
    let from_sled = run(copy.to_str().unwrap(), &["export", "-o", "-"]);
    let from_pg = run(&db.url, &["export", "-o", "-"]);
    assert!(
        from_pg.len() > 1000,
        "{}",
        String::from_utf8_lossy(&from_pg)
    );
    assert!(
        from_sled == from_pg,
        "the exports differ:\nsled: {}\npg:   {}",
        String::from_utf8_lossy(&from_sled[..from_sled.len().min(400)]),
        String::from_utf8_lossy(&from_pg[..from_pg.len().min(400)])
    );
}

#[test]
fn writers_at_once_lose_no_update() {
    let Some(db) = TestDb::new("no_lost_update") else {
        return;
    };
    let first = db.open();
    let id = add(&first, "Counter", "");
    let (writers, each) = (4, 25);
    let conflicts = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..writers {
            s.spawn(|| {
                let store = db.open();
                for _ in 0..each {
                    // Read, add one, write based on what was read; on a
                    // conflict read again and retry.
                    loop {
                        let read = store.idea_with_version(id).unwrap().unwrap();
                        let mut next = read.idea.clone();
                        next.amount = Some(read.idea.amount.unwrap_or(0) + 1);
                        let mut w = store.begin().unwrap();
                        w.put(next, Some(read));
                        match store.commit(w) {
                            Ok(()) => break,
                            Err(StoreError::Conflict(_)) => {
                                conflicts.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            }
                            Err(e) => panic!("{e}"),
                        }
                    }
                }
            });
        }
    });
    let end = first.idea_with_version(id).unwrap().unwrap();
    assert_eq!(
        end.idea.amount,
        Some(writers * each),
        "every increment kept"
    );
    assert_eq!(end.version, 1 + writers * each);
    eprintln!(
        "{} commits, {} conflicts refused and retried",
        writers * each,
        conflicts.into_inner()
    );
}

#[test]
fn a_missing_database_is_one_clear_line() {
    let Some(db) = TestDb::new("missing") else {
        return;
    };
    let url = format!("{}_not_there", db.url);
    let e = Store::open(Path::new(&url))
        .err()
        .expect("no such database");
    let text = e.to_string();
    assert!(!text.contains('\n'), "{text}");
    assert!(text.contains("does not exist"), "{text}");
    assert!(text.contains("_not_there"), "names which database: {text}");
}

#[test]
fn first_opens_at_once_make_one_schema() {
    let Some(db) = TestDb::new("first_opens") else {
        return;
    };
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| drop(db.open()));
        }
    });
    let names: Vec<_> = db
        .open()
        .views()
        .unwrap()
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(
        names,
        [
            "Inbox",
            "In review",
            "Waiting too long",
            "My queue",
            "My reviews"
        ]
    );
    let versions: i64 = db
        .sql()
        .query_one("SELECT count(*) FROM sprout_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(versions, 1);
}
