//! The runtime: owns the terminal, the store, the search worker and the
//! threads that feed the one event channel; sleeps on that channel, carries
//! out effects, and makes sure the terminal is restored on quit, error,
//! panic, SIGTERM and SIGHUP.

use super::app::{App, Dialog};
use super::effects::Backend;
use super::events::{Event, Input};
use super::input::message_for;
use super::msg::{Msg, Reply, ScreenMsg};
use super::screen::Overlay;
use super::terminal::{TerminalGuard, external_editor, restore_terminal, terminal_gone};
use super::update::{start, update};
use super::view;
use crate::Error;
use crate::domain::Clock;
use crate::search::Searcher;
use crate::store::Store;
use crossterm::event::EnableMouseCapture;
use crossterm::execute;
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

/// How many of the newest ideas the first frame shows while the rest load.
const FIRST_PAGE: usize = 500;

/// Applies the config file, and says at start what was wrong with it.
pub fn configure(app: &mut App, loaded: &crate::config::Loaded) {
    let c = &loaded.config;
    app.theme = super::theme::Theme::from(&c.theme);
    app.keymap = Arc::new(super::keymap::Keymap::configured(&c.keys).0);
    app.query
        .input
        .set_placeholder_text(super::strings::search_placeholder(&app.keymap));
    app.sort = c.sort;
    app.sidebar.visible = c.sidebar;
    app.date_format = c.date_format_set.then(|| c.date_format.clone());
    if !loaded.errors.is_empty() {
        app.overlays.push(Overlay::Dialog(Dialog::Notice {
            title: crate::tr!("ui-config-errors-title"),
            lines: loaded.errors.clone(),
        }));
    } else if !loaded.notes.is_empty() {
        app.overlays.push(Overlay::Dialog(Dialog::Notice {
            title: crate::tr!("ui-config-overlaps-title"),
            lines: loaded.notes.clone(),
        }));
    }
}

/// Runs the UI on an open store until the user quits.
pub fn run(store: &Store, clock: &dyn Clock, config: &crate::config::Loaded) -> Result<(), Error> {
    // The first frame shows the newest ideas at once; the whole database
    // loads on a thread meanwhile, and the UI answers keys while it does.
    // Where the database's changes are before anything is read: what
    // others change from here on is caught up on (`Seq::MAX` asks for none
    // of the changes before, only how far they go).
    let seen_at_start = store.changes_since(crate::store::Seq::MAX)?.upto;
    let rows = store.newest_rows(FIRST_PAGE)?;
    let complete = rows.len() < FIRST_PAGE;
    let (events, inbox) = super::events::channel_pair();
    if !complete {
        super::events::load_in_background(store.clone(), events.clone())?;
    }
    let ended = Arc::new(AtomicBool::new(false));
    let give_up = {
        let ended = Arc::clone(&ended);
        let closer = store.close_handle();
        // Every change is already flushed when it is made, so nothing is
        // lost either way; once the loop has `ended`, the main thread is
        // closing the database and is given time to finish.
        move || {
            let closing = Instant::now();
            while ended.load(Ordering::SeqCst) && closing.elapsed() < Duration::from_secs(10) {
                std::thread::sleep(Duration::from_millis(50));
            }
            closer.close_now();
            restore_terminal();
            std::process::exit(0);
        }
    };
    super::events::watch_signals(events.clone(), give_up)?;
    // Never dropped: its drop shows the cursor and, when the terminal is
    // gone, says it could not on a stderr gone with it, and that print
    // panics. The guard below restores the terminal quietly instead.
    let mut terminal = std::mem::ManuallyDrop::new(ratatui::try_init()?);
    let _guard = TerminalGuard;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
    execute!(std::io::stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    let mut app = App::new(rows, clock.now(), (size.width, size.height));
    app.loading = !complete;
    app.live.seen = seen_at_start;
    app.views = Arc::new(store.views()?);
    app.rubrics = store.rubrics()?;
    app.panel = store.panel_settings()?;
    app.me = store.actor();
    app.reasons = Arc::new(store.reasons()?);
    configure(&mut app, config);
    // The first results come in place, so the first frame has ideas on it;
    // every later search runs on the worker.
    let mut backend = Backend::new(store.clone());
    // Near-duplicates are found on a worker, which begins once every idea
    // is loaded and searched (`SimilarWorker::release`): the first frame
    // never waits for the index, nor shares the cores with it.
    let found = events.clone();
    backend.similar = Some(super::similar_worker::SimilarWorker::spawn(
        store.clone(),
        Box::new(move |f| found.send(Event::Similar(Box::new(f))).is_ok()),
    )?);
    let first = start(&mut app);
    backend.carry_out(&mut app, first, &mut |_| Err("no editor yet".into()));
    let results = events.clone();
    backend.searcher = Some(Searcher::spawn_into(
        store.clone(),
        Box::new(move |outcome| results.send(Event::Results(Box::new(outcome))).is_ok()),
    )?);
    // Others' changes wake the loop; wakes that come while one is waiting
    // are one wake.
    let wake_waiting = Arc::new(AtomicBool::new(false));
    {
        let (events, waiting) = (events.clone(), Arc::clone(&wake_waiting));
        store.watch(Box::new(move || {
            if !waiting.swap(true, Ordering::SeqCst) {
                let _ = events.send(Event::StoreChanged);
            }
        }))?;
    }
    let input = Input::spawn(events)?;
    let mut ui = Ui {
        app,
        backend,
        clock,
        input,
        settle_after_search: false,
        wake_waiting,
        seen_at_start,
        held: VecDeque::new(),
    };
    let ran = ui.run(&mut terminal, &inbox);
    ended.store(true, Ordering::SeqCst);
    // The worker ends with the backend, its handle on the database too.
    drop(ui);
    ran?;
    store.flush()?;
    Ok(())
}

/// What the main loop holds.
struct Ui<'a> {
    app: App,
    backend: Backend,
    clock: &'a dyn Clock,
    input: Input,
    /// The first search of all the ideas is running: once it is in, give
    /// back what its scan threads left.
    settle_after_search: bool,
    /// A wake from the store is on the channel.
    wake_waiting: Arc<AtomicBool>,
    /// How far the database's changes went before the first rows were
    /// read: the whole catalog, loaded later, may miss what came after.
    seen_at_start: crate::store::Seq,
    /// Keys typed while the whole catalog's first results are on their
    /// way: the list is empty then, so a `j` would move nothing and be
    /// lost. They are played in order once the results are in (type-ahead,
    /// as in fzf).
    held: VecDeque<crossterm::event::Event>,
}

