//! The reasons for decisions in `reasons(key, record)`: a row per reason
//! key that was added, relabelled or removed (the defaults are not stored,
//! see [`crate::domain::reason`]), the record in the codec sled uses (see
//! `store/reason_record.rs`). A change replaces the row of its key, so two
//! officers changing two reasons at once keep both changes.
//!
//! The table came with schema 6: a database of an older schema gets it
//! when its owner opens it (see `migrate.rs`); until then the reasons read
//! as the defaults and a change to them is refused with what to do.

use super::sql::db;
use crate::domain::Reason;
use crate::store::{Result, StoreError, Writes, reason_record};
use postgres::GenericClient;

/// The table and the grants the two roles need on it, for an older
/// database (a new one has it in its schema and the grants in roles.sql).
pub const ADD_TABLE: &str = "
CREATE TABLE IF NOT EXISTS reasons (key text PRIMARY KEY, record bytea NOT NULL);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_officer') THEN
        GRANT SELECT, INSERT, UPDATE ON reasons TO sprout_officer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_reader') THEN
        GRANT SELECT ON reasons TO sprout_reader;
    END IF;
END
$$;
";

fn no_table(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE)
}

/// Every stored record, in key order; none where the table is missing.
pub fn read(client: &mut postgres::Client) -> Result<Vec<Reason>> {
    match client.query("SELECT record FROM reasons ORDER BY key", &[]) {
        Ok(rows) => rows
            .iter()
            .map(|r| reason_record::decode(r.get(0)))
            .collect(),
        Err(e) if no_table(&e) => Ok(Vec::new()),
        Err(e) => Err(db(e)),
    }
}

/// Writes a commit's reason records, each in place of its key's.
pub fn write(tx: &mut impl GenericClient, writes: &Writes) -> Result<()> {
    for reason in &writes.reasons {
        let record = reason_record::encode(reason)?;
        tx.execute(
            "INSERT INTO reasons (key, record) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET record = EXCLUDED.record",
            &[&reason.key, &record],
        )
        .map_err(|e| {
            if no_table(&e) {
                StoreError::OlderSchema {
                    what: "a reason for decisions",
                }
            } else {
                db(e)
            }
        })?;
    }
    Ok(())
}
