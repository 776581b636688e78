//! Crash safety: `sprout import` and `sprout set` killed with SIGKILL at
//! random moments. After every kill the database opens, every change that
//! was reported done is there, an import is wholly there or wholly absent,
//! and ids are never reused. `SPROUT_CRASH_ROUNDS=200` for the long run.

use rand::{Rng, SeedableRng};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn rounds() -> usize {
    std::env::var("SPROUT_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(12)
}

fn sprout(db: &Path) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("sprout"));
    c.arg("--db")
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn ids(db: &Path) -> Vec<u64> {
    let out = sprout(db)
        .args(["list", "--archived", "--format", "ids", "--sort", "id"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the database must open: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.parse().unwrap())
        .collect()
}

/// Runs the command, killing it after `delay`; returns whether it finished
/// and reported success first.
fn run_and_kill(mut cmd: Command, delay: Duration) -> bool {
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(delay);
    let finished = matches!(child.try_wait(), Ok(Some(status)) if status.success());
    let _ = child.kill();
    let _ = child.wait();
    finished
}

#[test]
fn killed_imports_are_all_or_nothing_and_ids_are_never_reused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let seed_db = dir.path().join("seed");
    let file = dir.path().join("ideas.jsonl");
    let size = 400;
    let out = sprout(&seed_db)
        .args(["demo", "--count", &size.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success());
    // Without ids, and with titles of each round's own (an idea already
    // there is not added again), so every import adds a new block of ideas.
    let out = sprout(&seed_db)
        .args(["export", "--format", "jsonl"])
        .output()
        .unwrap();
    let exported = String::from_utf8(out.stdout).unwrap();
    let text_of_round = |round: usize| -> String {
        exported
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().remove("id");
                v["title"] = format!("{} r{round}", v["title"].as_str().unwrap()).into();
                format!("{v}\n")
            })
            .collect()
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    let mut done = 0;
    let mut highest_seen = 0;
    let mut killed = 0;
    for round in 0..rounds() {
        let delay = Duration::from_millis(rng.random_range(0..400));
        std::fs::write(&file, text_of_round(round)).unwrap();
        let mut cmd = sprout(&db);
        // Small chunks, so kills land between the batches of one import.
        cmd.env("SPROUT_WRITE_CHUNK", "100")
            .arg("import")
            .arg(&file);
        let finished = run_and_kill(cmd, delay);
        killed += usize::from(!finished);
        let now = ids(&db);
        assert_eq!(
            now.len() % size,
            0,
            "round {round}: an import is all or nothing ({} ideas)",
            now.len()
        );
        assert!(
            now.len() / size >= done + usize::from(finished),
            "round {round}: a reported import is there"
        );
        done = now.len() / size;
        // Ids are unique and each import's block is contiguous.
        for block in now.chunks(size) {
            assert_eq!(
                block.last().unwrap() - block[0],
                size as u64 - 1,
                "round {round}"
            );
        }
        let mut unique = now.clone();
        unique.dedup();
        assert_eq!(unique.len(), now.len());
        let top = now.last().copied().unwrap_or(0);
        assert!(top >= highest_seen, "round {round}: ids never go back");
        highest_seen = top;
    }
    eprintln!(
        "imports: {} rounds, {killed} killed before they finished, {done} landed",
        rounds()
    );
    assert!(
        killed > 0,
        "some imports must be killed for the test to mean anything"
    );
    // A new idea never gets an id that was given before.
    let out = sprout(&db)
        .args(["add", "--title", "after the crashes"])
        .output()
        .unwrap();
    let id: u64 = String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(id > highest_seen);
}

#[test]
fn killed_sets_keep_every_change_they_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    assert!(
        sprout(&db)
            .args(["demo", "--count", "50"])
            .status()
            .unwrap()
            .success()
    );
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    let stages = ["review", "incubation", "pilot", "scaling", "declined"];
    for round in 0..rounds() {
        let id = rng.random_range(1..=50u64).to_string();
        let stage = stages[round % stages.len()];
        let delay = Duration::from_millis(rng.random_range(0..120));
        let mut cmd = sprout(&db);
        cmd.args(["set", &id, "--stage", stage, "--score", "3"]);
        let finished = run_and_kill(cmd, delay);
        let out = sprout(&db)
            .args(["show", &id, "--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let idea: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        if finished {
            assert_eq!(
                idea["stage"], stage,
                "round {round}: a reported change is there"
            );
        }
        // Stage and score are one change: both or neither.
        let stage_now = idea["stage"].as_str().unwrap();
        let history = idea["history"].as_array().unwrap();
        let last_stage = history
            .iter()
            .rev()
            .find(|c| c["field"] == "stage")
            .map(|c| c["to"].as_str().unwrap());
        assert!(
            last_stage.is_none_or(|s| s == stage_now),
            "round {round}: history agrees with the idea"
        );
    }
}
