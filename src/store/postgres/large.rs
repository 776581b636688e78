//! A large write (an import) on PostgreSQL: one transaction, begun by the
//! first chunk and committed by the last, each chunk sent as it comes.
//! Memory stays that of one chunk (the whole file was gathered before),
//! and the server works on chunk k while the import checks chunk k + 1
//! (`transfer/import.rs` checks on the other core as it writes).
//!
//! The transaction is on the store's one connection, so the import's own
//! reads between chunks (which ideas exist, near-copies) see the chunks
//! before: nothing needs keeping in memory for them. While it is open the
//! connection is never silently opened again (see `PgStore::client`): a
//! new connection would be outside the transaction, and the chunks after
//! a lost connection would each commit on their own. Dropped before
//! [`LargeWrite::finish`] (a bad last record, an error), it is rolled
//! back; a lost connection rolls it back on the server.

use super::commit;
use super::sql::db;
use crate::store::{LargeWrite, Result, StoreError, Writes};
use std::sync::MutexGuard;

/// What a large write needs of the store it writes to (the store is
/// `PgStore`, which names this file: the need is said here).
pub(super) trait Connection {
    /// The connection, never silently opened again while
    /// [`Connection::large_open`] is set.
    fn client(&self) -> MutexGuard<'_, postgres::Client>;
    /// Names this open in the `changes` table.
    fn origin(&self) -> &str;
    /// Marks a large write's transaction open or ended.
    fn large_open(&self, open: bool);
    /// A refusal to write naming the connection's role.
    fn as_role(&self, e: StoreError) -> StoreError;
}

pub(super) struct PgLarge<'a> {
    store: &'a dyn Connection,
    /// The id counter as locked by BEGIN's first statement, raised by
    /// every chunk's ids; `None` until the first chunk begins it.
    next_id: Option<i64>,
}

impl<'a> PgLarge<'a> {
    pub(super) fn new(store: &'a dyn Connection) -> PgLarge<'a> {
        PgLarge {
            store,
            next_id: None,
        }
    }

    fn send(&mut self, chunk: &Writes, last: bool) -> Result<()> {
        let result = self
            .try_send(chunk, last)
            .map_err(|e| self.store.as_role(e));
        if result.is_err() || last {
            self.close(result.is_ok());
        }
        result
    }

    fn try_send(&mut self, chunk: &Writes, last: bool) -> Result<()> {
        let mut client = self.store.client();
        let next = match self.next_id {
            Some(n) => n,
            None => {
                self.store.large_open(true);
                client.batch_execute("BEGIN").map_err(db)?;
                commit::lock_counter(&mut *client)?
            }
        };
        let next = next.max(commit::floor(chunk)?);
        self.next_id = Some(next);
        commit::apply(&mut *client, self.store.origin(), chunk)?;
        if last {
            commit::seal(&mut *client, self.store.origin(), chunk, next)?;
            client.batch_execute("COMMIT").map_err(db)?;
        }
        Ok(())
    }

    /// Ends the transaction: committed already when `kept`, else rolled
    /// back (a lost connection has rolled it back on the server).
    fn close(&mut self, kept: bool) {
        if self.next_id.take().is_none() {
            return;
        }
        if !kept {
            let mut client = self.store.client();
            if !client.is_closed() {
                let _ = client.batch_execute("ROLLBACK");
            }
        }
        self.store.large_open(false);
    }
}

impl LargeWrite for PgLarge<'_> {
    fn write(&mut self, chunk: Writes) -> Result<()> {
        self.send(&chunk, false)
    }

    fn finish(mut self: Box<Self>, last: Writes) -> Result<()> {
        self.send(&last, true)
    }
}

impl Drop for PgLarge<'_> {
    fn drop(&mut self) {
        self.close(false);
    }
}
