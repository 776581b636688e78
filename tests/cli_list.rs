//! `sprout list` as a user meets it: its formats, sort orders, limits and
//! archived ideas, and what an empty list says.

mod cli_support;
use cli_support::*;

on_both_engines!(list_formats_sorting_limits_and_archived);
fn list_formats_sorting_limits_and_archived(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "30", "--seed", "3"]);
    let ids = db.run(&["list", "--format", "ids", "--sort", "id"]);
    assert_eq!(ids.lines().count(), 30);
    assert_eq!(ids.lines().next(), Some("1"));
    let json: Vec<serde_json::Value> =
        serde_json::from_str(&db.run(&["list", "--format", "json", "--limit", "3"])).unwrap();
    assert_eq!(json.len(), 3);
    assert_eq!(
        db.run(&["list", "--format", "jsonl", "--limit", "4"])
            .lines()
            .count(),
        4
    );
    let csv = db.run(&["list", "--format", "csv", "--limit", "2"]);
    assert!(csv.starts_with("id,title,summary,"), "{csv}");
    // `--limit 0` lists nothing, and does not say the database is empty.
    let none = db.cmd().args(["list", "--limit", "0"]).output().unwrap();
    assert!(none.status.success());
    assert!(
        none.stdout.is_empty() && none.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&none.stderr)
    );
    let titles = db.run(&["list", "--sort", "title", "--format", "jsonl"]);
    let titles: Vec<String> = titles
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                .as_str()
                .unwrap()
                .to_lowercase()
        })
        .collect();
    let mut sorted = titles.clone();
    sorted.sort();
    assert_eq!(titles, sorted);

    db.run(&["set", "1", "2", "--archive"]);
    assert_eq!(db.run(&["list", "--format", "ids"]).lines().count(), 28);
    assert_eq!(
        db.run(&["list", "--format", "ids", "--archived"])
            .lines()
            .count(),
        30
    );
    assert_eq!(
        db.run(&["list", "is:archived", "--format", "ids", "--sort", "id"]),
        "1\n2\n"
    );
    db.run(&["set", "2", "--restore"]);
    assert_eq!(db.run(&["list", "is:archived", "--format", "ids"]), "1\n");
}

on_both_engines!(an_empty_list_says_why);
/// An empty list says why: an empty database, every idea archived, or no
/// match; on standard error, so that a pipe gets nothing.
fn an_empty_list_says_why(engine: Engine) {
    let db = Db::on(engine);
    let said = |args: &[&str]| {
        let out = db.cmd().args(args).output().unwrap();
        assert!(out.status.success() && out.stdout.is_empty(), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(said(&["list"]).starts_with("no ideas yet"));
    add(&db, "Water for villages", &[]);
    db.run(&["set", "1", "--archive"]);
    assert_eq!(
        said(&["list"]),
        "every idea is archived; --archived lists them\n"
    );
    assert!(said(&["list", "zzzz"]).starts_with("no ideas match"));
    assert!(
        db.run(&["list", "--archived"])
            .contains("Water for villages")
    );
}
