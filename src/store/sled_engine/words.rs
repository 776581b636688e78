//! The summary word index: for each folded word, chunks of ids whose summary
//! has it. A batch of new ideas adds one chunk per word, keyed by the first
//! id in it, so an import of 100,000 ideas writes a few thousand keys rather
//! than millions.

use super::batch::Batch;
use super::codec::{decode_ids, encode_ids};
use crate::domain::text::{fold, words};
use crate::store::Result;
use crate::store::word_split::each_word;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Words to ids: foldhash rather than SipHash, as an import hashes some
/// fifty words an idea (the keys are an idea's words, not an attacker's
/// choice of collisions against a long-lived server table).
type WordMap = HashMap<String, Vec<u64>, foldhash::fast::RandomState>;

const PREFIX: u8 = b'w';

fn word_prefix(word: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(word.len() + 10);
    k.push(PREFIX);
    k.extend_from_slice(word.as_bytes());
    k.push(0);
    k
}

fn chunk_key(word: &str, first: u64) -> Vec<u8> {
    let mut k = word_prefix(word);
    k.extend_from_slice(&first.to_be_bytes());
    k
}

/// The distinct folded words of a summary, sorted.
fn word_list(summary: &str) -> Vec<String> {
    let mut list: Vec<String> = words(summary).collect();
    list.sort_unstable();
    list.dedup();
    list
}

/// Adds `id` under `word`, copying the word only the first time, and once
/// however often one idea's text has the word (its words come together).
fn push(map: &mut WordMap, word: &str, id: u64) {
    match map.get_mut(word) {
        Some(ids) if ids.last() == Some(&id) => {}
        Some(ids) => ids.push(id),
        None => {
            map.insert(word.to_string(), vec![id]);
        }
    }
}

/// Ids whose summary has a word starting with `prefix`.
///
/// In no order, and an id appears once for each such word: the caller puts
/// them in a set (hashing 640,000 ids here cost more than the scan).
pub fn ids_with_prefix(tree: &sled::Db, prefix: &str) -> Result<Vec<u64>> {
    let folded = fold(prefix);
    let mut key = vec![PREFIX];
    key.extend_from_slice(folded.as_bytes());
    let mut ids = Vec::new();
    for value in tree.scan_prefix(&key).values() {
        ids.extend(decode_ids(&value?)?);
    }
    Ok(ids)
}

/// Takes `ids` out of every chunk of the index, under whatever word: for a
/// roll back, which cannot tell the words of an idea whose record a failed
/// write lost.
pub fn remove_everywhere(tree: &sled::Db, ids: &HashSet<u64>, batch: &mut Batch) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    for entry in tree.scan_prefix([PREFIX]) {
        let (key, value) = entry?;
        let mut chunk = decode_ids(&value)?;
        let before = chunk.len();
        chunk.retain(|id| !ids.contains(id));
        if chunk.is_empty() {
            batch.remove(key);
        } else if chunk.len() != before {
            batch.insert(key, encode_ids(&chunk));
        }
    }
    Ok(())
}

/// The index changes of one batch of writes.
#[derive(Default)]
pub struct IndexChanges {
    added: WordMap,
    removed: WordMap,
}

impl IndexChanges {
    pub fn change(&mut self, id: u64, old: Option<&str>, new: &str) {
        if old == Some(new) {
            return;
        }
        let Some(old) = old else {
            // A new idea (the common case of an import): every word is
            // added as it comes, unsorted (sorting each idea's words was
            // a good part of an import's index work).
            let added = &mut self.added;
            each_word(new, |w| push(added, w, id));
            return;
        };
        let new = word_list(new);
        let old = word_list(old);
        for w in new.iter().filter(|w| old.binary_search(w).is_err()) {
            push(&mut self.added, w, id);
        }
        for w in old.iter().filter(|w| new.binary_search(w).is_err()) {
            push(&mut self.removed, w, id);
        }
    }

