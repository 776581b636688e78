//! A burst of input in a real terminal: more than the terminal reader
//! takes in one read must all reach the query bar, and the list must end
//! on the results of the query on screen. Runs in tmux; skipped with a
//! message where tmux is missing.

use std::process::Command;
use std::time::Duration;

mod tmux_support;
use tmux_support::Tmux;

/// The status line (the screen's last line).
fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or_default()
}

#[test]
fn a_burst_of_typing_ends_on_the_results_of_the_whole_query() {
    if !tmux_support::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let made = Command::new(&bin)
        .args(["--db", db.to_str().unwrap(), "demo", "--count", "300"])
        .args(["--seed", "3"])
        .status()
        .unwrap();
    assert!(made.success());
    let script = format!("{} --db {}; sleep 30", bin.display(), db.display());
    let Some(tmux) = Tmux::start("burst", "burst", (120, 36), &script) else {
        return;
    };
    let long = Duration::from_secs(30);
    tmux.wait_within("the list", long, |s| s.contains("Ideas · 300 of 300"));

    // Two words with 450 spaces between them, the second one long and in
    // Cyrillic (two bytes a letter): its end arrives after the first 1,024
    // bytes, inside the query's bounds (1,000 characters, 100 terms).
    tmux.run(&["send-keys", "-t", "burst", "/"]);
    let spaced = format!("social{}{}zqxj", " ".repeat(450), "ж".repeat(300));
    assert!(spaced.len() > 1024 && spaced.chars().count() <= 1000);
    tmux.run(&["send-keys", "-t", "burst", "-l", &spaced]);
    let s = tmux.wait_within("no results for the whole query", long, |s| {
        status(s).contains(" 0 of 300 ideas") && !status(s).contains("searching")
    });
    assert!(s.lines().next().unwrap_or_default().contains("zqxj"), "{s}");

    // 80 Cyrillic terms that match, the last one matching nothing: 1,043
    // bytes, so the last term comes after the first 1,024.
    tmux.run(&["send-keys", "-t", "burst", "Escape"]);
    tmux.wait_within("the query cleared", long, |s| {
        status(s).contains(" 300 of 300 ideas")
    });
    let mut terms: Vec<&str> = vec!["социал"; 80];
    terms.push("zqx");
    let query = terms.join(" ");
    assert_eq!(query.len(), 1043);
    tmux.run(&["send-keys", "-t", "burst", "/"]);
    tmux.run(&["send-keys", "-t", "burst", "-l", &query]);
    let s = tmux.wait_within("no results for the whole query", long, |s| {
        status(s).contains(" 0 of 300 ideas") && !status(s).contains("searching")
    });
    assert!(s.lines().next().unwrap_or_default().contains("zqx"), "{s}");
    tmux.run(&["send-keys", "-t", "burst", "Escape", ""]);
    tmux.run(&["send-keys", "-t", "burst", "q"]);
}
