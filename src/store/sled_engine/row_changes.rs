//! A commit's changes to the row blocks (see `rows.rs`): each id's new row,
//! or its removal, gathered by block so that each block it touches is read
//! and rewritten once, and marked as changed since the row snapshot file.

use super::batch::Batch;
use super::blocks::{block_key, block_of, decode_block, encode_block};
use super::snapshot;
use crate::domain::Row;
use crate::store::Result;
use std::collections::BTreeMap;

/// Changes to rows, by block: each id's new row, or `None` to remove it.
#[derive(Default)]
pub(super) struct RowChanges {
    blocks: BTreeMap<u64, Vec<(u64, Option<Row>)>>,
}

impl RowChanges {
    pub fn put(&mut self, row: Row) {
        self.blocks
            .entry(block_of(row.id))
            .or_default()
            .push((row.id, Some(row)));
    }

    pub fn remove(&mut self, id: u64) {
        self.blocks
            .entry(block_of(id))
            .or_default()
            .push((id, None));
    }

    /// Takes in the changes of another part of the same batch.
    pub fn merge(&mut self, other: RowChanges) {
        for (block, changes) in other.blocks {
            self.blocks.entry(block).or_default().extend(changes);
        }
    }

    /// Adds the rewritten blocks to `batch`, reading each block it changes.
    pub fn write(self, tree: &sled::Db, batch: &mut Batch) -> Result<()> {
        for (block, changes) in self.blocks {
            let key = block_key(block);
            // The row snapshot file no longer has this block right.
            batch.insert(&snapshot::dirty_key(block), &[]);
            let mut rows = match tree.get(key)? {
                Some(bytes) => decode_block(&bytes)?,
                None => Vec::new(),
            };
            for (id, row) in changes {
                match (rows.binary_search_by_key(&id, |r| r.id), row) {
                    (Ok(i), Some(row)) => rows[i] = row,
                    (Err(i), Some(row)) => rows.insert(i, row),
                    (Ok(i), None) => {
                        rows.remove(i);
                    }
                    (Err(_), None) => {}
                }
            }
            if rows.is_empty() {
                batch.remove(&key);
            } else {
                batch.insert(&key, encode_block(&rows)?);
            }
        }
        Ok(())
    }
}