    /// Takes in the changes of another part of the same batch.
    pub fn merge(&mut self, other: IndexChanges) {
        for (map, more) in [
            (&mut self.added, other.added),
            (&mut self.removed, other.removed),
        ] {
            for (word, ids) in more {
                map.entry(word).or_default().extend(ids);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }

    /// How many (word, id) pairs are added.
    pub fn pairs(&self) -> usize {
        self.added.values().map(Vec::len).sum()
    }

    /// Takes out the additions of ids at or past `from` (the ideas a large
    /// write adds), to be written later with others.
    pub fn take_new(&mut self, from: u64) -> IndexChanges {
        let mut new = IndexChanges::default();
        for (word, ids) in &mut self.added {
            if ids.iter().any(|&id| id >= from) {
                let (later, now): (Vec<u64>, Vec<u64>) = ids.iter().partition(|&&id| id >= from);
                new.added.insert(word.clone(), later);
                *ids = now;
            }
        }
        self.added.retain(|_, ids| !ids.is_empty());
        new
    }

    /// Takes this batch's removals out of `held` too, whose additions are
    /// not in the tree yet.
    pub fn forget_in(&self, held: &mut IndexChanges) {
        for (word, ids) in &self.removed {
            if let Some(kept) = held.added.get_mut(word) {
                let gone: HashSet<u64> = ids.iter().copied().collect();
                kept.retain(|id| !gone.contains(id));
            }
        }
        held.added.retain(|_, ids| !ids.is_empty());
    }

    /// Adds the index updates to `batch`, reading the chunks it must change.
    /// `unused_from` is the store's next id: no chunk is keyed at or past
    /// it (a chunk is keyed by an id it was written with, and the ids of a
    /// write that did not land are taken out of every chunk by the roll
    /// back), so a chunk of ideas new from there is written without
    /// looking for one to add to (a lookup a word was a tenth of an
    /// import's time).
    pub fn write(self, tree: &sled::Db, batch: &mut Batch, unused_from: u64) -> Result<()> {
        self.write_where(tree, batch, &mut |_, first| first >= unused_from)
    }

    /// [`IndexChanges::write`] of additions held by a large write that
    /// began when the store's next id was `from`: no chunk is keyed at or
    /// past it but those this write wrote before, whose keys `written`
    /// keeps (and gains these).
    pub fn write_held(
        self,
        tree: &sled::Db,
        batch: &mut Batch,
        from: u64,
        written: &mut HashSet<Vec<u8>>,
    ) -> Result<()> {
        self.write_where(tree, batch, &mut |key, first| {
            first >= from && written.insert(key.to_vec())
        })
    }

    /// Writes the changes; `fresh(key, first id)` says that no chunk is
    /// stored under `key`, so it need not be read.
    fn write_where(
        self,
        tree: &sled::Db,
        batch: &mut Batch,
        fresh: &mut dyn FnMut(&[u8], u64) -> bool,
    ) -> Result<()> {
        let mut dirty: BTreeMap<Vec<u8>, Vec<u64>> = BTreeMap::new();
        for (word, ids) in &self.removed {
            let gone: HashSet<u64> = ids.iter().copied().collect();
            for entry in tree.scan_prefix(word_prefix(word)) {
                let (key, value) = entry?;
                let mut chunk = decode_ids(&value)?;
                let before = chunk.len();
                chunk.retain(|id| !gone.contains(id));
                if chunk.len() != before {
                    dirty.insert(key.to_vec(), chunk);
                }
            }
        }
        for (word, mut ids) in self.added {
            ids.sort_unstable();
            let key = chunk_key(&word, ids[0]);
            let existing = match dirty.remove(&key) {
                Some(chunk) => chunk,
                None if fresh(&key, ids[0]) => Vec::new(),
                None => match tree.get(&key)? {
                    Some(v) => decode_ids(&v)?,
                    None => Vec::new(),
                },
            };
            ids.extend(existing);
            ids.sort_unstable();
            ids.dedup();
            dirty.insert(key, ids);
        }
        for (key, ids) in dirty {
            if ids.is_empty() {
                batch.remove(key);
            } else {
                batch.insert(key, encode_ids(&ids));
            }
        }
        Ok(())
    }
}
