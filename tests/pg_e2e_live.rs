//! Two real UIs in tmux on one PostgreSQL database (issue 16, point 2):
//! a stage set in one shows in the other within a second, its status line
//! saying who changed what, through the whole runtime (LISTEN, the wake on
//! the event channel, the catch-up). SKIPPED without tmux or a server.

mod pg_support;
mod tmux_support;

use pg_support::TestDb;
use std::time::{Duration, Instant};
use tmux_support::Tmux;

fn sprout(db: &TestDb, args: &[&str]) {
    assert_cmd::Command::cargo_bin("sprout")
        .unwrap()
        .env_remove("SPROUT_CONFIG")
        .args(["--db", &db.url])
        .args(args)
        .assert()
        .success();
}

/// The first line of the list (the row the cursor starts on), by its id.
fn top_id(screen: &str) -> String {
    let line = screen.lines().nth(3).unwrap_or_default();
    let at = line.find('#').expect("a row with an id");
    line[at..].split_whitespace().next().unwrap().to_string()
}

#[test]
fn a_stage_set_in_one_ui_shows_in_the_other_within_a_second() {
    let Some(db) = TestDb::new("e2e_live") else {
        return;
    };
    sprout(&db, &["demo", "--count", "40", "--seed", "3"]);
    let bin = assert_cmd::cargo::cargo_bin("sprout");
    // PGPASSWORD comes from the test's environment, never the command line.
    let script = format!(
        "SPROUT_CONFIG=/nonexistent {} --db {}; sleep 30",
        bin.display(),
        db.url
    );
    let Some(ivan) = Tmux::start("live-ivan", "ivan", (120, 36), &script) else {
        return;
    };
    let Some(olga) = Tmux::start("live-olga", "olga", (120, 36), &script) else {
        return;
    };
    let ready = |s: &str| s.contains("40 of 40 ideas");
    ivan.wait_for("ivan's UI", ready);
    let screen = olga.wait_for("olga's UI", ready);
    let id = top_id(&screen);
    // The watcher LISTENs on a connection of its own: give it a moment.
    std::thread::sleep(Duration::from_millis(500));
    // A stage none of the demo's top rows is likely at: incubation, or
    // scaling if it is.
    let (key, stage) = if screen.lines().nth(3).unwrap().contains("incb") {
        ("c", "scaling")
    } else {
        ("i", "incubation")
    };
    // A first key can be lost while a terminal settles: until olga's own
    // screen says her change was made, press again.
    let own = format!("stage → {stage} for {id}");
    let said = format!(": {id} → {stage}");
    let mut started = Instant::now();
    for _ in 0..5 {
        olga.keys(&["S"]);
        started = Instant::now();
        olga.keys(&[key]);
        std::thread::sleep(Duration::from_millis(300));
        if olga.screen().contains(&own) {
            break;
        }
    }
    olga.wait_for("olga's own change", |s| s.contains(&own));
    ivan.wait_within("olga's change in ivan's UI", Duration::from_secs(1), |s| {
        s.lines().last().is_some_and(|l| l.contains(&said))
    });
    eprintln!(
        "shown in the other UI {:?} after the key",
        started.elapsed()
    );
}
