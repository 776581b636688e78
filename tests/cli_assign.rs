//! Fair assignment (issue 18, point 5): `sprout conflicts` declares,
//! lists and removes conflicts of interest (kept by the database, carried
//! by copy and the JSON export); `sprout assign` gives the ideas of a query
//! their reviewers with loads at most one apart, never against a conflict,
//! shows its plan first and applies it in one change; `panel:NAME` finds
//! the ideas a reviewer is asked to review, and `My reviews` those of
//! yours you have not reviewed yet.

mod cli_support;
use cli_support::*;

/// 30 ideas: every fifth by "ANO «Green Town»", every third from Perm Krai.
fn thirty(db: &Db) {
    let mut csv = String::from("title,proposer,region\n");
    for n in 1..=30 {
        let proposer = if n % 5 == 0 {
            "ANO «Green Town»"
        } else {
            "Other"
        };
        let region = if n % 3 == 0 { "Perm Krai" } else { "Tver" };
        csv.push_str(&format!("Idea number {n},{proposer},{region}\n"));
    }
    let file = db.file("thirty.csv", csv.as_bytes());
    import(db, &file, &[]);
}

/// The ids a query lists.
fn ids(db: &Db, query: &str) -> Vec<u64> {
    db.run(&["list", query, "--format", "ids", "--sort", "id"])
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
}

