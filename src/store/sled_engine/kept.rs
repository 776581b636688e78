//! What the near-duplicate search keeps of each idea, read from the row
//! blocks (see `row_record.rs`) where the rows are read, from the snapshot
//! file where it counts, so that sled keeps none of it in memory.

use super::batch::Batch;
use super::blocks::decode_block;
use super::handle::SledStore;
use super::row_changes::RowChanges;
use crate::similar::kept::Kept;
use crate::store::Result;
use crate::store::row_record::decode_block_kept;

/// Blocks decoded at a time: 8,192 ideas, some two megabytes of what is
/// kept, so that the whole is never in memory at once.
const GROUP: usize = 8;

type Each = (u64, Option<Kept>);

/// The ids of a block's rows and what is kept of each.
fn decode(bytes: &[u8]) -> Result<Vec<Each>> {
    // What is kept can always be made again from the ideas: a block whose
    // kept part does not read has nothing kept.
    Ok(match decode_block_kept(bytes) {
        Ok((rows, kept)) => rows.iter().map(|r| r.id).zip(kept).collect(),
        Err(_) => decode_block(bytes)?.iter().map(|r| (r.id, None)).collect(),
    })
}

impl SledStore {
    /// Makes what is kept of the ideas `ids`, whose blocks have nothing
    /// kept of them (written by an older sprout), and writes it into their
    /// blocks, so that the next search reads no idea; under the commit
    /// lock, so that no commit changes an idea between its read and this
    /// write. Kept parts are made again from the ideas whenever needed, so
    /// a write that fails (a full disk) loses nothing: what was made is
    /// still returned.
    pub fn keep(&self, ids: &[u64]) -> Result<Vec<(u64, Kept)>> {
        let _writing = self.writing();
        let tree = self.tree()?;
        let mut ideas = Vec::with_capacity(ids.len());
        for &id in ids {
            if let Some(stored) = super::handle::stored_idea(&tree, id)? {
                ideas.push(stored.idea);
            }
        }
        drop(tree);
        let made = crate::similar::kept::kept_all(ideas.iter().map(|i| Ok::<_, ()>(i.clone())))
            .unwrap_or_default();
        let mut changes = RowChanges::default();
        for (idea, (_, kept)) in ideas.iter().zip(&made) {
            changes.put_made(idea, kept.clone());
        }
        let written = self.tree().and_then(|tree| {
            let mut batch = Batch::default();
            changes.write(&tree, &mut batch)?;
            drop(tree);
            self.write_batch(batch)
        });
        drop(written);
        Ok(made)
    }

    /// Every row's id and what is kept of its idea (`None` where its block
    /// has nothing for it: written by an older sprout), in id order.
    pub fn kept(&self) -> impl Iterator<Item = Result<Each>> + '_ {
        super::rows::in_groups(self, GROUP, decode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Timestamp};
    use crate::similar::Signature;

    fn idea(id: u64, title: &str) -> Idea {
        let mut i = Idea::new(title.into(), Timestamp(id as i64));
        i.id = id;
        i.summary = format!("{title}: a summary of idea {id} for the near-duplicate search");
        i
    }

    fn kept(store: &SledStore) -> Vec<(u64, Option<Kept>)> {
        store.kept().collect::<Result<_>>().unwrap()
    }

    #[test]
    fn what_is_kept_follows_every_change_of_the_ideas() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let mut w = store.begin().unwrap();
        let ideas = [
            idea(1, "Mobile clinic"),
            idea(2, "Coding club"),
            idea(1500, ""),
        ];
        for i in &ideas {
            w.put(i.clone(), None);
        }
        store.commit(w).unwrap();
        let want: Vec<_> = ideas.iter().map(|i| (i.id, Some(Kept::of(i)))).collect();
        assert_eq!(kept(&store), want);
        assert!(want[0].1.as_ref().unwrap().signature.is_some());
        // A new title, a decision about a pair, an idea gone.
        let mut w = store.begin().unwrap();
        let mut changed = ideas[1].clone();
        changed.title = "Coding club for rural teenagers".into();
        changed.duplicate_of = Some(1);
        changed.not_duplicates.insert(1500);
        w.put(changed.clone(), store.idea(2).unwrap());
        w.delete(store.idea(1500).unwrap().unwrap());
        store.commit(w).unwrap();
        assert_eq!(
            kept(&store),
            [
                (1, Some(Kept::of(&ideas[0]))),
                (2, Some(Kept::of(&changed)))
            ]
        );
        assert_ne!(Kept::of(&changed), Kept::of(&ideas[1]));
    }

    #[test]
    fn a_signature_the_batch_was_told_is_kept_and_one_for_another_text_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        let (a, b) = (idea(1, "Mobile clinic"), idea(2, "Coding club"));
        // Told for `a`'s text, though it is another's: so it is seen to be
        // taken, not made again. `b` was told of under another text.
        let told = Signature::of_text("something else entirely").unwrap();
        let mut w = store.begin().unwrap();
        let mut before = b.clone();
        before.title = "an older title".into();
        w.know_signatures([
            (crate::similar::text_key(&a), Some(told)),
            (crate::similar::text_key(&before), Some(told)),
        ]);
        w.put(a.clone(), None);
        w.put(b.clone(), None);
        store.commit(w).unwrap();
        assert_eq!(
            kept(&store),
            [
                (1, Some(Kept::with(&a, Some(told)))),
                (2, Some(Kept::of(&b)))
            ]
        );
    }

    #[test]
    fn a_block_an_earlier_build_wrote_has_nothing_kept_and_the_rest_reads_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = SledStore::open(&path).unwrap();
        let mut w = store.begin().unwrap();
        for i in [idea(1, "Mobile clinic"), idea(2000, "Coding club")] {
            w.put(i, None);
        }
        store.commit(w).unwrap();
        let before = store.rows().unwrap();
        let (store, _) =
            super::super::row_pass::as_an_earlier_build_left_it(store, &path, b"no mark", |_| {});
        assert_eq!(kept(&store)[0], (1, None));
        assert!(kept(&store)[1].1.is_some());
        assert_eq!(store.rows().unwrap(), before);
        // The search gets it all the same, made from the idea, and from then
        // on the block keeps it.
        drop(store);
        let whole = crate::store::Store::open(&path).unwrap();
        let mut each = Vec::new();
        whole.each_kept(|id, k| each.push((id, k))).unwrap();
        each.sort_by_key(|(id, _)| *id);
        let ideas = [idea(1, "Mobile clinic"), idea(2000, "Coding club")];
        assert_eq!(each, ideas.clone().map(|i| (i.id, Kept::of(&i))));
        drop(whole);
        let store = SledStore::open_again(&path);
        assert_eq!(kept(&store)[0], (1, Some(Kept::of(&ideas[0]))));
        assert_eq!(store.rows().unwrap(), before);
        // A kept part that does not read is nothing kept, not an error.
        let tree = store.tree().unwrap();
        let key = super::super::blocks::block_key(0);
        let mut bytes = tree.get(key).unwrap().unwrap().to_vec();
        let (rows, _) = decode_block_kept(&bytes).unwrap();
        bytes =
            crate::store::row_record::encode_block_kept(&rows, &[Some(Kept::of(&idea(1, "x")))])
                .unwrap();
        let cut = bytes.len() - 20;
        bytes.truncate(cut);
        tree.insert(key, bytes).unwrap();
        // Marked as a commit marks it, so that sled's block is read, not
        // the row file's.
        tree.insert(super::super::snapshot::dirty_key(0), &[])
            .unwrap();
        assert_eq!(kept(&store)[0], (1, None));
    }
}
