//! Decisions with reasons (issue 18, point 6) on the command line: the
//! reason list a database keeps (`sprout reasons`), `set --reason` with
//! the stage it goes with, what `show` says, and the list carried by
//! `copy` and a JSON export.

mod cli_support;
use cli_support::*;

fn keys(listed: &str) -> Vec<String> {
    listed
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect()
}

on_both_engines!(a_database_keeps_its_reasons_and_their_changes);
fn a_database_keeps_its_reasons_and_their_changes(engine: Engine) {
    let db = Db::on(engine);
    let listed = db.run(&["reasons"]);
    assert_eq!(
        keys(&listed),
        [
            "out-of-scope",
            "budget",
            "unsustainable",
            "duplicate",
            "strong-fit",
            "mentoring"
        ]
    );
    assert!(
        listed
            .lines()
            .nth(2)
            .unwrap()
            .starts_with("budget         decline  Budget unclear"),
        "{listed}"
    );
    assert_eq!(
        db.run(&[
            "reasons",
            "add",
            "no-team",
            "No team yet",
            "--for",
            "decline"
        ]),
        "added reason 'no-team' (No team yet) for declines\n"
    );
    assert_eq!(
        db.run(&["reasons", "remove", "duplicate"]),
        "removed reason 'duplicate' (Duplicate): no longer offered; ideas decided with it keep it (reason:duplicate finds them)\n"
    );
    let now = db.run(&["reasons"]);
    assert_eq!(
        keys(&now),
        [
            "out-of-scope",
            "budget",
            "unsustainable",
            "no-team",
            "strong-fit",
            "mentoring"
        ]
    );
    let all = db.run(&["reasons", "--all"]);
    assert!(
        all.contains("duplicate      decline  Duplicate (removed)\n"),
        "{all}"
    );
    // Adding a removed key brings it back.
    assert_eq!(
        db.run(&[
            "reasons",
            "add",
            "duplicate",
            "Sent twice",
            "--for",
            "decline"
        ]),
        "brought back reason 'duplicate' (Sent twice) for declines\n"
    );
    assert!(
        db.run(&["reasons"])
            .contains("duplicate      decline  Sent twice\n")
    );
}

on_both_engines!(bad_reason_changes_are_refused_with_nothing_saved);
fn bad_reason_changes_are_refused_with_nothing_saved(engine: Engine) {
    let db = Db::on(engine);
    let before = db.run(&["reasons", "--all"]);
    let cases: [(&[&str], &str); 6] = [
        (
            &["reasons", "add", "budget", "Again", "--for", "decline"],
            "error: reason 'budget' is there already (Budget unclear, for decline); nothing was saved\n",
        ),
        (
            &["reasons", "add", "No Team", "x", "--for", "decline"],
            "error: key 'no team' must be a lower-case word (a-z, 0-9 or -, starting with a letter)\n",
        ),
        (
            &[
                "reasons",
                "add",
                "ok",
                "\u{1b}\t\u{202e}",
                "--for",
                "decline",
            ],
            "error: reason 'ok' has no label\n",
        ),
        (
            &["reasons", "remove", "cheap"],
            "error: unknown reason 'cheap' (reasons: out-of-scope, budget, unsustainable, duplicate, strong-fit, mentoring)\n",
        ),
        (
            &["reasons", "add", "none", "Nothing", "--for", "accept"],
            "error: key 'none' is taken: reason:none finds ideas without a reason\n",
        ),
        (
            &["reasons", "add", "ok", "Fine", "--for", "maybe"],
            "error: --for: 'maybe' is not a kind of decision (valid: decline, accept)\n",
        ),
    ];
    for (args, said) in cases {
        let code = if args.contains(&"maybe") { 2 } else { 1 };
        assert_eq!(db.fail(args, code), said, "{args:?}");
    }
    // Nine of a kind at most: the picker's keys 1-9.
    for n in 0..5 {
        db.run(&[
            "reasons",
            "add",
            &format!("d{n}"),
            "More",
            "--for",
            "decline",
        ]);
    }
    let err = db.fail(&["reasons", "add", "d9", "More", "--for", "decline"], 1);
    assert!(
        err.contains("there are 9 reasons for decline already"),
        "{err}"
    );
    // None of the refused ones was saved.
    let after = keys(&db.run(&["reasons", "--all"]));
    assert_eq!(after.len(), keys(&before).len() + 5, "{after:?}");
    assert!(!after.iter().any(|k| k == "ok" || k == "d9" || k == "none"));
}

