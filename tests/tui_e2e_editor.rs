//! The external editor in a real terminal: while it runs, every key typed
//! goes to it and none to sprout's input thread, and sprout reads keys
//! again once it is back. Runs in tmux; skipped with a message where tmux
//! is missing.

use std::path::Path;
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
        self.run(&["capture-pane", "-p", "-t", "editor"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "editor"];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Waits until the screen satisfies `ok`; panics with the screen if not.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
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

fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(s) = std::fs::read_to_string(path)
            && s.ends_with('\n')
        {
            return s;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{} never appeared", path.display());
}

#[test]
fn keys_typed_while_the_editor_runs_all_reach_the_editor() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("SKIPPED: tmux is not installed (.ci/run installs it)");
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
    let tmux = Tmux {
        socket: format!("sprout-editor-{}", std::process::id()),
    };
    let script = format!(
        "VISUAL={editor} {bin} --db {db}",
        editor = editor.display(),
        bin = bin.display(),
        db = db.display()
    );
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        "editor",
        "-x",
        "100",
        "-y",
        "30",
        "sh",
        "-c",
        &script,
    ]);
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
