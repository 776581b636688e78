//! `sprout review ID --score NAME=N … --confidence C --comment "…"` (issue
//! 18, point 2): one review per reviewer per idea, changeable, with its
//! history; bad input refused with nothing saved; `--as` on sled for an
//! officer recording a panel; reviews carried by `show`, a JSON export
//! and import (byte-exact round trip) and `copy`; a review keeps the
//! rubric version it was made with.

mod cli_support;
use cli_support::*;

const FULL: [&str; 10] = [
    "--score",
    "relevance=4",
    "--score",
    "impact=5",
    "--score",
    "feasibility=3",
    "--score",
    "sustainability=2",
    "--score",
    "team=4",
];

fn review(db: &Db, id: &str, extra: &[&str]) -> String {
    db.run(&[&["review", id][..], &FULL, extra].concat())
}

fn reviews(db: &Db, id: &str) -> Vec<serde_json::Value> {
    let json: serde_json::Value =
        serde_json::from_str(&db.run(&["show", id, "--format", "json"])).unwrap();
    json["reviews"].as_array().cloned().unwrap_or_default()
}

on_both_engines!(a_review_is_made_changed_and_kept_in_the_history);
fn a_review_is_made_changed_and_kept_in_the_history(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "5", "--seed", "1"]);
    assert!(reviews(&db, "2").is_empty());
    let out = review(
        &db,
        "2",
        &["--confidence", "2", "--comment", "Strong team, thin budget"],
    );
    assert!(out.starts_with("added "), "{out}");
    assert!(
        out.ends_with("'s review of #2: total 3.60 of 5 (rubric version 1)\n"),
        "{out}"
    );
    let r = reviews(&db, "2");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0]["rubric"], 1);
    assert_eq!(r[0]["confidence"], 2);
    assert_eq!(r[0]["comment"], "Strong team, thin budget");
    assert_eq!(r[0]["time"], NOW);
    assert_eq!(
        r[0]["scores"],
        serde_json::json!([
            ["relevance", 4],
            ["impact", 5],
            ["feasibility", 3],
            ["sustainability", 2],
            ["team", 4]
        ])
    );
    let me = r[0]["by"].as_str().unwrap().to_string();
    assert!(!me.is_empty());

    // Reviewing again changes the same review: one per reviewer.
    let out = db.run(&["review", "2", "--score", "team=1"]);
    assert_eq!(
        out,
        format!("changed {me}'s review of #2: total 3.00 of 5 (rubric version 1)\n")
    );
    let r = reviews(&db, "2");
    assert_eq!(r.len(), 1, "still one review of mine");
    assert_eq!(r[0]["scores"][4], serde_json::json!(["team", 1]));
    assert_eq!(
        r[0]["scores"][0],
        serde_json::json!(["relevance", 4]),
        "kept"
    );
    assert_eq!(r[0]["comment"], "Strong team, thin budget", "kept");
    assert_eq!(
        db.run(&["review", "2", "--score", "team=1"]),
        format!("no change: {me}'s review of #2 is already as given\n")
    );

    let shown = db.run(&["show", "2"]);
    let history: Vec<&str> = shown.lines().filter(|l| l.contains("  review: ")).collect();
    assert_eq!(history.len(), 2, "{shown}");
    assert!(history[0].ends_with(&format!("review: — → {me}: relevance 4, impact 5, feasibility 3, sustainability 2, team 4 · confidence 2 · \"Strong team, thin budget\"")), "{}", history[0]);
    assert!(
        history[1].contains("team 4 · confidence 2"),
        "{}",
        history[1]
    );
    assert!(
        history[1].contains("team 1 · confidence 2"),
        "{}",
        history[1]
    );
    let section = shown.split("\nReviews\n").nth(1).unwrap();
    assert_eq!(
        section,
        format!(
            "  combined 3.00 of 5 (1 review)\n  {NOW} · {me}  total 3.00  confidence 2  rubric 1\n    relevance 4, impact 5, feasibility 3, sustainability 2, team 1\n    Strong team, thin budget\n"
        )
    );
}

