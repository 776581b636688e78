//! A database written before ideas had versions (by sprout at commit
//! e16163b, in `tests/fixtures/db-before-versions`: 12 demo ideas, one
//! changed, one with a note, a saved view) opens, reads exactly as that
//! sprout exported it, and takes changes.

mod cli_support;

use cli_support::Db;
use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn a_database_from_before_versions_opens_reads_and_takes_changes() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let db = Db::new();
    copy_dir(&fixtures.join("db-before-versions"), &db.path());
    let out = db.dir.path().join("out.json");
    db.run(&["export", "--format", "json", "-o", out.to_str().unwrap()]);
    let expected = std::fs::read(fixtures.join("db-before-versions.json")).unwrap();
    assert!(
        std::fs::read(&out).unwrap() == expected,
        "the export differs from the one the older sprout made"
    );
    let views = db.run(&["views"]);
    assert!(
        views.contains("Mine") && views.contains("assignee:olga"),
        "{views}"
    );

    db.run(&["set", "3", "--stage", "pilot"]);
    db.run(&["note", "3", "checked after the upgrade"]);
    let shown = db.run(&["show", "3"]);
    assert!(shown.contains("pilot"), "{shown}");
    assert!(shown.contains("checked after the upgrade"), "{shown}");
    let listed = db.run(&["list", "stage:pilot", "--limit", "20"]);
    assert!(listed.lines().any(|l| l.starts_with("#3 ")), "{listed}");
}
