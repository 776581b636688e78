//! End to end in a real terminal: the binary runs in tmux on a demo
//! database; we search, open help, resize and quit, then check the exit
//! code and that the terminal settings came back unchanged (on both
//! engines; what is about closing sled's files stays on sled).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

mod engines;
mod tmux_support;
use engines::{Engine, Fresh, on_both_engines};
use tmux_support::{Tmux, wait_for_file};

/// Starts `script` (a shell line) in a detached tmux session of this size.
fn start(name: &str, size: (u16, u16), script: &str) -> Option<Tmux> {
    Tmux::start(name, "e2e", size, script)
}

on_both_engines!(search_help_resize_and_quit_in_a_real_terminal);
fn search_help_resize_and_quit_in_a_real_terminal(engine: Engine) {
    let dir = tempfile::tempdir().unwrap();
    let fresh = Fresh::new(engine);
    let db = fresh.location();
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let status = Command::new(&bin)
        .args(["--db", db.to_str().unwrap(), "demo", "--count", "200"])
        .status()
        .unwrap();
    assert!(status.success());
    let script = format!(
        "stty -g > {d}/before; {bin} --db {db}; echo $? > {d}/code; stty -g > {d}/after; sleep 30",
        d = dir.path().display(),
        bin = bin.display(),
        db = db.display()
    );
    let Some(tmux) = start("e2e", (100, 30), &script) else {
        return;
    };
    tmux.wait_for("the list", |s| s.contains("Ideas · 200 of 200"));

    tmux.keys(&["/", "water"]);
    let s = tmux.wait_for("search results", |s| {
        s.contains("/ water") && !s.contains("200 of 200")
    });
    assert!(s.contains("Clean water"), "{s}");
    tmux.keys(&["Enter", "?"]);
    tmux.wait_for("help", |s| {
        s.contains("Keys (? or Esc or q closes)") && s.contains("triage the new ideas")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| {
        !s.contains("Keys (? or Esc or q closes)")
    });

    tmux.run(&["resize-window", "-t", "e2e", "-x", "50", "-y", "16"]);
    tmux.wait_for("narrow layout", |s| {
        s.lines()
            .next()
            .is_some_and(|l| l.trim_end().chars().count() <= 50)
            && !s.contains("Filters")
    });
    tmux.keys(&["Enter"]);
    tmux.wait_for("full-screen detail", |s| {
        s.contains("Detail") && s.contains("proposer")
    });
    // Escape and q sent together would read as Alt-q.
    tmux.keys(&["Escape"]);
    tmux.wait_for("back to the list", |s| s.contains("Ideas ·"));
    tmux.keys(&["q"]);

    assert_eq!(wait_for_file(&dir.path().join("code")).trim(), "0");
    let before = wait_for_file(&dir.path().join("before"));
    let after = wait_for_file(&dir.path().join("after"));
    assert_eq!(before, after, "terminal settings restored");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_and_keep_changes() {
    for signal in ["-TERM", "-HUP"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        let bin = assert_cmd::cargo::cargo_bin("sprout");
        let made = Command::new(&bin)
            .args(["--db", db.to_str().unwrap(), "add", "--title", "Kept"])
            .output()
            .unwrap();
        assert!(made.status.success());
        let script = format!(
            "stty -g > {d}/before; sh -c 'echo $$ > {d}/pid; exec {bin} --db {db}'; echo $? > {d}/code; stty -g > {d}/after; sleep 30",
            d = dir.path().display(),
            bin = bin.display(),
            db = db.display()
        );
        let Some(tmux) = start(&format!("sig{}", &signal[1..]), (80, 24), &script) else {
            return;
        };
        tmux.wait_for("the list", |s| s.contains("Kept"));
        tmux.keys(&["4"]);
        tmux.wait_for("the change", |s| s.contains("sector → Employment"));
        let pid = wait_for_file(&dir.path().join("pid"));
        Command::new("kill")
            .args([signal, pid.trim()])
            .status()
            .unwrap();
        assert_eq!(
            wait_for_file(&dir.path().join("code")).trim(),
            "0",
            "{signal}"
        );
        assert_eq!(
            wait_for_file(&dir.path().join("before")),
            wait_for_file(&dir.path().join("after")),
            "{signal}"
        );
        drop(tmux);
        let out = Command::new(&bin)
            .args([
                "--db",
                db.to_str().unwrap(),
                "show",
                "1",
                "--format",
                "json",
            ])
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("\"sector\": \"employment\""),
            "{signal}: the change was kept"
        );
    }
}

/// sprout's UI in tmux on a new sled database holding one idea titled
/// `title`, once the list shows it: the database's directory, the tmux
/// server and the process id of sprout itself (exec'd by the shell).
fn ui_on_one_idea(name: &str, title: &str) -> Option<(tempfile::TempDir, Tmux, String)> {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let made = Command::new(&bin)
        .args(["--db", db.to_str().unwrap(), "add", "--title", title])
        .output()
        .unwrap();
    assert!(made.status.success());
    let script = format!(
        "sh -c 'echo $$ > {d}/pid; exec {bin} --db {db}'",
        d = dir.path().display(),
        bin = bin.display(),
        db = db.display()
    );
    let tmux = start(name, (80, 24), &script)?;
    tmux.wait_for("the list", |s| s.contains(title));
    let pid = wait_for_file(&dir.path().join("pid")).trim().to_string();
    Some((dir, tmux, pid))
}

#[test]
fn closing_the_terminal_ends_sprout_and_closes_the_database_cleanly() {
    let Some((dir, tmux, pid)) = ui_on_one_idea("hup", "Kept") else {
        return;
    };
    let db = dir.path().join("db");
    drop(tmux); // kills the tmux server: the terminal hangs up
    let proc_dir = Path::new("/proc").join(&pid);
    let start = Instant::now();
    // A hang guard, not a speed goal: on a hang-up sprout may give the
    // database up to 10 s to close before it ends.
    while proc_dir.exists() && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        !proc_dir.exists(),
        "sprout {pid} still runs after its terminal went away"
    );
    // The close was recorded (commits, and each of sled's files' size and
    // time), so the next start need not copy the database to check it;
    // crossterm spins once its terminal is gone, so this is the signal
    // thread's doing.
    let record = std::fs::read_to_string(db.join("sprout-commits")).unwrap();
    assert!(
        record.lines().any(|l| l.ends_with(" db")),
        "a clean close is recorded: {record:?}"
    );
    // And the database is free again.
    assert!(sprout::store::Store::open(&db).is_ok());
}