on_both_engines!(conflicts_are_declared_listed_and_removed);
fn conflicts_are_declared_listed_and_removed(engine: Engine) {
    let db = Db::on(engine);
    thirty(&db);
    let out = db.cmd().args(["conflicts"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no conflicts of interest declared"));

    let said = db.run(&[
        "conflicts",
        "add",
        "anna",
        "--org",
        "green  TOWN",
        "--region",
        "Perm Krai",
    ]);
    assert_eq!(
        said,
        "declared: anna is not given ideas matching org 'green TOWN' (6 ideas now)\n\
         declared: anna is not given ideas matching region 'Perm Krai' (10 ideas now)\n"
    );
    // The same again, in another case and spacing, is the same conflict.
    let out = db
        .cmd()
        .args(["conflicts", "add", "ANNA", "--region", "perm  krai"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "nothing was saved\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("is declared already"));
    db.run(&["conflicts", "add", "boris", "--proposer", "Other"]);
    let listed = db.run(&["conflicts"]);
    let lines: Vec<&str> = listed.lines().collect();
    assert!(lines[0].starts_with("N  REVIEWER  CONFLICT"), "{listed}");
    assert_eq!(lines.len(), 4, "{listed}");
    assert!(
        lines[1].starts_with("1  anna      org 'green TOWN'"),
        "{listed}"
    );
    assert!(
        lines[2].starts_with("2  anna      region 'Perm Krai'"),
        "{listed}"
    );
    assert!(
        lines[3].starts_with("3  boris     proposer 'Other'"),
        "{listed}"
    );
    assert!(lines[1].contains("2026-11-26 by "), "{listed}");

    // Bad input: one line naming what, nothing changed.
    let err = db.fail(&["conflicts", "remove", "9"], 1);
    assert_eq!(
        err,
        "error: there is no conflict 9 (1 to 3; `sprout conflicts` lists them)\n"
    );
    let err = db.fail(&["conflicts", "remove", "anna", "--org", "Blue Sky"], 1);
    assert!(err.contains("anna has no conflict org 'Blue Sky'"), "{err}");
    let err = db.fail(&["conflicts", "add", "anna", "--org", " «» "], 2);
    assert_eq!(err, "error: --org '«»': the org is empty\n");
    let err = db.fail(&["conflicts", "add", "anna"], 2);
    assert!(err.contains("--proposer"), "{err}");
    let err = db.fail(&["conflicts", "remove", "anna"], 2);
    assert!(err.contains("give the number"), "{err}");
    assert_eq!(db.run(&["conflicts"]), listed, "nothing changed");

    assert_eq!(
        db.run(&["conflicts", "remove", "2"]),
        "removed: anna's conflict region 'Perm Krai'\n"
    );
    assert_eq!(
        db.run(&["conflicts", "remove", "Boris", "--proposer", "other"]),
        "removed: boris's conflict proposer 'Other'\n"
    );
    let left = db.run(&["conflicts"]);
    assert_eq!(left.lines().count(), 2, "{left}");
    assert!(left.contains("org 'green TOWN'"), "{left}");
}

on_both_engines!(conflicts_travel_by_copy_and_by_export_and_import);
fn conflicts_travel_by_copy_and_by_export_and_import(engine: Engine) {
    let db = Db::on(engine);
    thirty(&db);
    db.run(&["conflicts", "add", "anna", "--org", "Green Town"]);
    db.run(&["conflicts", "add", "olga", "--region", "Perm Krai"]);
    let listed = db.run(&["conflicts"]);

    let backup = db.dir.path().join("backup.json");
    db.run(&["export", "-o", backup.to_str().unwrap()]);
    let restored = Db::new();
    let said = restored.run(&["import", backup.to_str().unwrap()]);
    assert!(said.contains("added 2 conflicts of interest"), "{said}");
    assert_eq!(restored.run(&["conflicts"]), listed);
    // Importing it again adds none: they are there.
    let again = restored.run(&["import", backup.to_str().unwrap()]);
    assert!(!again.contains("conflicts of interest"), "{again}");
    assert_eq!(restored.run(&["conflicts"]), listed);

    let copy = db.dir.path().join("copy");
    let from = db.path();
    db.run(&[
        "copy",
        "--from",
        from.to_str().unwrap(),
        "--to",
        copy.to_str().unwrap(),
    ]);
    let out = db
        .cmd()
        .env("SPROUT_DB", &copy)
        .args(["conflicts"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), listed);
}

on_both_engines!(assign_balances_avoids_conflicts_and_is_deterministic);
fn assign_balances_avoids_conflicts_and_is_deterministic(engine: Engine) {
    let db = Db::on(engine);
    thirty(&db);
    db.run(&["conflicts", "add", "boris", "--org", "Green Town"]);
    let args = [
        "assign",
        "",
        "--reviewers",
        "anna,boris,olga,petr",
        "--per-idea",
        "2",
        "--dry-run",
    ];
    let plan = db.run(&args);
    assert_eq!(db.run(&args), plan, "the same plan each time");
    assert!(
        plan.starts_with("plan: 30 ideas among 4 reviewers, 2 per idea: 60 assignments to add\n"),
        "{plan}"
    );
    assert!(
        plan.contains("conflicts of interest avoided (6):\n"),
        "{plan}"
    );
    assert!(plan.contains("  #5   boris: org 'Green Town'\n"), "{plan}");
    for who in ["anna", "boris", "olga", "petr"] {
        let line = plan.lines().find(|l| l.starts_with(who)).unwrap();
        assert_eq!(
            line.split_whitespace().collect::<Vec<_>>(),
            [who, "0", "+15", "15"],
            "{plan}"
        );
    }
    assert_eq!(
        ids(&db, "panel:none").len(),
        30,
        "a dry run changes nothing"
    );

    let applied = db.run(
        &args[..6]
            .iter()
            .copied()
            .chain(["--yes"])
            .collect::<Vec<_>>(),
    );
    assert!(
        applied.ends_with("assigned: 60 assignments to 30 ideas\n"),
        "{applied}"
    );
    assert!(ids(&db, "panel:none").is_empty());
    for who in ["anna", "boris", "olga", "petr"] {
        assert_eq!(ids(&db, &format!("panel:{who}")).len(), 15, "{who}");
    }
    // Boris has none of Green Town's ideas.
    let green: Vec<u64> = (1..=30).filter(|n| n % 5 == 0).collect();
    assert!(ids(&db, "panel:boris").iter().all(|id| !green.contains(id)));
    assert_eq!(
        ids(&db, "panel:BORIS,anna").len(),
        30 - ids(&db, "!panel:boris !panel:anna").len()
    );
    let shown = db.run(&["show", "5"]);
    let reviewers = shown.lines().find(|l| l.starts_with("reviewers")).unwrap();
    assert!(!reviewers.contains("boris"), "{shown}");
    assert!(shown.contains("reviewers: + "), "{shown}");

    // Assigned already: nothing more to do; a third reviewer each keeps
    // the two and counts them.
    let again = db.run(
        &args[..6]
            .iter()
            .copied()
            .chain(["--yes"])
            .collect::<Vec<_>>(),
    );
    assert!(
        again.starts_with("plan: 30 ideas among 4 reviewers, 2 per idea: 0 assignments to add"),
        "{again}"
    );
    let third = db.run(&[
        "assign",
        "",
        "--reviewers",
        "anna,boris,olga,petr",
        "--per-idea",
        "3",
        "--yes",
    ]);
    assert!(
        third.ends_with("assigned: 30 assignments to 30 ideas\n"),
        "{third}"
    );
    for who in ["anna", "boris", "olga", "petr"] {
        let line = third.lines().find(|l| l.starts_with(who)).unwrap();
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells[1], "15", "{third}");
        let load: usize = cells[3].parse().unwrap();
        assert!((22..=23).contains(&load), "{third}");
    }
}

on_both_engines!(assign_says_which_ideas_fall_short_and_asks_before_applying);
fn assign_says_which_ideas_fall_short_and_asks_before_applying(engine: Engine) {
    let db = Db::on(engine);
    thirty(&db);
    db.run(&["conflicts", "add", "anna", "--region", "Perm Krai"]);
    db.run(&["conflicts", "add", "boris", "--org", "green town"]);
    // Without a terminal to ask on and without --yes: the plan, then no.
    let out = db
        .cmd()
        .args([
            "assign",
            "id:15",
            "--reviewers",
            "anna,boris,olga",
            "--per-idea",
            "2",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let plan = String::from_utf8_lossy(&out.stdout);
    assert!(
        plan.contains("1 idea cannot get 2 reviewers:\n  #15  gets 1 of 2: a conflict of interest bars anna (region 'Perm Krai'), boris (org 'green town')\n"),
        "{plan}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("give --yes"));
    assert!(ids(&db, "panel:olga").is_empty(), "nothing was applied");
    let applied = db.run(&[
        "assign",
        "id:15",
        "--reviewers",
        "anna,boris,olga",
        "--per-idea",
        "2",
        "--yes",
    ]);
    assert!(
        applied.ends_with("assigned: 1 assignment to 1 idea\n"),
        "{applied}"
    );
    assert_eq!(ids(&db, "panel:olga"), [15]);

    // Bad input: a clear line, nothing changed.
    let err = db.fail(&["assign", "", "--reviewers", " , ", "--yes"], 2);
    assert!(err.contains("--reviewers names nobody"), "{err}");
    let err = db.fail(
        &[
            "assign",
            "",
            "--reviewers",
            "anna",
            "--per-idea",
            "0",
            "--yes",
        ],
        2,
    );
    assert!(err.contains("--per-idea 0"), "{err}");
    let err = db.fail(&["list", "panel:,"], 1);
    assert!(err.contains("needs a reviewer's name"), "{err}");
    assert_eq!(ids(&db, "!panel:none"), [15]);
}

on_both_engines!(my_reviews_are_the_ideas_i_am_asked_to_review_and_have_not);
fn my_reviews_are_the_ideas_i_am_asked_to_review_and_have_not(engine: Engine) {
    let db = Db::on(engine);
    thirty(&db);
    let views = db.run(&["views"]);
    assert!(views.contains("My reviews"), "{views}");
    db.run(&[
        "assign",
        "proposer:green",
        "--reviewers",
        "me,anna",
        "--per-idea",
        "2",
        "--yes",
    ]);
    assert_eq!(ids(&db, "panel:me"), [5, 10, 15, 20, 25, 30]);
    let mine = |db: &Db| -> Vec<u64> {
        db.run(&[
            "list",
            "--view",
            "My reviews",
            "--format",
            "ids",
            "--sort",
            "id",
        ])
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
    };
    assert_eq!(mine(&db), [5, 10, 15, 20, 25, 30]);
    let mut review = vec!["review", "10", "--confidence", "2"];
    for c in [
        "relevance=4",
        "impact=4",
        "feasibility=3",
        "sustainability=3",
        "team=5",
    ] {
        review.extend(["--score", c]);
    }
    db.run(&review);
    assert_eq!(
        mine(&db),
        [5, 15, 20, 25, 30],
        "reviewed: no longer mine to do"
    );
    assert_eq!(ids(&db, "reviewer:me"), [10]);
    assert_eq!(ids(&db, "panel:anna !reviewer:anna").len(), 6);
}

#[test]
fn an_older_postgres_database_gets_the_conflicts_table_when_opened() {
    if !Engine::postgres_here("an_older_postgres_database_gets_the_conflicts_table_when_opened") {
        return;
    }
    let db = Db::on(Engine::Postgres);
    thirty(&db);
    let mut sql = db.sql();
    sql.batch_execute("DROP TABLE declared_conflicts; UPDATE sprout_schema SET version = 3")
        .unwrap();
    db.run(&["conflicts", "add", "anna", "--org", "Green Town"]);
    let version: i32 = sql
        .query_one("SELECT version FROM sprout_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, i32::from(sprout::store::PG_SCHEMA_VERSION));
    let n: i64 = sql
        .query_one("SELECT count(*) FROM declared_conflicts", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    assert!(db.run(&["conflicts"]).contains("org 'Green Town'"));
}

#[test]
fn an_export_with_a_broken_conflict_is_refused_whole() {
    let db = Db::new();
    thirty(&db);
    db.run(&["conflicts", "add", "anna", "--org", "Green Town"]);
    let backup = db.export("json");
    assert!(
        backup.contains(
            "\"conflicts\": [\n{\"reviewer\":\"anna\",\"field\":\"org\",\"value\":\"Green Town\""
        ),
        "{backup}"
    );
    let broken = backup.replace("\"value\":\"Green Town\"", "\"value\":\" «» \"");
    let file = db.file("broken.json", broken.as_bytes());
    let fresh = Db::new();
    let err = fresh.fail(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("conflicts: number 1: the org is empty"),
        "{err}"
    );
    assert_eq!(
        fresh.run(&["list", "--format", "ids"]),
        "",
        "nothing was imported"
    );
    let unknown = backup.replace("\"field\":\"org\"", "\"field\":\"colour\"");
    let file = db.file("unknown.json", unknown.as_bytes());
    let err = fresh.fail(&["import", file.to_str().unwrap()], 1);
    assert!(err.contains("conflicts: unknown variant `colour`"), "{err}");
}

on_both_engines!(assign_undo_takes_back_the_last_assignment_only);
fn assign_undo_takes_back_the_last_assignment_only(engine: Engine) {
    let db = Db::on(engine);
    thirty(&db);
    let at = |t: &str, args: &[&str]| -> String {
        let out = db.cmd().env("SPROUT_NOW", t).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    at(
        "2026-11-26T12:00:00Z",
        &[
            "assign",
            "proposer:green",
            "--reviewers",
            "anna",
            "--per-idea",
            "1",
            "--yes",
        ],
    );
    at(
        "2026-11-26T13:00:00Z",
        &[
            "assign",
            "",
            "--reviewers",
            "boris,olga",
            "--per-idea",
            "2",
            "--yes",
        ],
    );
    // A third reviewer for #10 alone, last.
    at(
        "2026-11-26T13:30:00Z",
        &[
            "assign",
            "id:10",
            "--reviewers",
            "petr",
            "--per-idea",
            "3",
            "--yes",
        ],
    );
    let would = at("2026-11-26T14:00:00Z", &["assign", "--undo", "--dry-run"]);
    assert_eq!(
        would,
        "would take back 1 assignment on 1 idea, made 2026-11-26T13:30:00Z\n"
    );
    let out = db.cmd().args(["assign", "--undo"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "no terminal, no --yes");
    at("2026-11-26T14:00:00Z", &["assign", "--undo", "--yes"]);
    assert!(ids(&db, "panel:petr").is_empty());
    // The next undo takes back the one before: every idea but the Green
    // Town ones loses both reviewers, those keep anna.
    let took = at("2026-11-26T15:00:00Z", &["assign", "--undo", "--yes"]);
    assert_eq!(
        took,
        "took back 54 assignments on 30 ideas, made 2026-11-26T13:00:00Z\n"
    );
    assert_eq!(ids(&db, "panel:none").len(), 24);
    assert_eq!(ids(&db, "panel:anna"), [5, 10, 15, 20, 25, 30]);
    assert!(ids(&db, "panel:boris,olga").is_empty());
    assert!(
        db.run(&["show", "5"]).contains("reviewers: − "),
        "the history says who went"
    );
}
