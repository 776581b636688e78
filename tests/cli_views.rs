//! A saved view keeps an order: saved with `--sort`, listed by `views`,
//! used by `list --view` unless `--sort` says otherwise, and carried by a
//! JSON export into another database.

mod cli_support;
use cli_support::*;

fn scores(db: &Db, args: &[&str]) -> Vec<Option<u8>> {
    let json = db.run(&[args, &["--format", "json"]].concat());
    let ideas: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    ideas
        .iter()
        .map(|i| i["score"].as_u64().map(|s| s as u8))
        .collect()
}

fn ids(db: &Db, args: &[&str]) -> Vec<String> {
    db.run(&[args, &["--format", "ids"]].concat())
        .lines()
        .map(str::to_string)
        .collect()
}

on_both_engines!(a_view_saved_with_a_sort_lists_in_that_order_unless_told_otherwise);
fn a_view_saved_with_a_sort_lists_in_that_order_unless_told_otherwise(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "150", "--seed", "3"]);
    assert_eq!(
        db.run(&[
            "views",
            "save",
            "Best first",
            "stage:review",
            "--sort",
            "score"
        ]),
        "saved view 'Best first': stage:review, sorted by score\n"
    );
    let by_score = ids(&db, &["list", "stage:review", "--sort", "score"]);
    let by_updated = ids(&db, &["list", "stage:review"]);
    assert!(by_score.len() > 3, "the demo has ideas in review");
    assert_ne!(by_score, by_updated, "the two orders differ on this data");
    assert_eq!(ids(&db, &["list", "--view", "best first"]), by_score);
    let s = scores(&db, &["list", "--view", "Best first"]);
    let mut sorted = s.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(s, sorted, "highest score first, unscored last");
    // `--sort` on the command line wins over the view's.
    assert_eq!(
        ids(&db, &["list", "--view", "Best first", "--sort", "updated"]),
        by_updated
    );
    // The table shows the score it is sorted by.
    let table = db.run(&["list", "--view", "Best first", "--limit", "2"]);
    assert!(table.lines().next().unwrap().contains("SCORE"), "{table}");

    // `views` shows the order only once a view keeps one; a rename keeps it.
    db.run(&["views", "rename", "Best first", "Top"]);
    let listed = db.run(&["views"]);
    assert!(listed.lines().next().unwrap().ends_with("SORT"), "{listed}");
    let top = listed.lines().find(|l| l.starts_with("Top ")).unwrap();
    assert!(top.ends_with(" score"), "{top}");
    let inbox = listed.lines().find(|l| l.starts_with("Inbox ")).unwrap();
    assert!(inbox.ends_with(" —"), "{inbox}");
    assert_eq!(ids(&db, &["list", "--view", "Top"]), by_score);
}

on_both_engines!(views_without_an_order_list_as_before);
fn views_without_an_order_list_as_before(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "40", "--seed", "3"]);
    let listed = db.run(&["views"]);
    assert!(!listed.contains("SORT"), "{listed}");
    assert_eq!(
        ids(&db, &["list", "--view", "Inbox"]),
        ids(&db, &["list", "stage:new", "--sort", "updated"])
    );
}

on_both_engines!(a_json_export_carries_the_order_of_each_view_into_another_database);
fn a_json_export_carries_the_order_of_each_view_into_another_database(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "30", "--seed", "3"]);
    db.run(&["views", "save", "By title", "stage:new", "--sort", "title"]);
    let json = db.export("json");
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let views = doc["views"].as_array().unwrap();
    let by_title = views.iter().find(|v| v["name"] == "By title").unwrap();
    assert_eq!(by_title["sort"], "title");
    let inbox = views.iter().find(|v| v["name"] == "Inbox").unwrap();
    assert!(inbox.get("sort").is_none(), "no order, no field: {inbox}");

    let other = Db::on(engine);
    let file = other.file("all.json", json.as_bytes());
    import(&other, &file, &[]);
    assert_eq!(
        ids(&other, &["list", "--view", "By title"]),
        ids(&db, &["list", "stage:new", "--sort", "title"])
    );
}

on_both_engines!(an_unknown_order_in_an_imported_view_is_refused_with_its_line);
fn an_unknown_order_in_an_imported_view_is_refused_with_its_line(engine: Engine) {
    let db = Db::on(engine);
    let file = db.file(
        "views.json",
        br#"{"views": [
{"name": "Odd", "query": "stage:new", "sort": "size"}
], "ideas": []}"#,
    );
    let err = db.fail(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("line 2: view 'Odd': unknown sort 'size' (sorts: updated, created, title, score, stage, id)"),
        "{err}"
    );
    assert!(!db.run(&["views"]).contains("Odd"), "nothing was saved");
}
