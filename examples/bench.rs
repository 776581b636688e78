//! The performance figures of BENCHMARKS.md, on a database made with
//! `sprout demo` (release build; prints medians):
//!
//!     cargo run --release -- --db /tmp/sprout-100k demo --count 100000 --seed 1
//!     cargo run --release --example bench -- /tmp/sprout-100k
//!
//! The same on PostgreSQL: give a `postgres://` URL instead of the path
//! (the password in `PGPASSWORD`). Imports then go into fresh databases on
//! the same server, made and dropped here, and one more figure is
//! measured: a change made through one connection seen through another
//! (LISTEN/NOTIFY wakes it, `changes_since` and a read of the idea).
//!
//! Measures: start-up to the first frame, the memory of the real UI (the
//! `sprout` binary run in tmux; skipped without tmux), a typed key reaching the
//! query bar, results after each typed character (2, 4 and 8 characters,
//! ASCII and Cyrillic, and backspace), the redraw after a triage key,
//! `sprout list QUERY` against `fzf --filter QUERY`, and a JSONL import.
//!
//! With `--duplicates` instead of a database, the near-duplicate check
//! alone (see bench_duplicates/mod.rs):
//!
//!     cargo run --release --example bench -- --duplicates

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::domain::{Stage, Timestamp};
use sprout::query::Query;
use sprout::search::{Engine, Request, Searcher};
use sprout::store::Store;
use sprout::tui::app::App;
use sprout::tui::effects::Backend;
use sprout::tui::msg::{ChangeMsg, Msg, QueryMsg, TriageMsg};
use sprout::tui::update::start;
use sprout::tui::view::render;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod bench_duplicates;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn no_editor(_: &str) -> Result<String, String> {
    Err("no editor".into())
}

