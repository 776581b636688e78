//! The runtime: owns the terminal, reads events, carries out effects, and
//! makes sure the terminal is restored on quit, error, panic, SIGTERM and
//! SIGHUP.

use super::app::App;
use super::msg::{Effect, Msg};
use super::search::Searcher;
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

/// Hands text to the user's editor and returns what they saved.
pub type EditText<'a> = dyn FnMut(&str) -> Result<String, String> + 'a;

/// Carries out one effect against the store; returns the messages it yields.
/// The views as stored after a change to them, or why it failed.
fn views_changed(store: &Store, saved: Result<(), crate::Error>, message: String) -> Vec<Msg> {
    match saved.and_then(|()| Ok(store.views()?)) {
        Ok(views) => vec![Msg::ViewsChanged { views, message }],
        Err(e) => vec![Msg::Failed(e.to_string())],
    }
}

/// A change that was not written: what is stored now of the ideas it
/// touched, read back (see [`Msg::Refused`]).
fn refused(
    store: &Store,
    e: crate::Error,
    ids: impl IntoIterator<Item = u64>,
    step: Option<super::msg::RefusedStep>,
) -> Vec<Msg> {
    let mut ids: Vec<u64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    let stored = ids
        .into_iter()
        .map(|id| (id, store.idea(id).ok().flatten()))
        .collect();
    // The status line is short: the words that matter first.
    let message = match e {
        crate::Error::Store(crate::store::StoreError::Full { .. }) => {
            "disk full: free some space, then do it again".to_string()
        }
        other => other.to_string(),
    };
    vec![Msg::Refused {
        message,
        stored,
        step,
    }]
}

/// The ids a list of changes touches.
fn ids_of(changes: &[ideas::Change]) -> Vec<u64> {
    changes
        .iter()
        .filter_map(|(a, b)| a.as_ref().or(b.as_ref()).map(|i| i.id))
        .collect()
}

pub fn perform(
    app: &mut App,
    store: &Store,
    effect: &Effect,
    editor: &mut EditText<'_>,
) -> Vec<Msg> {
    let failed = |e: crate::Error| vec![Msg::Failed(e.to_string())];
    match effect {
        Effect::Search(generation) => {
            let request = app.search_request(*generation);
            if let Some(searcher) = &app.searcher {
                // The worker answers later; the main loop picks it up.
                searcher.request(request);
                return Vec::new();
            }
            let catalog = std::sync::Arc::clone(&app.catalog);
            let guard = catalog.read().unwrap_or_else(|e| e.into_inner());
            match app.engine.answer(&guard, store, &request, None) {
                Some(outcome) => vec![Msg::Results(Box::new(outcome))],
                None => vec![Msg::Failed("the search could not read the database".into())],
            }
        }
        Effect::SaveView { replacing, view } => {
            let message = match replacing {
                Some(old) if !view.is_named(old) => {
                    format!("renamed view '{old}' to '{}'", view.name)
                }
                _ => match view.sort {
                    Some(sort) if sort != crate::domain::SortKey::default() => format!(
                        "saved view '{}': {}, sorted by {}",
                        view.name,
                        view.query,
                        sort.name()
                    ),
                    _ => format!("saved view '{}': {}", view.name, view.query),
                },
            };
            views_changed(
                store,
                crate::views::save(store, replacing.as_deref(), view.clone()),
                message,
            )
        }
        Effect::DeleteView(name) => match crate::views::delete(store, name) {
            Ok(view) => views_changed(store, Ok(()), format!("deleted view '{}'", view.name)),
            Err(e) => failed(e),
        },
        Effect::LoadDetail(id) => match store.idea(*id) {
            Ok(idea) => vec![Msg::DetailLoaded(*id, idea.map(Box::new))],
            Err(e) => failed(e.into()),
        },
        Effect::Edit {
            ids,
            edits,
            label,
            triage_next,
        } => match ideas::edit_returning(store, ids, edits, app.now) {
            Ok(changes) => vec![Msg::Saved {
                label: label.clone(),
                changes,
                triage_next: *triage_next,
            }],
            Err(e) => refused(store, e, ids.iter().copied(), None),
        },
        Effect::Create(idea) => match ideas::add(store, (**idea).clone())
            .and_then(|id| store.idea(id)?.ok_or(crate::Error::NotFound(id)))
        {
            Ok(stored) => {
                let label = format!("added #{}", stored.id);
                vec![Msg::Saved {
                    label,
                    changes: vec![(None, Some(stored))],
                    triage_next: false,
                }]
            }
            Err(e) => failed(e),
        },
        Effect::Replace(before, after) => {
            let changes = vec![(Some((**before).clone()), Some((**after).clone()))];
            match ideas::restore(store, &changes) {
                Ok(()) => vec![Msg::Saved {
                    label: format!("edited #{}", after.id),
                    changes,
                    triage_next: false,
                }],
                Err(e) => refused(store, e, [after.id], None),
            }
        }
        Effect::Restore {
            changes,
            label,
            redo,
        } => match ideas::restore(store, changes) {
            Ok(()) => vec![Msg::Restored {
                label: label.clone(),
                changes: changes.clone(),
                redo: *redo,
            }],
            Err(e) => {
                // Back on its stack as it was there (see edit::update).
                let as_stacked = if *redo {
                    changes.clone()
                } else {
                    changes
                        .iter()
                        .map(|(c, t)| (t.clone(), c.clone()))
                        .collect()
                };
                let step = super::msg::RefusedStep {
                    redo: *redo,
                    label: label.clone(),
                    changes: as_stacked,
                };
                refused(store, e, ids_of(changes), Some(step))
            }
        },
        Effect::OpenEditor { id, text } => match editor(text) {
            Ok(after) => vec![Msg::EditorDone {
                id: *id,
                before: text.clone(),
                after,
            }],
            Err(e) => vec![Msg::Failed(e)],
        },
        Effect::Quit => Vec::new(),
    }
}

