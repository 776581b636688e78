//! How PostgreSQL's errors and bigints meet sprout's: the words the
//! engine's files share.

use super::connect::describe;
use crate::store::{Result, StoreError};

/// The advisory lock a first open holds while it creates the schema, and
/// an open while it moves an older one on (any number of sprout's own:
/// "sprout" in ASCII).
pub const SCHEMA_LOCK: i64 = 0x73_70_72_6f_75_74;

/// A failed statement as a store error, in the server's words; a
/// connection the server dropped (or that broke) is told apart, so a UI
/// can say it is retrying; a statement the role has no privilege for is
/// [`StoreError::ReadOnly`] (its role named by the caller, who knows it).
pub fn db(e: postgres::Error) -> StoreError {
    if connection_lost(&e) {
        return StoreError::Lost(describe(&e));
    }
    if is_denied(&e) {
        return StoreError::ReadOnly {
            role: String::new(),
        };
    }
    StoreError::Db(describe(&e))
}

/// Whether the connection is gone rather than the statement wrong.
fn connection_lost(e: &postgres::Error) -> bool {
    use postgres::error::SqlState;
    if e.is_closed() {
        return true;
    }
    if let Some(code) = e.code() {
        return [
            SqlState::ADMIN_SHUTDOWN,
            SqlState::CRASH_SHUTDOWN,
            SqlState::CANNOT_CONNECT_NOW,
        ]
        .contains(code);
    }
    // The socket itself failed.
    std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>())
}

/// Whether the server refused a statement for want of a privilege.
pub fn is_denied(e: &postgres::Error) -> bool {
    e.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}

/// An id as PostgreSQL's bigint holds it; ids past `i64::MAX` are refused.
pub fn sql_id(id: u64) -> Result<i64> {
    i64::try_from(id).map_err(|_| StoreError::Db(format!("idea id {id} is too large")))
}
