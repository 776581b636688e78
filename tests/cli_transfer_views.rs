//! Saved views in import and export: a JSON export carries them, an
//! import restores or adds them by name, and an invalid one rejects the
//! file.

mod cli_support;
use cli_support::*;

on_both_engines!(views_travel_with_a_json_export);
fn views_travel_with_a_json_export(engine: Engine) {
    let a = Db::on(engine);
    a.run(&["demo", "--count", "40", "--seed", "2"]);
    a.run(&[
        "views",
        "save",
        "Health pilots",
        "sector:health stage:pilot",
    ]);
    a.run(&["views", "delete", "In review"]);
    a.run(&["views", "rename", "inbox", "New ones"]);
    let out = a.dir.path().join("backup.json");
    a.run(&["export", "-o", out.to_str().unwrap()]);
    // Into a new database the export is a restore: the same views, in order.
    let b = Db::on(engine);
    assert_eq!(
        import(&b, &out, &[]),
        "added 40 ideas (#1–#40), restored 5 views\n"
    );
    assert_eq!(b.run(&["views"]), a.run(&["views"]));
    assert!(b.run(&["views"]).starts_with("VIEW  "));
    assert_eq!(b.export("json"), std::fs::read_to_string(&out).unwrap());
    // Into a database with ideas, views are added by name and existing
    // ones are kept as they are.
    let c = Db::on(engine);
    c.run(&["demo", "--count", "3", "--seed", "9"]);
    c.run(&["views", "save", "Health pilots", "sector:health"]);
    assert_eq!(
        import(&c, &out, &["--skip-invalid"]),
        "added 37 ideas (#4–#40), 3 already there (--update refreshes them), added 1 view, kept 1 view of the same name as they were\n"
    );
    let listed = c.run(&["views"]);
    let names: Vec<&str> = listed
        .lines()
        .skip(1)
        .map(|l| l.split("  ").next().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Inbox",
            "In review",
            "Waiting too long",
            "My queue",
            "My reviews",
            "Health pilots",
            "New ones"
        ]
    );
    let kept = listed.lines().find(|l| l.starts_with("Health pilots"));
    assert!(
        kept.is_some_and(
            |l| l.split_whitespace().nth(2) == Some("sector:health") && !l.contains("stage:pilot")
        ),
        "{listed}"
    );
    // A JSONL or CSV export has no views; a plain JSON array still imports.
    let d = Db::on(engine);
    let array = d.file("a.json", b"[{\"title\":\"Water\"}]");
    assert_eq!(import(&d, &array, &[]), "added 1 idea (#1)\n");
}

on_both_engines!(an_invalid_view_in_a_file_rejects_the_import);
fn an_invalid_view_in_a_file_rejects_the_import(engine: Engine) {
    let db = Db::on(engine);
    let file = db.file(
        "bad.json",
        b"{\"views\": [\n{\"name\":\"Fine\",\"query\":\"stage:new\"},\n{\"name\":\"Odd\",\"query\":\"stage:nope\"}\n],\n\"ideas\": [\n{\"title\":\"Water\"}\n]}\n",
    );
    let before = db.export("json");
    let err = db.fail(&["import", file.to_str().unwrap()], 1);
    assert!(
        err.contains("1 invalid record; nothing was imported"),
        "{err}"
    );
    assert!(
        err.contains("line 3: view 'Odd': in query term 'stage:nope'"),
        "{err}"
    );
    assert_eq!(db.export("json"), before);
}