on_both_engines!(a_bad_review_is_refused_and_nothing_is_saved);
fn a_bad_review_is_refused_and_nothing_is_saved(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "3", "--seed", "1"]);
    let before = db.export("json");
    let cases: [(&[&str], i32, &str); 8] = [
        (
            &["--score", "team=4", "--confidence", "2"],
            1,
            "error: #1: not scored: relevance, impact, feasibility, sustainability (give --score NAME=N for each); nothing was saved",
        ),
        (
            &[],
            1,
            "error: #1: a review needs a confidence: --confidence 1, 2 or 3; nothing was saved",
        ),
        (
            &["--confidence", "4"],
            1,
            "error: #1: confidence 4 is out of range: 1 (unsure), 2 (fairly sure) or 3 (sure); nothing was saved",
        ),
        (
            &["--score", "reach=3"],
            1,
            "error: #1: the rubric (version 1) has no criterion 'reach' (criteria: relevance, impact, feasibility, sustainability, team); nothing was saved",
        ),
        (
            &["--score", "team=9"],
            1,
            "error: #1: team is scored 1-5; 9 is out of range; nothing was saved",
        ),
        (
            &["--score", "team=3"],
            1,
            "error: #1: team is scored twice; nothing was saved",
        ),
        (
            &["--score", "team"],
            2,
            "error: --score 'team': expected NAME=N, such as impact=4",
        ),
        (
            &["--score", "=3"],
            2,
            "error: --score '=3': expected NAME=N, such as impact=4",
        ),
    ];
    for (k, (extra, code, want)) in cases.into_iter().enumerate() {
        // The first is a new review scoring one criterion only.
        let full: &[&str] = if k == 0 { &[] } else { &FULL };
        let err = db.fail(&[&["review", "1"][..], full, extra].concat(), code);
        assert_eq!(err.trim_end(), want, "{extra:?}");
    }
    let err = db.fail(&["review", "1"], 2);
    assert!(err.starts_with("error: nothing to review with"), "{err}");
    let err = db.fail(
        &[&["review", "77"][..], &FULL, &["--confidence", "2"]].concat(),
        1,
    );
    assert_eq!(err.trim_end(), "error: there is no idea #77");
    assert_eq!(db.export("json"), before, "nothing was saved");
}

