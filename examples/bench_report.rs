//! The board pack's figure of BENCHMARKS.md (issue 18, point 9): `sprout
//! report` of a 500-idea shortlist, three reviews an idea, to an HTML file
//! and as Markdown, as whole processes (the target: at most 2 s).
//!
//!     cargo build --release && cargo build --release --example bench_report
//!     target/release/examples/bench_report /tmp/bench-report [IDEAS]
//!
//! The ideas are `sprout demo --seed 1` ideas, exported as JSON, given
//! three reviews each (anna, boris, olga, with comments) and imported into
//! a new database in the directory given. Prints the median of 5 runs
//! (`SPROUT_BENCH_RUNS` says how many) and the size of the page.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The `sprout` binary built beside this example.
fn sprout_binary() -> PathBuf {
    std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("sprout")
}

fn run(binary: &Path, db: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(binary)
        .arg("--db")
        .arg(db)
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .expect("run sprout");
    assert!(out.status.success(), "{args:?}");
    out.stdout
}

/// Adds three reviews to every idea of a JSON export.
fn with_reviews(export: &[u8]) -> Vec<u8> {
    let mut doc: serde_json::Value = serde_json::from_slice(export).unwrap();
    let criteria = [
        "relevance",
        "impact",
        "feasibility",
        "sustainability",
        "team",
    ];
    let ideas = doc["ideas"].as_array_mut().expect("an export's ideas");
    for (n, idea) in ideas.iter_mut().enumerate() {
        let reviews: Vec<serde_json::Value> = ["anna", "boris", "olga"]
            .iter()
            .enumerate()
            .map(|(r, who)| {
                let scores: Vec<serde_json::Value> = criteria
                    .iter()
                    .enumerate()
                    .map(|(c, name)| serde_json::json!([name, 1 + (n * 7 + r * 3 + c) % 5]))
                    .collect();
                serde_json::json!({
                    "by": who,
                    "rubric": 1,
                    "scores": scores,
                    "confidence": 1 + (n + r) % 3,
                    "comment": format!("{who} on idea {n}: a clear need, a budget that needs a breakdown, and a team that has done this before."),
                    "time": "2026-11-20T10:00:00Z",
                })
            })
            .collect();
        idea["reviews"] = serde_json::Value::Array(reviews);
    }
    serde_json::to_vec(&doc).unwrap()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().expect("a directory for the databases"));
    let count: usize = args
        .next()
        .map_or(500, |n| n.parse().expect("a number of ideas"));
    let runs: usize = std::env::var("SPROUT_BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let binary = sprout_binary();
    std::fs::create_dir_all(&dir).unwrap();
    let (demo, db) = (dir.join("demo-db"), dir.join("reviewed-db"));
    let _ = std::fs::remove_dir_all(&demo);
    let _ = std::fs::remove_dir_all(&db);
    run(
        &binary,
        &demo,
        &["demo", "--count", &count.to_string(), "--seed", "1"],
    );
    let export = run(&binary, &demo, &["export", "--format", "json"]);
    let file = dir.join("reviewed.json");
    std::fs::write(&file, with_reviews(&export)).unwrap();
    run(&binary, &db, &["import", file.to_str().unwrap()]);
    let page = dir.join("board.html");
    for (what, extra) in [
        ("html", vec!["-o", page.to_str().unwrap()]),
        ("markdown", vec!["--format", "markdown"]),
    ] {
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            let mut a = vec!["report"];
            a.extend(&extra);
            let start = Instant::now();
            let out = run(&binary, &db, &a);
            times.push(start.elapsed().as_secs_f64());
            std::hint::black_box(out);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "report of {count} ideas x 3 reviews, {what}: median {:.3} s of {runs} (min {:.3}, max {:.3})",
            times[runs / 2],
            times[0],
            times[runs - 1]
        );
    }
    let size = std::fs::metadata(&page).unwrap().len();
    println!("the page: {:.0} KiB", size as f64 / 1024.0);
}
