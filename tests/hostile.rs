//! Hostile input: generated files and queries never panic or hang, huge and
//! malformed inputs end in a clear error within seconds, and escape
//! sequences in stored text never reach the terminal raw.
//! `SPROUT_FUZZ_CASES` sets the number of generated cases (100,000 for the
//! long run; CI runs fewer).

use assert_cmd::Command;
use proptest::prelude::*;
use sprout::domain::Timestamp;
use sprout::query::Query;
use sprout::transfer::{Format, read_records};
use std::time::{Duration, Instant};

fn cases() -> u32 {
    std::env::var("SPROUT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000)
}

/// Bytes that look a little like the formats, and often not at all.
fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        "\"",
        ",",
        ":",
        "\n",
        "\r\n",
        ";",
        "title",
        "\"title\"",
        "sector",
        "health",
        "\"id\"",
        "-1",
        "99999999999999999999",
        "1e400",
        "null",
        "true",
        "\\u0000",
        "\\ud800",
        "ё",
        "日本",
        "\u{feff}",
        "'=1+1",
        "\t",
        "\u{1b}[2J",
        "notes",
        "[{\"time\":",
        "\"2026-01-01\"",
        "history",
    ]);
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..300),
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat().into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn importing_anything_never_panics(bytes in hostile_bytes()) {
        for format in [Format::Csv, Format::Json, Format::Jsonl] {
            if let Ok(records) = read_records(&bytes, format) {
                for (line, map) in records.take(1000).flatten() {
                    let _ = sprout::transfer::validate_record(line, &map, Timestamp(0));
                }
            }
        }
    }

    #[test]
    fn parsing_any_query_never_panics(text in "\\PC{0,80}|[!'^#:\",a-z<>=.0-9 ]{0,40}|[!:\",а-яА-ЯёЁ<>=.0-9 ]{0,40}") {
        if let Ok(q) = Query::parse(&text) {
            let rows = vec![];
            let catalog = sprout::query::Catalog::new(rows);
            let _ = catalog.search(&q, &Default::default(), sprout::query::SortKey::Updated);
        }
    }
}

fn sprout(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("sprout")
        .unwrap()
        .arg("--db")
        .arg(db)
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap()
}

#[test]
fn huge_and_malformed_files_end_in_a_clear_error_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "big.bin",
            {
                let mut v = vec![b'x'; 100 * 1024 * 1024];
                v[50 * 1024 * 1024] = 0;
                v
            },
            "NUL byte",
        ),
        (
            "title.csv",
            format!("title\n{}\n", "t".repeat(1024 * 1024)).into_bytes(),
            "at most 200",
        ),
        (
            "deep.json",
            format!("[{}{}]", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
            "recursion limit",
        ),
        (
            "utf16.json",
            b"\xff\xfe[\x00{\x00}\x00]\x00".to_vec(),
            "UTF-16",
        ),
        (
            "latin1.jsonl",
            b"{\"title\": \"caf\xe9\"}\n".to_vec(),
            "not valid UTF-8",
        ),
    ];
    for (name, bytes, want) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let started = Instant::now();
        let out = sprout(&db, &["import", path.to_str().unwrap()]);
        let took = started.elapsed();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(
            err.starts_with("error: ") && err.contains(want),
            "{name}: {err}"
        );
        assert!(err.len() < 2000, "{name}: the error is short");
        // A hang guard, not a speed goal: `sprout` above kills the import
        // after 30 s, and this says which file hung. That the error comes
        // early (at the NUL, the long title, the depth) is the error's text.
        assert!(took < Duration::from_secs(30), "{name} hung: {took:?}");
    }
    let out = sprout(&db, &["list", "--format", "ids"]);
    assert!(out.stdout.is_empty(), "nothing was imported");
}

#[test]
fn escape_sequences_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let evil = [
        "\u{1b}]52;c;SGVsbG8=\u{7}",
        "\u{1b}]0;pwned\u{7}",
        "\u{1b}[2J",
        "\u{9b}31m",
        "\u{7}",
        "\r",
        "\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}",
        "\u{2066}\u{2067}\u{2068}\u{2069}",
    ]
    .concat();
    let csv = format!(
        "title,summary,region,proposer,tags,funder,assignee\n\"T{evil}\",\"S{evil}\",\"R{evil}\",\"P{evil}\",\"t{evil}\",\"F{evil}\",\"A{evil}\"\n"
    );
    let file = dir.path().join("evil.csv");
    std::fs::write(&file, csv).unwrap();
    assert!(
        sprout(&db, &["import", file.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        sprout(&db, &["note", "1", &format!("N{evil}")])
            .status
            .success()
    );
    let outputs = [
        sprout(&db, &["list"]),
        sprout(&db, &["list", "--format", "csv"]),
        sprout(&db, &["show", "1"]),
        sprout(&db, &["stats"]),
        sprout(&db, &["stats", "--format", "markdown"]),
        sprout(&db, &["list", &format!("{evil}colour:red")]),
        sprout(&db, &["add", "--title", "x", "--sector", &evil]),
        sprout(&db, &["list", &format!("sector:{evil}")]),
    ];
    for out in outputs {
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            for c in text.chars() {
                let bad = (c.is_control() && c != '\n')
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c);
                assert!(!bad, "{c:?} reached the terminal in {text:?}");
            }
        }
    }
}