on_both_engines!(reviews_travel_in_an_export_and_keep_their_rubric);
fn reviews_travel_in_an_export_and_keep_their_rubric(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "8", "--seed", "5"]);
    review(
        &db,
        "3",
        &["--confidence", "3", "--comment", "Ясно и по делу"],
    );
    // A new rubric: the old review keeps version 1 and its total.
    let file = db.file(
        "rubric.toml",
        b"[[criterion]]\nname = \"fit\"\ndescription = \"Fits the call\"\nweight = 2\n\n[[criterion]]\nname = \"reach\"\ndescription = \"People reached\"\nscale = \"0-10\"\n",
    );
    db.run(&["rubric", "--set", file.to_str().unwrap()]);
    assert_eq!(reviews(&db, "3")[0]["rubric"], 1);
    assert!(
        db.run(&["show", "3"])
            .contains("total 3.60  confidence 3  rubric 1")
    );
    // Changing it now means scoring the new criteria.
    let err = db.fail(&["review", "3", "--score", "fit=4"], 1);
    assert!(
        err.contains("'s review was made with rubric version 1, and the rubric is now version 2: score every criterion again; not scored: reach"),
        "{err}"
    );
    let out = db.run(&[
        "review",
        "5",
        "--score",
        "fit=5",
        "--score",
        "reach=0",
        "--confidence",
        "1",
    ]);
    // fit at the top weighs 2, reach at the bottom 1: (2×1 + 0) / 3 on 1-5.
    assert!(
        out.ends_with("total 3.67 of 5 (rubric version 2)\n"),
        "{out}"
    );

    let export = db.export("json");
    assert!(export.contains("\"reviews\":[{\"by\":"), "{export:.400}");
    let backup = db.file("backup.json", export.as_bytes());
    let other = Db::on(engine);
    let imported = other
        .cmd()
        .args(["import", backup.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    let said = String::from_utf8_lossy(&imported.stderr);
    assert!(
        !said.contains("warning"),
        "reviews are a field the import knows: {said}"
    );
    assert_eq!(other.export("json"), export, "the round trip is byte-exact");
    assert_eq!(other.run(&["show", "3"]), db.run(&["show", "3"]));
    assert_eq!(other.run(&["show", "5"]), db.run(&["show", "5"]));

    // `copy` carries them too, with their rubric versions.
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
    let copied = db
        .cmd()
        .arg("--db")
        .arg(&to)
        .args(["show", "5"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(copied.stdout).unwrap(),
        db.run(&["show", "5"])
    );
}

/// On sled one officer records a panel: `--as` names the reviewer, and the
/// history says who recorded it.
#[test]
fn an_officer_records_a_panel_under_each_reviewers_name_on_sled() {
    let db = Db::new();
    db.run(&["demo", "--count", "3", "--seed", "1"]);
    let cmd = |who: &str, team: &str| {
        let out = db
            .cmd()
            .env("USER", "olga")
            .args(
                [
                    &["review", "2", "--as", who][..],
                    &FULL[..8],
                    &["--score", team, "--confidence", "2"],
                ]
                .concat(),
            )
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(cmd("anna", "team=5").starts_with("added anna's review of #2"));
    assert!(cmd("boris", "team=1").starts_with("added boris's review of #2"));
    assert!(cmd("Anna", "team=4").starts_with("changed anna's review of #2"));
    let r = reviews(&db, "2");
    let by: Vec<&str> = r.iter().map(|r| r["by"].as_str().unwrap()).collect();
    assert_eq!(by, ["anna", "boris"]);
    assert_eq!(r[0]["scores"][4], serde_json::json!(["team", 4]));
    let shown = db.run(&["show", "2"]);
    // anna 3.60, boris 3.00: their mean, and how far apart they are.
    assert!(
        shown.contains("\nReviews\n  combined 3.30 of 5 (mean of 2 reviews, spread 0.60)\n"),
        "{shown}"
    );
    let recorded: Vec<&str> = shown.lines().filter(|l| l.contains("  review: ")).collect();
    assert_eq!(recorded.len(), 3);
    // A third reviewer far from the others makes the idea contested.
    let out = db
        .cmd()
        .args(["review", "2", "--as", "olga", "--confidence", "3"])
        .args(
            [
                "relevance",
                "impact",
                "feasibility",
                "sustainability",
                "team",
            ]
            .map(|c| format!("--score={c}=1")),
        )
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = db.run(&["show", "2"]);
    assert!(
        shown.contains("  combined 2.53 of 5 (mean of 3 reviews, spread 2.60; contested: totals 2 or more apart)\n"),
        "{shown}"
    );
    assert!(
        recorded.iter().all(|l| l.contains(" · olga  review: ")),
        "{shown}"
    );
}

#[test]
fn as_is_refused_on_postgres_where_each_reviewer_is_their_role() {
    if !Engine::postgres_here("as_is_refused_on_postgres_where_each_reviewer_is_their_role") {
        return;
    }
    let db = Db::on(Engine::Postgres);
    db.run(&["demo", "--count", "2", "--seed", "1"]);
    let err = db.fail(
        &[
            &["review", "1", "--as", "anna"][..],
            &FULL,
            &["--confidence", "2"],
        ]
        .concat(),
        2,
    );
    assert!(
        err.contains("on PostgreSQL each reviewer reviews as their own role"),
        "{err}"
    );
    assert!(reviews(&db, "1").is_empty());
}
