//! Everything the UI waits for arrives on ONE channel, and the main loop
//! sleeps on it (gitui's blocking select, with one channel instead of
//! several): terminal input from a thread of its own, search results from
//! the worker, the loaded catalog from the loader, the signals that
//! end the UI, and the store's wake when others changed the database. Nothing polls on a timer, so an idle UI does not wake.

use crate::Error;
use crate::query::Catalog;
use crate::search::Outcome;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// One thing that happened, for the main loop.
pub enum Event {
    /// A key, a click, a paste or a resize from the terminal.
    Terminal(crossterm::event::Event),
    /// The terminal could not be read (it may be gone).
    InputFailed(io::Error),
    /// A search finished.
    Results(Box<Outcome>),
    /// Near-duplicates were found (see [`super::similar_worker`]).
    Similar(Box<super::similar_state::Found>),
    /// The whole database has loaded (or failed to).
    Loaded(Box<Result<Catalog, Error>>),
    /// SIGTERM or SIGHUP: quit the normal way.
    Quit,
    /// Others may have changed the database (or the connection to it was
    /// lost or is back): catch up.
    StoreChanged,
}

/// The one channel: a sender for each source, the receiver for the loop.
pub fn channel_pair() -> (Sender<Event>, Receiver<Event>) {
    channel()
}

/// The thread that reads the terminal. It can be paused while another
/// program (the user's editor) has the terminal, so that no key meant for
/// that program is read here.
pub struct Input {
    gate: Arc<Gate>,
    /// Writing a byte wakes the thread from its wait on the terminal.
    wake: UnixStream,
}

/// Whether the input thread may read, and its answer that it stopped.
struct Gate {
    paused: Mutex<bool>,
    changed: Condvar,
    parked: Mutex<Option<Sender<()>>>,
}

impl Input {
    /// Starts reading the terminal into `events`.
    pub fn spawn(events: Sender<Event>) -> io::Result<Input> {
        let (wake_rx, wake) = UnixStream::pair()?;
        wake_rx.set_nonblocking(true)?;
        wake.set_nonblocking(true)?;
        // SIGWINCH wakes the wait too; crossterm reports the new size.
        let (winch_rx, winch_tx) = UnixStream::pair()?;
        winch_rx.set_nonblocking(true)?;
        winch_tx.set_nonblocking(true)?;
        signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, winch_tx)?;
        let gate = Arc::new(Gate {
            paused: Mutex::new(false),
            changed: Condvar::new(),
            parked: Mutex::new(None),
        });
        let thread_gate = Arc::clone(&gate);
        std::thread::Builder::new()
            .name("input".into())
            .spawn(move || {
                if let Err(e) = read_terminal(&events, &thread_gate, &wake_rx, &winch_rx) {
                    let _ = events.send(Event::InputFailed(e));
                }
            })?;
        Ok(Input { gate, wake })
    }

    /// Stops reading the terminal, and returns once the thread has
    /// stopped (what it read before is already on the channel).
    pub fn pause(&self) {
        let (parked, stopped) = channel();
        *lock(&self.gate.parked) = Some(parked);
        *lock(&self.gate.paused) = true;
        let _ = (&self.wake).write_byte();
        // The thread is gone when the terminal failed: nothing to wait for.
        let _ = stopped.recv_timeout(Duration::from_secs(2));
    }

    /// Reads the terminal again.
    pub fn resume(&self) {
        *lock(&self.gate.paused) = false;
        self.gate.changed.notify_all();
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

trait WriteByte {
    fn write_byte(self) -> io::Result<()>;
}

impl WriteByte for &UnixStream {
    fn write_byte(mut self) -> io::Result<()> {
        use std::io::Write;
        self.write_all(&[1]).or_else(|e| match e.kind() {
            // Full: a wake is already pending, which is all a byte says.
            io::ErrorKind::WouldBlock => Ok(()),
            _ => Err(e),
        })
    }
}

/// Empties a non-blocking socket of the bytes that woke us.
fn drain(socket: &UnixStream) {
    use std::io::Read;
    let mut buf = [0u8; 64];
    while matches!((&*socket).read(&mut buf), Ok(n) if n > 0) {}
}

/// The fd crossterm reads: stdin when it is a terminal, else /dev/tty.
fn terminal_fd() -> io::Result<(RawFd, Option<std::fs::File>)> {
    // SAFETY: isatty only looks at the descriptor.
    if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        return Ok((libc::STDIN_FILENO, None));
    }
    let tty = std::fs::File::open("/dev/tty")?;
    Ok((tty.as_raw_fd(), Some(tty)))
}

/// Waits, without a timeout, until the terminal has input, the size
/// changed or someone woke us; then hands crossterm every event waiting.
fn read_terminal(
    events: &Sender<Event>,
    gate: &Gate,
    wake: &UnixStream,
    winch: &UnixStream,
) -> io::Result<()> {
    use crossterm::event;
    let (tty, _keep_open) = terminal_fd()?;
    loop {
        {
            let mut paused = lock(&gate.paused);
            if *paused && let Some(parked) = lock(&gate.parked).take() {
                let _ = parked.send(());
            }
            while *paused {
                paused = gate.changed.wait(paused).unwrap_or_else(|e| e.into_inner());
            }
        }
        let mut fds = [tty, wake.as_raw_fd(), winch.as_raw_fd()].map(|fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        });
        // SAFETY: fds is a valid array of pollfd for its length.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, -1) };
        if ready < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if fds[1].revents != 0 {
            drain(wake);
        }
        if fds[2].revents != 0 {
            drain(winch);
            let (w, h) = crossterm::terminal::size()?;
            if events
                .send(Event::Terminal(event::Event::Resize(w, h)))
                .is_err()
            {
                return Ok(());
            }
        }
        let hung_up = fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0;
        if fds[0].revents & libc::POLLIN != 0 || hung_up {
            // A moment, not zero: with crossterm's poll(2) reader a zero
            // wait never reports the events it has already read
            // (crossterm-rs/crossterm#839).
            let mut any = false;
            while event::poll(Duration::from_millis(1))? {
                any = true;
                if events.send(Event::Terminal(event::read()?)).is_err() {
                    return Ok(());
                }
            }
            if hung_up && !any {
                return Err(io::Error::from_raw_os_error(libc::EIO));
            }
        }
    }
}

/// SIGTERM and SIGHUP ask the UI to quit, so the normal restore and close
/// run. If the main loop has not ended a second later (it could be stuck
/// writing to a terminal that is gone), `give_up` runs on this thread: it
/// records the clean close, restores what it can and ends the process.
pub fn watch_signals(
    events: Sender<Event>,
    give_up: impl FnOnce() + Send + 'static,
) -> Result<(), Error> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if signals.forever().next().is_some() {
                let _ = events.send(Event::Quit);
                std::thread::sleep(Duration::from_secs(1));
                give_up();
            }
        })?;
    Ok(())
}

/// Loads every row and builds the search index on a thread; the catalog
/// arrives on the channel.
pub fn load_in_background(store: crate::store::Store, events: Sender<Event>) -> Result<(), Error> {
    std::thread::Builder::new()
        .name("load".into())
        .spawn(move || {
            let loaded = store
                .rows_apart()
                .and_then(|rows| Ok(Catalog::new(rows).scored_by(store.score_book()?)))
                .map_err(Error::from);
            // Decoding left buffers behind as large as the rows themselves.
            crate::memory::release();
            let _ = events.send(Event::Loaded(Box::new(loaded)));
        })?;
    Ok(())
}
