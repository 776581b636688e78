//! The real binary on a temporary database: every command, every format
//! and every error path of SPEC §3.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

const NOW: &str = "2026-11-26T12:00:00Z";

struct Db {
    dir: tempfile::TempDir,
}

impl Db {
    fn new() -> Db {
        Db {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self) -> PathBuf {
        self.dir.path().join("db")
    }
    fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        p
    }
    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("sprout").unwrap();
        c.env("SPROUT_DB", self.path())
            .env("SPROUT_NOW", NOW)
            .env_remove("COLUMNS");
        c
    }
    fn run(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    fn fail(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    }
    fn export(&self, format: &str) -> String {
        self.run(&["export", "--format", format])
    }
}

fn add(db: &Db, title: &str, extra: &[&str]) -> String {
    let mut args = vec!["add", "--title", title];
    args.extend_from_slice(extra);
    db.run(&args).trim().to_string()
}

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
        err.contains("--amount: 'lots' is not a whole number"),
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
    assert_eq!(fields, ["stage", "assignee"]);
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
    assert_eq!(db.export("json"), "[]\n");
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
        assert_eq!(
            err,
            format!(
                "error: database {} is in use by another sprout process\n",
                db.path().display()
            )
        );
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

// ---- import and export ----

fn import(db: &Db, path: &Path, extra: &[&str]) -> String {
    let mut args = vec!["import", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    db.run(&args)
}

#[test]
fn csv_import_with_bom_any_column_order_and_case() {
    let db = Db::new();
    let csv = "\u{feff}Region,TITLE,Sector,tags,Barriers,amount,id\nKazan,Clean water,eco,water;rural,funding;regulation,\"1 000\",\nPerm,Social taxi,dis,,,,10\n";
    let f = db.file("in.csv", csv.as_bytes());
    assert_eq!(import(&db, &f, &[]), "added 2 ideas (#10–#11)\n");
    let j: serde_json::Value =
        serde_json::from_str(&db.run(&["show", "11", "--format", "json"])).unwrap();
    assert_eq!(j["title"], "Clean water");
    assert_eq!(j["tags"], serde_json::json!(["rural", "water"]));
    assert_eq!(j["barriers"], serde_json::json!(["funding", "regulation"]));
    assert_eq!(j["amount"], 1000);
    assert_eq!(
        db.run(&["show", "10"]).lines().next(),
        Some("#10 Social taxi")
    );
    assert_eq!(
        add(&db, "next", &[]),
        "12",
        "ids continue after the highest"
    );
    assert_eq!(
        import(&db, &f, &[]),
        "added 1 idea (#13), skipped 1 already present (--update overwrites them)\n"
    );
}

#[test]
fn unknown_columns_are_ignored_with_a_warning() {
    let db = Db::new();
    let f = db.file("extra.csv", b"title,colour,Priority\nOne,red,high\n");
    let out = db
        .cmd()
        .args(["import", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("warning: ") && err.contains("ignoring unknown field 'colour'"),
        "{err}"
    );
    assert!(err.contains("'Priority'"), "{err}");
    assert_eq!(db.run(&["list", "--format", "ids"]), "1\n");
}

#[test]
fn invalid_records_reject_the_whole_file_and_list_every_problem() {
    let db = Db::new();
    add(&db, "existing", &[]);
    let before = db.export("json");
    let csv = "title,sector,score\nGood one,health,4\n,edu,\nBad sector,space,9\n";
    let f = db.file("bad.csv", csv.as_bytes());
    let err = db.fail(&["import", f.to_str().unwrap()], 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "error: {}: 2 invalid records; nothing was imported (--skip-invalid imports the valid ones)",
            f.display()
        )
    );
    assert!(
        lines.contains(&"  line 3: title: is required and must not be empty"),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("  line 4: sector: unknown sector 'space'")),
        "{err}"
    );
    assert!(
        lines.contains(&"  line 4: score: '9' is not a score from 1 to 5"),
        "{err}"
    );
    assert_eq!(db.export("json"), before, "nothing written");

    let dry = import(&db, &f, &["--dry-run", "--skip-invalid"]);
    assert!(dry.starts_with("dry run: would add 1 idea (#2)"), "{dry}");
    assert_eq!(db.export("json"), before, "dry run writes nothing");
    let out = db
        .cmd()
        .args(["import", f.to_str().unwrap(), "--skip-invalid"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("skipped: "),
        "invalid ones are listed"
    );
    assert_eq!(
        db.run(&["list", "--format", "ids", "--sort", "id"]),
        "1\n2\n"
    );
}

#[test]
fn json_and_jsonl_import_report_lines() {
    let db = Db::new();
    let json = "[\n  {\"title\": \"a\"},\n  {\"title\": \"b\", \"stage\": \"nope\"},\n  {\"sector\": \"edu\"}\n]\n";
    let f = db.file("in.json", json.as_bytes());
    let err = db.fail(&["import", f.to_str().unwrap()], 1);
    assert!(
        err.contains("  line 3: stage: unknown stage 'nope'"),
        "{err}"
    );
    assert!(
        err.contains("  line 4: title: is required and missing"),
        "{err}"
    );
    let jsonl = "{\"title\": \"a\"}\n\n{\"title\": \"b\"\n[1]\n";
    let f = db.file("in.jsonl", jsonl.as_bytes());
    let err = db.fail(&["import", f.to_str().unwrap()], 1);
    assert!(err.contains("  line 3: invalid JSON"), "{err}");
    assert!(
        err.contains("  line 4: expected an idea object, found a list"),
        "{err}"
    );
    assert!(import(&db, &f, &["--skip-invalid"]).starts_with("added 1 idea (#1)"));
}

#[test]
fn files_that_are_not_what_they_claim_are_clear_errors() {
    let db = Db::new();
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "trunc.json",
            b"[\n{\"title\": \"a\"},\n{\"title\": ",
            "line 3: not a JSON array of ideas",
        ),
        (
            "bin.csv",
            b"title\nabc\x00\x01\x02",
            "line 2: the file has a NUL byte",
        ),
        (
            "latin.csv",
            b"title\nna\xefve\n",
            "line 2: the file is not valid UTF-8",
        ),
        ("u16.csv", b"\xff\xfet\x00i\x00", "the file is UTF-16"),
        (
            "nohead.csv",
            b"name,region\nx,y\n",
            "line 1: the CSV header has no 'title' column",
        ),
    ];
    for (name, bytes, want) in cases {
        let f = db.file(name, bytes);
        let err = db.fail(&["import", f.to_str().unwrap()], 1);
        assert!(
            err.starts_with("error: ") && err.contains(want),
            "{name}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    let deep = format!("[{}{}]", "[".repeat(10_000), "]".repeat(10_000));
    let f = db.file("deep.json", deep.as_bytes());
    assert!(
        db.fail(&["import", f.to_str().unwrap()], 1)
            .contains("recursion limit")
    );
    let err = db.fail(&["import", "/nonexistent/file.csv"], 1);
    assert!(
        err.starts_with("error: cannot read /nonexistent/file.csv:"),
        "{err}"
    );
    assert_eq!(db.run(&["list", "--format", "ids"]), "");
}

#[test]
fn stdin_import_sniffs_the_format() {
    let db = Db::new();
    db.cmd()
        .args(["import", "-"])
        .write_stdin("{\"title\":\"from stdin\"}\n")
        .assert()
        .success()
        .stdout("added 1 idea (#1)\n");
    db.cmd()
        .args(["import", "-"])
        .write_stdin("title\ncsv row\n")
        .assert()
        .success();
    db.cmd()
        .args(["import", "-", "--format", "json"])
        .write_stdin("[{\"title\":\"j\"}]")
        .assert()
        .success();
    assert_eq!(db.run(&["list", "--format", "ids"]).lines().count(), 3);
}

#[test]
fn json_export_round_trips_byte_for_byte_and_twice_adds_nothing() {
    let a = Db::new();
    a.run(&["demo", "--count", "60", "--seed", "5"]);
    a.run(&["set", "3", "--archive"]);
    a.run(&["note", "4", "multi\nline note"]);
    let out = a.dir.path().join("backup.json");
    a.cmd()
        .args(["export", "-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stderr("exported 60 ideas to ".to_string() + out.to_str().unwrap() + "\n");
    let b = Db::new();
    assert_eq!(import(&b, &out, &[]), "added 60 ideas (#1–#60)\n");
    assert_eq!(b.export("json"), std::fs::read_to_string(&out).unwrap());
    assert_eq!(
        import(&b, &out, &[]),
        "added 0 ideas, skipped 60 already present (--update overwrites them)\n"
    );
    assert_eq!(b.export("json"), a.export("json"));
    assert_eq!(b.export("jsonl").lines().count(), 60);
}

#[test]
fn csv_round_trip_is_exact_and_protects_formulas() {
    let a = Db::new();
    add(
        &a,
        "=HYPERLINK(\"http://x\")",
        &[
            "--summary",
            "+1 line\nnext, \"quoted\"",
            "--region",
            "@home",
            "--proposer",
            "'Tis me",
        ],
    );
    a.run(&["note", "1", "-5 degrees"]);
    let csv = a.export("csv");
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("\"'+1 line\nnext, \"\"quoted\"\"\""), "{csv}");
    assert!(csv.contains(",'@home,"), "{csv}");
    let f = a.file("out.csv", csv.as_bytes());
    let b = Db::new();
    import(&b, &f, &[]);
    assert_eq!(b.export("csv"), csv);
    assert_eq!(b.export("json"), a.export("json"));
}

#[test]
fn update_overwrites_and_records_history() {
    let db = Db::new();
    add(&db, "Old title", &[]);
    let f = db.file("u.csv", b"id,title,stage\n1,New title,review\n");
    assert_eq!(import(&db, &f, &["--update"]), "added 0 ideas, updated 1\n");
    let j: serde_json::Value =
        serde_json::from_str(&db.run(&["show", "1", "--format", "json"])).unwrap();
    assert_eq!(j["title"], "New title");
    assert_eq!(j["history"][0]["to"], "review");
    assert_eq!(
        import(&db, &f, &["--update"]),
        "added 0 ideas, updated 0, 1 unchanged\n"
    );
}

#[test]
fn export_to_a_file_by_extension_and_query() {
    let db = Db::new();
    add(&db, "a", &["--sector", "health"]);
    add(&db, "b", &["--sector", "education"]);
    let out = db.dir.path().join("x.csv");
    db.run(&["export", "sector:edu", "-o", out.to_str().unwrap()]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(text.lines().nth(1).unwrap().starts_with("2,b,"));
    let err = db.fail(&["export", "-o", "/nonexistent/dir/x.json"], 1);
    assert!(
        err.starts_with("error: cannot write /nonexistent/dir/x.json"),
        "{err}"
    );
}
