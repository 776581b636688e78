//! Faults: a damaged or missing database file, a newer schema, a read-only
//! directory, a full disk, a leftover temporary file, and a second sprout.
//! Each is one clear line and exit 1, never a panic.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn sprout(db: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("sprout")
        .unwrap()
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

fn one_line_error(out: &std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.starts_with("error: ") && !err.contains("panicked"),
        "{err}"
    );
    err
}

/// Every file of a database directory, with its bytes.
fn snapshot(db: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(db)
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_clean_close_is_recorded_so_the_next_open_needs_no_check() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 20);
    let record = std::fs::read_to_string(db.join("sprout-commits")).unwrap();
    assert_eq!(
        record.split_whitespace().count(),
        3,
        "commits, log size and time: {record}"
    );
    let out = sprout(&db, &["list", "--format", "ids"]);
    assert!(out.status.success());
}

fn demo_db(dir: &Path, n: usize) -> PathBuf {
    let db = dir.join("db");
    assert!(
        sprout(&db, &["demo", "--count", &n.to_string()])
            .status
            .success()
    );
    db
}

#[test]
fn a_damaged_database_file_is_reported_and_can_be_salvaged() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 300);
    let file = db.join("db");
    let mut bytes = std::fs::read(&file).unwrap();
    let len = bytes.len();
    for i in (len / 4..len).step_by(997) {
        bytes[i] ^= 0xff;
    }
    std::fs::write(&file, bytes).unwrap();
    let before = snapshot(&db);
    let err = one_line_error(&sprout(&db, &["list"]));
    assert!(
        err.contains("is damaged") && err.contains("--salvage export"),
        "{err}"
    );
    assert_eq!(
        snapshot(&db),
        before,
        "the damaged files are left exactly as they were"
    );
    // Salvage reads what it can from a copy, and refuses to write.
    let out = sprout(&db, &["--salvage", "export", "--format", "jsonl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(snapshot(&db), before, "salvage reads a copy");
    let out = sprout(&db, &["--salvage", "add", "--title", "x"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_missing_database_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 20);
    std::fs::remove_file(db.join("db")).unwrap();
    let err = one_line_error(&sprout(&db, &["list"]));
    assert!(err.contains("is damaged"), "{err}");
}

#[test]
fn a_leftover_temporary_file_does_no_harm() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 20);
    let leftover = db.join("snap.0000000000012345.generating");
    std::fs::write(&leftover, b"half a snapshot").unwrap();
    std::fs::write(db.join("sprout-commits.tmp"), b"99999").unwrap();
    let err = one_line_error(&sprout(&db, &["list"]));
    assert!(
        err.contains("half-written snapshot snap.0000000000012345.generating")
            && err.contains("move that file"),
        "{err}"
    );
    assert!(leftover.exists(), "nothing was changed");
    std::fs::rename(&leftover, dir.path().join("moved-aside")).unwrap();
    let out = sprout(&db, &["list", "--format", "ids"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 20);
}

#[test]
fn a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 5);
    {
        // Written as a future sprout would, straight into sled.
        let tree = sled::open(&db).unwrap();
        tree.insert(b"mschema", &[99u8]).unwrap();
        tree.flush().unwrap();
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    let err = one_line_error(&sprout(&db, &["list"]));
    assert!(
        err.contains("newer sprout (schema 99") && err.contains("upgrade sprout"),
        "{err}"
    );
}

/// A small tmpfs, where the machine allows mounting one (root in CI).
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
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
    fn grow(&self, size: &str) -> bool {
        std::process::Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
    fn read_only(&self) -> bool {
        std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_directory_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mount) = Mount::tmpfs(dir.path(), "64m") else {
        return;
    };
    let db = demo_db(dir.path(), 10);
    assert!(mount.read_only());
    let err = one_line_error(&sprout(&db, &["list"]));
    assert!(
        err.contains("Read-only file system") && err.contains("needs to write"),
        "{err}"
    );
}

#[test]
fn a_full_disk_during_an_import_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(mount) = Mount::tmpfs(dir.path(), "12m") else {
        return;
    };
    let db = demo_db(dir.path(), 10);
    let big = tempfile::NamedTempFile::new().unwrap();
    let line = format!(
        "{{\"title\": \"Filler idea\", \"summary\": \"{}\"}}\n",
        "word ".repeat(2000)
    );
    std::fs::write(big.path(), line.repeat(3000)).unwrap();
    let out = sprout(
        &db,
        &["import", "--format", "jsonl", big.path().to_str().unwrap()],
    );
    let err = one_line_error(&out);
    assert!(
        err.contains("No space left on device") || err.contains("disk is full"),
        "{err}"
    );
    // With room again, what was there is still there, and nothing of the import.
    assert!(mount.grow("256m"));
    let out = sprout(&db, &["list", "--format", "ids"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 10);
}
