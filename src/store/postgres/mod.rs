//! The PostgreSQL engine: a database several sprouts share, chosen for a
//! location starting with `postgres://` or `postgresql://`. The schema is
//! described in `schema.rs`; a commit is one transaction (`commit.rs`).
//!
//! Every statement takes user text as a parameter, never as SQL.
//!
//! Others' commits are heard by LISTEN/NOTIFY (`watch.rs`) and read from
//! the `changes` table.
//!
//! The connection (`connect.rs`) follows libpq: `PGPASSWORD`, the password
//! file (`pgpass.rs`) and `sslmode` (`tls.rs`).
//!
//! A role that may only read (see `sprout admin roles`) can open, list and
//! export; its commits are refused as [`crate::store::StoreError::ReadOnly`].
//!
//! Many new ideas at once go in by COPY (`copy_in.rs`); the summary word
//! index holds chunks of ids per word, as sled's does (`words.rs`); what
//! each commit changed is numbered in `changes` (`changes.rs`).

mod changes;
mod commit;
mod connect;
mod copy_in;
mod declared_conflicts;
mod large;
mod migrate;
mod panel;
mod pgpass;
mod reasons;
mod roles;
mod rubrics;
mod schema;
mod sql;
mod tls;
mod watch;
mod words;

pub use connect::{is_postgres, redacted as redacted_location};
pub use roles::create as create_roles;
pub use schema::PG_SCHEMA_VERSION;

use super::sled_engine::codec;
use crate::domain::{Idea, Row, SortKey, View};
use crate::store::{Changed, CloseHandle, Engine, Result, Seq, StoreError, Versioned, Writes};
use sql::{db, sql_id};
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// How many ideas [`Engine::ideas`] reads at a time.
const PAGE: i64 = 1000;

/// How many ids [`Engine::ideas_with_versions`] asks for in one query: a
/// few round trips for an import's 100,000, each answer a few MB.
const LOOKUP: usize = 4096;

/// An open PostgreSQL database: one connection, used by one call at a time.
pub struct PgStore {
    client: Mutex<postgres::Client>,
    /// Where it was opened, for the watcher's connection of its own.
    location: String,
    /// Names this open in the `changes` table, so that `changes_since`
    /// reports only what others did.
    origin: String,
    /// The role the server knows this connection as, for a refusal.
    role: String,
    /// A large write's transaction is open on the connection (`large.rs`):
    /// a lost connection is then not opened again behind its back.
    in_large: std::sync::atomic::AtomicBool,
}

impl PgStore {
    /// Connects to the server `location` names and creates or checks the
    /// schema there.
    pub fn open(location: &str) -> Result<PgStore> {
        let mut client = connect::connect(location)?;
        let role = schema::ensure(&mut client).map_err(|e| match e {
            StoreError::ReadOnly { .. } => StoreError::Open {
                path: connect::redacted(location).into(),
                msg: crate::tr!("err-pg-may-not-read"),
            },
            // An older schema this role may not move on (`migrate.rs`).
            StoreError::Open { msg, .. } => StoreError::Open {
                path: connect::redacted(location).into(),
                msg,
            },
            other => other,
        })?;
        let origin = format!(
            "{}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
            rand::random::<u64>()
        );
        Ok(PgStore {
            client: Mutex::new(client),
            location: location.to_string(),
            origin,
            role,
            in_large: std::sync::atomic::AtomicBool::new(false),
        })
    }

    /// The connection, opened again first if the server dropped it (it
    /// went away, or restarted): a UI carries on once the server is back.
    /// If it cannot be opened, the closed one is handed out and the call
    /// fails with [`crate::store::StoreError::Lost`].
    fn client(&self) -> MutexGuard<'_, postgres::Client> {
        let mut client = self.client.lock().unwrap_or_else(|e| e.into_inner());
        let in_large = self.in_large.load(std::sync::atomic::Ordering::SeqCst);
        if client.is_closed()
            && !in_large
            && let Ok(fresh) = connect::connect(&self.location)
        {
            *client = fresh;
        }
        client
    }

    /// Rows decoded from a query whose only column is `row_record`.
    fn rows_of(
        &self,
        sql: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<Vec<Row>> {
        self.client()
            .query(sql, params)
            .map_err(db)?
            .iter()
            .map(|r| crate::store::row_record::decode(r.get(0)))
            .collect()
    }

    /// Up to [`PAGE`] ideas with ids above `after`, in id order.
    fn ideas_after(&self, after: i64) -> Result<Vec<(i64, Idea)>> {
        self.client()
            .query(
                "SELECT id, record FROM ideas WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &PAGE],
            )
            .map_err(db)?
            .iter()
            .map(|r| Ok((r.get(0), codec::decode_idea(r.get(1))?.idea)))
            .collect()
    }
}

