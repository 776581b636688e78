//! The schema: created on the first open of an empty database, in one
//! transaction, with its version in `sprout_schema`; a database of a newer
//! schema is refused, as sled refuses a newer layout; one of an older
//! schema is moved to this one by its first open (`migrate.rs`).
//!
//! - `sprout_schema(version)`: one row, the schema version.
//! - `sprout_meta(key, value)`: `next_id`, the id the next new idea gets
//!   (its row is locked by every commit, so commits apply one at a time).
//! - `ideas(id, version, record, row_record)`: a row per idea; `record` is
//!   the idea in the record codec sled uses, `row_record` its compact
//!   [`crate::domain::Row`], so a list loads without decoding whole ideas
//!   (with the idea's reviews since schema 4, its reason key since
//!   schema 7 and its reviewers since schema 10, see
//!   `store/row_record.rs`).
//! - `summary_words(word, first_id, last_id, ids, packed)`: the folded
//!   words of each summary, for prefix lookups, as chunks of ids per word
//!   (schema 2; schema 1 had a row per word and id; since schema 8 the ids
//!   are stored uncompressed, since schema 9 packed): see `words.rs`. Indexed by
//!   (word, first_id): a prefix is a range of words, and a removal reads
//!   only the chunks of a word whose range covers the id. No foreign key
//!   to `ideas`: a commit removes an idea's words in the transaction that
//!   deletes the idea.
//! - `views(name_key, name, query, sort, position)`: saved views, keyed by
//!   their lower-cased name, in the order they were made.
//! - `rubrics(version, record)`: each version of the rubric (schema 3, see
//!   `rubrics.rs`); an older database gets it from `migrate.rs`.
//! - `panel_settings(id, record)`: the panel's settings, one row (schema
//!   4, see `panel.rs`); an older database gets it from `migrate.rs`.
//! - `declared_conflicts(position, record)`: the declared conflicts of
//!   interest, in order (schema 5, see `declared_conflicts.rs`).
//! - `reasons(key, record)`: the reasons for decisions a database added,
//!   relabelled or removed (schema 6, see `reasons.rs`).
//! - `changes(seq, origin, idea_id, author, last_id)`: one row per idea a
//!   commit changed, or per run of ids (`idea_id` to `last_id`, schema 9;
//!   see `changes.rs`), `idea_id` null for a change of views, numbered by
//!   a bigserial, so a UI asks for what came after the last number it saw;
//!   `author` is the PostgreSQL role that committed it (`current_user`,
//!   filled by the server, so no client can claim another's name).

use super::sql::{SCHEMA_LOCK, db};
use crate::domain::View;
use crate::store::{Result, StoreError};

/// The schema this build creates and reads.
pub const PG_SCHEMA_VERSION: u8 = 10;

const CREATE: &str = "
CREATE TABLE sprout_schema (version integer NOT NULL);
CREATE TABLE sprout_meta (key text PRIMARY KEY, value bigint NOT NULL);
CREATE TABLE ideas (
    id bigint PRIMARY KEY,
    version bigint NOT NULL,
    record bytea NOT NULL,
    row_record bytea NOT NULL
);
CREATE TABLE summary_words (
    word text COLLATE \"C\" NOT NULL,
    first_id bigint NOT NULL,
    last_id bigint NOT NULL,
    ids bigint[] NOT NULL
);
CREATE INDEX summary_words_word ON summary_words (word, first_id);
CREATE TABLE views (
    name_key text PRIMARY KEY,
    name text NOT NULL,
    query text NOT NULL,
    sort text,
    position bigint NOT NULL
);
CREATE TABLE rubrics (version integer PRIMARY KEY, record bytea NOT NULL);
CREATE TABLE panel_settings (id integer PRIMARY KEY CHECK (id = 1), record bytea NOT NULL);
CREATE TABLE declared_conflicts (position integer PRIMARY KEY, record bytea NOT NULL);
CREATE TABLE reasons (key text PRIMARY KEY, record bytea NOT NULL);
CREATE TABLE changes (
    seq bigserial PRIMARY KEY,
    origin text NOT NULL,
    idea_id bigint,
    author text NOT NULL DEFAULT current_user
);
INSERT INTO sprout_meta VALUES ('next_id', 1);
";

