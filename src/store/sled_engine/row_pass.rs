//! Writing rows again once, when rows gained a field that older rows were
//! written without (reviews, then reasons, then reviewers): the ideas that have it get
//! their rows rewritten in batches, and a mark says the pass is done.

use super::batch::Batch;
use super::codec;
use super::handle::SledStore;
use super::row_changes::RowChanges;
use crate::domain::Idea;
use crate::store::Result;

/// Rows rewritten per batch.
const BATCH: usize = 20_000;

impl SledStore {
    /// Unless `mark` is there: writes again the row of every idea whose
    /// stored record `may_have` the field and that `has` it, then leaves
    /// `mark`. An empty database is left unmarked: its first commit
    /// leaves the marks.
    pub(super) fn rows_again_once(
        &self,
        mark: &[u8],
        may_have: impl Fn(&[u8]) -> bool,
        has: impl Fn(&Idea) -> bool,
    ) -> Result<()> {
        let tree = self.tree()?;
        if tree.contains_key(mark)? {
            return Ok(());
        }
        let mut changes = RowChanges::default();
        let mut pending = 0;
        let mut any = false;
        for kv in tree.scan_prefix([b'i']) {
            let (_, value) = kv?;
            any = true;
            if !may_have(&value) {
                continue;
            }
            let idea = codec::decode_idea(&value)?.idea;
            if !has(&idea) {
                continue;
            }
            changes.put_idea(&idea);
            pending += 1;
            if pending == BATCH {
                let mut batch = Batch::default();
                std::mem::take(&mut changes).write(&tree, &mut batch)?;
                self.write_batch(batch)?;
                pending = 0;
            }
        }
        if !any {
            return Ok(());
        }
        let mut batch = Batch::default();
        changes.write(&tree, &mut batch)?;
        batch.insert(mark, &[1]);
        drop(tree);
        self.write_batch(batch)
    }
}

/// For the tests of each pass: the first block of rows as a build before
/// the pass left it (`strip` takes the field out of each row), its mark
/// gone, the database opened again, and whether the mark is back.
#[cfg(test)]
pub(super) fn as_an_earlier_build_left_it(
    store: SledStore,
    path: &std::path::Path,
    mark: &[u8],
    strip: impl Fn(&mut crate::domain::Row),
) -> (SledStore, bool) {
    use super::blocks::{block_key, decode_block, encode_block};
    let tree = store.tree().unwrap();
    let block = tree.get(block_key(0)).unwrap().unwrap();
    let mut rows = decode_block(&block).unwrap();
    rows.iter_mut().for_each(strip);
    tree.insert(block_key(0), encode_block(&rows).unwrap())
        .unwrap();
    tree.remove(mark).unwrap();
    drop(tree);
    drop(store);
    let store = SledStore::open_again(path);
    let marked = store.tree().unwrap().contains_key(mark).unwrap();
    (store, marked)
}