fn view_of(row: &postgres::Row) -> View {
    View {
        name: row.get(0),
        query: row.get(1),
        sort: row.get::<_, Option<&str>>(2).and_then(SortKey::from_name),
    }
}

impl large::Connection for PgStore {
    fn client(&self) -> MutexGuard<'_, postgres::Client> {
        PgStore::client(self)
    }

    fn origin(&self) -> &str {
        &self.origin
    }

    fn large_open(&self, open: bool) {
        self.in_large
            .store(open, std::sync::atomic::Ordering::SeqCst);
    }

    /// A refusal to write names this connection's role.
    fn as_role(&self, e: StoreError) -> StoreError {
        match e {
            StoreError::ReadOnly { .. } => StoreError::ReadOnly {
                role: crate::domain::text::printable(&self.role, false),
            },
            other => other,
        }
    }
}

impl Engine for PgStore {
    /// The role found when opening: sprout never changes it (no SET
    /// ROLE), and asking again would be one more round trip at start.
    fn actor(&self) -> Result<Option<String>> {
        Ok(Some(self.role.clone()))
    }

    fn idea(&self, id: u64) -> Result<Option<Versioned>> {
        // No idea is kept past bigint's range, so there is none there (as
        // sled says), not a database error.
        let Ok(key) = sql_id(id) else {
            return Ok(None);
        };
        let row = self
            .client()
            .query_opt("SELECT record FROM ideas WHERE id = $1", &[&key])
            .map_err(db)?;
        row.map(|r| codec::decode_idea(r.get(0))).transpose()
    }

    /// One `id = ANY($1)` per [`LOOKUP`] ids, not a round trip each: an
    /// import of 100,000 records with ids spent 26 s asking one by one.
    fn ideas_with_versions(&self, ids: &[u64]) -> Result<Vec<Option<Versioned>>> {
        let mut found: HashMap<u64, Versioned> = HashMap::new();
        // Ids past bigint's range are no idea's (as `idea` says).
        let keys: Vec<i64> = ids.iter().filter_map(|&id| sql_id(id).ok()).collect();
        let mut client = self.client();
        for chunk in keys.chunks(LOOKUP) {
            let rows = client
                .query("SELECT id, record FROM ideas WHERE id = ANY($1)", &[&chunk])
                .map_err(db)?;
            for r in &rows {
                found.insert(r.get::<_, i64>(0) as u64, codec::decode_idea(r.get(1))?);
            }
        }
        Ok(ids.iter().map(|id| found.get(id).cloned()).collect())
    }