/// Creates the schema in an empty database, or checks the one there, and
/// says which role the server knows this connection as. Where the schema
/// exists (every open but a database's first) that is one round trip: one
/// simple query, no transaction, no statement to prepare; opening is most
/// of the time to a UI's first frame.
pub fn ensure(client: &mut postgres::Client) -> Result<String> {
    match client.simple_query("SELECT current_user::text, (SELECT version FROM sprout_schema)") {
        Ok(messages) => {
            let Some(row) = messages.iter().find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => Some(r),
                _ => None,
            }) else {
                return Err(StoreError::Db("the schema check returned no row".into()));
            };
            let role = row.get(0).unwrap_or_default().to_string();
            let found = row.get(1).and_then(|v| v.parse::<i32>().ok());
            check(found.unwrap_or(0))?;
            if found < Some(i32::from(PG_SCHEMA_VERSION)) {
                super::migrate::to_current(client, PG_SCHEMA_VERSION)?;
            }
            Ok(role)
        }
        Err(e) if e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE) => create(client),
        Err(e) => Err(db(e)),
    }
}

/// Whether this build can work on a database of schema `found` (an older
/// one once it is moved on).
fn check(found: i32) -> Result<()> {
    if found > i32::from(PG_SCHEMA_VERSION) {
        return Err(StoreError::NewerSchema {
            found: u8::try_from(found).unwrap_or(u8::MAX),
            known: PG_SCHEMA_VERSION,
        });
    }
    if found < 1 {
        return Err(StoreError::Db(
            "the database has a sprout_schema table without a version; it was not made by sprout"
                .into(),
        ));
    }
    Ok(())
}

/// The first open of an empty database: the schema made in one
/// transaction, under a lock.
fn create(client: &mut postgres::Client) -> Result<String> {
    let mut tx = client.transaction().map_err(db)?;
    // Two sprouts opening an empty database at once: one creates, the
    // other waits here and then finds the schema.
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])
        .map_err(db)?;
    let row = tx
        .query_one(
            "SELECT current_user::text, to_regclass('sprout_schema') IS NOT NULL",
            &[],
        )
        .map_err(db)?;
    let (role, exists): (String, bool) = (row.get(0), row.get(1));
    if exists {
        let found: i32 = tx
            .query_opt("SELECT version FROM sprout_schema", &[])
            .map_err(db)?
            .map_or(0, |r| r.get(0));
        check(found)?;
        tx.commit().map_err(db)?;
        if found < i32::from(PG_SCHEMA_VERSION) {
            super::migrate::to_current(client, PG_SCHEMA_VERSION)?;
        }
        return Ok(role);
    }
    tx.batch_execute(CREATE).map_err(db)?;
    // The shape schema 8 made, moved on as an older database is.
    for step in [
        super::words::IDS_NOT_COMPRESSED,
        super::words::PACKED,
        super::changes::RANGES,
    ] {
        tx.batch_execute(step).map_err(db)?;
    }
    tx.execute(
        "INSERT INTO sprout_schema VALUES ($1)",
        &[&i32::from(PG_SCHEMA_VERSION)],
    )
    .map_err(db)?;
    for (position, v) in View::defaults().iter().enumerate() {
        tx.execute(
            "INSERT INTO views VALUES ($1, $2, $3, $4, $5)",
            &[
                &v.name.to_lowercase(),
                &v.name,
                &v.query,
                &v.sort.map(|s| s.name()),
                &(position as i64),
            ],
        )
        .map_err(db)?;
    }
    tx.commit().map_err(db)?;
    Ok(role)
}
