//! `sprout rubric` (issue 18, point 1): a database starts with the default
//! rubric, shows it, prints it as a file, loads a changed file as a new
//! version (old versions kept), refuses a bad file naming its line and
//! field with nothing saved, and `sprout copy` carries every version.

mod cli_support;
use cli_support::*;

/// The rubric `--toml` prints, with relevance weighted 3 and a sixth
/// criterion on a 0-10 scale.
fn changed(db: &Db) -> String {
    let file = db.run(&["rubric", "--toml"]);
    let weighted = file.replacen("weight = 1", "weight = 3", 1);
    assert_ne!(weighted, file);
    format!(
        "{weighted}\n[[criterion]]\nname = \"reach\"\ndescription = \"How many people it reaches\"\nweight = 2\nscale = \"0-10\"\n"
    )
}

on_both_engines!(a_new_database_has_the_default_rubric_and_a_change_makes_a_version);
fn a_new_database_has_the_default_rubric_and_a_change_makes_a_version(engine: Engine) {
    let db = Db::on(engine);
    let shown = db.run(&["rubric"]);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[0], "rubric version 1 (the default)");
    assert!(lines[1].starts_with("CRITERION"), "{shown}");
    let names: Vec<&str> = lines[2..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "relevance",
            "impact",
            "feasibility",
            "sustainability",
            "team"
        ]
    );
    assert!(lines[2].contains(" 1  1-5 "), "{}", lines[2]);

    // The file printed reads back as no change.
    let same = db.file("same.toml", db.run(&["rubric", "--toml"]).as_bytes());
    assert_eq!(
        db.run(&["rubric", "--set", same.to_str().unwrap()]),
        "the rubric is unchanged (version 1): nothing was saved\n"
    );

    let file = db.file("rubric.toml", changed(&db).as_bytes());
    let saved = db.run(&["rubric", "--set", file.to_str().unwrap()]);
    assert!(
        saved.starts_with("saved the rubric as version 2 (6 criteria: relevance,"),
        "{saved}"
    );
    assert!(
        saved.ends_with("reviews made before keep version 1\n"),
        "{saved}"
    );
    let shown = db.run(&["rubric"]);
    assert!(shown.starts_with("rubric version 2 (by "), "{shown}");
    assert!(shown.contains(&format!(", {NOW})")), "{shown}");
    let relevance = shown.lines().find(|l| l.starts_with("relevance")).unwrap();
    assert!(relevance.contains(" 3  1-5 "), "{relevance}");
    let reach = shown.lines().find(|l| l.starts_with("reach")).unwrap();
    assert!(reach.contains(" 2  0-10 "), "{reach}");

    // The old version is kept as it was.
    let first = db.run(&["rubric", "--at", "1"]);
    assert!(
        first.starts_with("rubric version 1 (the default)"),
        "{first}"
    );
    assert!(!first.contains("reach"), "{first}");
    let history = db.run(&["rubric", "--history"]);
    let rows: Vec<&str> = history.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{history}");
    assert!(
        rows[0].trim_start().starts_with("1  the default"),
        "{history}"
    );
    assert!(rows[1].trim_start().starts_with("2  by "), "{history}");
    assert!(rows[1].ends_with("team, reach"), "{history}");

    // Loading the same file again changes nothing.
    assert_eq!(
        db.run(&["rubric", "--set", file.to_str().unwrap()]),
        "the rubric is unchanged (version 2): nothing was saved\n"
    );
    let err = db.fail(&["rubric", "--at", "3"], 1);
    assert_eq!(
        err,
        "error: the rubric has no version 3 (versions 1 to 2)\n"
    );
}

