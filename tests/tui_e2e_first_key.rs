//! End to end in a real terminal: the first key is never lost. At start the
//! first frame shows the newest ideas; the whole catalog loads behind it,
//! and while its first search runs the list is empty. A key typed then (or
//! before the first frame, while the catalog loads) is kept and played once
//! the results are in, as fzf keeps type-ahead.

use std::process::Command;

mod tmux_support;
use tmux_support::Tmux;

/// More ideas than the first page holds, so the catalog loads behind it.
const IDEAS: &str = "600";

/// Starts the UI in tmux on a fresh demo database; the directory holding
/// it must outlive the session.
fn start_ui(name: &str) -> Option<(Tmux, tempfile::TempDir)> {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let status = Command::new(&bin)
        .args(["--db", db.to_str().unwrap(), "demo", "--count", IDEAS])
        .args(["--seed", "3"])
        .status()
        .unwrap();
    assert!(status.success());
    let script = format!("{} --db {}; sleep 30", bin.display(), db.display());
    let tmux = Tmux::start(name, "first", (120, 36), &script)?;
    Some((tmux, dir))
}

/// The panes of the line holding the list's column heads, and the lines
/// below it: the sidebar, the list and the detail are split by `││`.
fn list_and_detail(screen: &str) -> (Vec<String>, String) {
    let lines: Vec<&str> = screen.lines().collect();
    let head = lines
        .iter()
        .position(|l| l.contains("#    Title"))
        .unwrap_or_else(|| panic!("no list on screen:\n{screen}"));
    let pane = |line: &str, n: usize| line.split("││").nth(n).unwrap_or("").to_string();
    let first_word = |s: String| {
        s.trim_start_matches([' ', '!'])
            .split(' ')
            .next()
            .unwrap_or("")
            .to_string()
    };
    let rows = lines[head + 1..]
        .iter()
        .map(|l| first_word(pane(l, 1)))
        .take_while(|id| id.starts_with('#'))
        .collect();
    (rows, first_word(pane(lines[head], 2)))
}

/// Waits until the whole catalog is in and the cursor has left the top
/// row (the detail, loaded after the cursor moves, shows another idea than
/// the top row's); panics with the screen if it never does, as when the
/// key was lost. Moved before the catalog came, the cursor stays on its
/// idea, which may be elsewhere in the whole list.
fn cursor_left_the_top_row(tmux: &Tmux) {
    let all = format!("Ideas · {IDEAS} of {IDEAS}");
    tmux.wait_for("the cursor off the top row", |s| {
        if !s.contains(&all) {
            return false;
        }
        let (rows, detail) = list_and_detail(s);
        rows.len() > 2 && detail.starts_with('#') && detail != rows[0]
    });
}

#[test]
fn a_key_right_after_the_first_frame_is_not_lost() {
    let Some((tmux, _dir)) = start_ui("first-frame") else {
        return;
    };
    tmux.wait_within("the first frame", std::time::Duration::from_secs(30), |s| {
        s.contains("Ideas ·")
    });
    tmux.keys(&["j"]);
    cursor_left_the_top_row(&tmux);
}

#[test]
fn a_key_typed_before_the_first_frame_is_not_lost() {
    let Some((tmux, _dir)) = start_ui("type-ahead") else {
        return;
    };
    // At once: the shell has not even started sprout yet.
    tmux.keys(&["j"]);
    cursor_left_the_top_row(&tmux);
}
