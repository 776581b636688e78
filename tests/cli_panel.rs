//! The panel's combined score on the command line (issue 18, points 3
//! and 4): a list column and sort, `score:`, `reviews:`, `reviewer:` and
//! `is:contested`, `sprout panel` (mean or median, normalised or not,
//! blind) stored on both engines and carried by `copy`, `show` saying how
//! it combined, the statistics of scores and reviewers, and blind review
//! hiding the others' reviews until you have reviewed.

mod cli_support;
use cli_support::*;

/// A review in an import file: `score` for every criterion of the default
/// rubric.
fn review(by: &str, score: u8) -> String {
    let scores: Vec<String> = [
        "relevance",
        "impact",
        "feasibility",
        "sustainability",
        "team",
    ]
    .iter()
    .map(|c| format!("[\"{c}\",{score}]"))
    .collect();
    format!(
        "{{\"by\":\"{by}\",\"rubric\":1,\"scores\":[{}],\"confidence\":2,\"comment\":\"\",\"time\":\"{NOW}\"}}",
        scores.join(",")
    )
}

/// Four ideas: #1 reviewed 2 and 4 (a quick score of 2 too), #2 reviewed
/// 3, 5 and 5, #3 only a quick 5, #4 nothing.
fn panel_db(engine: Engine) -> Db {
    let db = Db::on(engine);
    let file = format!(
        "[{{\"title\":\"Clean water\",\"score\":2,\"reviews\":[{},{}]}},
          {{\"title\":\"Social taxi\",\"reviews\":[{},{},{}]}},
          {{\"title\":\"Quick only\",\"score\":5}},
          {{\"title\":\"Nothing yet\"}}]",
        review("anna", 2),
        review("boris", 4),
        review("anna", 3),
        review("boris", 5),
        review("olga", 5)
    );
    let path = db.file("panel.json", file.as_bytes());
    import(&db, &path, &[]);
    db
}

fn ids(db: &Db, args: &[&str]) -> Vec<u64> {
    db.run(&[&["list", "--format", "ids"][..], args].concat())
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
}

on_both_engines!(the_combined_score_ranks_and_answers_queries);
fn the_combined_score_ranks_and_answers_queries(engine: Engine) {
    let db = panel_db(engine);
    // Mean: #1 3.0, #2 4.33; #3 a quick 5 and #4 none.
    assert_eq!(ids(&db, &["--sort", "score"]), [3, 2, 1, 4]);
    let table = db.run(&["list", "--sort", "score"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].contains("SCORE"), "{table}");
    assert!(lines[1].starts_with("#3  Quick only       5 "), "{table}");
    assert!(lines[2].starts_with("#2  Social taxi    4.3 "), "{table}");
    assert!(lines[3].starts_with("#1  Clean water    3.0 "), "{table}");
    assert!(lines[4].starts_with("#4  Nothing yet      — "), "{table}");
    // The panel's score wins over the quick score where there are reviews.
    assert_eq!(ids(&db, &["score:>=3"]), [3, 2, 1]);
    assert_eq!(ids(&db, &["score:<3"]), Vec::<u64>::new());
    assert_eq!(ids(&db, &["score:>=4.3", "--sort", "id"]), [2, 3]);
    assert_eq!(ids(&db, &["score:>4.3"]), [3]);
    assert_eq!(ids(&db, &["reviews:<2", "--sort", "id"]), [3, 4]);
    assert_eq!(ids(&db, &["reviews:3"]), [2]);
    assert_eq!(ids(&db, &["is:contested", "--sort", "id"]), [1, 2]);
    assert_eq!(ids(&db, &["reviewer:olg"]), [2]);
    assert_eq!(ids(&db, &["!reviewer:anna", "--sort", "id"]), [3, 4]);
    assert_eq!(ids(&db, &["reviewer:me"]), Vec::<u64>::new());
    let err = db.fail(&["list", "score:>=5.5"], 1);
    assert!(err.contains("score is 1 to 5"), "{err}");
    let err = db.fail(&["list", "score:>=4.25"], 1);
    assert!(err.contains("such as >=4 or >=3.5"), "{err}");

    // Median, normalised: the settings are the database's, and re-rank.
    let shown = db.run(&["panel"]);
    assert!(shown.starts_with("combine    mean "), "{shown}");
    let out = db.run(&["panel", "--combine", "median", "--normalise", "on"]);
    assert!(out.starts_with("combine    median "), "{out}");
    assert!(out.contains("normalise  on "), "{out}");
    assert!(db.run(&["panel"]).contains("normalise  on "));
    let shown = db.run(&["show", "2"]);
    assert!(
        shown.contains("(median of 3 reviews, normalised per reviewer, spread 2.00;"),
        "{shown}"
    );
    // Anna's 2 and 3 and Boris's 4 and 5 say the same of #1 and #2: #1 is
    // below the panel's mean, #2 above, and the median of #2 is Olga's 5.
    let table = db.run(&["list", "--sort", "score"]);
    assert!(table.contains("#2  Social taxi    5.0 "), "{table}");
    assert!(table.contains("#1  Clean water    2.6 "), "{table}");
    db.run(&["panel", "--normalise", "off"]);
    let table = db.run(&["list", "--sort", "score"]);
    assert!(table.contains("#2  Social taxi    5.0 "), "{table}");
    assert!(table.contains("#1  Clean water    3.0 "), "{table}");
    let err = db.fail(&["panel", "--combine", "mode"], 2);
    assert!(err.contains("mode"), "{err}");

    // The statistics: the bands of combined scores, each reviewer's mean.
    let stats: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "--format", "json"])).unwrap();
    let p = &stats["panel"];
    assert_eq!(
        (p["scored"].as_u64(), p["unscored"].as_u64()),
        (Some(2), Some(2))
    );
    assert_eq!(p["contested"], 2);
    assert_eq!(
        p["distribution"][4],
        serde_json::json!({"band": "3-3.5", "count": 1})
    );
    assert_eq!(
        p["distribution"][7],
        serde_json::json!({"band": "4.5-5", "count": 1})
    );
    assert_eq!(
        p["reviewers"],
        serde_json::json!([
            {"reviewer": "anna", "reviews": 2, "mean_total": 2.5},
            {"reviewer": "boris", "reviews": 2, "mean_total": 4.5},
            {"reviewer": "olga", "reviews": 1, "mean_total": 5.0}
        ])
    );
    let text = db.run(&["stats"]);
    assert!(
        text.contains("\nREVIEWER  REVIEWS  MEAN TOTAL\nanna            2        2.50\n"),
        "{text}"
    );

    // A copy keeps the settings (and so the ranking).
    let copy = Db::on(engine);
    db.run(&[
        "copy",
        "--from",
        db.path().to_str().unwrap(),
        "--to",
        copy.path().to_str().unwrap(),
    ]);
    assert!(copy.run(&["panel"]).starts_with("combine    median "));
    // The median of #2 is 5.0, level with #3's quick 5: by id then.
    assert_eq!(ids(&copy, &["--sort", "score"]), [2, 3, 1, 4]);
    assert_eq!(ids(&db, &["--sort", "score"]), [2, 3, 1, 4]);

    // A JSON export carries them, and restoring it brings them back.
    let export = db.export("json");
    assert!(
        export.contains("\n\"panel\": {\"combine\":\"median\",\"normalise\":false,\"blind\":false},\n\"ideas\": ["),
        "{export}"
    );
    let restored = Db::on(engine);
    let file = restored.file("backup.json", export.as_bytes());
    import(&restored, &file, &[]);
    assert!(restored.run(&["panel"]).starts_with("combine    median "));
    assert_eq!(restored.export("json"), export, "the same file again");
    // Into a database with settings of its own: its own are kept.
    let other = Db::on(engine);
    other.run(&["panel", "--blind", "on"]);
    let file = other.file("backup.json", export.as_bytes());
    let out = other
        .cmd()
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(
            "the file's panel settings differ from this database's: kept this database's"
        ),
        "{said}"
    );
    assert!(other.run(&["panel"]).starts_with("combine    mean "));
    // A database that never changed them exports as before: no "panel".
    assert!(!Db::on(engine).export("json").contains("\"panel\""));
}

on_both_engines!(blind_review_hides_the_others_until_you_have_reviewed);
fn blind_review_hides_the_others_until_you_have_reviewed(engine: Engine) {
    let db = panel_db(engine);
    db.run(&["panel", "--blind", "on"]);
    assert!(db.run(&["panel"]).contains("blind      on "));
    // I have reviewed nothing: no panel score, no reviews, no reviewers.
    assert_eq!(
        ids(&db, &["--sort", "score"]),
        [3, 1, 2, 4],
        "quick scores only"
    );
    assert_eq!(ids(&db, &["reviewer:anna"]), Vec::<u64>::new());
    assert_eq!(ids(&db, &["is:contested"]), Vec::<u64>::new());
    assert_eq!(ids(&db, &["reviews:0"]).len(), 4);
    assert!(!db.run(&["show", "1"]).contains("Reviews"));
    let json: serde_json::Value =
        serde_json::from_str(&db.run(&["show", "1", "--format", "json"])).unwrap();
    assert!(json.get("reviews").is_none(), "{json}");
    let listed: serde_json::Value =
        serde_json::from_str(&db.run(&["list", "id:1", "--format", "json"])).unwrap();
    assert!(listed[0].get("reviews").is_none(), "{listed}");
    assert_eq!(listed[0]["title"], "Clean water");
    let stats: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "--format", "json"])).unwrap();
    assert_eq!(stats["panel"]["reviewers"], serde_json::json!([]));
    // The export is the officer's and the board's: every review.
    let export = db.export("json");
    assert!(export.contains("\"by\":\"anna\""), "{export}");

    // Once I review #1, I see every review of it (and only of it).
    db.run(&[
        "review",
        "1",
        "--score",
        "relevance=3",
        "--score",
        "impact=3",
        "--score",
        "feasibility=3",
        "--score",
        "sustainability=3",
        "--score",
        "team=3",
        "--confidence",
        "2",
    ]);
    assert_eq!(ids(&db, &["reviewer:anna"]), [1]);
    assert_eq!(ids(&db, &["reviewer:me"]), [1]);
    assert_eq!(ids(&db, &["reviews:3"]), [1]);
    assert!(
        db.run(&["show", "1"])
            .contains("combined 3.00 of 5 (mean of 3 reviews, spread 2.00;")
    );
    assert!(!db.run(&["show", "2"]).contains("Reviews"));
    // Blind off: everyone sees everything again.
    db.run(&["panel", "--blind", "off"]);
    assert_eq!(ids(&db, &["reviewer:anna", "--sort", "id"]), [1, 2]);
}
