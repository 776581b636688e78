//! The panel's combined score at scale (issue 18, point 9), release build:
//!
//!     cargo run --release --example bench_panel
//!
//! 100,000 ideas with three reviews each, in memory: scoring every row
//! (once per load: the ScoreBook, mean and normalised), `sort: score`
//! over all of them, and the list redrawn at 120×36 with its score column
//! (the frame must take ≤ 16 ms). Then the same rows stored in a sled
//! database and loaded back, scored, as the UI loads them.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::domain::panel::PanelSettings;
use sprout::domain::panel_book::ScoreBook;
use sprout::domain::{Idea, Review, Row, Rubric, Timestamp};
use sprout::query::SortKey;
use sprout::store::Store;
use sprout::tui::app::App;
use sprout::tui::carry_out;
use sprout::tui::update::start;
use sprout::tui::view::render;
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const IDEAS: u64 = 100_000;
const REVIEWERS: [&str; 20] = [
    "anna", "boris", "olga", "ivan", "maria", "pavel", "elena", "sergei", "irina", "dmitri",
    "natalia", "oleg", "svetlana", "yuri", "tatiana", "viktor", "alla", "roman", "vera", "gleb",
];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Idea `id` with three reviews by reviewers picked from the id, scores
/// spread over the scale.
fn idea(id: u64, rubric: &Rubric) -> Idea {
    let mut i = Idea::new(
        format!("Idea {id}: clean water for village {}", id % 977),
        Timestamp(id as i64),
    );
    i.id = id;
    i.score = id.is_multiple_of(3).then_some((id % 5) as u8 + 1);
    i.reviews = (0..3)
        .map(|k| Review {
            by: REVIEWERS[((id * 7 + k * 5) % 20) as usize].into(),
            rubric: 1,
            scores: rubric
                .criteria
                .iter()
                .enumerate()
                .map(|(c, crit)| (crit.name.clone(), ((id + k * 3 + c as u64) % 5) as u8 + 1))
                .collect(),
            confidence: 2,
            comment: "a comment the row leaves out".into(),
            time: Timestamp(id as i64),
        })
        .collect();
    i
}

fn main() {
    let rubric = Rubric::default_rubric();
    let ideas: Vec<Idea> = (1..=IDEAS).map(|id| idea(id, &rubric)).collect();
    let rows: Vec<Row> = ideas.iter().map(Row::of).collect();
    println!("ideas: {IDEAS}, reviews: {}", IDEAS * 3);
    for (name, settings) in [
        ("mean", PanelSettings::default()),
        (
            "median, normalised",
            PanelSettings {
                combine: sprout::domain::panel::Combine::Median,
                normalise: true,
                blind: false,
            },
        ),
    ] {
        let runs: Vec<Duration> = (0..5)
            .map(|_| {
                let mut r = rows.clone();
                let t = Instant::now();
                ScoreBook::new(&[], settings, "anna").score_all(&mut r);
                t.elapsed()
            })
            .collect();
        println!("scoring every row ({name}): {}", ms(median(runs)));
    }

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let mut scored = rows.clone();
    store.score_book().unwrap().score_all(&mut scored);
    let mut app = App::new(scored, Timestamp(IDEAS as i64 + 86_400), (120, 36));
    app.sort = SortKey::Score;
    let t = Instant::now();
    let first = start(&mut app);
    carry_out(&mut app, &store, first, &mut |_| Err(String::new()));
    println!(
        "sort: score over every idea (search and order): {}",
        ms(t.elapsed())
    );
    let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
    let frames: Vec<Duration> = (0..50)
        .map(|_| {
            let t = Instant::now();
            term.draw(|f| render(&app, f)).unwrap();
            t.elapsed()
        })
        .collect();
    println!(
        "redraw at 120x36, sort: score, score column: median {} (max of 50 frames)",
        ms(median(frames))
    );
    let screen = format!("{:?}", term.backend().buffer());
    assert!(screen.contains("Score"), "the score column is drawn");

    // Stored and loaded back as the UI loads them (rows, then scored).
    let mut w = store.begin().unwrap();
    for i in ideas {
        w.put(i, None);
    }
    let t = Instant::now();
    store.commit_large(w).unwrap();
    println!("storing {IDEAS} reviewed ideas: {}", ms(t.elapsed()));
    let loads: Vec<Duration> = (0..3)
        .map(|_| {
            let t = Instant::now();
            let rows = store.rows().unwrap();
            assert_eq!(rows.len() as u64, IDEAS);
            t.elapsed()
        })
        .collect();
    println!("loading every row, scored (sled): {}", ms(median(loads)));
}
