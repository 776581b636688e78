//! The external editor in a real terminal: while it runs, every key typed
//! goes to it and none to sprout's input thread, and sprout reads keys
//! again once it is back. Runs in tmux; skipped with a message where tmux
//! is missing.

use std::process::Command;

mod tmux_support;
use tmux_support::{Tmux, wait_for_file};

#[test]
fn keys_typed_while_the_editor_runs_all_reach_the_editor() {
    if !tmux_support::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let made = Command::new(&bin)
        .args(["--db", db.to_str().unwrap(), "add", "--title", "Edited"])
        .output()
        .unwrap();
    assert!(made.status.success());
    // An "editor" that reads one line from the terminal, as a real one
    // reads keys, and writes it down; it changes nothing.
    let editor = dir.path().join("editor.sh");
    let got = dir.path().join("got");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nstty sane < /dev/tty\nread line < /dev/tty\necho \"$line\" > {}\n",
            got.display()
        ),
    )
    .unwrap();
    let made_executable = Command::new("chmod")
        .args(["+x", editor.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(made_executable.success());
    let script = format!(
        "VISUAL={editor} {bin} --db {db}",
        editor = editor.display(),
        bin = bin.display(),
        db = db.display()
    );
    let Some(tmux) = Tmux::start("editor", "editor", (100, 30), &script) else {
        return;
    };
    tmux.wait_for("the list", |s| s.contains("Edited"));
    tmux.keys(&["E"]);
    // sprout's screen is gone while the editor has the terminal.
    tmux.wait_for("the editor", |s| !s.contains("Edited"));
    tmux.keys(&["-l", "every key counts"]);
    tmux.keys(&["Enter"]);
    assert_eq!(wait_for_file(&got), "every key counts\n");
    tmux.wait_for("sprout back, saying nothing changed", |s| {
        s.contains("no changes")
    });
    // Keys reach sprout again.
    tmux.keys(&["?"]);
    tmux.wait_for("the help", |s| s.contains("Keys ("));
    tmux.keys(&["q", "q"]);
}
