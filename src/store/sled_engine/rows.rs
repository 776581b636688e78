//! Rows in blocks: the compact rows the list and search load at start are
//! kept 1,024 to a sled value (`R` + block number, the block holding ids
//! `n × 1024 … n × 1024 + 1023`), so loading a million of them is a
//! thousand sequential reads instead of a million. A commit rewrites the
//! blocks its ideas fall in. Databases from before (one `r` key per row)
//! are moved to blocks when opened.

use super::batch::Batch;
use super::blocks::{BLOCK_PREFIX, decode_block};
use super::handle::SledStore;
use super::row_changes::RowChanges;
use super::{codec, snapshot};
use crate::domain::Row;
use crate::store::{Result, StoreError};

/// The layout before blocks: one key per row.
const OLD_PREFIX: u8 = b'r';

/// Blocks decoded at a time by [`SledStore::rows_iter`]: 32,768 rows, a
/// few megabytes, enough that the second thread is worth starting.
const GROUP: usize = 32;

/// What `decode` makes of each block of `range`, in order, on two threads
/// (one if the other failed: its half is decoded again here).
fn decode_group<T: Send>(
    blocks: &snapshot::Blocks,
    range: std::ops::Range<usize>,
    decode: &(dyn Fn(&[u8]) -> Result<Vec<T>> + Sync),
) -> Result<Vec<T>> {
    let decode_part = |part: &[usize]| -> Result<Vec<T>> {
        let mut out = Vec::with_capacity(part.len() * 1024);
        for &i in part {
            out.extend(decode(blocks.get(i))?);
        }
        Ok(out)
    };
    let numbers: Vec<usize> = range.collect();
    if numbers.len() < 2 {
        return decode_part(&numbers);
    }
    let (first, second) = crate::cores::halves(&numbers, decode_part);
    let mut out = first?;
    let second = second.unwrap_or_else(|_| decode_part(&numbers[numbers.len() / 2..]));
    out.extend(second?);
    Ok(out)
}

/// What `decode` makes of every block, in block order, `group` blocks at
/// a time (each group on both cores), read from the row file where it
/// counts (see `snapshot.rs`).
pub(super) fn in_groups<'a, T: Send + 'a>(
    store: &'a SledStore,
    group: usize,
    decode: impl Fn(&[u8]) -> Result<Vec<T>> + Sync + 'a,
) -> impl Iterator<Item = Result<T>> + 'a {
    let (blocks, failed) = match store.tree().and_then(|t| snapshot::blocks(&t, &store.path)) {
        Ok(blocks) => (Some(blocks), None),
        Err(e) => (None, Some(Err(e))),
    };
    let n = blocks.as_ref().map_or(0, |b| b.len());
    let groups = (0..n).step_by(group).flat_map(move |start| {
        let Some(blocks) = blocks.as_ref() else {
            return vec![];
        };
        match decode_group(blocks, start..(start + group).min(n), &decode) {
            Ok(items) => items.into_iter().map(Ok).collect::<Vec<_>>(),
            Err(e) => vec![Err(e)],
        }
    });
    failed.into_iter().chain(groups)
}

impl SledStore {
    /// Every row, in id order. Blocks are read in one sequential scan and
    /// decoded on two threads.
    pub fn rows(&self) -> Result<Vec<Row>> {
        let blocks = snapshot::blocks(&self.tree()?, &self.path)?;
        let decode = |part: std::ops::Range<usize>| -> Result<Vec<Row>> {
            let mut rows = Vec::new();
            for i in part {
                rows.extend(decode_block(blocks.get(i))?);
            }
            Ok(rows)
        };
        let n = blocks.len();
        if n < 16 {
            return decode(0..n);
        }
        let (first, second) = crate::cores::join(|| decode(0..n / 2), || decode(n / 2..n));
        let mut rows = first?;
        rows.extend(second.map_err(|_| StoreError::Codec("a decoding thread failed".into()))??);
        Ok(rows)
    }

