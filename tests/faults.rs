//! Faults: a damaged or missing database file, a newer schema, a read-only
//! directory, a full disk, a half-written snapshot, and a second sprout.
//! Each is one clear line and exit 1, never a panic. (A full disk at every
//! moment: `faults_disk.rs`; damage at random places: `faults_damage.rs`.)

mod fault_support;
use fault_support::*;

#[test]
fn a_clean_close_is_recorded_so_the_next_open_needs_no_check() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 20);
    let record = std::fs::read_to_string(db.join("sprout-commits")).unwrap();
    let lines: Vec<&str> = record.lines().collect();
    assert!(lines[0].parse::<u64>().unwrap() > 0, "{record}");
    // Then each file of sled's: size, time, name.
    for name in ["conf", "db"] {
        assert!(
            lines[1..].iter().any(|l| l.split(' ').nth(2) == Some(name)),
            "{record}"
        );
    }
    let out = sprout(&db, &["list", "--format", "ids"]);
    assert!(out.status.success());
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
    let before = files(&db);
    let err = one_line_error(&sprout(&db, &["list"]));
    assert!(
        err.contains("is damaged") && err.contains("--salvage export"),
        "{err}"
    );
    assert_eq!(
        files(&db),
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
    assert_eq!(files(&db), before, "salvage reads a copy");
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
fn a_half_written_snapshot_is_removed_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 300);
    // A change, so the log has moved on from the snapshot sled wrote.
    assert!(sprout(&db, &["set", "7", "--score", "4"]).status.success());
    let before = export(&db);
    let snap = std::fs::read_dir(&db)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("snap.")
        })
        .expect("sled keeps a snapshot");
    let whole = std::fs::read(&snap).unwrap();
    // As a full disk or a kill leaves it: named for a later point of the
    // log than the finished one, and cut short (or empty).
    let half = db.join("snap.00000000FFFFFFFF.generating");
    std::fs::write(&half, &whole[..whole.len() / 2]).unwrap();
    std::fs::write(db.join("snap.00000000FFFFFFF0.generating"), b"").unwrap();
    std::fs::write(db.join("sprout-commits.tmp"), b"99999").unwrap();

    // What sled 0.34.7 does with it: it takes the greatest name as the
    // snapshot, and refuses the database when that fails its checksum.
    let raw = dir.path().join("raw");
    copy_dir(&db, &raw);
    assert!(
        sled::open(&raw).is_err(),
        "sled reads a .generating snapshot as if it were whole"
    );

    let out = sprout(&db, &["list", "--format", "ids"]);
    assert_eq!(stdout(&out).lines().count(), 300);
    assert!(!half.exists(), "the unfinished snapshot was removed");
    assert_eq!(export(&db), before, "nothing was lost");
}

#[test]
fn a_database_in_use_is_said_to_be_in_use_before_anything_is_looked_at() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 20);
    let store = sprout::store::Store::open(&db).unwrap();
    // The open process writes a snapshot as sled opens: what the refused
    // one must not see, name, or touch.
    let writing = db.join("snap.00000000FFFFFFFF.generating");
    std::fs::write(&writing, b"being written").unwrap();
    for args in [
        &["list"][..],
        &["set", "1", "--score", "3"],
        &["--salvage", "export"],
    ] {
        let err = one_line_error(&sprout(&db, args));
        assert!(
            err.contains("is in use by another sprout process"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(std::fs::read(&writing).unwrap(), b"being written");
    drop(store);
}

#[test]
fn racing_processes_are_told_only_that_the_database_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path(), 50);
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let run = |args: &[&str]| {
        std::process::Command::new(&bin)
            .arg("--db")
            .arg(&db)
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut refusals = 0;
    for _ in 0..rounds(30) {
        let set = run(&["set", "1", "--score", "3"]);
        let list = run(&["list"]);
        for child in [set, list] {
            let out = child.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            if !out.status.success() {
                refusals += 1;
                assert!(
                    err.trim_end()
                        .ends_with("is in use by another sprout process")
                        && err.lines().count() == 1,
                    "{err}"
                );
            }
        }
    }
    eprintln!("{refusals} refusals, every one 'in use'");
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
