//! A burst of input in a real terminal: more than the terminal reader
//! takes in one read must all reach the query bar, and the list must end
//! on the results of the query on screen. Runs in tmux; skipped with a
//! message where tmux is missing.

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "burst"])
    }

    /// Waits until the screen satisfies `ok`; panics with the screen if not.
    fn wait_for(&self, what: &str, within: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > within {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

/// The status line (the screen's last line).
fn status(screen: &str) -> &str {
    screen.lines().last().unwrap_or_default()
}

#[test]
fn a_burst_of_typing_ends_on_the_results_of_the_whole_query() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("SKIPPED: tmux is not installed (.ci/run installs it)");
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
    let tmux = Tmux {
        socket: format!("sprout-burst-{}", std::process::id()),
    };
    let script = format!("{} --db {}; sleep 30", bin.display(), db.display());
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "burst",
        "-x",
        "120",
        "-y",
        "36",
        "sh",
        "-c",
        &script,
    ]);
    let long = Duration::from_secs(30);
    tmux.wait_for("the list", long, |s| s.contains("Ideas · 300 of 300"));

    // Two words with 450 spaces between them, the second one long and in
    // Cyrillic (two bytes a letter): its end arrives after the first 1,024
    // bytes, inside the query's bounds (1,000 characters, 100 terms).
    tmux.run(&["send-keys", "-t", "burst", "/"]);
    let spaced = format!("social{}{}zqxj", " ".repeat(450), "ж".repeat(300));
    assert!(spaced.len() > 1024 && spaced.chars().count() <= 1000);
    tmux.run(&["send-keys", "-t", "burst", "-l", &spaced]);
    let s = tmux.wait_for("no results for the whole query", long, |s| {
        status(s).contains(" 0 of 300 ideas") && !status(s).contains("searching")
    });
    assert!(s.lines().next().unwrap_or_default().contains("zqxj"), "{s}");

    // 80 Cyrillic terms that match, the last one matching nothing: 1,043
    // bytes, so the last term comes after the first 1,024.
    tmux.run(&["send-keys", "-t", "burst", "Escape"]);
    tmux.wait_for("the query cleared", long, |s| {
        status(s).contains(" 300 of 300 ideas")
    });
    let mut terms: Vec<&str> = vec!["социал"; 80];
    terms.push("zqx");
    let query = terms.join(" ");
    assert_eq!(query.len(), 1043);
    tmux.run(&["send-keys", "-t", "burst", "/"]);
    tmux.run(&["send-keys", "-t", "burst", "-l", &query]);
    let s = tmux.wait_for("no results for the whole query", long, |s| {
        status(s).contains(" 0 of 300 ideas") && !status(s).contains("searching")
    });
    assert!(s.lines().next().unwrap_or_default().contains("zqx"), "{s}");
    tmux.run(&["send-keys", "-t", "burst", "Escape", ""]);
    tmux.run(&["send-keys", "-t", "burst", "q"]);
}
