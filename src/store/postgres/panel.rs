//! The panel's settings (how reviews combine, blind review: see
//! [`crate::domain::panel::PanelSettings`]) in `panel_settings(id,
//! record)`: one row, id 1, the record in the codec sled uses (see
//! `store/rubric_record.rs`); no row until `sprout panel` first changes
//! them, and until then they read as the default.
//!
//! The table came with schema 4: a database of an older schema gets it
//! when its owner opens it (see `migrate.rs`); until then the settings
//! read as the default and a change is refused with what to do.

use super::sql::db;
use crate::domain::panel::PanelSettings;
use crate::store::{Result, StoreError, Writes, rubric_record};
use postgres::GenericClient;

/// The table and the grants the two roles need on it, for an older
/// database (a new one has it in its schema and the grants in roles.sql).
pub const ADD_TABLE: &str = "
CREATE TABLE IF NOT EXISTS panel_settings (id integer PRIMARY KEY CHECK (id = 1), record bytea NOT NULL);
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_officer') THEN
        GRANT SELECT, INSERT, UPDATE ON panel_settings TO sprout_officer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sprout_reader') THEN
        GRANT SELECT ON panel_settings TO sprout_reader;
    END IF;
END
$$;
";

fn no_table(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::UNDEFINED_TABLE)
}

/// The stored settings; the default where none are (or the table is
/// missing).
pub fn read(client: &mut postgres::Client) -> Result<PanelSettings> {
    match client.query_opt("SELECT record FROM panel_settings WHERE id = 1", &[]) {
        Ok(Some(row)) => rubric_record::decode_panel(row.get(0)),
        Ok(None) => Ok(PanelSettings::default()),
        Err(e) if no_table(&e) => Ok(PanelSettings::default()),
        Err(e) => Err(db(e)),
    }
}

/// Stores a commit's new settings, if it has any.
pub fn write(tx: &mut impl GenericClient, writes: &Writes) -> Result<()> {
    let Some(settings) = &writes.panel else {
        return Ok(());
    };
    let record = rubric_record::encode_panel(settings)?;
    tx.execute(
        "INSERT INTO panel_settings (id, record) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record",
        &[&record],
    )
    .map_err(|e| {
        if no_table(&e) {
            StoreError::OlderSchema {
                what: "the panel's settings",
            }
        } else {
            db(e)
        }
    })?;
    Ok(())
}