    fn ideas(&self) -> Box<dyn Iterator<Item = Result<Idea>> + '_> {
        let mut after = 0i64;
        let mut page: std::vec::IntoIter<(i64, Idea)> = Vec::new().into_iter();
        let mut done = false;
        Box::new(std::iter::from_fn(move || {
            loop {
                if let Some((id, idea)) = page.next() {
                    after = id;
                    return Some(Ok(idea));
                }
                if done {
                    return None;
                }
                match self.ideas_after(after) {
                    Ok(next) => {
                        done = (next.len() as i64) < PAGE;
                        page = next.into_iter();
                    }
                    Err(e) => {
                        done = true;
                        return Some(Err(e));
                    }
                }
            }
        }))
    }

    fn rows(&self) -> Result<Vec<Row>> {
        self.rows_of("SELECT row_record FROM ideas ORDER BY id", &[])
    }

    /// On a connection of its own: the store's one connection would be
    /// held for the whole catalog (a seventh of a second at 100,000), and
    /// the UI's first frame read its views behind it. Where a second
    /// connection cannot be made, on the store's own.
    fn rows_apart(&self) -> Result<Vec<Row>> {
        let Ok(mut own) = connect::connect(&self.location) else {
            return self.rows();
        };
        own.query("SELECT row_record FROM ideas ORDER BY id", &[])
            .map_err(db)?
            .iter()
            .map(|r| crate::store::row_record::decode(r.get(0)))
            .collect()
    }

    fn rows_iter(&self) -> Box<dyn Iterator<Item = Result<Row>> + '_> {
        match self.rows() {
            Ok(rows) => Box::new(rows.into_iter().map(Ok)),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    }

    fn newest_rows(&self, n: usize) -> Result<Vec<Row>> {
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        self.rows_of(
            "SELECT row_record FROM ideas ORDER BY id DESC LIMIT $1",
            &[&n],
        )
    }

    fn next_id(&self) -> Result<u64> {
        let next: i64 = self
            .client()
            .query_one("SELECT value FROM sprout_meta WHERE key = 'next_id'", &[])
            .map_err(db)?
            .get(0);
        Ok(next.max(1) as u64)
    }

    fn summary_ids(&self, prefix: &str) -> Result<Vec<u64>> {
        words::with_prefix(&mut self.client(), prefix)
    }

    fn views(&self) -> Result<Vec<View>> {
        let rows = self
            .client()
            .query("SELECT name, query, sort FROM views ORDER BY position", &[])
            .map_err(db)?;
        Ok(rows.iter().map(view_of).collect())
    }

    fn rubrics(&self) -> Result<Vec<crate::domain::Rubric>> {
        rubrics::read(&mut self.client())
    }

    fn panel_settings(&self) -> Result<crate::domain::panel::PanelSettings> {
        panel::read(&mut self.client())
    }

    fn declared_conflicts(&self) -> Result<Vec<crate::domain::assign_conflicts::DeclaredConflict>> {
        declared_conflicts::read(&mut self.client())
    }

    fn reasons(&self) -> Result<Vec<crate::domain::Reason>> {
        reasons::read(&mut self.client())
    }

    fn view(&self, name: &str) -> Result<Option<View>> {
        let key = crate::domain::text::clean_line(name).to_lowercase();
        let row = self
            .client()
            .query_opt(
                "SELECT name, query, sort FROM views WHERE name_key = $1",
                &[&key],
            )
            .map_err(db)?;
        Ok(row.as_ref().map(view_of))
    }

    fn begin(&self) -> Result<Writes> {
        Ok(Writes::new(self.next_id()?))
    }

    fn commit(&self, writes: Writes) -> Result<()> {
        if self.in_large.load(std::sync::atomic::Ordering::SeqCst) {
            // It would land inside the large write's transaction.
            return Err(StoreError::Db(
                "a large write is in progress on this connection; commit after it".into(),
            ));
        }
        commit::commit(&mut self.client(), &self.origin, &writes)
            .map_err(|e| large::Connection::as_role(self, e))
    }

    /// Chunks sent as they come, in one transaction (see `large.rs`).
    fn large_write(&self) -> Result<Option<Box<dyn crate::store::LargeWrite + '_>>> {
        Ok(Some(Box::new(large::PgLarge::new(self))))
    }

    /// One transaction too; progress is told once it is written.
    fn commit_large(&self, writes: Writes, progress: &dyn Fn(usize)) -> Result<()> {
        let n = writes.puts.len();
        self.commit(writes)?;
        progress(n);
        Ok(())
    }

    /// Nothing to do: a commit returns once the server has it durably.
    fn flush(&self) -> Result<()> {
        Ok(())
    }

    fn changes_since(&self, seq: Seq) -> Result<Changed> {
        let seq = i64::try_from(seq).unwrap_or(i64::MAX);
        changes::since(&mut self.client(), &self.origin, seq)
    }

    fn last_author(&self, id: u64) -> Result<Option<String>> {
        changes::last_author(&mut self.client(), sql_id(id)?)
    }

    /// A thread LISTENing on a connection of its own (see `watch.rs`).
    fn watch(&self, wake: Box<dyn Fn() + Send + Sync>) -> Result<()> {
        watch::start(self.location.clone(), self.origin.clone(), wake);
        Ok(())
    }

    /// Nothing to close: the server keeps what was committed.
    fn close_handle(&self) -> CloseHandle {
        CloseHandle::none()
    }
}