// The same allocator as the binary, so memory and times are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    sprout::memory::tune();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--duplicates") {
        bench_duplicates::run(&args[1..]);
        return;
    }
    let path = PathBuf::from(std::env::args().nth(1).expect("usage: bench DB_PATH"));
    // `SPROUT_BENCH_ONLY=keys,list` measures only those parts (memory,
    // echo, keys, triage, list, import, startup; without startup the
    // database is opened and loaded once, and not timed).
    let only = std::env::var("SPROUT_BENCH_ONLY").ok();
    let wants = |part: &str| {
        only.as_deref()
            .is_none_or(|o| o.split(',').any(|p| p == part))
    };
    let now = Timestamp(chrono_now());
    println!("database: {}", path.display());
    // First, while nothing else holds the database.
    let ui_memory = if wants("memory") {
        ui_memory(&path)
    } else {
        None
    };

    // Start-up: open, load rows, build the search index, first search, first frame.
    // Opening, five times (the first open after a crash or a layout change
    // does extra work once; the median is what a user sees every day).
    let mut opens = Vec::new();
    let mut store = None;
    for _ in 0..5 {
        drop(store.take());
        // sled's flusher lets go of its lock a moment after the last handle.
        let (s, took) = (0..200)
            .find_map(|_| {
                let t = Instant::now();
                match Store::open(&path) {
                    Ok(s) => Some((s, t.elapsed())),
                    Err(_) => {
                        std::thread::sleep(Duration::from_millis(20));
                        None
                    }
                }
            })
            .expect("open the database");
        opens.push(took);
        store = Some(s);
    }
    let store = store.expect("opened");
    let opened = percentile(&mut opens, 0.5);
    // What the UI does: the newest page first, the rest on a thread.
    let mut pages = Vec::new();
    let starting = if wants("startup") { 5 } else { 0 };
    for _ in 0..starting {
        let t = Instant::now();
        let rows = store.newest_rows(500).unwrap();
        let mut app = App::new(rows, now, (120, 36));
        // As the UI starts: the rest is still loading, and near-duplicates
        // wait on their worker until every idea is in.
        app.loading = true;
        let first = start(&mut app);
        ui_like(&store).carry_out(&mut app, first, &mut no_editor);
        let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
        term.draw(|f| render(&app, f)).unwrap();
        pages.push(t.elapsed() + opened);
    }
    if !pages.is_empty() {
        println!(
            "start to the first frame with ideas (open, newest 500 ideas, search, draw; the rest loads behind): median {}",
            ms(percentile(&mut pages, 0.5))
        );
    }
    let mut starts = Vec::new();
    let mut loads = Vec::new();
    let mut kept = None;
    for _ in 0..starting.max(1) {
        drop(kept.take());
        let t = Instant::now();
        let rows = store.rows().unwrap();
        let loaded = t.elapsed();
        let mut app = App::new(rows, now, (120, 36));
        let first = start(&mut app);
        ui_like(&store).carry_out(&mut app, first, &mut no_editor);
        let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
        term.draw(|f| render(&app, f)).unwrap();
        starts.push(t.elapsed() + opened);
        loads.push(loaded);
        kept = Some(app);
    }
    let mut app = kept.unwrap();
    // As the UI does once everything is loaded.
    sprout::memory::settle();
    println!("opening the database: median {}", ms(opened));
    let n = app.catalog().len();
    println!("ideas: {n}");
    println!(
        "whole database searchable (open, load all, index, search, draw): median {}",
        ms(percentile(&mut starts, 0.5))
    );
    println!(
        "  of which reading the rows from the database: median {}",
        ms(percentile(&mut loads, 0.5))
    );
    match ui_memory {
        None if !wants("memory") => {}
        Some(mut runs) => {
            runs.sort();
            println!(
                "memory of the running UI (sprout in tmux, loaded and idle; three runs): {} MB RSS, median {:.1} MB (target {:.1} MB)",
                runs.iter()
                    .map(|k| format!("{:.1}", *k as f64 / 1024.0))
                    .collect::<Vec<_>>()
                    .join(", "),
                runs[1] as f64 / 1024.0,
                (40e6 + 400.0 * n as f64) / 1048576.0
            );
        }
        None => println!("memory of the running UI: skipped, tmux is not installed"),
    }

    // A typed key reaching the query bar, with the search on the worker.
    let mut backend = Backend::new(store.clone());
    backend.searcher = Some(Searcher::spawn(store.clone()).unwrap());
    let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
    backend.dispatch(&mut app, Msg::Query(QueryMsg::EditQuery), &mut no_editor);
    let mut echo = Vec::new();
    let typed = if wants("echo") { "water points" } else { "" };
    for c in typed.chars() {
        let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c));
        let t = Instant::now();
        backend.dispatch(
            &mut app,
            Msg::Query(QueryMsg::QueryInput(ratatui_textarea::Input::from(key))),
            &mut no_editor,
        );
        term.draw(|f| render(&app, f)).unwrap();
        echo.push(t.elapsed());
    }
    if !echo.is_empty() {
        println!(
            "typed key to the query bar (update + redraw, search on the worker): median {}, max {}",
            ms(percentile(&mut echo, 0.5)),
            ms(percentile(&mut echo, 1.0))
        );
    }
    backend.searcher = None;

    // Results after each typed character, replayed against the search engine.
    let catalog = std::sync::Arc::clone(&app.catalog);
    let request = |generation: u64, text: &str| Request {
        generation,
        query: Query::parse(text).unwrap(),
        sort: sprout::query::SortKey::Updated,
        marked: Default::default(),
        now,
        data_version: 0,
        views: Default::default(),
    };
    // The time to the first answer (the count, the facets and the first
    // screen, ahead of the whole order when there are many hits) and to
    // the complete one.
    let (mut all, mut all_complete) = (Vec::new(), Vec::new());
    let typings: &[&str] = if wants("keys") {
        &["wa", "wate", "water po", "по", "поис", "поиск ра"]
    } else {
        &[]
    };
    for typed in typings {
        let (mut times, mut complete) = (Vec::new(), Vec::new());
        let mut answer = |engine: &mut Engine, req: &Request| {
            let t = Instant::now();
            let mut first = None;
            let out = engine
                .answer_early(&catalog, &store, req, None, &mut |o| {
                    first = Some(t.elapsed());
                    std::hint::black_box(o);
                })
                .unwrap();
            let done = t.elapsed();
            std::hint::black_box(out);
            times.push(first.unwrap_or(done));
            complete.push(done);
        };
        for round in 0..5 {
            let mut engine = Engine::new();
            let mut text = String::new();
            for (i, c) in typed.chars().enumerate() {
                text.push(c);
                answer(&mut engine, &request((round * 100 + i) as u64, &text));
            }
            // Backspace to the first two characters.
            while text.chars().count() > 2 {
                text.pop();
                answer(&mut engine, &request(1_000_000, &text));
            }
        }
        println!(
            "results per keystroke, typing {typed:?} and back: p50 {}, p95 {} (complete order: p50 {}, p95 {})",
            ms(percentile(&mut times, 0.5)),
            ms(percentile(&mut times, 0.95)),
            ms(percentile(&mut complete, 0.5)),
            ms(percentile(&mut complete, 0.95))
        );
        all.extend(times);
        all_complete.extend(complete);
    }
    if !all.is_empty() {
        println!(
            "results per keystroke, all queries: p50 {}, p95 {} (complete order: p50 {}, p95 {})",
            ms(percentile(&mut all, 0.5)),
            ms(percentile(&mut all, 0.95)),
            ms(percentile(&mut all_complete, 0.5)),
            ms(percentile(&mut all_complete, 0.95))
        );
    }
    drop(catalog);

    // Redraw after a triage key (the stage is stored and flushed first; the
    // search that follows runs on the worker, as in the UI).
    let stages: &[Stage] = if wants("triage") {
        &[
            Stage::Review,
            Stage::Declined,
            Stage::Review,
            Stage::Pilot,
            Stage::Review,
            Stage::Declined,
            Stage::Incubation,
        ]
    } else {
        &[]
    };
    backend.searcher = Some(Searcher::spawn(store.clone()).unwrap());
    backend.dispatch(&mut app, Msg::Query(QueryMsg::ClearQuery), &mut no_editor);
    backend.dispatch(
        &mut app,
        Msg::Triage(TriageMsg::StartTriage),
        &mut no_editor,
    );
    let (mut full, mut redraw) = (Vec::new(), Vec::new());
    for &stage in stages {
        let t = Instant::now();
        backend.dispatch(
            &mut app,
            Msg::Change(ChangeMsg::SetStage(stage)),
            &mut no_editor,
        );
        let saved = t.elapsed();
        let r = Instant::now();
        term.draw(|f| render(&app, f)).unwrap();
        redraw.push(r.elapsed());
        full.push(saved + r.elapsed());
    }
    if !full.is_empty() {
        println!(
            "triage key: redraw median {}; store + flush + redraw median {}",
            ms(percentile(&mut redraw, 0.5)),
            ms(percentile(&mut full, 0.5))
        );
    }
    // Undo what the benchmark did, so the database stays as made.
    for _ in 0..stages.len() {
        backend.dispatch(&mut app, Msg::Triage(TriageMsg::TriageBack), &mut no_editor);
    }
    backend.searcher = None;
    drop(app);
    drop(backend);
    if is_postgres(&path) {
        change_seen_elsewhere(&path, &store);
    }
    drop(store);
    std::thread::sleep(Duration::from_millis(300));

    whole_processes(&path, wants("list"), wants("import"));
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn time_command(mut make: impl FnMut() -> Command, runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let status = make()
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("run");
            assert!(status.success());
            t.elapsed()
        })
        .collect();
    percentile(&mut times, 0.5)
}

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