on_both_engines!(a_decision_takes_a_reason_that_fits_it);
fn a_decision_takes_a_reason_that_fits_it(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Water for villages", &[]);
    add(&db, "Reading club", &[]);
    assert_eq!(
        db.run(&["set", "1", "2", "--stage", "declined", "--reason", "bud"]),
        "updated #1, #2\n"
    );
    let shown = db.run(&["show", "1"]);
    assert!(
        shown.contains("\nstage        declined\nreason       Budget unclear (budget)\n"),
        "{shown}"
    );
    assert!(
        shown.ends_with(&format!(
            "stage: new → declined\n  {NOW} · {}  reason: — → budget\n",
            shown_actor(&db)
        )),
        "{shown}"
    );
    let json = db.run(&["show", "1", "--format", "json"]);
    assert!(json.contains("\"reason\": \"budget\""), "{json}");

    // A reason that does not fit, or no reason at all: refused, nothing changed.
    let err = db.fail(&["set", "1", "--stage", "pilot", "--reason", "budget"], 1);
    assert_eq!(
        err,
        "error: --reason: reason 'budget' is for declined, not pilot (reasons for incubation, pilot, scaling and sustainable: strong-fit, mentoring); nothing was changed\n"
    );
    let err = db.fail(&["set", "1", "--reason", "cheap"], 1);
    assert_eq!(
        err,
        "error: --reason: #1 is declined: unknown reason 'cheap' (reasons for declined: out-of-scope, budget, unsustainable, duplicate); nothing was changed\n"
    );
    let err = db.fail(&["set", "1", "--stage", "review", "--reason", "budget"], 1);
    assert!(
        err.contains("stage review is not a decision and takes no reason"),
        "{err}"
    );
    assert!(
        db.run(&["show", "1"])
            .contains("\nreason       Budget unclear (budget)\n")
    );

    // Without a stage, the reason is for the decision the idea has.
    db.run(&["set", "1", "--reason", "out-of-scope"]);
    assert!(
        db.run(&["show", "1"])
            .contains("Out of scope (out-of-scope)")
    );
    // A new stage without a reason clears the old one; with one, sets it.
    db.run(&["set", "1", "--stage", "incubation"]);
    let shown = db.run(&["show", "1"]);
    assert!(!shown.contains("\nreason "), "{shown}");
    assert!(shown.ends_with("reason: out-of-scope → —\n"), "{shown}");
    db.run(&["set", "2", "--stage", "pilot", "--reason", "mentoring"]);
    let shown = db.run(&["show", "2"]);
    assert!(
        shown.ends_with(&format!(
            "stage: declined → pilot\n  {NOW} · {}  reason: budget → mentoring\n",
            shown_actor(&db)
        )),
        "one entry from the old reason to the new: {shown}"
    );
    db.run(&["set", "2", "--reason", "none"]);
    assert!(!db.run(&["show", "2"]).contains("\nreason "));
    // A removed reason stays with the ideas decided with it.
    db.run(&["set", "1", "--stage", "declined", "--reason", "duplicate"]);
    db.run(&["reasons", "remove", "duplicate"]);
    assert!(
        db.run(&["show", "1"])
            .contains("\nreason       Duplicate (duplicate)\n")
    );
    let err = db.fail(
        &["set", "2", "--stage", "declined", "--reason", "duplicate"],
        1,
    );
    assert!(err.contains("reason 'duplicate' was removed"), "{err}");
}

/// Who the history says made a change: the PostgreSQL role, else the
/// local user, as `show` writes it.
fn shown_actor(db: &Db) -> String {
    let shown = db.run(&["show", "1"]);
    let line = shown.lines().rev().find(|l| l.contains(" · ")).unwrap();
    let after = line.split(" · ").nth(1).unwrap();
    after.split("  ").next().unwrap().to_string()
}

