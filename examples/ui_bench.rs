//! UI timings on a real database (release build):
//!
//!     cargo run --release -- --db /tmp/sprout-100k demo --count 100000 --seed 1
//!     cargo run --release --example ui_bench -- /tmp/sprout-100k
//!
//! Prints medians of: loading rows and starting the app (time to the first
//! frame), drawing a frame at 120×36, and one typed query character
//! (search, facets and the redraw after it).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::domain::{Clock, SystemClock};
use sprout::store::Store;
use sprout::tui::app::App;
use sprout::tui::carry_out;
use sprout::tui::effects::Backend;
use sprout::tui::msg::{Msg, QueryMsg, ScreenMsg};
use sprout::tui::update::start;
use sprout::tui::view::render;
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

// The same allocator as the binary, so memory and times are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    sprout::memory::tune();
    let path = std::env::args().nth(1).expect("usage: ui_bench DB_PATH");
    let store = Store::open(std::path::Path::new(&path)).expect("open the database");
    let clock = SystemClock;
    let mut starts = Vec::new();
    let mut app = None;
    for _ in 0..5 {
        let t = Instant::now();
        let mut a = App::new(store.rows().unwrap(), clock.now(), (120, 36));
        let first = start(&mut a);
        carry_out(&mut a, &store, first, &mut |_| Err(String::new()));
        let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
        term.draw(|f| render(&a, f)).unwrap();
        starts.push(t.elapsed());
        app = Some(a);
    }
    let mut app = app.unwrap();
    println!("ideas: {}", app.catalog().len());
    println!(
        "start to first frame (rows loaded, searched, drawn): {}",
        ms(median(starts))
    );

    // The engine keeps recent results between keys, as the UI's does.
    let mut backend = Backend::new(store.clone());
    let mut term = Terminal::new(TestBackend::new(120, 36)).unwrap();
    let frames: Vec<Duration> = (0..50)
        .map(|_| {
            let t = Instant::now();
            term.draw(|f| render(&app, f)).unwrap();
            t.elapsed()
        })
        .collect();
    println!("redraw at 120x36: {}", ms(median(frames)));

    let stats: Vec<Duration> = (0..11)
        .map(|_| {
            let t = Instant::now();
            backend.dispatch(&mut app, Msg::Screen(ScreenMsg::ToggleStats), &mut |_| {
                Err(String::new())
            });
            term.draw(|f| render(&app, f)).unwrap();
            let took = t.elapsed();
            backend.dispatch(&mut app, Msg::Screen(ScreenMsg::ToggleStats), &mut |_| {
                Err(String::new())
            });
            took
        })
        .collect();
    println!("statistics view, compute and draw: {}", ms(median(stats)));

    for query in ["water", "поиск", "sector:edu stage:new"] {
        let mut keys = Vec::new();
        for _ in 0..3 {
            backend.dispatch(&mut app, Msg::Query(QueryMsg::ClearQuery), &mut |_| {
                Err(String::new())
            });
            backend.dispatch(&mut app, Msg::Query(QueryMsg::EditQuery), &mut |_| {
                Err(String::new())
            });
            for c in query.chars() {
                let key = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c));
                let t = Instant::now();
                let msg = Msg::Query(QueryMsg::QueryInput(ratatui_textarea::Input::from(key)));
                backend.dispatch(&mut app, msg, &mut |_| Err(String::new()));
                term.draw(|f| render(&app, f)).unwrap();
                keys.push(t.elapsed());
            }
        }
        println!(
            "typed key + results + redraw, query {query:?}: median {} (max {}), {} hits",
            ms(median(keys.clone())),
            ms(*keys.iter().max().unwrap()),
            app.hits.len()
        );
    }
}