/// The resident memory of process `pid` (from /proc), in KiB.
fn rss_of(pid: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The memory of the real UI: `sprout` started in a tmux window of 120 × 36
/// on the database, read from /proc once it has loaded everything and its
/// memory has stayed the same for three seconds (three runs; `None` without
/// tmux).
fn ui_memory(db: &Path) -> Option<Vec<u64>> {
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    tmux(&["-V"])?;
    let mut runs = Vec::new();
    for run in 0..3 {
        let session = format!("sprout-bench-{}-{run}", std::process::id());
        let command = format!("exec {} --db {}", sprout_binary().display(), db.display());
        tmux(&[
            "new-session",
            "-d",
            "-s",
            &session,
            "-x",
            "120",
            "-y",
            "36",
            &command,
        ])?;
        let pid = tmux(&["list-panes", "-t", &session, "-F", "#{pane_pid}"])?;
        let (mut last, mut same_since) = (0, Instant::now());
        let began = Instant::now();
        while began.elapsed() < Duration::from_secs(60) {
            std::thread::sleep(Duration::from_millis(250));
            let Some(now) = rss_of(&pid) else { break };
            if now != last {
                (last, same_since) = (now, Instant::now());
            } else if same_since.elapsed() >= Duration::from_secs(3) {
                break;
            }
        }
        tmux(&["send-keys", "-t", &session, "q"]);
        std::thread::sleep(Duration::from_millis(500));
        tmux(&["kill-session", "-t", &session]);
        // Let the closing process let go of the database.
        std::thread::sleep(Duration::from_secs(2));
        runs.push(last);
    }
    Some(runs)
}

fn whole_processes(db: &Path, list: bool, import: bool) {
    if !list && !import {
        return;
    }
    let sprout = sprout_binary();
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("ideas.txt");
    let jsonl = dir.path().join("ideas.jsonl");
    let s = Command::new(&sprout)
        .args([
            "--db",
            db.to_str().unwrap(),
            "export",
            "--format",
            "jsonl",
            "-o",
            jsonl.to_str().unwrap(),
        ])
        .status()
        .unwrap();
    assert!(s.success());
    // fzf gets the same searched text per idea: title, proposer, region, tags, funder.
    let text: String = std::fs::read_to_string(&jsonl)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let tags: Vec<&str> = v["tags"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|t| t.as_str())
                .collect();
            format!(
                "{} | {} | {} | {} | {}\n",
                v["title"].as_str().unwrap(),
                v["proposer"].as_str().unwrap(),
                v["region"].as_str().unwrap(),
                tags.join(" "),
                v["funder"].as_str().unwrap()
            )
        })
        .collect();
    std::fs::write(&lines, text).unwrap();
    let have_fzf = Command::new("fzf")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let queries: &[&str] = if list {
        &["water", "поиск", "care eld", "w"]
    } else {
        &[]
    };
    for q in queries {
        let ours = time_command(
            || {
                let mut c = Command::new(&sprout);
                c.args(["--db", db.to_str().unwrap(), "list", q, "--format", "ids"]);
                c
            },
            5,
        );
        if have_fzf {
            let theirs = time_command(
                || {
                    let mut c = Command::new("sh");
                    c.args([
                        "-c",
                        &format!("fzf --filter '{q}' < {} > /dev/null", lines.display()),
                    ]);
                    c
                },
                5,
            );
            println!(
                "sprout list {q:?}: median {}; fzf --filter: median {} (ratio {:.2})",
                ms(ours),
                ms(theirs),
                ours.as_secs_f64() / theirs.as_secs_f64()
            );
        } else {
            println!(
                "sprout list {q:?}: median {} (fzf not installed: comparison skipped)",
                ms(ours)
            );
        }
    }
    if !import {
        return;
    }
    let mut imports = Vec::new();
    for _ in 0..3 {
        let fresh = if is_postgres(db) {
            fresh_pg_database(db, imports.len())
        } else {
            dir.path().join(format!("fresh-{}", imports.len()))
        };
        let t = Instant::now();
        let s = Command::new(&sprout)
            .args([
                "--db",
                fresh.to_str().unwrap(),
                "import",
                jsonl.to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(s.success());
        imports.push(t.elapsed());
        if is_postgres(db) {
            drop_pg_database(db, &fresh);
        } else {
            let _ = std::fs::remove_dir_all(&fresh);
        }
    }
    let n = std::fs::read_to_string(&jsonl).unwrap().lines().count();
    let t = percentile(&mut imports, 0.5);
    println!(
        "import of {n} ideas from JSONL, flushed: median {} = {:.0} ideas/s",
        ms(t),
        n as f64 / t.as_secs_f64()
    );
}

fn is_postgres(db: &Path) -> bool {
    db.to_str().is_some_and(sprout::store::is_postgres)
}

/// A connection to the server of `db` for the bench's own housekeeping.
fn pg_admin(db: &Path) -> postgres::Client {
    let mut config: postgres::Config = db.to_str().unwrap().parse().unwrap();
    if let Ok(p) = std::env::var("PGPASSWORD") {
        config.password(p);
    }
    config.connect(postgres::NoTls).unwrap()
}

/// A backend as the UI has it at start: searches in place, near-duplicates
/// asked of a worker that holds them until every idea is loaded and
/// searched (the UI releases it after its first frames), so they are not
/// built in place and counted in a start-up figure the UI never waits for.
fn ui_like(store: &Store) -> Backend {
    let mut backend = Backend::new(store.clone());
    backend.similar = Some(
        sprout::tui::similar_worker::SimilarWorker::spawn(store.clone(), Box::new(|_| true))
            .expect("the near-duplicate worker"),
    );
    backend
}

/// A new, empty database beside `db` on its server, for an import.
fn fresh_pg_database(db: &Path, n: usize) -> PathBuf {
    let name = format!("sprout_bench_import_{}_{n}", std::process::id());
    let mut admin = pg_admin(db);
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name}; "))
        .unwrap();
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .unwrap();
    let url = db.to_str().unwrap();
    PathBuf::from(format!("{}/{name}", &url[..url.rfind('/').unwrap()]))
}

