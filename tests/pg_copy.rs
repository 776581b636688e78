//! `sprout copy --from SRC --to DST` between any two engines: a JSON export
//! of the source and of the copy are the same bytes, ids go on from the
//! source's counter, and a destination that is not empty is refused.

mod pg_support;
use pg_support::{TestDb, sprout};
use std::path::Path;

fn run(db: &str, args: &[&str]) -> String {
    let out = sprout().arg("--db").arg(db).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn export(db: &str) -> Vec<u8> {
    let out = sprout()
        .arg("--db")
        .arg(db)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn copy(from: &str, to: &str) -> std::process::Output {
    sprout()
        .args(["copy", "--from", from, "--to", to])
        .output()
        .unwrap()
}

/// A database with ideas, notes, history, and views of its own in an
/// order of its own.
fn fill(db: &str) {
    run(db, &["demo", "--count", "250", "--seed", "11"]);
    run(db, &["set", "3", "7", "--stage", "pilot", "--score", "4"]);
    run(db, &["note", "7", "Called them; budget needs a breakdown"]);
    run(
        db,
        &["views", "save", "Pilots", "stage:pilot", "--sort", "score"],
    );
    run(db, &["views", "rename", "Inbox", "New · to read"]);
    run(db, &["views", "delete", "In review"]);
}

fn path(p: &Path) -> String {
    p.to_str().unwrap().to_string()
}

#[test]
fn a_copy_exports_the_same_bytes_between_any_two_engines() {
    let Some(pg_a) = TestDb::new("copy_a") else {
        return;
    };
    let Some(pg_b) = TestDb::new("copy_b") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sled_src = path(&dir.path().join("src"));
    fill(&sled_src);
    let original = export(&sled_src);
    assert!(original.len() > 10_000);

    // sled -> pg -> pg -> sled -> sled: every step the same export.
    let sled_back = path(&dir.path().join("back"));
    let sled_again = path(&dir.path().join("again"));
    for (from, to) in [
        (sled_src.as_str(), pg_a.url.as_str()),
        (&pg_a.url, &pg_b.url),
        (&pg_b.url, &sled_back),
        (&sled_back, &sled_again),
    ] {
        let out = copy(from, to);
        assert!(out.status.success(), "{from} -> {to}: {out:?}");
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(said.contains("copied 250 ideas and 5 views"), "{said}");
        assert!(export(to) == original, "{from} -> {to}: the export differs");
    }

    // The id counter came along: the next idea gets the same id everywhere.
    let next = run(&sled_src, &["add", "--title", "After the copy"]);
    assert_eq!(next.trim(), "251");
    for db in [&pg_a.url, &pg_b.url, &sled_back, &sled_again] {
        assert_eq!(run(db, &["add", "--title", "After the copy"]), next, "{db}");
    }
}

#[test]
fn a_destination_that_is_not_empty_is_refused_and_left_as_it_was() {
    let Some(pg) = TestDb::new("copy_full") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let sled = path(&dir.path().join("src"));
    run(&sled, &["demo", "--count", "5"]);
    run(&pg.url, &["add", "--title", "Already here"]);
    let before = export(&pg.url);
    for (from, to) in [(sled.as_str(), pg.url.as_str()), (&pg.url, &sled)] {
        let out = copy(from, to);
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("is not empty: it has"), "{err}");
        assert!(err.contains("nothing was written"), "{err}");
    }
    assert!(export(&pg.url) == before, "unchanged");

    // Views of its own count too, and a source that is not there is said.
    let views_only = path(&dir.path().join("views-only"));
    run(&views_only, &["views", "save", "Mine", "stage:new"]);
    let err = String::from_utf8(copy(&sled, &views_only).stderr).unwrap();
    assert!(err.contains("it has views of its own"), "{err}");
    let missing = path(&dir.path().join("missing"));
    let out = copy(&missing, &path(&dir.path().join("new")));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no database at"), "{err}");
    assert!(!Path::new(&missing).exists(), "not made by looking");
}
