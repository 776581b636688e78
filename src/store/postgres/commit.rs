//! A commit: one transaction that locks the id counter (so commits apply
//! one after another), writes each change only where the idea is still at
//! the version it was based on, and records what changed in `changes`.
//! Any idea not at its version rolls the whole transaction back. The
//! commit notifies listeners (see `watch.rs`).

use super::sql::{db, sql_id};
use super::{copy_in, words};
use crate::domain::{Idea, Row};
use crate::store::sled_engine::codec;
use crate::store::writes::next_version;
use crate::store::{Conflict, Result, StoreError, Versioned, Writes};
use postgres::GenericClient;
use std::collections::HashSet;

pub fn commit(client: &mut postgres::Client, origin: &str, writes: &Writes) -> Result<()> {
    if writes.is_empty() {
        return Ok(());
    }
    let mut tx = client.transaction().map_err(db)?;
    let next = lock_counter(&mut tx)?;
    apply(&mut tx, origin, writes)?;
    seal(&mut tx, origin, writes, next.max(floor(writes)?))?;
    tx.commit().map_err(db)
}

/// Locks the id counter's row (every commit does so first, so commits
/// apply one after another) and gives its value. A database moved to a
/// newer schema since this sprout opened it is refused here, before
/// anything is written: the move takes the same lock, so no commit of an
/// older build lands in a newer shape (its word chunks, runs of changes
/// and rows it does not know).
pub fn lock_counter(tx: &mut impl GenericClient) -> Result<i64> {
    let row = tx
        .query_one(
            "SELECT value, (SELECT version FROM sprout_schema)
             FROM sprout_meta WHERE key = 'next_id' FOR UPDATE",
            &[],
        )
        .map_err(db)?;
    let version: i32 = row.get(1);
    if version > i32::from(super::schema::PG_SCHEMA_VERSION) {
        return Err(crate::store::StoreError::NewerSchema {
            found: u8::try_from(version).unwrap_or(u8::MAX),
            known: super::schema::PG_SCHEMA_VERSION,
        });
    }
    Ok(row.get(0))
}

/// The least the id counter may be left at after `writes`: past every id
/// they put and every id they gave out.
pub fn floor(writes: &Writes) -> Result<i64> {
    let highest_put = writes.puts.keys().next_back().map_or(0, |id| id + 1);
    sql_id(writes.next_id.max(highest_put))
}

/// Writes the ideas of `writes` (new, changed, removed), each only where
/// it is still at the version it was based on, with their words and their
/// `changes` rows; a conflict fails the whole transaction. A large write
/// does this once per chunk inside its one transaction.
pub fn apply(tx: &mut impl GenericClient, origin: &str, writes: &Writes) -> Result<()> {
    let changed = tx
        .prepare("INSERT INTO changes (origin, idea_id) VALUES ($1, $2)")
        .map_err(db)?;
    // The record as it was is given back, so the words taken out of the
    // index are the ones the database had.
    let update = tx
        .prepare(
            "UPDATE ideas SET version = $3, record = $4, row_record = $5
             FROM (SELECT record FROM ideas WHERE id = $1) AS old
             WHERE ideas.id = $1 AND ideas.version = $2
             RETURNING old.record",
        )
        .map_err(db)?;
    let mut pending = Pending::default();
    let new_ideas: Vec<(i64, &Idea)> = writes
        .puts
        .iter()
        .filter(|(_, (_, base))| base.is_none())
        .map(|(&id, (idea, _))| Ok((sql_id(id)?, idea)))
        .collect::<Result<_>>()?;
    if new_ideas.len() >= copy_in::AT_LEAST {
        for group in new_ideas.chunks(CHUNK) {
            copy_added(tx, group, &mut pending)?;
            if pending.is_full() {
                pending.send(tx, origin)?;
            }
        }
    } else {
        for &(key, idea) in &new_ideas {
            let version = next_version(None);
            let record = codec::encode_idea(idea, version)?;
            let row = crate::store::row_record::encode(&Row::of(idea))?;
            pending.idea(key, version as i64, record, row);
            pending.words.add_text(&idea.indexed_text(), key);
            pending.changed.push(key);
        }
    }
    for (&id, (idea, base)) in &writes.puts {
        let Some(b) = base else { continue };
        let key = sql_id(id)?;
        let version = next_version(Some(b));
        let record = codec::encode_idea(idea, version)?;
        let row = crate::store::row_record::encode(&Row::of(idea))?;
        let text = idea.indexed_text();
        let old = tx
            .query_opt(
                &update,
                &[&key, &(b.version as i64), &(version as i64), &record, &row],
            )
            .map_err(db)?;
        let Some(old) = old else {
            return Err(conflict(tx, id, Some(b)));
        };
        // The same words: nothing to index again.
        if b.idea.indexed_text() != text {
            let old = codec::decode_idea(old.get(0))?.idea;
            let (removed, added) = words::diff(&old.indexed_text(), &text);
            words::remove(tx, key, &removed)?;
            for word in &added {
                pending.words.add(word, key);
            }
        }
        pending.changed.push(key);
        if pending.is_full() {
            pending.send(tx, origin)?;
        }
    }
    pending.send(tx, origin)?;
    for (&id, base) in &writes.deletes {
        let key = sql_id(id)?;
        let removed = tx
            .query_opt(
                "DELETE FROM ideas WHERE id = $1 AND version = $2 RETURNING record",
                &[&key, &(base.version as i64)],
            )
            .map_err(db)?;
        let Some(removed) = removed else {
            return Err(conflict(tx, id, Some(base)));
        };
        // No foreign key removes them (see schema.rs).
        let removed = codec::decode_idea(removed.get(0))?.idea;
        words::remove(tx, key, &words::of(&removed.indexed_text()))?;
        tx.execute(&changed, &[&origin, &Some(key)]).map_err(db)?;
    }
    Ok(())
}