on_both_engines!(a_bad_rubric_file_is_refused_naming_its_line_and_field);
fn a_bad_rubric_file_is_refused_naming_its_line_and_field(engine: Engine) {
    let db = Db::on(engine);
    let before = db.run(&["rubric"]);
    let head = "[[criterion]]\nname = \"fit\"\ndescription = \"d\"\n";
    let cases = [
        (
            format!("{head}weight = 1.5\n"),
            "line 4: weight: expected a whole number from 1 to 100",
        ),
        (
            format!("{head}scale = \"1-1\"\n"),
            "line 4: scale: expected \"LOW-HIGH\" such as \"1-5\" (0 to 100)",
        ),
        (
            format!("{head}\n[[criterion]]\nname = \"fit\"\ndescription = \"e\"\n"),
            "line 5: criterion 'fit' is named twice",
        ),
        (
            format!("{head}wieght = 2\n"),
            "line 4: unknown field 'wieght' (fields: name, description, weight, scale)",
        ),
        ("[criterion\n".to_string(), "line 1: not valid TOML"),
    ];
    for (text, want) in cases {
        let file = db.file("bad.toml", text.as_bytes());
        let err = db.fail(&["rubric", "--set", file.to_str().unwrap()], 1);
        let prefix = format!("error: {}: {want}", file.display());
        assert!(err.starts_with(&prefix), "{text:?}: {err}");
        assert!(err.trim_end().ends_with("nothing was saved"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let err = db.fail(&["rubric", "--set", "/nonexistent/r.toml"], 1);
    assert!(
        err.starts_with("error: /nonexistent/r.toml: cannot read it"),
        "{err}"
    );
    assert_eq!(db.run(&["rubric"]), before, "nothing was saved");
    // `-` reads standard input.
    let out = db
        .cmd()
        .args(["rubric", "--set", "-"])
        .write_stdin(format!("{head}weight = 0\n"))
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.starts_with("error: <stdin>: line 4: weight: expected"),
        "{err}"
    );
    let out = db
        .cmd()
        .args(["rubric", "--set", "-"])
        .write_stdin(head)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(db.run(&["rubric"]).contains("\nfit "), "read from stdin");
}

on_both_engines!(a_copy_carries_every_version_of_the_rubric);
fn a_copy_carries_every_version_of_the_rubric(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "20", "--seed", "2"]);
    let file = db.file("rubric.toml", changed(&db).as_bytes());
    db.run(&["rubric", "--set", file.to_str().unwrap()]);
    let to = db.dir.path().join("copy");
    let out = db
        .cmd()
        .args(["copy", "--from"])
        .arg(db.path())
        .arg("--to")
        .arg(&to)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let copy = |args: &[&str]| {
        let out = db.cmd().arg("--db").arg(&to).args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    for args in [
        &["rubric"][..],
        &["rubric", "--history"],
        &["rubric", "--at", "1"],
    ] {
        assert_eq!(copy(args), db.run(args), "{args:?}");
    }
    // A copy into a database with a rubric of its own is refused.
    let other = tempfile::tempdir().unwrap();
    let dest = other.path().join("db");
    let out = db
        .cmd()
        .arg("--db")
        .arg(&dest)
        .args(["rubric", "--set", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = db
        .cmd()
        .args(["copy", "--from"])
        .arg(db.path())
        .arg("--to")
        .arg(&dest)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("it has a rubric of its own"), "{err}");
}

/// A PostgreSQL database made before the rubric (schema 1, no table)
/// gets its table when its owner opens it, and keeps working meanwhile.
#[test]
fn an_older_postgres_database_gets_the_rubric_table_when_opened() {
    if !Engine::postgres_here("an_older_postgres_database_gets_the_rubric_table_when_opened") {
        return;
    }
    let db = Db::on(Engine::Postgres);
    db.run(&["demo", "--count", "5", "--seed", "2"]);
    let mut sql = db.sql();
    sql.batch_execute("DROP TABLE rubrics; UPDATE sprout_schema SET version = 2")
        .unwrap();
    assert!(
        db.run(&["rubric"])
            .starts_with("rubric version 1 (the default)")
    );
    let version: i32 = sql
        .query_one("SELECT version FROM sprout_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, i32::from(sprout::store::PG_SCHEMA_VERSION));
    let file = db.file("rubric.toml", changed(&db).as_bytes());
    db.run(&["rubric", "--set", file.to_str().unwrap()]);
    let n: i64 = sql
        .query_one("SELECT count(*) FROM rubrics", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
}

on_both_engines!(a_json_export_carries_the_rubric_versions_into_another_database);
fn a_json_export_carries_the_rubric_versions_into_another_database(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "12", "--seed", "4"]);
    // With only the default, an export has no `rubrics`, as before.
    assert!(!db.export("json").contains("\"rubrics\""));
    let file = db.file("rubric.toml", changed(&db).as_bytes());
    db.run(&["rubric", "--set", file.to_str().unwrap()]);
    let export = db.export("json");
    assert!(
        export.contains("\n],\n\"rubrics\": [\n{\"version\":2,"),
        "{export:.300}"
    );
    let backup = db.file("backup.json", export.as_bytes());

    let other = Db::on(engine);
    let out = other.run(&["import", backup.to_str().unwrap()]);
    assert!(out.contains("added rubric version 2"), "{out}");
    for args in [&["rubric"][..], &["rubric", "--history"]] {
        assert_eq!(other.run(args), db.run(args), "{args:?}");
    }
    assert_eq!(other.export("json"), export, "the round trip is byte-exact");
    // Again: the version is there already, nothing more is added.
    let out = other.run(&["import", backup.to_str().unwrap(), "--dry-run"]);
    assert!(!out.contains("rubric"), "{out}");

    // A database whose version 2 is another rubric keeps its own, and
    // the file is refused (`cli_review_import.rs` tells the rest).
    let third = Db::on(engine);
    let own = third.file(
        "own.toml",
        b"[[criterion]]\nname = \"fit\"\ndescription = \"Fits the call\"\n",
    );
    third.run(&["rubric", "--set", own.to_str().unwrap()]);
    let err = third.fail(&["import", backup.to_str().unwrap()], 1);
    assert!(
        err.contains("rubrics: the file's rubric version 2 (relevance, impact, feasibility, sustainability, team, reach) is another rubric than this database's version 2 (fit)"),
        "{err}"
    );
    assert!(third.run(&["rubric"]).contains("\nfit "));
}

#[test]
fn an_export_with_a_bad_rubric_is_refused_whole() {
    let db = Db::new();
    let bad = db.file(
        "bad.json",
        b"{\"views\": [],\n\"rubrics\": [\n{\"version\":2,\"criteria\":[{\"name\":\"Fit\",\"description\":\"d\",\"weight\":1,\"min\":1,\"max\":5}],\"made\":\"2026-11-26T12:00:00Z\",\"by\":\"anna\"}\n],\n\"ideas\": [\n{\"id\":1,\"title\":\"A\"}\n]}\n",
    );
    let err = db.fail(&["import", bad.to_str().unwrap()], 1);
    assert!(err.contains("line 2: "), "{err}");
    assert!(
        err.contains("rubrics: version 2: criteria[0].name: 'Fit' must be a lower-case word"),
        "{err}"
    );
    assert_eq!(
        db.run(&["list", "--format", "ids"]),
        "",
        "nothing was imported"
    );
    assert!(db.run(&["rubric"]).starts_with("rubric version 1 "));
}
