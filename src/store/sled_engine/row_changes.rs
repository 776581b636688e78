//! A commit's changes to the row blocks (see `rows.rs`): each id's new row,
//! or its removal, gathered by block so that each block it touches is read
//! and rewritten once, and marked as changed since the row snapshot file.
//! With a row goes what the near-duplicate search keeps of its idea
//! ([`Kept`]), made from the idea where the change has it.

use super::batch::Batch;
use super::blocks::{block_key, block_of};
use super::snapshot;
use crate::domain::{Idea, Row};
use crate::similar::Signature;
use crate::similar::kept::Kept;
use crate::store::Result;
use crate::store::row_record::{decode_block_kept, encode_block_kept};
use std::collections::BTreeMap;

/// A row and what is kept of its idea (`None`: not known, as for a row
/// moved from an older layout without its idea).
type Put = (Row, Option<Kept>);

/// Changes to rows, by block: each id's new row, or `None` to remove it.
#[derive(Default)]
pub(super) struct RowChanges {
    blocks: BTreeMap<u64, Vec<(u64, Option<Put>)>>,
}

impl RowChanges {
    /// The row of `idea`, with what is kept of it.
    pub fn put_idea(&mut self, idea: &Idea) {
        self.put_with(Row::of(idea), Some(Kept::of(idea)));
    }

    /// The row of `idea`, whose text's signature was made already.
    pub fn put_kept(&mut self, idea: &Idea, signature: Option<Signature>) {
        self.put_with(Row::of(idea), Some(Kept::with(idea, signature)));
    }

    /// The row of `idea` with what was made of it already.
    pub fn put_made(&mut self, idea: &Idea, kept: Kept) {
        self.put_with(Row::of(idea), Some(kept));
    }

    /// A row without its idea: what was kept of it before is dropped, not
    /// left to stand for a text that may have changed.
    pub fn put(&mut self, row: Row) {
        self.put_with(row, None);
    }

    fn put_with(&mut self, row: Row, kept: Option<Kept>) {
        self.blocks
            .entry(block_of(row.id))
            .or_default()
            .push((row.id, Some((row, kept))));
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
            let (mut rows, mut kept) = match tree.get(key)? {
                Some(bytes) => decode_block_kept(&bytes)?,
                None => Default::default(),
            };
            for (id, put) in changes {
                match (rows.binary_search_by_key(&id, |r| r.id), put) {
                    (Ok(i), Some((row, k))) => (rows[i], kept[i]) = (row, k),
                    (Err(i), Some((row, k))) => {
                        rows.insert(i, row);
                        kept.insert(i, k);
                    }
                    (Ok(i), None) => {
                        rows.remove(i);
                        kept.remove(i);
                    }
                    (Err(_), None) => {}
                }
            }
            if rows.is_empty() {
                batch.remove(&key);
            } else {
                batch.insert(&key, encode_block_kept(&rows, &kept)?);
            }
        }
        Ok(())
    }
}
