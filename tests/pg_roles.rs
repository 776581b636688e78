//! Roles on PostgreSQL: `sprout admin roles` makes `sprout_officer` and
//! `sprout_reader`; an officer changes ideas, a reader browses, searches,
//! exports and sees statistics, and every change a reader tries is refused
//! in one line with nothing written. Hostile text (queries, field values,
//! view names) is only ever a parameter.

mod pg_support;
use pg_support::{TestDb, as_user, sprout};

/// A login role of this test's own, a member of `group`; dropped at the end.
struct Member {
    admin: String,
    name: String,
    url: String,
}

impl Member {
    fn new(db: &TestDb, who: &str, group: &str) -> Member {
        // The name is the test's own (a word and the process id), not user text.
        let name = format!("{who}_{}", std::process::id());
        let password = format!("pw-{who}-{}", std::process::id());
        let mut sql = db.sql();
        sql.batch_execute(&format!(
            "DROP ROLE IF EXISTS {name}; CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {group}"
        ))
        .unwrap();
        Member {
            admin: db.url.clone(),
            url: as_user(&db.url, &name, &password),
            name,
        }
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        sprout()
            .env_remove("PGPASSWORD")
            .arg("--db")
            .arg(&self.url)
            .args(args)
            .output()
            .unwrap()
    }
}

impl Drop for Member {
    fn drop(&mut self) {
        let _ = pg_support::client(&self.admin).batch_execute(&format!(
            "DROP OWNED BY {0}; DROP ROLE IF EXISTS {0}",
            self.name
        ));
    }
}

fn ok(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// sprout on the database at `url`, as its owner (the test server's user).
fn run_on(url: &str, args: &[&str]) -> std::process::Output {
    sprout().arg("--db").arg(url).args(args).output().unwrap()
}

fn refused(out: &std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    err
}

#[test]
fn an_officer_changes_ideas_and_a_reader_only_reads() {
    let Some(db) = TestDb::new("roles") else {
        return;
    };
    let admin = |args: &[&str]| run_on(&db.url, args);
    let made = ok(&admin(&["admin", "roles"]));
    assert!(made.contains("sprout_officer"), "{made}");
    assert!(
        made.contains("CREATE ROLE anna LOGIN"),
        "says how to add one: {made}"
    );
    ok(&admin(&["admin", "roles"])); // again: harmless

    let anna = Member::new(&db, "anna", "sprout_officer");
    let board = Member::new(&db, "board", "sprout_reader");
    assert_eq!(
        ok(&anna.run(&["add", "--title", "Wells for Kazan"])).trim(),
        "1"
    );
    ok(&anna.run(&["set", "1", "--stage", "review"]));
    ok(&anna.run(&["note", "1", "Called the proposer"]));
    ok(&anna.run(&["views", "save", "Wells", "wells"]));

    // The reader browses, searches, exports and counts.
    let before = ok(&board.run(&["export"]));
    assert!(before.contains("Wells for Kazan"));
    assert!(ok(&board.run(&["list", "wells"])).contains("Wells for Kazan"));
    assert!(ok(&board.run(&["show", "1"])).contains("Called the proposer"));
    ok(&board.run(&["stats"]));
    ok(&board.run(&["views"]));

    // Every change is refused, in one line, with nothing written.
    let role = &board.name;
    for change in [
        &["add", "--title", "Sneaky"][..],
        &["set", "1", "--stage", "declined"],
        &["note", "1", "a note"],
        &["views", "save", "Mine", "stage:new"],
        &["views", "delete", "Wells"],
        &["demo", "--count", "3"],
    ] {
        let err = refused(&board.run(change));
        assert_eq!(
            err.trim_end(),
            format!(
                "error: {role} may only read this database: nothing was changed (to make changes, ask its owner to GRANT sprout_officer TO {role})"
            ),
            "{change:?}"
        );
    }
    assert_eq!(ok(&board.run(&["export"])), before, "nothing changed");

    // A role in neither group cannot even read, and is told why.
    let mut sql = db.sql();
    let stranger = format!("stranger_{}", std::process::id());
    sql.batch_execute(&format!(
        "DROP ROLE IF EXISTS {stranger}; CREATE ROLE {stranger} LOGIN PASSWORD 'pw-s'; GRANT CONNECT ON DATABASE {} TO {stranger}",
        db.url.rsplit('/').next().unwrap()
    ))
    .unwrap();
    let out = sprout()
        .env_remove("PGPASSWORD")
        .arg("--db")
        .arg(as_user(&db.url, &stranger, "pw-s"))
        .arg("list")
        .output()
        .unwrap();
    let err = refused(&out);
    assert!(
        err.contains("GRANT sprout_reader (or sprout_officer) TO it"),
        "{err}"
    );
    assert!(!err.contains("pw-s"), "{err}");
    sql.batch_execute(&format!("DROP OWNED BY {stranger}; DROP ROLE {stranger}"))
        .unwrap();
}

#[test]
fn admin_roles_on_a_sled_database_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = sprout()
        .arg("--db")
        .arg(dir.path().join("db"))
        .args(["admin", "roles"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("roles are PostgreSQL's"), "{err}");
    assert!(!dir.path().join("db").exists(), "no sled database made");
}

#[test]
fn hostile_queries_and_field_values_are_only_ever_parameters() {
    let Some(db) = TestDb::new("hostile") else {
        return;
    };
    let run = |args: &[&str]| run_on(&db.url, args);
    let hostile = [
        "x'); DROP TABLE ideas; --",
        "'; DELETE FROM ideas WHERE ''='",
        "$1 $$ \\' %s %I \"; TRUNCATE changes; --",
        "Robert'); DROP ROLE sprout; --",
    ];
    for (n, text) in hostile.iter().enumerate() {
        let id = ok(&run(&[
            "add", "--title", text, "--region", text, "--tag", "t",
        ]));
        assert_eq!(id.trim(), (n + 1).to_string());
        ok(&run(&["note", id.trim(), text]));
        ok(&run(&["set", id.trim(), "--assignee", text]));
        let name: String = format!("v{n} {text}").chars().take(36).collect();
        ok(&run(&["views", "save", &name, "t"]));
        // Queries: searched over the catalog; a word prefix reaches SQL.
        let out = run(&["list", text]);
        assert!(out.status.code().is_some_and(|c| c <= 2), "{out:?}");
        ok(&run(&["list", "--format", "json", "t"]));
    }
    let mut sql = db.sql();
    let count: i64 = sql
        .query_one("SELECT count(*) FROM ideas", &[])
        .unwrap()
        .get(0);
    assert_eq!(count, hostile.len() as i64, "every table intact");
    let json = ok(&run(&["show", "1", "--format", "json"]));
    let shown: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(shown["title"], hostile[0]);
    assert_eq!(shown["region"], hostile[0]);
    assert_eq!(shown["assignee"], hostile[0]);
    let views = ok(&run(&["views"]));
    assert!(
        views.contains("v3 Robert'); DROP ROLE sprout; --"),
        "{views}"
    );
    let roles: i64 = sql
        .query_one(
            "SELECT count(*) FROM pg_roles WHERE rolname = 'sprout'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(roles, 1);
}
