//! The command line's own figures (BENCHMARKS.md, "Commands as whole
//! processes"): `list --limit 1`, `show ID`, `stats` and a filter-only
//! `list`, each run as the process a person runs, timed from start to exit
//! (wall, and the CPU of the process: user + system), medians of N runs
//! taken in turn, beside sqlite3 answering the same question on the same
//! ideas (its table made from `sprout export --format csv`).
//!
//!     cargo build --release --bin sprout --example bench_cli
//!     target/release/examples/bench_cli --db /tmp/copy-of-1m [--runs 9] \
//!         [--other path/to/another/sprout]
//!
//! `--other` times a second sprout binary on the same database in the same
//! run, its runs between this one's (A/B). sled writes as it opens, so give
//! a copy of a database, never a master. The sqlite3 table is made once and
//! kept beside the database as `<db>.sqlite`; without sqlite3 the column
//! stays empty.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One process's cost.
#[derive(Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: Duration,
    /// Peak resident memory, KiB.
    rss_kib: i64,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut db, mut runs, mut other) = (None, 9usize, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--db" => db = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).unwrap_or(runs),
            "--other" => other = args.next().map(PathBuf::from),
            _ => {
                eprintln!(
                    "bench_cli: unknown argument {a:?} (see the top of examples/bench_cli.rs)"
                );
                std::process::exit(2);
            }
        }
    }
    let Some(db) = db else {
        eprintln!("bench_cli: --db PATH is needed (a copy of a database: sled writes on open)");
        std::process::exit(2);
    };
    let sprout = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.join("sprout")))
        .filter(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("target/release/sprout"));
    let id = middle_id(&sprout, &db);
    let sqlite = sqlite_table(&sprout, &db);
    let cases: Vec<(&str, Vec<String>, String)> = vec![
        (
            "list --limit 1",
            vec!["list".into(), "--limit".into(), "1".into()],
            "select id, title, sector, stage, region, updated from ideas \
             order by updated desc, id desc limit 1;"
                .into(),
        ),
        (
            "show ID",
            vec!["show".into(), id.to_string()],
            format!("select * from ideas where id = {id};"),
        ),
        (
            "stats",
            vec!["stats".into()],
            "select sector, count(*) from ideas where archived = 'false' group by sector; \
             select stage, count(*) from ideas where archived = 'false' group by stage; \
             select sector, stage, count(*) from ideas where archived = 'false' group by 1, 2; \
             select org_kind, count(*) from ideas where archived = 'false' group by org_kind; \
             select barriers, count(*) from ideas where archived = 'false' group by barriers;"
                .into(),
        ),
        (
            "list 'sector:health stage:new'",
            vec!["list".into(), "sector:health stage:new".into()],
            "select id, title, sector, stage, region, updated from ideas \
             where sector = 'health' and stage = 'new' and archived = 'false' \
             order by updated desc, id desc;"
                .into(),
        ),
    ];
    println!(
        "{} on {} (id {id}), medians of {runs} runs, wall / CPU (user+sys) / peak RSS",
        sprout.display(),
        db.display()
    );
    let mut head = format!("{:<32} {:>26}", "command", "sprout");
    if other.is_some() {
        head += &format!(" {:>26}", "other sprout");
    }
    head += &format!(" {:>18}", "sqlite3");
    println!("{head}");
    for (name, argv, sql) in &cases {
        let mut mine = vec![];
        let mut theirs = vec![];
        let mut lite = vec![];
        for _ in 0..runs {
            mine.push(run(&sprout, &db, argv));
            if let Some(o) = &other {
                theirs.push(run(o, &db, argv));
            }
            if let Some(file) = &sqlite {
                lite.push(run_sqlite(file, sql));
            }
        }
        let mut line = format!("{name:<32} {:>26}", shown(&mine));
        if other.is_some() {
            line += &format!(" {:>26}", shown(&theirs));
        }
        let lite = if lite.is_empty() {
            "—".to_string()
        } else {
            ms(median(lite.iter().map(|c| c.wall).collect()))
        };
        line += &format!(" {lite:>18}");
        println!("{line}");
    }
}

/// An id in the middle of the database (`show` reads one idea).
fn middle_id(sprout: &Path, db: &Path) -> u64 {
    let out = Command::new(sprout)
        .arg("--db")
        .arg(db)
        .args(["list", "--sort", "id", "--format", "ids", "#1"])
        .output()
        .expect("sprout runs");
    let first: u64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(1);
    let last = Command::new(sprout)
        .arg("--db")
        .arg(db)
        .args([
            "list", "--sort", "created", "--limit", "1", "--format", "ids",
        ])
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .trim()
                .parse::<u64>()
                .ok()
        })
        .unwrap_or(first);
    (first + last.max(first)) / 2
}

/// The ideas as a sqlite3 table beside the database, made once; `None`
/// without sqlite3.
fn sqlite_table(sprout: &Path, db: &Path) -> Option<PathBuf> {
    let have = Command::new("sqlite3")
        .arg("-version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !have {
        eprintln!("sqlite3 is not installed: its column stays empty");
        return None;
    }
    let mut file = db.as_os_str().to_owned();
    file.push(".sqlite");
    let file = PathBuf::from(file);
    if file.exists() {
        return Some(file);
    }
    let csv = file.with_extension("csv");
    let status = Command::new(sprout)
        .arg("--db")
        .arg(db)
        .args(["export", "--format", "csv", "-o"])
        .arg(&csv)
        .status()
        .expect("sprout runs");
    assert!(status.success(), "sprout export failed");
    let script = format!(
        ".mode csv\n.import {} ideas\ncreate index ideas_updated on ideas(updated);\ncreate index ideas_id on ideas(id);\n",
        csv.display()
    );
    let mut sqlite = Command::new("sqlite3")
        .arg(&file)
        .stdin(Stdio::piped())
        .spawn()
        .expect("sqlite3 runs");
    if let Some(mut input) = sqlite.stdin.take() {
        use std::io::Write;
        input
            .write_all(script.as_bytes())
            .expect("sqlite3 reads its script");
    }
    let made = sqlite.wait().expect("sqlite3 ends");
    let _ = std::fs::remove_file(&csv);
    made.success().then_some(file)
}

fn run(bin: &Path, db: &Path, argv: &[String]) -> Cost {
    let mut cmd = Command::new(bin);
    cmd.arg("--db").arg(db).args(argv).env("COLUMNS", "120");
    timed(cmd)
}

fn run_sqlite(file: &Path, sql: &str) -> Cost {
    let mut cmd = Command::new("sqlite3");
    cmd.arg(file).arg(sql);
    timed(cmd)
}

/// Runs a process to its end, output thrown away; its wall time, and its
/// CPU and peak memory as the kernel counted them (wait4).
// wait4 waits for the child (std's wait gives no rusage).
#[allow(clippy::zombie_processes)]
fn timed(mut cmd: Command) -> Cost {
    let start = Instant::now();
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the command starts");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for; both pointers
    // are to live locals.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed"
    );
    let tv = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    Cost {
        wall,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        rss_kib: usage.ru_maxrss,
    }
}

fn shown(costs: &[Cost]) -> String {
    let wall = median(costs.iter().map(|c| c.wall).collect());
    let cpu = median(costs.iter().map(|c| c.cpu).collect());
    let mut rss: Vec<i64> = costs.iter().map(|c| c.rss_kib).collect();
    rss.sort_unstable();
    let rss = rss.get(rss.len() / 2).copied().unwrap_or(0);
    format!("{} / {} / {} MB", ms(wall), ms(cpu), rss / 1024)
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default()
}