fn drop_pg_database(db: &Path, fresh: &Path) {
    let name = fresh
        .to_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let _ = pg_admin(db).batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
}

/// A change committed through one open of the database, until another
/// open (its own connections, as another process has) has been woken by
/// the notification, asked what changed and read the idea: p50 and p95
/// of 60 changes. Each change is put back after, as it was.
fn change_seen_elsewhere(db: &Path, writer: &Store) {
    let reader = Store::open(db).unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let tx = std::sync::Mutex::new(tx);
    reader
        .watch(Box::new(move || {
            let _ = tx.lock().unwrap().send(());
        }))
        .unwrap();
    // Let the watcher connect and LISTEN.
    std::thread::sleep(Duration::from_millis(500));
    let mut seen = Vec::new();
    let mut seq = reader.changes_since(0).unwrap().upto;
    for k in 0..60u64 {
        let id = 1 + k * 997 % writer.next_id().unwrap().max(2).saturating_sub(1);
        let before = writer.idea_with_version(id).unwrap().unwrap();
        let mut changed = before.idea.clone();
        changed.score = Some(if changed.score == Some(5) { 1 } else { 5 });
        let wanted = changed.score;
        while rx.try_recv().is_ok() {}
        let t = Instant::now();
        let mut w = writer.begin().unwrap();
        w.put(changed, Some(before.clone()));
        writer.commit(w).unwrap();
        loop {
            rx.recv_timeout(Duration::from_secs(5)).expect("a wake-up");
            let c = reader.changes_since(seq).unwrap();
            seq = c.upto;
            if c.ideas.contains(&id) && reader.idea(id).unwrap().unwrap().score == wanted {
                break;
            }
        }
        seen.push(t.elapsed());
        // Put it back as it was (a change of its own, not measured).
        let now = writer.idea_with_version(id).unwrap().unwrap();
        let mut w = writer.begin().unwrap();
        w.put(before.idea, Some(now));
        writer.commit(w).unwrap();
        let _ = reader.changes_since(seq).map(|c| seq = c.upto);
    }
    println!(
        "a change seen by another open (commit, NOTIFY, changes_since, read): p50 {}, p95 {}",
        ms(percentile(&mut seen, 0.5)),
        ms(percentile(&mut seen, 0.95))
    );
}