/// New ideas by COPY, each encoded as it is sent: the server stores the
/// ones before while the next are encoded, where encoding all of them
/// first left it waiting (a third of an import's writing). COPY cannot
/// skip a taken id, so the ids are asked first. Their words and change
/// rows are gathered in `pending`.
fn copy_added(
    tx: &mut impl GenericClient,
    group: &[(i64, &Idea)],
    pending: &mut Pending,
) -> Result<()> {
    let ids: Vec<i64> = group.iter().map(|&(key, _)| key).collect();
    if let Some(taken) = copy_in::first_taken(tx, &ids)? {
        return Err(conflict(tx, taken as u64, None));
    }
    let version = next_version(None);
    copy_in::ideas(
        tx,
        group.iter().map(|&(key, idea)| {
            let record = codec::encode_idea(idea, version)?;
            let row = crate::store::row_record::encode(&Row::of(idea))?;
            pending.words.add_text(&idea.indexed_text(), key);
            pending.changed.push(key);
            Ok((key, version as i64, record, row))
        }),
    )
}

/// The end of a commit: the views and rubric versions of `writes`, the id
/// counter left at `next_id` (at least), and the notification listeners
/// get when the transaction commits.
pub fn seal(
    tx: &mut impl GenericClient,
    origin: &str,
    writes: &Writes,
    next_id: i64,
) -> Result<()> {
    write_views(tx, writes)?;
    super::rubrics::write(tx, writes)?;
    super::declared_conflicts::write(tx, writes)?;
    super::reasons::write(tx, writes)?;
    super::panel::write(tx, writes)?;
    if !writes.views.is_empty() {
        tx.execute(
            "INSERT INTO changes (origin, idea_id) VALUES ($1, $2)",
            &[&origin, &None::<i64>],
        )
        .map_err(db)?;
    }
    tx.execute(
        "UPDATE sprout_meta SET value = $1 WHERE key = 'next_id'",
        &[&next_id],
    )
    .map_err(db)?;
    // Delivered to every listener when the transaction commits, not before.
    tx.execute(
        "SELECT pg_notify($1, $2)",
        &[&super::watch::CHANNEL, &origin],
    )
    .map_err(db)?;
    Ok(())
}

