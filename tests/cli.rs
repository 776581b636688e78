//! The real binary on a temporary database: the commands on ideas (add,
//! list, show, set, stats, demo) and their errors, SPEC §3. The database
//! itself (fresh, in use) is in cli_database.rs, saved views and the
//! config file in cli_views_config.rs, import and export in cli_transfer.rs,
//! list's formats, limits and empty lists in cli_list.rs.

mod cli_support;
use cli_support::*;

on_both_engines!(add_prints_sequential_ids_and_list_shows_them);
fn add_prints_sequential_ids_and_list_shows_them(engine: Engine) {
    let db = Db::on(engine);
    assert_eq!(
        add(
            &db,
            "Clean water for villages",
            &["--sector", "eco", "--region", "Tatarstan"]
        ),
        "1"
    );
    assert_eq!(
        add(
            &db,
            "Поиск работы для молодёжи",
            &["--sector", "EMP", "--tag", "Youth Jobs"]
        ),
        "2"
    );
    let table = db.run(&["list"]);
    assert!(table.starts_with("ID"), "{table}");
    assert!(table.contains("#1  Clean water for villages"), "{table}");
    assert!(table.contains("employment"));
    assert_eq!(db.run(&["list", "ПОИСК", "--format", "ids"]), "2\n");
    assert_eq!(
        db.run(&["list", "молодеж", "--format", "ids"]),
        "2\n",
        "ё matches е"
    );
    assert_eq!(
        db.run(&["list", "tag:youth-jobs", "--format", "ids"]),
        "2\n"
    );
}

on_both_engines!(add_refuses_bad_values_with_the_valid_names);
fn add_refuses_bad_values_with_the_valid_names(engine: Engine) {
    let db = Db::on(engine);
    let err = db.fail(&["add", "--title", "x", "--sector", "space"], 2);
    assert!(
        err.contains("unknown sector 'space' (valid: health, education"),
        "{err}"
    );
    let err = db.fail(&["add", "--title", "x", "--stage", "s"], 2);
    assert!(err.contains("ambiguous stage 's'"), "{err}");
    let err = db.fail(&["add", "--title", "   "], 1);
    assert_eq!(err, "error: --title: is required and must not be empty\n");
    let long = "x".repeat(201);
    let err = db.fail(&["add", "--title", &long], 1);
    assert!(err.contains("at most 200"), "{err}");
    let err = db.fail(&["add", "--title", "x", "--amount", "lots"], 1);
    assert!(
        err.contains("--amount: 'lots' is not an amount in roubles (such as"),
        "{err}"
    );
    assert_eq!(
        db.run(&["list", "--format", "ids"]),
        "",
        "nothing was stored"
    );
}

on_both_engines!(control_characters_are_cleaned_on_the_way_in);
fn control_characters_are_cleaned_on_the_way_in(engine: Engine) {
    let db = Db::on(engine);
    add(
        &db,
        "Bad\u{1b}[2J title\u{7}",
        &["--summary", "line one\r\nline\ttwo\u{1b}]0;pwn\u{7}"],
    );
    let json = db.run(&["show", "1", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["title"], "Bad[2J title");
    assert_eq!(v["summary"], "line one\nline\ttwo]0;pwn");
    assert!(!db.run(&["show", "1"]).contains('\u{1b}'));
}

on_both_engines!(table_fits_the_terminal_and_is_plain_without_one);
fn table_fits_the_terminal_and_is_plain_without_one(engine: Engine) {
    let db = Db::on(engine);
    add(
        &db,
        &"A very long title that goes on and on ".repeat(4),
        &["--region", "Perm Krai"],
    );
    let plain = db.run(&["list"]);
    assert!(
        plain.contains("goes on and on A very long"),
        "not cut without a terminal: {plain}"
    );
    assert!(!plain.contains('\u{1b}'));
    // The width logic itself is unit-tested; here, a pseudo-terminal.
    if which("script") {
        let out = std::process::Command::new("script")
            .args([
                "-qc",
                &format!("{} list", assert_cmd::cargo::cargo_bin("sprout").display()),
                "/dev/null",
            ])
            .env("SPROUT_DB", db.path())
            .env("COLUMNS", "70")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        for line in text.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line.trim_end_matches('\r')) <= 70,
                "{line:?}"
            );
        }
        assert!(text.contains('…'), "{text}");
    }
}

