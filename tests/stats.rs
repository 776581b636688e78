//! The statistics: the UI's view and `sprout stats` come from one function
//! and agree; `is:stale` and the Markdown report.

mod common;
use assert_cmd::Command;
use common::NOW;
use sprout::tui::msg::Msg;

fn sprout(db: &std::path::Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("sprout")
        .unwrap()
        .env("SPROUT_DB", db)
        .env("SPROUT_NOW", NOW.rfc3339())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_ui_and_the_command_line_agree() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    sprout(&db, &["demo", "--count", "400", "--seed", "3"]);
    for query in ["", "region:tatar", "sector:health stage:new,review"] {
        let cli: serde_json::Value =
            serde_json::from_str(&sprout(&db, &["stats", query, "--format", "json"])).unwrap();
        let store = sprout::store::Store::open(&db).unwrap();
        let mut app = common::app(&store, (120, 36));
        common::send(&mut app, &store, [Msg::EditQuery]);
        common::type_text(&mut app, &store, query);
        common::send(&mut app, &store, [Msg::AcceptQuery, Msg::ToggleStats]);
        let ui = serde_json::to_value(&app.stats.as_ref().unwrap().0).unwrap();
        assert_eq!(ui, cli, "query {query:?}");
        assert!(cli["total"].as_u64().unwrap() > 0);
    }
}

#[test]
fn stale_ideas_are_selected_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    sprout(&db, &["demo", "--count", "300", "--seed", "4"]);
    let stale: Vec<u64> = sprout(&db, &["list", "is:stale", "--format", "ids"])
        .lines()
        .map(|l| l.parse().unwrap())
        .collect();
    let stats: serde_json::Value =
        serde_json::from_str(&sprout(&db, &["stats", "--format", "json"])).unwrap();
    let over: u64 = stats["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["over_stale_days"].as_u64().unwrap())
        .sum();
    assert_eq!(stale.len() as u64, over);
    assert!(!stale.is_empty());
    let fresh = sprout(&db, &["list", "!is:stale stage:new", "--format", "ids"]);
    assert!(!fresh.is_empty(), "some of the inbox is recent");
}

#[test]
fn markdown_and_table_reports() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    sprout(&db, &["demo", "--count", "50"]);
    let md = sprout(&db, &["stats", "--format", "markdown"]);
    assert!(md.starts_with("# Pipeline: 50 ideas\n"), "{md}");
    for section in [
        "## Sector",
        "## Funnel",
        "## Sector by stage",
        "## Waiting",
        "## Barrier",
        "## Top regions",
    ] {
        assert!(md.contains(section), "{section} missing");
    }
    assert!(md.contains("|---|---:|---:|"));
    let table = sprout(&db, &["stats"]);
    assert!(table.contains("Funnel: ideas now in each stage"), "{table}");
    assert!(table.contains("MEDIAN DAYS"));
}
