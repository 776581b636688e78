//! How PostgreSQL's errors and bigints meet sprout's: the words the
//! engine's files share.

use super::connect::describe;
use crate::store::{Result, StoreError};

/// A failed statement as a store error, in the server's words.
pub fn db(e: postgres::Error) -> StoreError {
    StoreError::Db(describe(&e))
}

/// An id as PostgreSQL's bigint holds it; ids past `i64::MAX` are refused.
pub fn sql_id(id: u64) -> Result<i64> {
    i64::try_from(id).map_err(|_| StoreError::Db(format!("idea id {id} is too large")))
}
