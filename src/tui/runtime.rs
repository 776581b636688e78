//! The runtime: owns the terminal, reads events, carries out effects, and
//! makes sure the terminal is restored on quit, error, panic, SIGTERM and
//! SIGHUP.

use super::app::App;
use super::msg::{Effect, Msg};
use super::update::{start, update};
use super::{message_for, view};
use crate::domain::Clock;
use crate::store::Store;
use crate::{Error, ideas};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Carries out one effect against the store; returns the messages it yields.
pub fn perform(app: &App, store: &Store, effect: &Effect) -> Vec<Msg> {
    match effect {
        Effect::Search(generation) => match ideas::summary_hits(store, &app.query) {
            Ok(hits) => vec![Msg::SummaryHits(*generation, hits)],
            Err(e) => vec![Msg::Failed(e.to_string())],
        },
        Effect::LoadDetail(id) => match store.idea(*id) {
            Ok(idea) => vec![Msg::DetailLoaded(*id, idea.map(Box::new))],
            Err(e) => vec![Msg::Failed(e.to_string())],
        },
        Effect::Quit => Vec::new(),
    }
}

/// Feeds a message to update and carries out everything that follows.
pub fn dispatch(app: &mut App, store: &Store, msg: Msg) {
    let effects = update(app, msg);
    carry_out(app, store, effects);
}

/// Carries out effects, feeding what they yield back to update.
pub fn carry_out(app: &mut App, store: &Store, effects: Vec<Effect>) {
    let mut queue: Vec<Msg> = effects
        .iter()
        .flat_map(|e| perform(app, store, e))
        .collect();
    while let Some(msg) = queue.pop() {
        for effect in update(app, msg) {
            queue.extend(perform(app, store, &effect));
        }
    }
}

/// Restores the terminal when dropped, whatever way the UI ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

/// Runs the UI on an open store until the user quits.
pub fn run(store: &Store, clock: &dyn Clock) -> Result<(), Error> {
    let rows = store.rows()?;
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    let _guard = TerminalGuard;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        ratatui::restore();
        previous(info);
    }));
    execute!(std::io::stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    let mut app = App::new(rows, clock.now(), (size.width, size.height));
    let first = start(&mut app);
    carry_out(&mut app, store, first);
    while !app.quit {
        terminal.draw(|frame| view::render(&app, frame))?;
        if event::poll(Duration::from_millis(200))? {
            let ev = event::read()?;
            if let Some(msg) = message_for(&app, ev) {
                dispatch(&mut app, store, msg);
            }
            // Take every event that is already waiting before drawing again.
            while !app.quit && event::poll(Duration::ZERO)? {
                if let Some(msg) = message_for(&app, event::read()?) {
                    dispatch(&mut app, store, msg);
                }
            }
        }
        if stop.load(Ordering::Relaxed) {
            dispatch(&mut app, store, Msg::Quit);
        }
        app.now = clock.now();
    }
    store.flush()?;
    Ok(())
}