/// Whether the loop goes on after an event.
enum Next {
    Go,
    /// The terminal is gone: end as on quit.
    Stop,
}

impl Ui<'_> {
    /// Draws, then sleeps until something happens, and takes everything
    /// that happened before drawing again.
    fn run(
        &mut self,
        terminal: &mut ratatui::DefaultTerminal,
        inbox: &Receiver<Event>,
    ) -> Result<(), Error> {
        let panic_for_test = panic_for_test();
        while !self.app.quit {
            // Near-duplicates are looked for once every idea is loaded and
            // its first results are in (see `SimilarWorker::release`).
            if !self.app.loading
                && !self.app.searching
                && let Some(similar) = &self.backend.similar
            {
                similar.release();
            }
            if let Err(e) = terminal.draw(|frame| view::render(&self.app, frame)) {
                if terminal_gone(&e) {
                    break;
                }
                return Err(e.into());
            }
            if panic_for_test {
                panic!("a panic the tests asked for");
            }
            // Every sender is a thread that lives as long as the UI; none
            // left means none can wake us again.
            let Ok(first) = inbox.recv() else { break };
            let mut next = Some(first);
            while let Some(event) = next.take() {
                if let Next::Stop = self.handle(event, terminal)? {
                    return Ok(());
                }
                if !self.app.quit {
                    next = inbox.try_recv().ok();
                }
            }
        }
        Ok(())
    }

    fn handle(
        &mut self,
        event: Event,
        terminal: &mut ratatui::DefaultTerminal,
    ) -> Result<Next, Error> {
        // Time is read here and handed to update in the state.
        self.app.now = self.clock.now();
        let (app, backend) = (&mut self.app, &mut self.backend);
        match event {
            Event::Terminal(event) => {
                if app.refilling && !matches!(event, crossterm::event::Event::Resize(..)) {
                    self.held.push_back(event);
                } else {
                    self.terminal_event(event, terminal);
                }
            }
            Event::InputFailed(e) if terminal_gone(&e) => return Ok(Next::Stop),
            Event::InputFailed(e) => return Err(e.into()),
            Event::Results(outcome) => {
                backend.dispatch(app, Msg::Reply(Reply::Results(outcome)), &mut busy);
                // Its scans ran on threads that have ended; take back what
                // they left.
                if std::mem::take(&mut self.settle_after_search) {
                    crate::memory::settle();
                }
            }
            Event::Similar(found) => {
                backend.dispatch(app, Msg::Reply(Reply::Similar(found)), &mut busy);
            }
            Event::Loaded(loaded) => {
                let handover = super::msg::Handover::new((*loaded)?);
                let effects = update(app, Msg::Reply(Reply::Loaded(handover)));
                backend.carry_out(app, effects, &mut busy);
                // The first page's catalog was dropped here, and the large
                // work is done but for the first search of all the ideas,
                // just asked for.
                crate::memory::settle();
                self.settle_after_search = true;
                // Others' changes already shown on the first page may be
                // older than the rows just loaded: catch up again from
                // before they were read.
                app.live.seen = app.live.seen.min(self.seen_at_start);
                backend.catch_up_and_show(app);
            }
            Event::StoreChanged => {
                self.wake_waiting.store(false, Ordering::SeqCst);
                backend.catch_up_and_show(app);
            }
            Event::Quit => backend.dispatch(app, Msg::Screen(ScreenMsg::Quit), &mut busy),
        }
        while !self.app.refilling && !self.app.quit {
            let Some(event) = self.held.pop_front() else {
                break;
            };
            self.terminal_event(event, terminal);
        }
        Ok(Next::Go)
    }

    /// What a key, click or paste means where the user is now.
    fn terminal_event(
        &mut self,
        event: crossterm::event::Event,
        terminal: &mut ratatui::DefaultTerminal,
    ) {
        let (app, backend, input) = (&mut self.app, &mut self.backend, &self.input);
        let mut editor = |text: &str| {
            // The editor reads the terminal now, not our thread.
            input.pause();
            let edited = external_editor(terminal, text);
            input.resume();
            edited
        };
        for event in super::input::events_for(app, event) {
            if let Some(msg) = message_for(app, event) {
                backend.dispatch(app, msg, &mut editor);
            }
        }
    }
}

/// The editor is not offered while something else is carried out.
fn busy(_: &str) -> Result<String, String> {
    Err("busy".into())
}

/// Lets the end-to-end tests check that a bug in the UI restores the
/// terminal; only in a build for them.
#[cfg(feature = "test-hooks")]
fn panic_for_test() -> bool {
    std::env::var_os("SPROUT_PANIC_FOR_TEST").is_some_and(|v| v == "ui")
}

#[cfg(not(feature = "test-hooks"))]
fn panic_for_test() -> bool {
    false
}
