//! `sprout assign` at the size of issue 18 point 9: 10,000 ideas to 20
//! reviewers (3 per idea, a few conflicts of interest), target ≤ 1 s.
//! Release build:
//!
//!     cargo run --release --example bench_assign
//!
//! Makes a sled database of 10,000 demo ideas in a temporary directory,
//! declares five conflicts, and prints: the planner alone (median of 5),
//! `assign --dry-run` end to end (the query, reading every idea, the plan
//! and its table; median of 3), and the real `assign --yes` once (the same
//! plus writing 30,000 assignments to 10,000 ideas in one commit). The
//! commands run in this process, their output sent to /dev/null.

use clap::Parser;
use sprout::cli::{Cli, run};
use sprout::domain::assign::{Candidate, plan};
use sprout::domain::assign_conflicts::{ConflictField, DeclaredConflict};
use sprout::domain::{Clock, SystemClock};
use sprout::store::Store;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const IDEAS: usize = 10_000;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Runs `sprout ARGS` here with standard output sent to /dev/null.
fn quietly(args: &[&str]) -> Duration {
    let cli = Cli::try_parse_from(std::iter::once("sprout").chain(args.iter().copied()))
        .expect("arguments");
    let null = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/null")
        .unwrap();
    // SAFETY: plain descriptor calls on descriptors this process owns.
    let saved = unsafe { libc::dup(1) };
    unsafe { libc::dup2(std::os::fd::AsRawFd::as_raw_fd(&null), 1) };
    let start = Instant::now();
    let result = run(cli.command.expect("a command"), cli.db, false, None);
    let took = start.elapsed();
    unsafe {
        libc::dup2(saved, 1);
        libc::close(saved);
    }
    result.expect("the command");
    took
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let now = SystemClock.now();
    {
        let store = Store::open(&path).unwrap();
        let mut writes = store.begin().unwrap();
        for mut idea in sprout::demo::generate(IDEAS, 1, now) {
            idea.id = writes.allocate();
            writes.put(idea, None);
        }
        let regions = ["Perm Krai", "Tatarstan", "Karelia"];
        let mut conflicts: Vec<DeclaredConflict> = regions
            .iter()
            .enumerate()
            .map(|(n, r)| {
                DeclaredConflict::new(
                    &format!("r{:02}", n + 1),
                    ConflictField::Region,
                    r,
                    "bench",
                    now,
                )
                .unwrap()
            })
            .collect();
        for (n, org) in ["Green Street", "Bright Future"].iter().enumerate() {
            conflicts.push(
                DeclaredConflict::new(
                    &format!("r{:02}", n + 4),
                    ConflictField::Org,
                    org,
                    "bench",
                    now,
                )
                .unwrap(),
            );
        }
        writes.set_conflicts(Vec::new(), conflicts);
        store.commit_large(writes).unwrap();
        store.flush().unwrap();
    }
    let db = path.to_str().unwrap();
    let reviewers: Vec<String> = (1..=20).map(|n| format!("r{n:02}")).collect();
    let list = reviewers.join(",");

    let store = Store::open(&path).unwrap();
    let candidates: Vec<Candidate> = store
        .ideas()
        .map(|i| {
            let i = i.unwrap();
            Candidate {
                id: i.id,
                proposer: i.proposer,
                region: i.region,
                reviewers: i.reviewers,
            }
        })
        .collect();
    let conflicts = store.declared_conflicts().unwrap();
    drop(store);
    let mut times = Vec::new();
    let mut made = None;
    for _ in 0..5 {
        let start = Instant::now();
        made = Some(plan(&candidates, &reviewers, 3, &conflicts));
        times.push(start.elapsed());
    }
    let made = made.unwrap();
    let loads: Vec<usize> = made.loads.iter().map(|l| l.total()).collect();
    let avoided: usize = made.ideas.iter().map(|i| i.barred.len()).sum();
    println!(
        "planner, {IDEAS} ideas × 20 reviewers, 3 each: {} (loads {}–{}, {avoided} conflicts avoided)",
        ms(median(times)),
        loads.iter().min().unwrap(),
        loads.iter().max().unwrap()
    );

    let args = [
        "--db",
        db,
        "assign",
        "",
        "--reviewers",
        &list,
        "--per-idea",
        "3",
    ];
    let dry: Vec<Duration> = (0..3)
        .map(|_| quietly(&[&args[..], &["--dry-run"]].concat()))
        .collect();
    println!("assign --dry-run, end to end: {}", ms(median(dry)));
    let real = quietly(&[&args[..], &["--yes"]].concat());
    println!(
        "assign --yes (30,000 assignments, one commit), end to end: {}",
        ms(real)
    );
    let store = Store::open(&path).unwrap();
    let given: usize = store.ideas().map(|i| i.unwrap().reviewers.len()).sum();
    assert_eq!(given, 3 * IDEAS, "every idea got its three");
    println!("target: ≤ 1 s");
}