fn which(cmd: &str) -> bool {
    std::process::Command::new("sh")
        .args(["-c", &format!("command -v {cmd}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

on_both_engines!(queries_filter_and_bad_terms_name_themselves);
fn queries_filter_and_bad_terms_name_themselves(engine: Engine) {
    let db = Db::on(engine);
    add(
        &db,
        "Warm homes",
        &[
            "--stage",
            "pilot",
            "--amount",
            "300000",
            "--org",
            "nonprofit",
            "--barrier",
            "funding",
        ],
    );
    add(
        &db,
        "Clean water",
        &["--summary", "Boreholes and filters for villages"],
    );
    db.run(&["set", "1", "--score", "4", "--assignee", "anna"]);
    let q = |query: &str| db.run(&["list", query, "--format", "ids"]);
    assert_eq!(
        q("stage:pil score:>=4 amount:<500000 org:non barrier:fund assignee:ann"),
        "1\n"
    );
    assert_eq!(q("borehole"), "2\n", "summary words match by prefix");
    assert_eq!(q("!warm"), "2\n");
    assert_eq!(q("^clean"), "2\n");
    assert_eq!(q("'arm hom"), "1\n");
    let err = db.fail(&["list", "water colour:red"], 1);
    assert!(
        err.starts_with("error: in query term 'colour:red': unknown field 'colour'"),
        "{err}"
    );
    let err = db.fail(&["list", "score:>=9"], 1);
    assert!(err.contains("'score:>=9'"), "{err}");
    let err = db.fail(&["list", "stage:xyz"], 1);
    assert!(err.contains("unknown stage 'xyz'"), "{err}");
}

on_both_engines!(show_text_and_json_with_notes_and_history);
fn show_text_and_json_with_notes_and_history(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Social taxi", &["--amount", "1500000"]);
    db.run(&[
        "set", "1", "--sector", "dis", "--stage", "review", "--score", "3",
    ]);
    assert_eq!(
        db.run(&["note", "1", "Called the proposer"]),
        "added a note to #1\n"
    );
    let text = db.run(&["show", "#1"]);
    assert!(text.starts_with("#1 Social taxi\n"), "{text}");
    assert!(text.contains("1 500 000 ₽"));
    // The time, who wrote it (`$USER` here, whatever it is), the note.
    assert!(
        text.lines()
            .any(|l| l.starts_with("  2026-11-26T12:00:00Z · ")
                && l.ends_with("  Called the proposer")),
        "{text}"
    );
    assert!(text.contains("stage: new → review"), "{text}");
    assert!(
        text.contains("sector: unclassified → disparities"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&db.run(&["show", "1", "--format", "json"])).unwrap();
    assert_eq!(json["history"].as_array().unwrap().len(), 3);
    assert_eq!(json["notes"][0]["time"], NOW);
    assert_eq!(db.fail(&["show", "9"], 1), "error: there is no idea #9\n");
    assert!(db.fail(&["show", "abc"], 2).contains("not an idea id"));
}

on_both_engines!(set_is_all_or_nothing_and_records_history);
fn set_is_all_or_nothing_and_records_history(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "One", &[]);
    add(&db, "Two", &[]);
    let err = db.fail(&["set", "1", "7", "--stage", "pilot"], 1);
    assert_eq!(err, "error: there is no idea #7\n");
    assert!(
        db.run(&["show", "1"]).contains("stage        new"),
        "#1 untouched"
    );
    assert_eq!(
        db.run(&["set", "1", "2", "--stage", "inc"]),
        "updated #1, #2\n"
    );
    assert_eq!(
        db.run(&["set", "1", "--stage", "inc"]),
        "no change: #1 already as asked\n"
    );
    db.run(&[
        "set",
        "1",
        "--add-tag",
        "Elderly",
        "--add-barrier",
        "regulation",
        "--assignee",
        "olga",
    ]);
    db.run(&["set", "1", "--remove-tag", "elderly", "--score", "none"]);
    let json: serde_json::Value =
        serde_json::from_str(&db.run(&["show", "1", "--format", "json"])).unwrap();
    assert_eq!(json["tags"], serde_json::json!([]));
    assert_eq!(json["barriers"], serde_json::json!(["regulation"]));
    assert_eq!(json["assignee"], "olga");
    let fields: Vec<&str> = json["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    // Tags and barriers are recorded too (issue 13), once per command.
    assert_eq!(fields, ["stage", "assignee", "tags", "barriers", "tags"]);
    assert!(db.fail(&["set", "1"], 2).contains("nothing to change"));
    assert!(
        db.fail(&["set", "1", "--score", "7"], 1)
            .contains("--score: '7' is not a score from 1 to 5")
    );
    assert!(
        db.fail(&["set", "1", "--archive", "--restore"], 2)
            .contains("cannot be used with")
    );
    assert_eq!(
        db.fail(&["note", "1", "  "], 1),
        "error: the note is empty\n"
    );
}

on_both_engines!(stats_table_and_json);
fn stats_table_and_json(engine: Engine) {
    let db = Db::on(engine);
    add(
        &db,
        "a",
        &[
            "--sector",
            "health",
            "--region",
            "Kazan",
            "--barrier",
            "funding",
        ],
    );
    add(&db, "b", &["--sector", "health", "--region", "Kazan"]);
    add(
        &db,
        "c",
        &["--sector", "eco", "--stage", "pilot", "--region", "Perm"],
    );
    let t = db.run(&["stats"]);
    assert!(t.starts_with("3 ideas\n"), "{t}");
    assert!(t.contains("Health & social care      2  66.7"), "{t}");
    assert!(t.contains("Kazan"));
    let j: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "sector:health", "--format", "json"])).unwrap();
    assert_eq!(j["total"], 2);
    assert_eq!(j["barriers"][0]["count"], 1);
    assert_eq!(j["regions"][0]["name"], "Kazan");
}

on_both_engines!(demo_is_deterministic_and_realistic);
fn demo_is_deterministic_and_realistic(engine: Engine) {
    let a = Db::on(engine);
    let b = Db::on(engine);
    assert_eq!(
        a.run(&["demo", "--count", "40", "--seed", "9"]),
        "added 40 demo ideas (#1–#40)\n"
    );
    b.run(&["demo", "--count", "40", "--seed", "9"]);
    assert_eq!(a.export("json"), b.export("json"));
    let stats: serde_json::Value =
        serde_json::from_str(&a.run(&["stats", "--format", "json"])).unwrap();
    assert_eq!(stats["total"], 40);
    assert_eq!(
        a.run(&["demo", "--count", "2"]),
        "added 2 demo ideas (#41–#42)\n"
    );
}

#[test]
fn demo_duplicates_adds_near_copies_and_refuses_too_many() {
    let db = Db::new();
    assert_eq!(
        db.run(&["demo", "--count", "50", "--seed", "4", "--duplicates", "20"]),
        "added 50 demo ideas (#1–#50), 10 of them near-copies of others\n"
    );
    let export: serde_json::Value = serde_json::from_str(&db.export("json")).unwrap();
    let ideas = export["ideas"].as_array().unwrap();
    assert_eq!(ideas.len(), 50);
    // The copies are the last ten: each shares its title, or most of its
    // summary, with an idea among the first forty.
    for copy in &ideas[40..] {
        let words = |i: &serde_json::Value| -> std::collections::BTreeSet<String> {
            i["summary"]
                .as_str()
                .unwrap()
                .split(' ')
                .map(String::from)
                .collect()
        };
        let best = ideas[..40]
            .iter()
            .map(|o| words(o).intersection(&words(copy)).count() * 100 / words(copy).len())
            .max()
            .unwrap();
        assert!(best >= 80, "{copy}: {best}% of its words in one idea");
    }
    let err = db.fail(&["demo", "--count", "10", "--duplicates", "60"], 2);
    assert!(
        err.contains("--duplicates") && err.contains("0..=50"),
        "{err}"
    );
    let stats: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "--format", "json"])).unwrap();
    assert_eq!(stats["total"], 50, "nothing added by the refused command");
}