on_both_engines!(copy_and_a_json_export_carry_the_reasons);
fn copy_and_a_json_export_carry_the_reasons(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Water for villages", &[]);
    // With only the defaults, an export has no `reasons`, as before.
    assert!(!db.export("json").contains("\"reasons\""));
    db.run(&[
        "reasons",
        "add",
        "no-team",
        "No team yet",
        "--for",
        "decline",
    ]);
    db.run(&["reasons", "remove", "unsustainable"]);
    db.run(&["set", "1", "--stage", "declined", "--reason", "no-team"]);
    let export = db.export("json");
    assert!(
        export.contains("\n],\n\"reasons\": [\n{\"key\":"),
        "{export:.400}"
    );
    let backup = db.file("backup.json", export.as_bytes());

    let other = Db::on(engine);
    let out = other.run(&["import", backup.to_str().unwrap()]);
    assert!(out.contains("took 2 reasons"), "{out}");
    assert_eq!(
        other.run(&["reasons", "--all"]),
        db.run(&["reasons", "--all"])
    );
    assert!(
        other
            .run(&["show", "1"])
            .contains("reason       No team yet (no-team)")
    );
    assert_eq!(other.export("json"), export, "the round trip is byte-exact");

    // A bad reason in the file: refused whole, naming it.
    let bad = other.file(
        "bad.json",
        export
            .replace("\"key\":\"no-team\"", "\"key\":\"No Team\"")
            .as_bytes(),
    );
    let third = Db::on(engine);
    let err = third.fail(&["import", bad.to_str().unwrap()], 1);
    assert!(
        err.contains("reasons: 'No Team': key 'no team' must be a lower-case word"),
        "{err}"
    );
    assert_eq!(third.run(&["list", "--format", "ids"]), "");

    // `copy` carries them to the other engine and back.
    let copied = Db::on(Engine::Sled);
    let to = copied.path();
    db.cmd()
        .args([
            "copy",
            "--from",
            db.path().to_str().unwrap(),
            "--to",
            to.to_str().unwrap(),
        ])
        .assert()
        .success();
    assert_eq!(
        copied.run(&["reasons", "--all"]),
        db.run(&["reasons", "--all"])
    );
    assert!(copied.run(&["show", "1"]).contains("No team yet (no-team)"));
    // A destination with reasons of its own is refused.
    let own = Db::on(engine);
    own.run(&[
        "reasons",
        "add",
        "local",
        "Rooted locally",
        "--for",
        "accept",
    ]);
    let out = db
        .cmd()
        .args([
            "copy",
            "--from",
            to.to_str().unwrap(),
            "--to",
            own.path().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("is not empty: it has reasons of its own"),
        "{err}"
    );
}

/// A PostgreSQL database made before the reason list (schema 3, no
/// table) reads the defaults and gets its table when its owner opens it.
#[test]
fn an_older_postgres_database_gets_the_reasons_table_when_opened() {
    if !Engine::postgres_here("an_older_postgres_database_gets_the_reasons_table_when_opened") {
        return;
    }
    let db = Db::on(Engine::Postgres);
    add(&db, "Water for villages", &[]);
    let mut sql = db.sql();
    sql.batch_execute("DROP TABLE reasons; UPDATE sprout_schema SET version = 3")
        .unwrap();
    assert!(db.run(&["reasons"]).contains("\nbudget "));
    let version: i32 = sql
        .query_one("SELECT version FROM sprout_schema", &[])
        .unwrap()
        .get(0);
    assert_eq!(version, i32::from(sprout::store::PG_SCHEMA_VERSION));
    db.run(&[
        "reasons",
        "add",
        "no-team",
        "No team yet",
        "--for",
        "decline",
    ]);
    let n: i64 = sql
        .query_one("SELECT count(*) FROM reasons", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
}

on_both_engines!(a_query_finds_ideas_by_their_reason);
fn a_query_finds_ideas_by_their_reason(engine: Engine) {
    let db = Db::on(engine);
    for t in ["Water", "Reading club", "Taxi", "Kitchen"] {
        add(&db, t, &[]);
    }
    db.run(&[
        "reasons",
        "add",
        "no-team",
        "No team yet",
        "--for",
        "decline",
    ]);
    db.run(&["set", "1", "--stage", "declined", "--reason", "budget"]);
    db.run(&["set", "2", "--stage", "declined", "--reason", "no-team"]);
    db.run(&["set", "3", "--stage", "pilot", "--reason", "strong-fit"]);
    db.run(&["set", "4", "--stage", "declined"]);
    let ids = |q: &str| db.run(&["list", q, "--format", "ids", "--sort", "id"]);
    assert_eq!(ids("reason:budget"), "1\n");
    assert_eq!(ids("reason:bud"), "1\n", "a key prefix");
    assert_eq!(ids("reason:unclear"), "1\n", "a word of the label");
    assert_eq!(ids("reason:team"), "2\n");
    assert_eq!(ids("reason:budget,strong"), "1\n3\n");
    assert_eq!(ids("stage:declined reason:none"), "4\n");
    assert_eq!(ids("!reason:none"), "1\n2\n3\n");
    // A removed reason still finds the ideas decided with it.
    db.run(&["reasons", "remove", "no-team"]);
    assert_eq!(ids("reason:no-team"), "2\n");
    // Views count with it too.
    db.run(&["views", "save", "Budget", "reason:budget"]);
    assert!(db.run(&["views"]).contains("reason:budget"));
    let err = db.fail(&["list", "reason:none,budget"], 1);
    assert!(err.contains("'none' stands alone"), "{err}");
}

on_both_engines!(stats_say_why_ideas_were_declined_by_sector);
fn stats_say_why_ideas_were_declined_by_sector(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Water", &["--sector", "ecology"]);
    add(&db, "Clinic", &["--sector", "health"]);
    add(&db, "Bus", &["--sector", "health"]);
    add(&db, "Kitchen", &["--sector", "health"]);
    db.run(&["set", "1", "2", "--stage", "declined", "--reason", "budget"]);
    db.run(&["set", "3", "--stage", "declined"]);
    db.run(&["set", "4", "--stage", "pilot", "--reason", "mentoring"]);
    let json: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "--format", "json"])).unwrap();
    let declined = json["reasons"]["declined"].as_array().unwrap();
    let budget = declined.iter().find(|r| r["key"] == "budget").unwrap();
    assert_eq!(budget["count"], 2);
    // Sectors in their order: health first, ecology fifth.
    assert_eq!(
        budget["by_sector"],
        serde_json::json!([1, 0, 0, 0, 1, 0, 0])
    );
    let none = declined.last().unwrap();
    assert_eq!(
        (none["key"].as_str(), none["count"].as_u64()),
        (Some(""), Some(1))
    );
    let mentoring = &json["reasons"]["accepted"][1];
    assert_eq!(
        (mentoring["key"].as_str(), mentoring["count"].as_u64()),
        (Some("mentoring"), Some(1))
    );
    assert_eq!(json["total"], 4, "the other figures are still there");
    let table = db.run(&["stats"]);
    assert!(
        table.contains("REASON           IDEAS  health  education  disparities  employment  ecology  other  unclassified\n"),
        "{table}"
    );
    assert!(table.contains("\nBudget unclear       2       1          0            0           0        1      0             0\n"), "{table}");
    assert!(
        table.contains("\n(no reason)          1       1 "),
        "{table}"
    );
    // A query narrows them as every other figure.
    let json: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "sector:ecology", "--format", "json"])).unwrap();
    assert_eq!(json["reasons"]["declined"][1]["count"], 1);
}

on_both_engines!(a_duplicate_is_declined_with_the_reason_duplicate);
fn a_duplicate_is_declined_with_the_reason_duplicate(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Water for villages", &[]);
    add(&db, "Water for villages again", &[]);
    add(&db, "Water once more", &[]);
    db.run(&["set", "2", "--duplicate-of", "1"]);
    let shown = db.run(&["show", "2"]);
    assert!(
        shown.contains("\nreason       Duplicate (duplicate)\n"),
        "{shown}"
    );
    assert_eq!(
        db.run(&["list", "reason:duplicate", "--format", "ids"]),
        "2\n"
    );
    // Without the reason offered, a duplicate is declined without one.
    db.run(&["reasons", "remove", "duplicate"]);
    db.run(&["set", "3", "--duplicate-of", "1"]);
    let shown = db.run(&["show", "3"]);
    assert!(shown.contains("\nstage        declined\n"), "{shown}");
    assert!(!shown.contains("\nreason "), "{shown}");
}