/// Feeds a message to update and carries out everything that follows.
pub fn dispatch(app: &mut App, store: &Store, msg: Msg, editor: &mut EditText<'_>) {
    let effects = update(app, msg);
    carry_out(app, store, effects, editor);
}

/// Carries out effects in order, feeding what they yield back to update.
pub fn carry_out(app: &mut App, store: &Store, effects: Vec<Effect>, editor: &mut EditText<'_>) {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        for msg in perform(app, store, &effect, editor) {
            queue.extend(update(app, msg));
        }
    }
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on the text in a temporary
/// file, with the terminal handed over and taken back.
fn external_editor(terminal: &mut ratatui::DefaultTerminal, text: &str) -> Result<String, String> {
    use std::io::Write;
    let fail = |e: std::io::Error| format!("cannot run the editor: {e}");
    let mut file = tempfile::Builder::new()
        .prefix("sprout-idea-")
        .suffix(".txt")
        .tempfile()
        .map_err(fail)?;
    file.write_all(text.as_bytes()).map_err(fail)?;
    file.flush().map_err(fail)?;
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|e| !e.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    restore_terminal();
    // Through the shell, so that EDITOR="code --wait" works.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(file.path())
        .status();
    let back = crossterm::terminal::enable_raw_mode()
        .and_then(|_| {
            execute!(
                std::io::stdout(),
                crossterm::terminal::EnterAlternateScreen,
                EnableMouseCapture
            )
        })
        .and_then(|_| terminal.clear());
    back.map_err(|e| format!("cannot take the terminal back: {e}"))?;
    let after = std::fs::read_to_string(file.path()).map_err(fail)?;
    match status {
        // Whatever the editor saved is offered even if it failed, so no text is lost.
        Ok(s) if s.success() || after != text => Ok(after),
        Ok(s) => Err(format!(
            "the editor '{editor}' exited with {s}; nothing changed"
        )),
        Err(e) => Err(format!("cannot start the editor '{editor}': {e}")),
    }
}

/// Restores the terminal when dropped, whatever way the UI ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Gives the terminal back (mouse, raw mode, screen). Quietly: when the
/// terminal is gone, ratatui's `restore` prints the failure to a stderr that
/// is gone too, and that print panics.
fn restore_terminal() {
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        crossterm::cursor::Show
    );
    let _ = ratatui::try_restore();
}

/// SIGTERM and SIGHUP ask the UI to quit, so the normal restore and close
/// run. If the main loop has not ended a second later (it could be stuck
/// writing to a terminal that is gone), this thread records the database's
/// clean close, restores what it can and ends the process itself; once the
/// loop has `ended`, the main thread is closing the database and is given
/// time to finish. Every change is already flushed when it is made, so
/// nothing is lost either way, and the next start need not check the
/// database.
fn watch_signals(
    stop: Arc<AtomicBool>,
    ended: Arc<AtomicBool>,
    closer: crate::store::CloseHandle,
) -> Result<(), Error> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                stop.store(true, Ordering::SeqCst);
                std::thread::sleep(Duration::from_secs(1));
                let closing = std::time::Instant::now();
                while ended.load(Ordering::SeqCst) && closing.elapsed() < Duration::from_secs(10) {
                    std::thread::sleep(Duration::from_millis(50));
                }
                closer.close_now();
                restore_terminal();
                std::process::exit(0);
            }
        })?;
    Ok(())
}

/// Whether a failed read or write of the terminal means it is gone (its
/// window closed, its connection dropped): then the UI ends as on quit.
fn terminal_gone(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::EIO)
        || matches!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe
                | std::io::ErrorKind::NotConnected
                | std::io::ErrorKind::UnexpectedEof
        )
}

/// How many of the newest ideas the first frame shows while the rest load.
const FIRST_PAGE: usize = 500;

/// Loads every row and builds the search index on a thread.
fn load_in_background(
    store: Store,
) -> Result<std::sync::mpsc::Receiver<Result<crate::query::Catalog, Error>>, Error> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("load".into())
        .spawn(move || {
            let loaded = store
                .rows()
                .map(crate::query::Catalog::new)
                .map_err(Error::from);
            // Decoding left buffers behind as large as the rows themselves.
            crate::memory::release();
            let _ = tx.send(loaded);
        })?;
    Ok(rx)
}