on_both_engines!(history_records_every_field_a_change_touches);
fn history_records_every_field_a_change_touches(engine: Engine) {
    let db = Db::on(engine);
    add(
        &db,
        "Social taxi",
        &["--region", "Perm", "--summary", "First words"],
    );
    db.run(&[
        "set",
        "1",
        "--add-tag",
        "transport",
        "--add-tag",
        "rural",
        "--add-barrier",
        "funding",
        "--score",
        "4",
    ]);
    let update = db.file(
        "update.csv",
        "id,title,summary,region,proposer,funder,amount\n1,Social taxi for rural districts,Other words,Perm Krai,Anna,Fund A,450000\n".as_bytes(),
    );
    db.run(&["import", update.to_str().unwrap(), "--update"]);
    let shown = db.run(&["show", "1"]);
    let history = &shown[shown.find("History").unwrap()..];
    for line in [
        "score: — → 4",
        "tags: — → rural, transport",
        "barriers: — → funding",
        "title: Social taxi → Social taxi for rural districts",
        "region: Perm → Perm Krai",
        "proposer: — → Anna",
        "funder: — → Fund A",
        "amount: — → 450000",
        "summary changed",
    ] {
        assert!(history.contains(line), "{line} missing from:\n{history}");
    }
    assert!(
        !history.contains("words"),
        "the summary's text is not repeated:\n{history}"
    );
    db.run(&["set", "1", "--remove-tag", "rural"]);
    assert!(
        db.run(&["show", "1"])
            .contains("tags: rural, transport → transport")
    );
}

on_both_engines!(an_id_past_the_last_possible_one_is_no_idea_and_is_not_imported);
fn an_id_past_the_last_possible_one_is_no_idea_and_is_not_imported(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Kept", &[]);
    // 2^63 and 2^64 - 1: past what PostgreSQL's bigint holds, and what a u64 holds.
    for id in ["9223372036854775808", "18446744073709551615"] {
        let no_such = format!("error: there is no idea #{id}\n");
        assert_eq!(db.fail(&["show", id], 1), no_such);
        assert_eq!(db.fail(&["set", id, "--stage", "pilot"], 1), no_such);
        assert_eq!(db.fail(&["note", id, "hello"], 1), no_such);
    }
    let file = db.file(
        "huge.csv",
        b"id,title\n1,Renamed\n9223372036854775808,Huge\n",
    );
    let err = db.fail(&["import", file.to_str().unwrap(), "--update"], 1);
    assert!(
        err.contains("line 3") && err.contains("9223372036854775807"),
        "names the line and the largest id: {err}"
    );
    assert_eq!(
        db.run(&["list", "--format", "ids"]),
        "1\n",
        "nothing imported"
    );
    assert!(db.run(&["show", "1"]).starts_with("#1 Kept\n"));
    assert_eq!(add(&db, "Next", &[]), "2");
}