#[test]
#[cfg_attr(
    not(feature = "test-hooks"),
    ignore = "the panic on demand is only in a test build: cargo test --features test-hooks"
)]
fn a_panic_restores_the_terminal_and_says_where_the_log_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let log = dir.path().join("crash.log");
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let script = format!(
        "stty -g > {d}/before; SPROUT_PANIC_FOR_TEST=ui SPROUT_CRASH_LOG={log} {bin} --db {db} 2> {d}/stderr; echo $? > {d}/code; stty -g > {d}/after; sleep 30",
        d = dir.path().display(),
        log = log.display(),
        bin = bin.display(),
        db = db.display()
    );
    let Some(_tmux) = start("panic", (80, 24), &script) else {
        return;
    };
    assert_eq!(wait_for_file(&dir.path().join("code")).trim(), "101");
    assert_eq!(
        wait_for_file(&dir.path().join("before")),
        wait_for_file(&dir.path().join("after"))
    );
    let stderr = std::fs::read_to_string(dir.path().join("stderr")).unwrap();
    assert!(
        stderr.contains("sprout crashed (a bug): a panic the tests asked for"),
        "{stderr}"
    );
    assert!(stderr.contains(&log.display().to_string()), "{stderr}");
    assert!(
        !stderr.contains("stack backtrace"),
        "the backtrace goes to the log: {stderr}"
    );
    let report = std::fs::read_to_string(&log).unwrap();
    assert!(
        report.contains("a panic the tests asked for") && report.contains("runtime.rs"),
        "{report}"
    );
}

