//! CSV exactly as written (issue 17, point 8): quoted cells holding commas,
//! quotes and line breaks, both line endings, empty cells, a header with
//! no rows, with and without a BOM and a final newline; hostile files
//! (a header twice, a quote never closed) refused naming line and column;
//! a line break in a title joined by the README's rule and said; and files
//! read as a stream, so that a large bad one is refused without being held.

mod cli_support;
mod intake_support;
use cli_support::*;
use intake_support::*;
use serde_json::Value;

/// The ideas of the database, as JSON lines parsed.
fn ideas(db: &Db) -> Vec<Value> {
    db.export("jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn titles_and_summaries(db: &Db) -> Vec<(String, String)> {
    ideas(db)
        .iter()
        .map(|v| {
            (
                v["title"].as_str().unwrap().to_string(),
                v["summary"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn quoted_cells_line_endings_bom_and_final_newline_are_read_exactly() {
    let rows = "\"Water, clean\",\"He said \"\"yes\"\"\nthen left\",\n\"\",,\nplain,\"\",x\n";
    let want = [
        ("Water, clean", "He said \"yes\"\nthen left"),
        ("plain", ""),
    ];
    for (bom, crlf, final_newline) in [
        (false, false, true),
        (true, false, true),
        (false, true, true),
        (true, true, false),
        (false, false, false),
    ] {
        let mut text = format!("title,summary,tags\n{rows}");
        if crlf {
            // Line breaks inside quotes stay as written: only record ends change.
            text = text
                .replace(",\n", ",\r\n")
                .replace("x\n", "x\r\n")
                .replace("tags\n", "tags\r\n");
        }
        if !final_newline {
            text = text.trim_end().to_string();
        }
        if bom {
            text.insert(0, '\u{feff}');
        }
        let db = Db::new();
        let f = db.file("in.csv", text.as_bytes());
        let out = import(&db, &f, &[]);
        let case = format!("bom {bom}, crlf {crlf}, final newline {final_newline}");
        // The blank record (`"",,`) is no idea; the others are two.
        assert!(out.starts_with("added 2 ideas"), "{case}: {out}");
        let got = titles_and_summaries(&db);
        assert_eq!(got.len(), 2, "{case}: {got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), want[0], "{case}");
        assert_eq!((got[1].0.as_str(), got[1].1.as_str()), want[1], "{case}");
        assert_eq!(ideas(&db)[1]["tags"], serde_json::json!(["x"]), "{case}");
    }
}

#[test]
fn a_header_with_no_rows_adds_nothing_and_says_so() {
    for text in ["title,summary\n", "title,summary", "\u{feff}title\r\n"] {
        let db = Db::new();
        let f = db.file("in.csv", text.as_bytes());
        assert_eq!(import(&db, &f, &[]).trim(), "added 0 ideas", "{text:?}");
    }
}

#[test]
fn a_repeated_header_is_an_error_naming_the_line_and_both_columns() {
    for (header, want) in [
        (
            "title,title",
            "line 1: columns 1 'title' and 2 'title' have the same header",
        ),
        (
            "title,Title",
            "line 1: columns 1 'title' and 2 'Title' have the same header",
        ),
        (
            "title,summary,summary",
            "line 1: columns 2 'summary' and 3 'summary' have the same header",
        ),
        (
            "title,tags,Tags",
            "line 1: columns 2 'tags' and 3 'Tags' have the same header",
        ),
    ] {
        let db = Db::new();
        let f = db.file("in.csv", format!("{header}\na,b,c\n").as_bytes());
        let err = db.fail(&["import", f.to_str().unwrap()], 1);
        assert!(err.contains(want), "{header}: {err}");
        assert!(ideas(&db).is_empty());
    }
}

#[test]
fn a_quote_left_open_is_an_error_naming_its_line_and_column() {
    let db = Db::new();
    // The quote opens on line 3 at column 5 and swallows the rest.
    let text = "title,summary\nfine,ok\nÉté,\"starts here\nnext,row\nlast,row\n";
    let f = db.file("open.csv", text.as_bytes());
    let err = db.fail(&["import", f.to_str().unwrap()], 1);
    assert!(
        err.contains("  line 3, column 5: the quote that opens this cell is never closed"),
        "{err}"
    );
    assert!(ideas(&db).is_empty(), "nothing is imported");
    // --skip-invalid imports the rows before it, and names it again.
    let (out, stderr) = ok(&db, &["import", f.to_str().unwrap(), "--skip-invalid"]);
    assert!(out.starts_with("added 1 idea (#1)"), "{out}");
    assert!(stderr.contains("line 3, column 5"), "{stderr}");
    // A quote at the start of a header-only file's first row too.
    let db = Db::new();
    let f = db.file("open2.csv", b"title\n\"never closed\n");
    let err = db.fail(&["import", f.to_str().unwrap()], 1);
    assert!(err.contains("line 2, column 1: the quote"), "{err}");
}

#[test]
fn a_line_break_in_a_title_becomes_a_space_and_the_summary_says_where() {
    let db = Db::new();
    let text = "title,summary,proposer\n\"Clean\nwater\",\"two\nlines\",Anna\nplain,x,\"Rodnik\r\nFoundation\"\n";
    let f = db.file("in.csv", text.as_bytes());
    let out = import(&db, &f, &[]);
    assert_eq!(
        out.trim(),
        "added 2 ideas (#1–#2), put 2 one-line fields on one line (line 2 title, line 5 proposer)"
    );
    let all = ideas(&db);
    assert_eq!(all[0]["title"], "Clean water");
    assert_eq!(all[0]["summary"], "two\nlines", "a summary keeps its lines");
    assert_eq!(all[1]["proposer"], "Rodnik Foundation");
    // A file without line breaks in such fields says nothing of it.
    let f = db.file("plain.csv", b"title\nno breaks\n");
    assert_eq!(import(&db, &f, &[]).trim(), "added 1 idea (#3)");
}

#[test]
fn stdin_is_read_as_a_stream_like_a_file() {
    let db = Db::new();
    let out = sprout(&db)
        .args(["import", "-", "--format", "csv"])
        .write_stdin("title,summary\n\"a, b\",\"c\nd\"\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(titles_and_summaries(&db), [("a, b".into(), "c\nd".into())]);
    let out = sprout(&db)
        .args(["import", "-"])
        .write_stdin("[\n{\"title\": \"x\"},\n{\"title\": 7, }\n]")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("line 3: invalid JSON"), "{err}");
}

/// Feeds `start` and then lines of filler to `sprout import -` until it
/// stops reading; how many bytes it took.
fn bytes_taken_before_refusal(db: &Db, format: &str, start: &[u8], filler: &[u8]) -> (u64, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("sprout"))
        .env("SPROUT_DB", db.path())
        .env("SPROUT_CONFIG", db.dir.path().join("config.toml"))
        .args(["import", "-", "--format", format])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut written = start.len() as u64;
    stdin.write_all(start).unwrap();
    let block = filler.repeat(64 * 1024 / filler.len() + 1);
    // 512 MB would be read whole by a reader that reads before checking.
    while written < 512 << 20 {
        if stdin.write_all(&block).is_err() {
            break;
        }
        written += block.len() as u64;
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    (written, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_huge_input_is_refused_where_it_goes_wrong_without_being_read_whole() {
    let db = Db::new();
    for (format, start, filler, want) in [
        (
            "csv",
            &b"title\nabc\x00\n"[..],
            &b"x,y\n"[..],
            "<stdin>: line 2: the file has a NUL byte",
        ),
        (
            "jsonl",
            b"{\"title\": \"a\"}\n{\"title\": \"caf\xe9\"}\n",
            b"{\"title\": \"b\"}\n",
            "<stdin>: line 2: the file is not valid UTF-8 text",
        ),
        (
            "json",
            b"[{\"title\": \"a\"}\n{",
            b"{\"title\": \"b\"},\n",
            "<stdin>: line 2: not a JSON array of ideas",
        ),
    ] {
        let (taken, err) = bytes_taken_before_refusal(&db, format, start, filler);
        assert!(err.contains(want), "{format}: {err}");
        assert!(
            taken < 64 << 20,
            "{format}: {taken} bytes were sent before the refusal"
        );
    }
}

#[test]
fn a_record_without_end_is_refused_at_64_mib_not_held_whole() {
    let db = Db::new();
    for (format, start, want) in [
        (
            "csv",
            &b"title\n\"x"[..],
            "<stdin>: line 2: a record longer than 64 MiB",
        ),
        (
            "csv",
            b"title",
            "<stdin>: line 1: a record longer than 64 MiB",
        ),
        (
            "jsonl",
            b"{\"title\": \"x",
            "<stdin>: line 1: a record longer than 64 MiB",
        ),
        (
            "json",
            b"[{\"title\": \"x",
            "<stdin>: line 1: not a JSON array of ideas: a record longer than 64 MiB",
        ),
    ] {
        let (taken, err) = bytes_taken_before_refusal(&db, format, start, b"x");
        assert!(err.contains(want), "{format}: {err}");
        assert!(
            taken < 160 << 20,
            "{format}: {taken} bytes were sent before the refusal"
        );
    }
}
