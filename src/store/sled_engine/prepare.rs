//! Encoding a commit's puts: each idea's record, its row and its change to
//! the summary-word index, before anything is written (a large commit
//! prepares its halves on two threads, see `commit.rs`).

use super::codec;
use super::keys::idea_key;
use super::row_changes::RowChanges;
use super::words::IndexChanges;
use crate::domain::Idea;
use crate::store::writes::next_version;
use crate::store::{Result, Versioned, Writes};

/// The encoded records, row changes and word-index changes of some puts.
pub(super) type Prepared = (Vec<([u8; 9], Vec<u8>)>, IndexChanges, RowChanges);

/// `writes` may know the near-duplicate signatures of some texts already
/// (see [`Writes::signature_of`]); the rest are made here.
pub(super) fn prepare(
    puts: &[(&u64, &(Idea, Option<Versioned>))],
    writes: &Writes,
) -> Result<Prepared> {
    let mut records = Vec::with_capacity(puts.len());
    let mut index = IndexChanges::default();
    let mut rows = RowChanges::default();
    for (id, (idea, base)) in puts {
        let version = next_version(base.as_ref());
        records.push((idea_key(b'i', **id), codec::encode_idea(idea, version)?));
        match writes.signature_of(idea) {
            Some(signature) => rows.put_kept(idea, signature),
            None => rows.put_idea(idea),
        }
        let old = base.as_ref().map(|b| b.idea.indexed_text());
        index.change(**id, old.as_deref(), &idea.indexed_text());
    }
    Ok((records, index, rows))
}
