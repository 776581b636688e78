//! The keys and encoding of row blocks (see [`super::rows`]), shared by the
//! rows kept in sled and their copy in the row snapshot file (see
//! [`super::snapshot`]).

use crate::domain::Row;
use crate::store::Result;

pub(super) const BLOCK_PREFIX: u8 = b'R';
/// Ids per block (a power of two).
const BLOCK_BITS: u32 = 10;

pub(super) fn block_key(block: u64) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = BLOCK_PREFIX;
    k[1..].copy_from_slice(&block.to_be_bytes());
    k
}

pub(super) fn block_of(id: u64) -> u64 {
    id >> BLOCK_BITS
}

pub(super) fn decode_block(bytes: &[u8]) -> Result<Vec<Row>> {
    crate::store::row_record::decode_block(bytes)
}

#[cfg(test)]
pub(super) fn encode_block(rows: &[Row]) -> Result<Vec<u8>> {
    crate::store::row_record::encode_block(rows)
}
