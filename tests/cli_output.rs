//! Output that cannot be written: a reader that went away (`| head`,
//! `| true`) ends every command quietly; a full disk (`>/dev/full`) is
//! exit 1 with one clear line; an error that cannot even be printed is
//! still exit 1. Never a panic, an abort or a crash log.

mod cli_support;
use cli_support::*;
use std::process::{Output, Stdio};

/// Every command that writes to standard output, with what it needs.
fn writers(db: &Db) -> Vec<Vec<String>> {
    let csv = db.file("one.csv", b"title\nPiped in\n");
    let csv = csv.to_str().unwrap().to_string();
    [
        "list",
        "list --format json",
        "list --format jsonl",
        "list --format csv",
        "list --format ids",
        "list --sort score",
        "show 1",
        "show 1 --format json",
        "export",
        "export --format csv",
        "export --format jsonl",
        "stats",
        "stats --format json",
        "stats --format markdown",
        "views",
        "views list",
        "completions bash",
        "completions zsh",
        "completions fish",
        "config --default",
        "help",
        "help query",
        "help list",
        "help views save",
        "--help",
        "-h",
        "list --help",
        "export --help",
        "--version",
        "add --title Added",
        "set 1 --score 3",
        "note 1 Piped",
        "demo --count 3",
        "views save Piped stage:new",
    ]
    .iter()
    .map(|c| c.split(' ').map(String::from).collect())
    .chain([vec!["import".to_string(), csv]])
    .collect()
}

fn crash_log(db: &Db) -> std::path::PathBuf {
    db.dir.path().join("crash.log")
}

fn run_with(db: &Db, args: &[String], stdout: Stdio, stderr: Stdio) -> Output {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("sprout"));
    cmd.args(args)
        .env("SPROUT_DB", db.path())
        .env("SPROUT_NOW", NOW)
        .env("SPROUT_CRASH_LOG", crash_log(db))
        .env_remove("COLUMNS")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr);
    cmd.output().unwrap()
}

/// A pipe whose reader is already gone: every write to it is EPIPE.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer.into()
}

fn dev_full() -> Option<Stdio> {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
        .map(Stdio::from)
}

fn seeded(engine: Engine) -> Db {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "30", "--seed", "2"]);
    db
}

on_both_engines!(every_command_ends_quietly_on_a_closed_pipe);
fn every_command_ends_quietly_on_a_closed_pipe(engine: Engine) {
    let db = seeded(engine);
    for args in writers(&db) {
        let out = run_with(&db, &args, closed_pipe(), Stdio::piped());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "",
            "{args:?} said something on a closed pipe"
        );
        assert!(!crash_log(&db).exists(), "{args:?} wrote a crash log");
    }
    // What the commands changed was saved, though nobody read their reply.
    assert_eq!(db.run(&["list", "'Added", "--format", "ids"]), "31\n");
    assert_eq!(db.run(&["list", "'Piped in", "--format", "ids"]), "35\n");
    assert!(db.run(&["show", "1"]).contains("Piped"));
}

on_both_engines!(a_full_disk_for_the_output_is_exit_1_with_one_clear_line);
fn a_full_disk_for_the_output_is_exit_1_with_one_clear_line(engine: Engine) {
    let db = seeded(engine);
    if dev_full().is_none() {
        eprintln!("SKIPPED: no /dev/full here");
        return;
    }
    for args in writers(&db) {
        let out = run_with(&db, &args, dev_full().unwrap(), Stdio::piped());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("error: cannot write the output: the disk is full; free some space"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("os error") && !err.contains("Os {"), "{err}");
        assert!(!crash_log(&db).exists(), "{args:?} wrote a crash log");
    }
}

on_both_engines!(a_change_whose_reply_cannot_be_written_says_it_was_saved);
fn a_change_whose_reply_cannot_be_written_says_it_was_saved(engine: Engine) {
    let db = seeded(engine);
    let Some(full) = dev_full() else {
        eprintln!("SKIPPED: no /dev/full here");
        return;
    };
    let args: Vec<String> = ["set", "2", "--stage", "pilot"].map(String::from).into();
    let out = run_with(&db, &args, full, Stdio::piped());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.trim_end().ends_with("the change itself was saved"),
        "{err}"
    );
    assert!(db.run(&["show", "2"]).contains("stage        pilot"));
}

on_both_engines!(an_error_that_cannot_be_printed_still_exits_1_without_a_crash);
fn an_error_that_cannot_be_printed_still_exits_1_without_a_crash(engine: Engine) {
    let db = seeded(engine);
    if dev_full().is_none() {
        eprintln!("SKIPPED: no /dev/full here");
        return;
    }
    for (args, code) in [
        (&["show", "999999"][..], 1),
        (&["list", "colour:red"], 1),
        (&["frobnicate"], 2),
        (&["list"], 0),
    ] {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let out = run_with(&db, &args, Stdio::null(), dev_full().unwrap());
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        assert!(!crash_log(&db).exists(), "{args:?} wrote a crash log");
    }
    // Both streams gone: still no abort.
    let args: Vec<String> = ["show", "999999"].map(String::from).into();
    let out = run_with(&db, &args, closed_pipe(), closed_pipe());
    assert_eq!(out.status.code(), Some(1));
}

/// A small tmpfs, where the machine allows mounting one (root in CI).
struct Mount(std::path::PathBuf);

impl Mount {
    fn tmpfs(dir: &std::path::Path, size: &str) -> Option<Mount> {
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root)");
        }
        ok.then(|| Mount(dir.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_under_the_database_is_said_in_plain_words() {
    let db = Db::new();
    let Some(_mount) = Mount::tmpfs(db.dir.path(), "8m") else {
        return;
    };
    db.run(&["demo", "--count", "50", "--seed", "2"]);
    let filler = tempfile::NamedTempFile::new().unwrap();
    let line = format!(
        "{{\"title\": \"Filler idea\", \"summary\": \"{}\"}}\n",
        "word ".repeat(2000)
    );
    std::fs::write(filler.path(), line.repeat(3000)).unwrap();
    let out = db
        .cmd()
        .args([
            "import",
            "--format",
            "jsonl",
            filler.path().to_str().unwrap(),
        ])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("the disk is full") && err.to_lowercase().contains("free some space"),
        "{err}"
    );
    for internal in [
        "Os {",
        "os error",
        "IO error",
        "StorageFull",
        "database error",
    ] {
        assert!(!err.contains(internal), "{internal} in {err}");
    }
}
