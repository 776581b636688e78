//! Hearing of others' commits: every commit sends `NOTIFY sprout_changes`
//! with its origin, and a watcher thread LISTENs on a connection of its
//! own. A notification can be lost (while the connection is down), so the
//! wake-up only says "ask `changes_since`"; after a reconnect it wakes
//! once anyway, to catch up on what it may have missed. Losing the server
//! wakes too: the UI's question then fails, and it says the connection is
//! lost until a wake after the reconnect finds it back.

use super::connect;
use std::time::Duration;

/// The channel commits notify on.
pub const CHANNEL: &str = "sprout_changes";

/// How long the watcher waits before connecting again after losing the
/// server.
const RETRY: Duration = Duration::from_secs(1);

/// Starts the thread that calls `wake` for every commit not from `origin`.
/// It runs until the process ends.
pub fn start(location: String, origin: String, wake: Box<dyn Fn() + Send + Sync>) {
    let spawned = std::thread::Builder::new()
        .name("sprout-pg-watch".into())
        .spawn(move || {
            // After the first connection, a (re)connection may have missed some.
            let mut reconnecting = false;
            loop {
                if let Ok(mut client) = connect::connect(&location)
                    && client.batch_execute(&format!("LISTEN {CHANNEL}")).is_ok()
                {
                    if reconnecting {
                        wake();
                    }
                    let mut notes = client.notifications();
                    let mut iter = notes.blocking_iter();
                    while let Ok(Some(note)) =
                        postgres::fallible_iterator::FallibleIterator::next(&mut iter)
                    {
                        if note.payload() != origin {
                            wake();
                        }
                    }
                    // The server went away (or dropped this connection).
                    wake();
                }
                reconnecting = true;
                std::thread::sleep(RETRY);
            }
        });
    // Without the thread a UI still sees others' changes when it asks.
    drop(spawned);
}
