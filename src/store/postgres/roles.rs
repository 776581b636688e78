//! The team's two group roles, `sprout_officer` (may change) and
//! `sprout_reader` (may only read), made and granted by the SQL script
//! `sql/roles.sql` in the repository: the script and `sprout admin roles`
//! are the same text. It takes nothing from the user.

use super::sql::db;
use super::{connect, schema};
use crate::store::{Result, StoreError};

/// The script, as documented in the repository.
pub const ROLES_SQL: &str = include_str!("../../../sql/roles.sql");

/// Makes sprout's tables if the database is empty, then the roles and
/// their grants; gives the database's name.
pub fn create(location: &str) -> Result<String> {
    let mut client = connect::connect(location)?;
    schema::ensure(&mut client).map_err(|e| match e {
        StoreError::Open { msg, .. } => StoreError::Open {
            path: connect::redacted(location).into(),
            msg,
        },
        other => other,
    })?;
    client.batch_execute(ROLES_SQL).map_err(|e| match db(e) {
        StoreError::ReadOnly { .. } => StoreError::Db(crate::tr!("err-pg-owner-only")),
        other => other,
    })?;
    let name: String = client
        .query_one("SELECT current_database()::text", &[])
        .map_err(db)?
        .get(0);
    Ok(crate::domain::text::printable(&name, false))
}