on_both_engines!(a_key_press_survives_a_kill_one_second_later);
fn a_key_press_survives_a_kill_one_second_later(engine: Engine) {
    let dir = tempfile::tempdir().unwrap();
    let fresh = Fresh::new(engine);
    let db = fresh.location();
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let status = Command::new(&bin)
        .args(["--db", db.to_str().unwrap(), "add", "--title", "Only idea"])
        .output()
        .unwrap();
    assert!(status.status.success());
    let script = format!(
        "sh -c 'echo $$ > {d}/pid; exec {bin} --db {db}'",
        d = dir.path().display(),
        bin = bin.display(),
        db = db.display()
    );
    let Some(tmux) = start("kill9", (100, 30), &script) else {
        return;
    };
    tmux.wait_for("the list", |s| s.contains("Only idea"));
    tmux.keys(&["5"]);
    tmux.wait_for("the new sector", |s| s.contains("sector → Ecology"));
    std::thread::sleep(Duration::from_secs(1));
    let pid = wait_for_file(&dir.path().join("pid")).trim().to_string();
    Command::new("kill").args(["-KILL", &pid]).status().unwrap();
    let proc_dir = Path::new("/proc").join(&pid);
    let start_wait = Instant::now();
    while proc_dir.exists() && start_wait.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(tmux);
    let store = (0..100)
        .find_map(|_| {
            std::thread::sleep(Duration::from_millis(50));
            sprout::store::Store::open(&db).ok()
        })
        .expect("the database opens after the kill");
    assert_eq!(
        store.idea(1).unwrap().unwrap().sector,
        sprout::domain::Sector::Ecology
    );
}

#[test]
fn a_config_file_with_an_error_is_reported_and_the_defaults_used() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "theme = \"light\"\n\n[keys.browse]\ntop = \"Dwn\"\n",
    )
    .unwrap();
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    let script = format!(
        "SPROUT_CONFIG={c} {bin} --db {db} 2> {d}/err; echo $? > {d}/code; sleep 30",
        c = config.display(),
        d = dir.path().display(),
        bin = bin.display(),
        db = db.display()
    );
    let Some(tmux) = start("config", (100, 30), &script) else {
        return;
    };
    let s = tmux.wait_for("the notice", |s| {
        s.contains("Config file errors: started with the defaults")
    });
    assert!(
        s.contains("line 4: keys.browse.top: 'Dwn' is not a key"),
        "{s}"
    );
    tmux.keys(&["x"]);
    let s = tmux.wait_for("the welcome screen", |s| {
        !s.contains("Config file errors: started with the defaults")
    });
    assert!(s.contains("Welcome to sprout"), "{s}");
    tmux.keys(&["q"]);
    assert_eq!(wait_for_file(&dir.path().join("code")).trim(), "0");
    let err = std::fs::read_to_string(dir.path().join("err")).unwrap();
    assert!(
        err.contains("sprout: config: ") && err.contains("line 4: keys.browse.top"),
        "said again after the screen is restored: {err}"
    );
}

/// Voluntary context switches of the process's own threads (sled's thread
/// pool and log flusher are sled's, and wake on their own timers).
fn own_wakeups(pid: &str) -> u64 {
    let tasks = std::fs::read_dir(Path::new("/proc").join(pid).join("task")).unwrap();
    tasks
        .filter_map(|t| {
            let dir = t.ok()?.path();
            let name = std::fs::read_to_string(dir.join("comm")).ok()?;
            if name.starts_with("sled") || name.starts_with("log flusher") {
                return None;
            }
            let status = std::fs::read_to_string(dir.join("status")).ok()?;
            status
                .lines()
                .find_map(|l| l.strip_prefix("voluntary_ctxt_switches:"))
                .and_then(|n| n.trim().parse::<u64>().ok())
        })
        .sum()
}

#[test]
fn an_idle_ui_sleeps_until_something_happens() {
    let Some((_dir, tmux, pid)) = ui_on_one_idea("idle", "Quiet") else {
        return;
    };
    std::thread::sleep(Duration::from_millis(500));
    let before = own_wakeups(&pid);
    std::thread::sleep(Duration::from_secs(3));
    let idle = own_wakeups(&pid) - before;
    // A loop that polled every 200 ms woke 15 times in these 3 s.
    assert!(idle <= 3, "sprout's threads woke {idle} times in 3 s idle");
    // And a key still wakes it at once.
    tmux.keys(&["?"]);
    tmux.wait_for("the help", |s| s.contains("Keys ("));
    tmux.keys(&["q", "q"]);
}
