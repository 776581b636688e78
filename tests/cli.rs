//! The real binary on a temporary database: every command and every error
//! path of SPEC §3 (import and export are in cli_transfer.rs).

mod cli_support;
use cli_support::*;

#[test]
fn add_prints_sequential_ids_and_list_shows_them() {
    let db = Db::new();
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

#[test]
fn add_refuses_bad_values_with_the_valid_names() {
    let db = Db::new();
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

#[test]
fn control_characters_are_cleaned_on_the_way_in() {
    let db = Db::new();
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

#[test]
fn list_formats_sorting_limits_and_archived() {
    let db = Db::new();
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

#[test]
fn table_fits_the_terminal_and_is_plain_without_one() {
    let db = Db::new();
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

#[test]
fn queries_filter_and_bad_terms_name_themselves() {
    let db = Db::new();
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

#[test]
fn show_text_and_json_with_notes_and_history() {
    let db = Db::new();
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
    assert!(
        text.contains("2026-11-26T12:00:00Z  Called the proposer"),
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

#[test]
fn set_is_all_or_nothing_and_records_history() {
    let db = Db::new();
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

#[test]
fn a_fresh_database_works_for_every_command() {
    let db = Db::new();
    assert_eq!(db.run(&["list"]), "");
    assert_eq!(db.run(&["list", "--format", "json"]), "[]\n");
    assert_eq!(
        db.export("json"),
        concat!(
            "{\"views\": [\n",
            "{\"name\":\"Inbox\",\"query\":\"stage:new\"},\n",
            "{\"name\":\"In review\",\"query\":\"stage:review\"},\n",
            "{\"name\":\"Waiting too long\",\"query\":\"is:stale\"}\n",
            "],\n\"ideas\": []}\n"
        ),
        "a new database has the three default views, and they are exported"
    );
    assert_eq!(
        db.run(&["views"]),
        "VIEW              QUERY         IDEAS\nInbox             stage:new         0\nIn review         stage:review      0\nWaiting too long  is:stale          0\n"
    );
    assert_eq!(db.export("csv").lines().count(), 1);
    assert!(db.run(&["stats"]).starts_with("0 ideas"));
    let stats: serde_json::Value =
        serde_json::from_str(&db.run(&["stats", "--format", "json"])).unwrap();
    assert_eq!(stats["total"], 0);
    assert_eq!(db.fail(&["show", "1"], 1), "error: there is no idea #1\n");
    assert_eq!(
        db.fail(&["set", "1", "--stage", "pilot"], 1),
        "error: there is no idea #1\n"
    );
    let empty = db.file("empty.csv", b"title\n");
    assert_eq!(
        db.run(&["import", empty.to_str().unwrap()]),
        "added 0 ideas\n"
    );
}

#[test]
fn a_database_in_use_is_one_line_and_exit_1() {
    let db = Db::new();
    add(&db, "something saved", &[]);
    let _held = sprout::store::Store::open(&db.path()).unwrap();
    let started = std::time::Instant::now();
    for args in [
        &["list"][..],
        &["add", "--title", "x"],
        &["import", "-"],
        &[],
    ] {
        let err = db.fail(args, 1);
        // The holder here is this test process, which names no role.
        let expected = format!(
            "error: database {} is in use by another sprout process (pid {}, since ",
            db.path().display(),
            std::process::id()
        );
        assert!(err.starts_with(&expected), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(4),
        "four refusals, each well within a second"
    );
    let fresh = Db::new();
    let _held = sprout::store::Store::open(&fresh.path()).unwrap();
    assert!(
        fresh
            .fail(&["list"], 1)
            .contains("is in use by another sprout process")
    );
}

#[test]
fn the_in_use_error_names_the_process_that_holds_the_database() {
    use std::io::Write;
    let db = Db::new();
    add(&db, "something saved", &[]);
    // `import -` holds the database while it waits for its standard input.
    let mut holder = std::process::Command::new(assert_cmd::cargo::cargo_bin("sprout"))
        .args(["import", "-", "--format", "csv"])
        .env("SPROUT_DB", db.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let expected = format!(
        "error: database {} is in use by another sprout process (pid {}, `sprout import`, since ",
        db.path().display(),
        holder.id()
    );
    // Asked before it holds the database, a second sprout could take it
    // first: wait until it has said it holds it.
    let started = std::time::Instant::now();
    let said = db.path().join("sprout-holder");
    while !std::fs::read_to_string(&said)
        .is_ok_and(|t| t.starts_with(&format!("{}\t", holder.id())))
    {
        assert!(
            started.elapsed().as_secs() < 20,
            "the import never held the database"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let err = db.fail(&["list"], 1);
    assert!(err.starts_with(&expected), "{err}");
    let time = err.trim_end().rsplit(' ').next().unwrap();
    assert!(
        time.len() == 6 && time.ends_with(')') && time.as_bytes()[2] == b':',
        "since HH:MM: {err}"
    );
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all(b"title\nLate arrival\n").unwrap();
    drop(stdin);
    assert!(holder.wait().unwrap().success());
    // Gone, it is named no more.
    assert_eq!(
        db.run(&["list", "--format", "ids", "--sort", "id"]),
        "1\n2\n"
    );
}

#[test]
fn the_ui_without_a_terminal_is_a_usage_error() {
    let db = Db::new();
    let err = db.fail(&[], 2);
    assert_eq!(
        err,
        "error: the terminal UI needs a terminal; for scripts use a subcommand (see `sprout --help`)\n"
    );
}

#[test]
fn stats_table_and_json() {
    let db = Db::new();
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

#[test]
fn demo_is_deterministic_and_realistic() {
    let a = Db::new();
    let b = Db::new();
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
fn help_has_an_example_for_every_command() {
    let db = Db::new();
    for cmd in [
        "add",
        "list",
        "show",
        "set",
        "note",
        "import",
        "export",
        "stats",
        "demo",
        "completions",
    ] {
        let help = db.run(&[cmd, "--help"]);
        assert!(help.contains("Example"), "{cmd} --help has no example");
    }
    assert!(db.run(&["--help"]).contains("Examples"));
    assert!(db.run(&["completions", "bash"]).contains("sprout"));
    let err = db.fail(&["frobnicate"], 2);
    assert!(err.starts_with("error: unrecognized subcommand"), "{err}");
}

#[test]
fn views_are_saved_used_renamed_and_deleted_from_the_command_line() {
    let db = Db::new();
    db.run(&["demo", "--count", "120", "--seed", "3"]);
    assert_eq!(
        db.run(&[
            "views",
            "save",
            "Health pilots",
            "sector:health stage:pilot"
        ]),
        "saved view 'Health pilots': sector:health stage:pilot\n"
    );
    assert_eq!(
        db.fail(&["views", "save", "health PILOTS", "stage:new"], 1),
        "error: a view named 'Health pilots' already exists\n"
    );
    assert!(
        db.fail(&["views", "save", "Odd", "stage:nope"], 1)
            .starts_with("error: view 'Odd': in query term 'stage:nope'")
    );
    let direct = db.run(&["list", "sector:health stage:pilot", "--format", "ids"]);
    assert!(!direct.is_empty());
    assert_eq!(
        db.run(&["list", "--view", "health pilots", "--format", "ids"]),
        direct
    );
    let direct = db.run(&["stats", "sector:health stage:pilot", "--format", "json"]);
    assert_eq!(
        db.run(&["stats", "--view", "Health pilots", "--format", "json"]),
        direct
    );
    // A view and a query together: both must hold.
    assert_eq!(
        db.run(&[
            "export",
            "--view",
            "Inbox",
            "sector:edu",
            "--format",
            "jsonl"
        ]),
        db.run(&["export", "stage:new sector:edu", "--format", "jsonl"])
    );
    assert_eq!(
        db.fail(&["list", "--view", "Nope"], 1),
        "error: there is no view named 'Nope' (views: Inbox, In review, Waiting too long, Health pilots)\n"
    );
    db.run(&["views", "rename", "Health pilots", "Pilots · health"]);
    db.run(&["views", "delete", "in review"]);
    let listed = db.run(&["views"]);
    let count = direct_count(&db, "sector:health stage:pilot");
    let line = listed
        .lines()
        .find(|l| l.starts_with("Pilots · health "))
        .unwrap_or_else(|| panic!("{listed}"));
    assert!(line.contains(" sector:health stage:pilot "), "{line}");
    assert_eq!(
        line.split_whitespace().last(),
        Some(count.to_string().as_str())
    );
    assert!(!listed.contains("In review"));
}

fn direct_count(db: &Db, query: &str) -> usize {
    db.run(&["list", query, "--format", "ids"]).lines().count()
}

#[test]
fn config_prints_its_default_file_path_and_checks_a_file() {
    let db = Db::new();
    let default = db.run(&["config", "--default"]);
    assert!(default.starts_with("# sprout config file."));
    assert!(default.contains("\ntheme = \"dark\"\n"));
    assert!(default.contains("\n[keys.browse]"));
    let home = db.dir.path().join("home");
    let path = db
        .cmd()
        .args(["config", "--path"])
        .env_remove("SPROUT_CONFIG")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("cfg"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(path.stdout).unwrap(),
        format!("{}\n", home.join("cfg/sprout/config.toml").display())
    );
    // The default file is a valid config.
    let good = db.file("good.toml", default.as_bytes());
    assert_eq!(
        db.run(&["--config", good.to_str().unwrap(), "config", "--check"]),
        format!("{}: fine\n", good.display())
    );
    let bad = db.file(
        "bad.toml",
        b"theme = \"light\"\n\n[keys.browse]\nquit = \"Ctrl-\"\n",
    );
    let err = db
        .cmd()
        .args(["config", "--check"])
        .env("SPROUT_CONFIG", &bad)
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(1));
    let err = String::from_utf8(err.stderr).unwrap();
    assert!(
        err.starts_with(
            "error: 1 problem in the config file; sprout would start with the defaults\n"
        ),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: line 4: keys.browse.quit: 'Ctrl-' is not a key",
            bad.display()
        )),
        "{err}"
    );
}

#[test]
fn history_records_every_field_a_change_touches() {
    let db = Db::new();
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
