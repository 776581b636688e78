//! sled's errors as the store's: a full disk, damage, or sled's own words.

use crate::store::{StoreError, is_full};

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        match e {
            sled::Error::Io(io) if is_full(&io) => StoreError::Full { figures: None },
            sled::Error::Io(io) => StoreError::Io(io),
            sled::Error::Corruption { .. } => StoreError::Unreadable,
            other => StoreError::Db(other.to_string()),
        }
    }
}