/// Whether a character could steer a terminal (a line break is the
/// format's own; `script` turns it into `\r\n`).
fn steers_a_terminal(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r'))
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

#[test]
fn data_formats_are_escaped_on_a_terminal_and_exact_in_a_file() {
    let which = std::process::Command::new("sh")
        .args(["-c", "command -v script"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !which {
        eprintln!("SKIPPED: `script` is not installed (.ci/run installs it)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    // Import cleans what it reads, so raw C1 controls and bidi overrides
    // are put in through the store itself: whatever door they came by
    // (an older sprout, another tool), the terminal must never get them.
    let evil = "\u{9b}31m\u{9d}0;x\u{7}\u{85}\u{202e}Y\u{7f}\u{2066}";
    {
        use sprout::domain::{Change, Idea, Note, Timestamp};
        let store = sprout::store::Store::open(&db).unwrap();
        let mut idea = Idea::new("Evil notes".into(), Timestamp(1_767_225_600));
        idea.notes.push(Note {
            time: Timestamp(1_767_225_600),
            text: format!("n{evil}"),
            by: format!("b{evil}"),
        });
        idea.history.push(Change {
            time: Timestamp(1_767_225_600),
            field: "stage".into(),
            from: format!("a{evil}"),
            to: "review".into(),
            by: format!("b{evil}"),
        });
        idea.email = format!("e{evil}");
        idea.website = format!("w{evil}");
        idea.source_id = format!("s{evil}");
        // Set as stored bytes would hold them, past the cleaning of `set`.
        idea.extras = serde_json::from_value(serde_json::json!([[
            format!("x{evil}"),
            format!("v{evil}")
        ]]))
        .unwrap();
        let mut w = store.begin().unwrap();
        idea.id = w.allocate();
        w.put(idea, None);
        store.commit(w).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    for args in [
        "export",
        "export --format jsonl",
        "export --format csv",
        "list --format json",
        "list --format jsonl",
        "list --format csv",
        "show 1 --format json",
    ] {
        // Into a file: the exact bytes, evil included.
        let piped = sprout(&db, &args.split(' ').collect::<Vec<_>>());
        let piped = String::from_utf8(piped.stdout).unwrap();
        assert!(
            piped.contains('\u{9b}') && piped.contains('\u{202e}'),
            "{args}: {piped}"
        );
        // On a terminal: nothing that steers it.
        let shown = std::process::Command::new("script")
            .args([
                "-qec",
                &format!("{} --db {} {args}", bin.display(), db.display()),
                "/dev/null",
            ])
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(shown.status.success(), "{args}");
        let shown = String::from_utf8_lossy(&shown.stdout);
        assert!(shown.contains("Evil notes"), "{args}: {shown}");
        let bad: Vec<char> = shown.chars().filter(|&c| steers_a_terminal(c)).collect();
        assert!(
            bad.is_empty(),
            "{args}: {bad:?} reached the terminal in {shown:?}"
        );
        if args.contains("csv") {
            assert!(shown.contains("a\u{FFFD}31m"), "{args}: {shown}");
        } else {
            // JSON escapes keep the data: it parses to the same text.
            assert!(
                shown.contains("a\\u009b31m\\u009d0;x\\u0007\\u0085\\u202eY\\u007f\\u2066"),
                "{args}: {shown}"
            );
        }
    }
}

#[test]
fn notes_and_history_in_an_imported_file_are_cleaned_like_every_other_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let evil = "\u{1b}[31m\u{9b}31m\u{7}\u{85}\u{202e}Y\u{7f}\u{2066}";
    let idea = serde_json::json!([{
        "id": 1,
        "title": "Evil notes",
        "notes": [{"time": "2026-01-01T00:00:00Z", "text": format!("n{evil}"), "by": format!("b{evil}")}],
        "history": [{"time": "2026-01-01T00:00:00Z", "field": format!("stage{evil}"), "from": format!("a{evil}\nb"), "to": "review", "by": format!("b{evil}\nc")}],
        "email": format!("e{evil}"), "phone": format!("p{evil}"), "website": format!("w{evil}"),
        "source_id": format!("s{evil}"),
        "extras": [[format!("x{evil}"), format!("v{evil}\nw")]],
    }]);
    let file = dir.path().join("evil.json");
    std::fs::write(&file, idea.to_string()).unwrap();
    let out = sprout(&db, &["import", file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Into a file, where nothing is escaped for a terminal: clean already.
    let stored = String::from_utf8(sprout(&db, &["show", "1", "--format", "json"]).stdout).unwrap();
    let shown: serde_json::Value = serde_json::from_str(&stored).unwrap();
    let texts = [
        shown["notes"][0]["text"].as_str().unwrap(),
        shown["history"][0]["field"].as_str().unwrap(),
        shown["history"][0]["from"].as_str().unwrap(),
        shown["notes"][0]["by"].as_str().unwrap(),
        shown["history"][0]["by"].as_str().unwrap(),
        shown["email"].as_str().unwrap(),
        shown["phone"].as_str().unwrap(),
        shown["website"].as_str().unwrap(),
        shown["source_id"].as_str().unwrap(),
        shown["extras"][0][0].as_str().unwrap(),
        shown["extras"][0][1].as_str().unwrap(),
    ];
    for text in texts {
        let bad: Vec<char> = text.chars().filter(|&c| steers_a_terminal(c)).collect();
        assert!(bad.is_empty(), "{bad:?} stored in {text:?}");
    }
    assert!(
        texts[2].starts_with('a') && texts[2].ends_with("\nb"),
        "{:?}",
        texts[2]
    );
    assert!(
        !texts[4].contains('\n'),
        "a name is one line: {:?}",
        texts[4]
    );
    assert!(
        texts[10].ends_with("\nw"),
        "an extra keeps its lines: {:?}",
        texts[10]
    );
    // What sprout itself wrote round-trips byte for byte.
    let first = sprout(&db, &["export"]).stdout;
    let again = dir.path().join("again");
    let copy = dir.path().join("first.json");
    std::fs::write(&copy, &first).unwrap();
    assert!(
        sprout(&again, &["import", copy.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(sprout(&again, &["export"]).stdout, first);
}