    /// The rows with the highest ids (the newest ideas), newest first: a
    /// first page to show while the rest loads.
    pub fn newest_rows(&self, n: usize) -> Result<Vec<Row>> {
        let mut out = Vec::with_capacity(n);
        for v in self.tree()?.scan_prefix([BLOCK_PREFIX]).values().rev() {
            let block = decode_block(&v?)?;
            out.extend(block.into_iter().rev().take(n - out.len()));
            if out.len() >= n {
                break;
            }
        }
        Ok(out)
    }

    /// Every row, in id order, decoded [`GROUP`] blocks at a time, each
    /// group on both cores (decoding is most of what a streamed command
    /// costs: 29 % of `list --limit 1` at a million rows, on one core).
    pub fn rows_iter(&self) -> impl Iterator<Item = Result<Row>> + '_ {
        in_groups(self, GROUP, decode_block)
    }

    /// Moves rows kept one key each (databases made before blocks) into
    /// blocks, a batch at a time; each batch is atomic, so a crash part way
    /// leaves every row in one place or the other, and the next open goes on.
    pub(super) fn move_rows_to_blocks(&self) -> Result<()> {
        loop {
            let mut changes = RowChanges::default();
            let tree = self.tree()?;
            let mut batch = Batch::default();
            let mut moved = 0;
            for kv in tree.scan_prefix([OLD_PREFIX]).take(20_000) {
                let (key, value) = kv?;
                changes.put(codec::decode(&value)?);
                batch.remove(key);
                moved += 1;
            }
            if moved == 0 {
                return Ok(());
            }
            changes.write(&tree, &mut batch)?;
            drop(tree);
            self.write_batch(batch)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Timestamp};

    fn idea(id: u64) -> Idea {
        let mut i = Idea::new(format!("idea {id}"), Timestamp(id as i64));
        i.id = id;
        i
    }

    #[test]
    fn rows_land_in_blocks_and_read_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        for id in [1, 2, 1023, 1024, 5000, 1 << 40] {
            w.put(idea(id), None);
        }
        store.commit(w).unwrap();
        let ids: Vec<u64> = store.rows().unwrap().iter().map(|r| r.id).collect();
        assert_eq!(ids, [1, 2, 1023, 1024, 5000, 1 << 40]);
        assert_eq!(store.tree().unwrap().scan_prefix([BLOCK_PREFIX]).count(), 4);
        let newest: Vec<u64> = store.newest_rows(3).unwrap().iter().map(|r| r.id).collect();
        assert_eq!(newest, [1 << 40, 5000, 1024]);
        let lazily: Vec<u64> = store.rows_iter().map(|r| r.unwrap().id).collect();
        assert_eq!(lazily, ids);
        // A changed idea replaces its row; a removed one leaves its block.
        let mut w = store.begin().unwrap();
        let mut changed = idea(1023);
        changed.title = "changed".into();
        w.put(changed, store.idea(1023).unwrap());
        w.delete(store.idea(5000).unwrap().unwrap());
        store.commit(w).unwrap();
        let rows = store.rows().unwrap();
        assert_eq!(
            rows.iter().map(|r| r.id).collect::<Vec<_>>(),
            [1, 2, 1023, 1024, 1 << 40]
        );
        assert_eq!(rows[2].title(), "changed");
        assert_eq!(
            store.tree().unwrap().scan_prefix([BLOCK_PREFIX]).count(),
            3,
            "an empty block goes"
        );
    }

    #[test]
    fn rows_of_the_old_layout_are_moved_into_blocks_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let store = SledStore::open(&path).unwrap();
            let mut w = store.begin().unwrap();
            w.put(idea(7), None);
            store.commit(w).unwrap();
            // Rows as the old layout kept them: one `r` key each.
            let mut batch = sled::Batch::default();
            for id in [3u64, 7, 2048] {
                let mut k = vec![OLD_PREFIX];
                k.extend_from_slice(&id.to_be_bytes());
                batch.insert(k, codec::encode(&Row::of(&idea(id))).unwrap());
            }
            store.tree().unwrap().apply_batch(batch).unwrap();
            store.flush().unwrap();
        }
        let store = SledStore::open_again(&path);
        let ids: Vec<u64> = store.rows().unwrap().iter().map(|r| r.id).collect();
        assert_eq!(ids, [3, 7, 2048]);
        assert_eq!(store.tree().unwrap().scan_prefix([OLD_PREFIX]).count(), 0);
    }
}
