//! Dates, ages and absence in the query (`created:>=2026-11-01`,
//! `created:<30d`, `updated:>7d`, `assignee:none`, `!assignee:anna`), and
//! the stale threshold as a setting that `is:stale` and the statistics
//! follow. "Now" is 2026-11-26T12:00:00Z (`SPROUT_NOW`).

mod cli_support;
use cli_support::*;

fn db() -> Db {
    let db = Db::new();
    let file = db.file(
        "ideas.jsonl",
        concat!(
            r#"{"title": "A", "created": "2026-11-20T09:00:00Z", "updated": "2026-11-25T09:00:00Z", "assignee": "anna"}"#,
            "\n",
            r#"{"title": "B", "created": "2026-10-01T09:00:00Z", "updated": "2026-10-05T09:00:00Z"}"#,
            "\n",
            r#"{"title": "C", "created": "2026-11-01T08:00:00Z", "updated": "2026-11-10T09:00:00Z", "assignee": "dmitry", "stage": "review"}"#,
            "\n",
            r#"{"title": "D", "created": "2026-11-15T09:00:00Z", "updated": "2026-11-16T09:00:00Z", "stage": "review"}"#,
            "\n",
        )
        .as_bytes(),
    );
    import(&db, &file, &[]);
    db
}

fn ids(db: &Db, query: &str, extra: &[&str]) -> String {
    let mut args = vec!["list", query, "--format", "ids", "--sort", "id"];
    args.extend_from_slice(extra);
    db.run(&args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn dates_and_ages() {
    let db = db();
    assert_eq!(ids(&db, "created:>=2026-11-01", &[]), "1 3 4");
    assert_eq!(
        ids(&db, "created:>2026-11-01", &[]),
        "1 4",
        "after that day"
    );
    assert_eq!(ids(&db, "created:2026-11-01", &[]), "3", "during it");
    assert_eq!(ids(&db, "created:<2026-11-01", &[]), "2");
    assert_eq!(
        ids(&db, "created:<30d", &[]),
        "1 3 4",
        "younger than 30 days"
    );
    assert_eq!(ids(&db, "created:<10d", &[]), "1");
    assert_eq!(
        ids(&db, "updated:>7d", &[]),
        "2 3 4",
        "not changed for 7 days"
    );
    assert_eq!(ids(&db, "updated:<1w", &[]), "1");
    let err = db.fail(&["list", "created:yesterday"], 1);
    assert_eq!(
        err.trim(),
        "error: in query term 'created:yesterday': 'yesterday' is not a date such as >=2026-11-01 or an age such as <30d"
    );
}

#[test]
fn absence_and_negated_text_filters() {
    let db = db();
    assert_eq!(ids(&db, "assignee:none", &[]), "2 4");
    assert_eq!(ids(&db, "!assignee:none", &[]), "1 3");
    assert_eq!(
        ids(&db, "!assignee:anna", &[]),
        "2 3 4",
        "anyone else's or nobody's"
    );
    assert_eq!(ids(&db, "assignee:none stage:review", &[]), "4");
    assert_eq!(ids(&db, "region:none tag:none", &[]), "1 2 3 4");
    assert!(
        db.fail(&["list", "assignee:none,anna"], 1)
            .contains("'none' stands alone")
    );
}

#[test]
fn the_stale_threshold_is_a_setting() {
    let db = db();
    // By default 30 days: only B has waited longer (56 days in new).
    assert_eq!(ids(&db, "is:stale", &[]), "2");
    let config = db.file("config.toml", b"[defaults]\nstale_days = 10\n");
    let config = config.to_str().unwrap();
    assert_eq!(ids(&db, "is:stale", &["--config", config]), "2 3 4");
    let stats: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "--format", "json", "--config", config])).unwrap();
    let waiting = stats["waiting"].as_array().unwrap();
    assert!(waiting.iter().all(|w| w["stale_days"] == 10));
    let over: u64 = waiting
        .iter()
        .map(|w| w["over_stale_days"].as_u64().unwrap())
        .sum();
    assert_eq!(over, 3);
    let table = db.run(&["stats", "--config", config]);
    assert!(table.contains("OVER 10 DAYS"), "{table}");
    // A bad value is reported by the check, with its line.
    let bad = db.file("bad.toml", b"[defaults]\nstale_days = 0\n");
    let err = db.fail(&["config", "--check", "--config", bad.to_str().unwrap()], 1);
    assert!(
        err.contains("line 2: defaults.stale_days: expected a whole number of days"),
        "{err}"
    );
    assert!(db.run(&["config", "--default"]).contains("stale_days = 30"));
}
