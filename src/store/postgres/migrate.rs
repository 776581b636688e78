//! Moving a database of an older schema to this build's, on its first open
//! by this build: one transaction, under the schema lock (one sprout moves
//! it; others opening at the same moment wait, then find it moved) and the
//! id counter's row lock (commits hold it while they write, so none runs
//! while a table changes shape). Only a role that may alter the tables
//! (their owner) can; another is refused with one line naming who can,
//! and the database stays as it was. If anything fails, nothing changed.
//!
//! - 1 → 2: `summary_words` from a row per (word, id) to chunks of ids per
//!   word (see `words.rs`), in place with ALTER TABLE, so the grants of
//!   `sql/roles.sql` stay; the foreign key of the first databases goes
//!   with the column it was on.
//! - 2 → 3: the table of the rubric's versions (`rubrics.rs`).
//! - 3 → 4: the table of the panel's settings (`panel.rs`), and the rows
//!   of reviewed ideas written again with their reviews (rows hold them
//!   since, see `store/row_record.rs`).
//! - 4 → 5: the table of the declared conflicts of interest
//!   (`declared_conflicts.rs`).
//! - 5 → 6: the table of the reasons for decisions (`reasons.rs`).
//! - 6 → 7: the rows of decided ideas written again with their reason keys
//!   (rows hold them since, see `store/row_record.rs`), so `stats` and
//!   `reason:` read the rows, not every idea.
//! - 7 → 8: the word chunks' ids stored uncompressed from now on
//!   (`words.rs`); the chunks there stay as they are.
//! - 8 → 9: new word chunks packed (`words.rs`), the ones there stay
//!   arrays; `changes` rows may name a run of ids (`changes.rs`).
//! - 9 → 10: the rows of ideas with reviewers asked written again with
//!   them (rows hold them since, see `store/row_record.rs`), so `panel:`
//!   reads the rows, not every idea.

use super::sql::{SCHEMA_LOCK, db, is_denied};
use super::words::CHUNK_IDS;
use crate::store::{Result, StoreError};

/// Schema 1's word rows regrouped as chunks, then its column dropped.
fn one_to_two() -> String {
    format!(
        "
DROP INDEX IF EXISTS summary_words_word;
DROP INDEX IF EXISTS summary_words_id;
ALTER TABLE summary_words
    ALTER COLUMN id DROP NOT NULL,
    ADD COLUMN first_id bigint,
    ADD COLUMN last_id bigint,
    ADD COLUMN ids bigint[];
INSERT INTO summary_words (word, first_id, last_id, ids)
    SELECT word, min(id), max(id), array_agg(id ORDER BY id)
    FROM (SELECT word, id,
                 (row_number() OVER (PARTITION BY word ORDER BY id) - 1) / {CHUNK_IDS} AS part
          FROM summary_words WHERE ids IS NULL) AS numbered
    GROUP BY word, part;
DELETE FROM summary_words WHERE ids IS NULL;
ALTER TABLE summary_words
    DROP COLUMN id,
    ALTER COLUMN first_id SET NOT NULL,
    ALTER COLUMN last_id SET NOT NULL,
    ALTER COLUMN ids SET NOT NULL;
CREATE INDEX summary_words_word ON summary_words (word, first_id);
"
    )
}

/// Writes again the row of every idea with reviews, a reason or reviewers
/// asked, a page of ideas at a time (rows of schema 3 lack the reviews,
/// rows before 7 the reasons, rows before 10 the reviewers). An idea that
/// cannot be decoded keeps its row: it cannot be shown either way.
fn rows_again(tx: &mut postgres::Transaction<'_>) -> std::result::Result<(), postgres::Error> {
    const PAGE: i64 = 5_000;
    let update = tx.prepare("UPDATE ideas SET row_record = $2 WHERE id = $1")?;
    let mut after = i64::MIN;
    loop {
        let page = tx.query(
            "SELECT id, record FROM ideas WHERE id > $1 ORDER BY id LIMIT $2",
            &[&after, &PAGE],
        )?;
        for r in &page {
            let id: i64 = r.get(0);
            after = id;
            let Ok(stored) = crate::store::sled_engine::codec::decode_idea(r.get(1)) else {
                continue;
            };
            let idea = &stored.idea;
            if idea.reviews.is_empty() && idea.reason.is_empty() && idea.reviewers.is_empty() {
                continue;
            }
            let row = crate::domain::Row::of(&stored.idea);
            if let Ok(bytes) = crate::store::row_record::encode(&row) {
                tx.execute(&update, &[&id, &bytes])?;
            }
        }
        if (page.len() as i64) < PAGE {
            return Ok(());
        }
    }
}

/// Moves the database to schema `current` (this build's, given by
/// `schema.rs`) if it is older (another sprout may have just done it).
pub fn to_current(client: &mut postgres::Client, current: u8) -> Result<()> {
    let mut found = 0;
    let moved = (|| -> std::result::Result<(), postgres::Error> {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])?;
        found = tx
            .query_one("SELECT version FROM sprout_schema", &[])?
            .get(0);
        if found >= i32::from(current) {
            return Ok(());
        }
        tx.query_one(
            "SELECT value FROM sprout_meta WHERE key = 'next_id' FOR UPDATE",
            &[],
        )?;
        if found < 2 {
            tx.batch_execute(&one_to_two())?;
        }
        if found < 3 {
            tx.batch_execute(super::rubrics::ADD_TABLE)?;
        }
        if found < 4 {
            tx.batch_execute(super::panel::ADD_TABLE)?;
        }
        if found < 5 {
            tx.batch_execute(super::declared_conflicts::ADD_TABLE)?;
        }
        if found < 6 {
            tx.batch_execute(super::reasons::ADD_TABLE)?;
        }
        if found < 10 {
            rows_again(&mut tx)?;
        }
        if found < 8 {
            tx.batch_execute(super::words::IDS_NOT_COMPRESSED)?;
        }
        if found < 9 {
            tx.batch_execute(super::words::PACKED)?;
            tx.batch_execute(super::changes::RANGES)?;
        }
        tx.execute(
            "UPDATE sprout_schema SET version = $1",
            &[&i32::from(current)],
        )?;
        tx.commit()
    })();
    match moved {
        Ok(()) => Ok(()),
        Err(e) if is_denied(&e) => Err(StoreError::Open {
            path: Default::default(),
            msg: crate::tr!(
                "err-pg-older-schema",
                found = &found.to_string(),
                current = &current.to_string()
            ),
        }),
        Err(e) => Err(db(e)),
    }
}
