//! The declared conflicts of interest in `declared_conflicts(position,
//! record)`: a row each, in the list's order, the record in the codec sled
//! uses (see `store/conflicts_record.rs`). A change rewrites the list in
//! the commit's transaction, after checking it is still the list the
//! change was made from (commits run one at a time: see `commit.rs`).
//!
//! The table came with schema 5: a database of an older schema gets it
//! from `migrate.rs` on its owner's first open.

use super::sql::db;
use crate::domain::assign_conflicts::DeclaredConflict;
use crate::store::{Result, StoreError, Writes, conflicts_record};
use postgres::GenericClient;

/// The table and the grants the two roles need on it, for an older
/// database (a new one has it in its schema and the grants in roles.sql).
pub const ADD_TABLE: &str = "
CREATE TABLE IF NOT EXISTS declared_conflicts (position integer PRIMARY KEY, record bytea NOT NULL);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_officer') THEN
        GRANT SELECT, INSERT, DELETE ON declared_conflicts TO sprout_officer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_reader') THEN
        GRANT SELECT ON declared_conflicts TO sprout_reader;
    END IF;
END
$$;
";

const READ: &str = "SELECT record FROM declared_conflicts ORDER BY position";

fn decoded(rows: &[postgres::Row]) -> Result<Vec<DeclaredConflict>> {
    rows.iter()
        .map(|r| conflicts_record::decode(r.get(0)))
        .collect()
}

/// The stored list, in its order.
pub fn read(client: &mut postgres::Client) -> Result<Vec<DeclaredConflict>> {
    decoded(&client.query(READ, &[]).map_err(db)?)
}

/// Writes a commit's new list; refuses the commit if the stored list is
/// not the one the change was made from.
pub fn write(tx: &mut impl GenericClient, writes: &Writes) -> Result<()> {
    let Some((read, list)) = &writes.conflicts else {
        return Ok(());
    };
    if decoded(&tx.query(READ, &[]).map_err(db)?)? != *read {
        return Err(StoreError::ConflictsChanged);
    }
    tx.execute("DELETE FROM declared_conflicts", &[])
        .map_err(db)?;
    let insert = tx
        .prepare("INSERT INTO declared_conflicts (position, record) VALUES ($1, $2)")
        .map_err(db)?;
    for (position, conflict) in list.iter().enumerate() {
        let position = i32::try_from(position)
            .map_err(|_| StoreError::Db("too many conflicts of interest".into()))?;
        tx.execute(&insert, &[&position, &conflicts_record::encode(conflict)?])
            .map_err(db)?;
    }
    Ok(())
}
