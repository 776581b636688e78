//! The import figures of BENCHMARKS.md (issue 17, point 7): `sprout import`
//! of JSONL and CSV into a new database, flushed, as whole processes, with
//! their wall time, CPU time (user + system: what a loaded machine moves
//! least) and peak resident memory (from `/usr/bin/time`). With a
//! second binary it runs both, alternating, in the same run (A/B):
//!
//!     cargo build --release && cargo build --release --example bench_import
//!     target/release/examples/bench_import /tmp/bench-import 100000 [BASELINE_BINARY]
//!
//! The ideas are `sprout demo --seed 1` ideas, exported once as JSONL and
//! as CSV into the directory given (which must have room: about 1 KB an
//! idea for each format, and the databases), and the JSONL once more
//! without ids: new intake, where every record is matched against the
//! ideas already there and checked for near-copies (a file with sprout
//! ids is a restore, checked for neither). Prints medians of 3 runs
//! (`SPROUT_BENCH_RUNS` says how many).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

fn run(binary: &Path, args: &[&str]) {
    let status = Command::new(binary)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("run sprout");
    assert!(status.success(), "{args:?}");
}

/// One import into a new database: (seconds, CPU seconds, peak resident MiB).
fn import_once(binary: &Path, dir: &Path, file: &Path) -> (f64, f64, f64) {
    let db = dir.join("fresh-db");
    let _ = std::fs::remove_dir_all(&db);
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %U %S %M"])
        .arg(binary)
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(file)
        .stdout(Stdio::null())
        .output()
        .expect("run /usr/bin/time");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "import failed: {stderr}");
    let last = stderr.lines().last().unwrap_or_default();
    let mut parts = last.split_whitespace();
    let mut next = || -> f64 { parts.next().and_then(|s| s.parse().ok()).expect("a figure") };
    let (secs, user, system, kib) = (next(), next(), next(), next());
    let _ = std::fs::remove_dir_all(&db);
    (secs, user + system, kib / 1024.0)
}

/// The JSONL export without its ids: each line starts `{"id":N,`.
fn write_without_ids(from: &Path, to: &Path) {
    use std::io::{BufRead, Write};
    let input = std::io::BufReader::new(std::fs::File::open(from).unwrap());
    let mut out = std::io::BufWriter::new(std::fs::File::create(to).unwrap());
    for line in input.lines() {
        let line = line.unwrap();
        let rest = line
            .strip_prefix("{\"id\":")
            .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
            .and_then(|r| r.strip_prefix(','));
        match rest {
            Some(rest) => writeln!(out, "{{{rest}").unwrap(),
            None => writeln!(out, "{line}").unwrap(),
        }
    }
    out.flush().unwrap();
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .expect("usage: bench_import DIR COUNT [BASELINE]"),
    );
    let count: usize = args
        .next()
        .and_then(|c| c.parse().ok())
        .expect("usage: bench_import DIR COUNT [BASELINE]");
    let baseline = args.next().map(PathBuf::from);
    let ours = sprout_binary();
    std::fs::create_dir_all(&dir).unwrap();
    let source = dir.join(format!("source-{count}"));
    let files = [
        ("jsonl", dir.join(format!("ideas-{count}.jsonl"))),
        ("csv", dir.join(format!("ideas-{count}.csv"))),
    ];
    let new_intake = dir.join(format!("ideas-{count}-without-ids.jsonl"));
    if files.iter().any(|(_, f)| !f.exists()) {
        let _ = std::fs::remove_dir_all(&source);
        let db = source.to_str().unwrap();
        run(
            &ours,
            &[
                "--db",
                db,
                "demo",
                "--count",
                &count.to_string(),
                "--seed",
                "1",
            ],
        );
        for (format, file) in &files {
            run(
                &ours,
                &[
                    "--db",
                    db,
                    "export",
                    "--format",
                    format,
                    "-o",
                    file.to_str().unwrap(),
                ],
            );
        }
        let _ = std::fs::remove_dir_all(&source);
    }
    if !new_intake.exists() {
        write_without_ids(&files[0].1, &new_intake);
    }
    let files = [
        files[0].clone(),
        ("jsonl without ids", new_intake),
        files[1].clone(),
    ];
    let mut binaries = vec![("this build", ours)];
    if let Some(b) = baseline {
        binaries.push(("baseline", b));
    }
    for (format, file) in &files {
        let mut results: Vec<[Vec<f64>; 3]> = vec![Default::default(); binaries.len()];
        // Alternating, so that a change in the machine's load falls on both.
        let runs = std::env::var("SPROUT_BENCH_RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(3);
        for _ in 0..runs {
            for (i, (_, binary)) in binaries.iter().enumerate() {
                let (secs, cpu, mib) = import_once(binary, &dir, file);
                results[i][0].push(secs);
                results[i][1].push(cpu);
                results[i][2].push(mib);
            }
        }
        for ((name, _), [secs, cpu, mib]) in binaries.iter().zip(results) {
            let all = secs
                .iter()
                .map(|s| format!("{s:.2}"))
                .collect::<Vec<_>>()
                .join(", ");
            let t = median(secs);
            println!(
                "import of {count} ideas from {format}, flushed, {name}: median {t:.2} s ({all}) = {:.0} ideas/s, CPU {:.2} s, peak {:.0} MiB",
                count as f64 / t,
                median(cpu),
                median(mib)
            );
        }
    }
}
