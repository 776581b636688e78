//! The rubric's versions in `rubrics(version, record)`: a row each, the
//! record in the codec sled uses (see `store/rubric_record.rs`). A version
//! is inserted once and never changed; two officers saving a change at
//! once both aim at the same version, and the second is refused.
//!
//! The table came with schema 3: a database of an older schema gets it
//! when its owner opens it (see `schema.rs`); until then the rubric reads
//! as the default and a change to it is refused with what to do.

use super::sql::db;
use crate::domain::Rubric;
use crate::store::{Result, StoreError, Writes, rubric_record};
use postgres::GenericClient;

/// The table and the grants the two roles need on it, for an older
/// database (a new one has it in its schema and the grants in roles.sql).
pub const ADD_TABLE: &str = "
CREATE TABLE IF NOT EXISTS rubrics (version integer PRIMARY KEY, record bytea NOT NULL);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_officer') THEN
        GRANT SELECT, INSERT ON rubrics TO sprout_officer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_reader') THEN
        GRANT SELECT ON rubrics TO sprout_reader;
    END IF;
END
$$;
";

fn no_table(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE)
}

/// Every stored version, oldest first; none where the table is missing.
pub fn read(client: &mut postgres::Client) -> Result<Vec<Rubric>> {
    match client.query("SELECT record FROM rubrics ORDER BY version", &[]) {
        Ok(rows) => rows
            .iter()
            .map(|r| rubric_record::decode(r.get(0)))
            .collect(),
        Err(e) if no_table(&e) => Ok(Vec::new()),
        Err(e) => Err(db(e)),
    }
}

/// Inserts a commit's new versions; refuses the commit if one is taken.
pub fn write(tx: &mut impl GenericClient, writes: &Writes) -> Result<()> {
    for rubric in &writes.rubrics {
        let record = rubric_record::encode(rubric)?;
        let version = i32::try_from(rubric.version).map_err(|_| {
            StoreError::Db(format!("rubric version {} is too large", rubric.version))
        })?;
        let inserted = tx
            .execute(
                "INSERT INTO rubrics (version, record) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&version, &record],
            )
            .map_err(|e| {
                if no_table(&e) {
                    StoreError::OlderSchema { what: "a rubric" }
                } else {
                    db(e)
                }
            })?;
        if inserted == 0 {
            return Err(StoreError::RubricTaken(rubric.version));
        }
    }
    Ok(())
}