/// The conflict of a change based on `base` with the idea as stored now.
/// The transaction is rolled back when it is dropped.
fn conflict(tx: &mut impl GenericClient, id: u64, base: Option<&Versioned>) -> StoreError {
    let stored = match sql_id(id).and_then(|key| {
        tx.query_opt("SELECT record FROM ideas WHERE id = $1", &[&key])
            .map_err(db)
    }) {
        Ok(row) => row.map(|r| codec::decode_idea(r.get(0))).transpose(),
        Err(e) => Err(e),
    };
    match stored {
        Ok(stored) => StoreError::Conflict(Box::new(Conflict::between(id, base, stored.as_ref()))),
        Err(e) => e,
    }
}

/// Saves, renames and deletes views as sled does: a view replaced keeps
/// its place; a new one goes last.
fn write_views(tx: &mut impl GenericClient, writes: &Writes) -> Result<()> {
    for (old, view) in &writes.views {
        let mut position: Option<i64> = None;
        if let Some(old) = old {
            position = tx
                .query_opt(
                    "DELETE FROM views WHERE name_key = $1 RETURNING position",
                    &[&old.to_lowercase()],
                )
                .map_err(db)?
                .map(|r| r.get(0));
        }
        let Some(view) = view else { continue };
        let position = match position {
            Some(p) => p,
            None => tx
                .query_one("SELECT coalesce(max(position) + 1, 0) FROM views", &[])
                .map_err(db)?
                .get(0),
        };
        tx.execute(
            "INSERT INTO views (name_key, name, query, sort, position) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (name_key) DO UPDATE
             SET name = $2, query = $3, sort = $4, position = $5",
            &[
                &view.name.to_lowercase(),
                &view.name,
                &view.query,
                &view.sort.map(|s| s.name()),
                &position,
            ],
        )
        .map_err(db)?;
    }
    Ok(())
}

/// How many new ideas go in one statement.
const CHUNK: usize = 10_000;

/// New ideas, summary words and change records gathered to be sent many
/// to a statement (as arrays through `unnest`) rather than one each: an
/// import of thousands of ideas is then a few round trips, not thousands.
#[derive(Default)]
struct Pending {
    ids: Vec<i64>,
    versions: Vec<i64>,
    records: Vec<Vec<u8>>,
    rows: Vec<Vec<u8>>,
    words: words::Added,
    changed: Vec<i64>,
}

impl Pending {
    fn idea(&mut self, id: i64, version: i64, record: Vec<u8>, row: Vec<u8>) {
        self.ids.push(id);
        self.versions.push(version);
        self.records.push(record);
        self.rows.push(row);
    }

    /// A send holds at most [`CHUNK`] ideas, and their words up to a
    /// hundred an idea (8 bytes a pair): a word's ids from fewer, larger
    /// sends make fewer chunks.
    fn is_full(&self) -> bool {
        self.changed.len() >= CHUNK || self.words.pairs() >= 100 * CHUNK
    }

    /// Sends what is gathered: the ideas first (the words refer to them),
    /// a few as arrays (many go by COPY as they are encoded, see
    /// `copy_added`); a new idea whose id is taken is a conflict. Many
    /// words and change rows go by COPY (see `copy_in.rs`).
    fn send(&mut self, tx: &mut impl GenericClient, origin: &str) -> Result<()> {
        if !self.ids.is_empty() {
            let inserted: HashSet<i64> = tx
                .query(
                    "INSERT INTO ideas (id, version, record, row_record)
                     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bytea[], $4::bytea[])
                     ON CONFLICT (id) DO NOTHING RETURNING id",
                    &[&self.ids, &self.versions, &self.records, &self.rows],
                )
                .map_err(db)?
                .iter()
                .map(|r| r.get(0))
                .collect();
            if let Some(&taken) = self.ids.iter().find(|id| !inserted.contains(id)) {
                return Err(conflict(tx, taken as u64, None));
            }
        }
        let many = self.changed.len() >= copy_in::AT_LEAST;
        self.words.send(tx, many)?;
        if many {
            super::changes::record_runs(tx, origin, &self.changed)?;
        } else if !self.changed.is_empty() {
            tx.execute(
                "INSERT INTO changes (origin, idea_id) SELECT $1, unnest($2::bigint[])",
                &[&origin, &self.changed],
            )
            .map_err(db)?;
        }
        *self = Pending::default();
        Ok(())
    }
}
