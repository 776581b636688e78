//! A real terminal for end-to-end tests: a tmux server on a socket of its
//! own, with a new name for each start (a new session on a socket whose
//! server is still shutting down dies with "server exited unexpectedly"),
//! killed when the test lets go of it. Where tmux is missing a test says
//! SKIPPED and why; under `CI=true` that is a failure, since CI installs
//! tmux (`.ci/run`).
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a screen may take to show what a test waits for, unless it
/// says otherwise.
pub const WAIT: Duration = Duration::from_secs(10);

pub struct Tmux {
    socket: String,
    session: &'static str,
}

/// Whether tmux is here; if not, says SKIPPED (and fails under CI=true).
pub fn available() -> bool {
    if Command::new("tmux").arg("-V").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "tmux is not installed, and under CI=true no test may be skipped"
    );
    eprintln!("SKIPPED: tmux is not installed (.ci/run installs it)");
    false
}

impl Tmux {
    /// Starts `script` (a shell line) in a detached session `session` of
    /// `size`, on a socket named for the test `name`; `None` where tmux is
    /// missing.
    pub fn start(
        name: &str,
        session: &'static str,
        size: (u16, u16),
        script: &str,
    ) -> Option<Tmux> {
        static STARTS: AtomicUsize = AtomicUsize::new(0);
        if !available() {
            return None;
        }
        let (w, h) = (size.0.to_string(), size.1.to_string());
        // A server that dies as it starts (seen on a loaded machine: "server
        // exited unexpectedly") would leave the test waiting for a screen
        // that never comes: start again on a new socket, a few times.
        let mut said = String::new();
        for _ in 0..3 {
            let n = STARTS.fetch_add(1, Ordering::SeqCst);
            let tmux = Tmux {
                socket: format!("sprout-{name}-{}-{n}", std::process::id()),
                session,
            };
            let out = Command::new("tmux")
                .args(["-L", &tmux.socket, "new-session", "-d", "-s", session])
                .args(["-x", &w, "-y", &h, "sh", "-c", script])
                .output()
                .unwrap();
            if out.status.success() {
                return Some(tmux);
            }
            said = String::from_utf8_lossy(&out.stderr).into_owned();
        }
        panic!("tmux would not start a session: {said}");
    }

    /// A tmux command on this server; what it printed.
    pub fn run(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", self.session])
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", self.session];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Waits up to [`WAIT`] until the screen satisfies `ok`; panics with
    /// the screen if it does not.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.wait_within(what, WAIT, ok)
    }

    /// [`Tmux::wait_for`] with a limit of its own.
    pub fn wait_within(&self, what: &str, within: Duration, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > within {
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

/// The text of a file once it is there and ends its last line (a process
/// in the terminal writes it); panics after [`WAIT`].
pub fn wait_for_file(path: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < WAIT {
        if let Ok(s) = std::fs::read_to_string(path)
            && s.ends_with('\n')
        {
            return s;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{} never appeared", path.display());
}