/// Applies the config file, and says at start what was wrong with it.
pub fn configure(app: &mut App, loaded: &crate::config::Loaded) {
    let c = &loaded.config;
    super::theme::set_theme(super::theme::Theme::from(&c.theme));
    app.keymap = Arc::new(super::keymap::Keymap::configured(&c.keys).0);
    app.input
        .set_placeholder_text(app.keymap.fill(super::strings::SEARCH_PLACEHOLDER));
    app.sort = c.sort;
    app.sidebar_visible = c.sidebar;
    app.date_format = c.date_format.clone();
    if !loaded.errors.is_empty() {
        app.dialog = Some(super::app::Dialog::Notice {
            title: " Config file errors: started with the defaults ".into(),
            lines: loaded.errors.clone(),
        });
    } else if !loaded.notes.is_empty() {
        app.dialog = Some(super::app::Dialog::Notice {
            title: " Config file: keys that overlap ".into(),
            lines: loaded.notes.clone(),
        });
    }
}

/// Runs the UI on an open store until the user quits.
pub fn run(store: &Store, clock: &dyn Clock, config: &crate::config::Loaded) -> Result<(), Error> {
    // The first frame shows the newest ideas at once; the whole database
    // loads on a thread meanwhile, and the UI answers keys while it does.
    let rows = store.newest_rows(FIRST_PAGE)?;
    let complete = rows.len() < FIRST_PAGE;
    let loader = if complete {
        None
    } else {
        Some(load_in_background(store.clone())?)
    };
    let stop = Arc::new(AtomicBool::new(false));
    let ended = Arc::new(AtomicBool::new(false));
    watch_signals(Arc::clone(&stop), Arc::clone(&ended), store.close_handle())?;
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
    let mut settle_after_search = false;
    app.loading = !complete;
    app.views = Arc::new(store.views()?);
    configure(&mut app, config);
    // The first results come in place, so the first frame has ideas on it;
    // every later search runs on the worker.
    let first = start(&mut app);
    carry_out(&mut app, store, first, &mut |_| Err("no editor yet".into()));
    app.searcher = Some(Searcher::spawn(Arc::clone(&app.catalog), store.clone())?);
    // Lets the tests check that a bug in the UI restores the terminal.
    let panic_for_test = std::env::var_os("SPROUT_PANIC_FOR_TEST").is_some_and(|v| v == "ui");
    while !app.quit {
        if let Some(loaded) = loader.as_ref().and_then(|rx| rx.try_recv().ok()) {
            match loaded {
                Ok(catalog) => {
                    let effects = update(&mut app, Msg::Loaded(super::msg::Handover::new(catalog)));
                    carry_out(&mut app, store, effects, &mut |_| Err("busy".into()));
                    // The first page's catalog was dropped here, and the
                    // large work is done but for the first search of all
                    // the ideas, just asked for.
                    crate::memory::settle();
                    settle_after_search = true;
                }
                Err(e) => return Err(e),
            }
        }
        if let Err(e) = terminal.draw(|frame| view::render(&app, frame)) {
            if terminal_gone(&e) {
                break;
            }
            return Err(e.into());
        }
        if panic_for_test {
            panic!("a panic the tests asked for");
        }
        // While a search runs, look for its result often; keys still come first.
        let wait = if app.searching || app.loading {
            Duration::from_millis(4)
        } else {
            Duration::from_millis(200)
        };
        if let Some(outcome) = app.searcher.as_ref().and_then(Searcher::poll) {
            dispatch(
                &mut app,
                store,
                Msg::Results(Box::new(outcome)),
                &mut |_| Err("busy".into()),
            );
            // Its scans ran on threads that have ended; take back what
            // they left.
            if std::mem::take(&mut settle_after_search) {
                crate::memory::settle();
            }
            continue;
        }
        match read_events(&mut app, store, &mut terminal, wait) {
            Ok(()) => {}
            Err(e) if terminal_gone(&e) => break,
            Err(e) => return Err(e.into()),
        }
        if stop.load(Ordering::Relaxed) {
            dispatch(&mut app, store, Msg::Quit, &mut |_| Err("quitting".into()));
        }
        app.now = clock.now();
    }
    ended.store(true, Ordering::SeqCst);
    store.flush()?;
    Ok(())
}

/// Waits up to `wait` for terminal events, then takes every one already
/// waiting before the screen is drawn again.
fn read_events(
    app: &mut App,
    store: &Store,
    terminal: &mut ratatui::DefaultTerminal,
    wait: Duration,
) -> std::io::Result<()> {
    if !event::poll(wait)? {
        return Ok(());
    }
    let mut editor = |text: &str| external_editor(terminal, text);
    let mut first = true;
    // A moment, not zero, for the ones already waiting: with crossterm's
    // poll(2) reader a zero wait never reports the events it has already
    // read (crossterm-rs/crossterm#839).
    while !app.quit && (std::mem::take(&mut first) || event::poll(Duration::from_millis(1))?) {
        for ev in super::events_for(app, event::read()?) {
            if let Some(msg) = message_for(app, ev) {
                dispatch(app, store, msg, &mut editor);
            }
        }
    }
    Ok(())
}
