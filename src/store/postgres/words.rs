//! The summary word index on PostgreSQL, kept as sled keeps it
//! (`sled_engine/words.rs`): for each folded word, chunks of the ids whose
//! summary has it, a row `summary_words(word, first_id, last_id, ids,
//! packed)` each.
//! A send of new ideas adds one row per word (per [`CHUNK_IDS`] ids), built
//! here on the client, so an import of 100,000 ideas writes some tens of
//! thousands of rows, not the two million (word, id) pairs of schema 1,
//! whose rows and their two indexes were most of the import's server time.
//!
//! Each (word, id) pair is in exactly one chunk, so [`with_prefix`] gives
//! an id once for each matching word, as sled does.
//!
//! Since schema 9 a chunk's ids are `packed`: delta-coded varints in a
//! bytea (the codec sled's word index uses), where schema 2 to 8 wrote
//! `ids` as a bigint array, which stays readable and changeable. Packed,
//! the word table of 100,000 ideas is 12 MB, not 54, and an import's words
//! take the server 0.2 s, not 0.5: an array's every element is parsed on
//! its own, and written to the WAL at 8 bytes.
//!
//! Under many writers: adding never touches a row that exists (new chunks
//! only), so a hot word is never a hot row for additions; a removal
//! rewrites the chunk that holds the id, which only a commit does, and
//! every commit first locks the id counter's row (`commit.rs`), so two
//! commits never wait on chunks in opposite orders: no deadlock, and no
//! more serialising than commits already have. Readers never wait (MVCC).

use super::copy_in;
use super::sql::db;
use crate::domain::text::{fold, words};
use crate::store::Result;
use crate::store::sled_engine::codec;
use postgres::GenericClient;
use std::collections::HashMap;

/// The most ids one row holds: a removal rewrites at most this many
/// (8 KB); fewer would mean more rows for a word every idea has.
pub const CHUNK_IDS: usize = 1024;

/// The chunks' ids are stored as they are, not compressed (schema 8; the
/// first databases' older chunks stay as they were written, readable the
/// same). A chunk of more than some 250 ids passes PostgreSQL's 2 KB
/// threshold, where by default it is compressed (pglz) before going out
/// of line: that compression was three quarters of an import's word
/// writes (100,000 ideas, 64,681 chunks by COPY: 4.0 s compressed, 1.1 s
/// not), for a table that is 43 MB of ids against 14 MB compressed.
pub const IDS_NOT_COMPRESSED: &str =
    "ALTER TABLE summary_words ALTER COLUMN ids SET STORAGE EXTERNAL;";

/// Moves a schema 8 table on: new chunks are packed (see the top of this
/// file), and not compressed either (a chunk of rare words' ids, far
/// apart, can pass 2 KB).
pub const PACKED: &str = "ALTER TABLE summary_words ALTER COLUMN ids DROP NOT NULL, ADD COLUMN IF NOT EXISTS packed bytea;
ALTER TABLE summary_words ALTER COLUMN packed SET STORAGE EXTERNAL;";

/// The distinct words of an idea's indexed text, sorted.
pub fn of(text: &str) -> Vec<String> {
    let mut list: Vec<String> = words(text).collect();
    list.sort_unstable();
    list.dedup();
    list
}

/// Ids whose summary has a word starting with `prefix`, an id once for
/// each such word, in no order.
pub fn with_prefix(client: &mut postgres::Client, prefix: &str) -> Result<Vec<u64>> {
    let folded = fold(prefix);
    // `word >= $1` lets the index find where the prefix starts.
    let rows = client
        .query(
            "SELECT ids, packed FROM summary_words WHERE word >= $1 AND starts_with(word, $1)",
            &[&folded],
        )
        .map_err(db)?;
    let mut ids = Vec::new();
    for r in &rows {
        match r.get::<_, Option<&[u8]>>(1) {
            Some(packed) => ids.extend(codec::decode_ids(packed)?),
            None => {
                let chunk: Vec<i64> = r.get::<_, Option<Vec<i64>>>(0).unwrap_or_default();
                ids.extend(chunk.into_iter().map(|id| id as u64));
            }
        }
    }
    Ok(ids)
}

/// A chunk's ids as stored: delta-coded (see [`codec::encode_ids`]).
pub fn pack(ids: &[i64]) -> Vec<u8> {
    let ids: Vec<u64> = ids.iter().map(|&id| id as u64).collect();
    codec::encode_ids(&ids)
}

/// The (word, id) pairs of one send, gathered by word: foldhash rather
/// than SipHash, as an import hashes some fifty words an idea (the keys
/// are ideas' words, in a map that lives for one send).
#[derive(Default)]
pub struct Added {
    by_word: HashMap<String, Vec<i64>, foldhash::fast::RandomState>,
    pairs: usize,
}

impl Added {
    pub fn add(&mut self, word: &str, id: i64) {
        match self.by_word.get_mut(word) {
            // An idea's words come together: a word it has twice is once.
            Some(ids) if ids.last() == Some(&id) => return,
            Some(ids) => ids.push(id),
            None => {
                self.by_word.insert(word.to_string(), vec![id]);
            }
        }
        self.pairs += 1;
    }

    /// Adds every word of a new idea's indexed text, folded into one
    /// buffer as sled's index does (`store/word_split.rs`, the
    /// same words as [`of`]) rather than a string a word, then sorted:
    /// folding, sorting and hashing those strings were two thirds of the
    /// client's share of an import's writes.
    pub fn add_text(&mut self, text: &str, id: i64) {
        crate::store::word_split::each_word(text, |word| self.add(word, id));
    }

    /// How many (word, id) pairs are gathered.
    pub fn pairs(&self) -> usize {
        self.pairs
    }

    /// Writes the gathered pairs as new chunks: by COPY for a large send
    /// (an import; binary arrays, the server's fastest way in: the INSERT
    /// below took 8 of a 100,000-idea import's 12 s of statements), else
    /// in one statement.
    pub fn send(&mut self, tx: &mut impl GenericClient, by_copy: bool) -> Result<()> {
        if self.pairs == 0 {
            return Ok(());
        }
        let chunks = self.chunks();
        if by_copy {
            let packed: Vec<(&str, i64, i64, Vec<u8>)> = chunks
                .iter()
                .map(|&(word, ids)| (word, ids[0], ids[ids.len() - 1], pack(ids)))
                .collect();
            copy_in::words(tx, &packed)?;
        } else {
            insert(tx, &chunks)?;
        }
        *self = Added::default();
        Ok(())
    }

    /// The chunks to write: each word's ids in order, [`CHUNK_IDS`] at most.
    fn chunks(&mut self) -> Vec<(&str, &[i64])> {
        let mut chunks = Vec::new();
        for (word, ids) in &mut self.by_word {
            ids.sort_unstable();
            for chunk in ids.chunks(CHUNK_IDS) {
                chunks.push((word.as_str(), chunk));
            }
        }
        chunks
    }
}

/// Chunks in one statement, as arrays of their words, ranges and packed
/// ids.
fn insert(tx: &mut impl GenericClient, chunks: &[(&str, &[i64])]) -> Result<()> {
    let names: Vec<&str> = chunks.iter().map(|(word, _)| *word).collect();
    let firsts: Vec<i64> = chunks.iter().map(|(_, ids)| ids[0]).collect();
    let lasts: Vec<i64> = chunks.iter().map(|(_, ids)| ids[ids.len() - 1]).collect();
    let packed: Vec<Vec<u8>> = chunks.iter().map(|(_, ids)| pack(ids)).collect();
    tx.execute(
        "INSERT INTO summary_words (word, first_id, last_id, packed)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bytea[])",
        &[&names, &firsts, &lasts, &packed],
    )
    .map_err(db)?;
    Ok(())
}

/// Takes `id` out of the chunks of `words` that hold it; a chunk left
/// empty goes. Only chunks whose range covers `id` are read.
pub fn remove(tx: &mut impl GenericClient, id: i64, words: &[String]) -> Result<()> {
    if words.is_empty() {
        return Ok(());
    }
    // Arrays (written before schema 9), in the server. Both parts see the
    // rows as they were before the statement; they touch different rows
    // (a chunk of `id` alone, or one with others).
    tx.execute(
        "WITH gone AS (
             DELETE FROM summary_words
             WHERE word = ANY($1) AND first_id <= $2 AND last_id >= $2
               AND ids = ARRAY[$2::bigint]
         )
         UPDATE summary_words SET ids = array_remove(ids, $2)
         WHERE word = ANY($1) AND first_id <= $2 AND last_id >= $2
           AND $2 = ANY(ids) AND ids <> ARRAY[$2::bigint]",
        &[&words, &id],
    )
    .map_err(db)?;
    // Packed chunks, read and written again here; locked, so a row's ctid
    // holds until the transaction ends.
    let covering = tx
        .query(
            "SELECT ctid::text, packed FROM summary_words
             WHERE word = ANY($1) AND first_id <= $2 AND last_id >= $2 AND packed IS NOT NULL
             FOR UPDATE",
            &[&words, &id],
        )
        .map_err(db)?;
    let (mut gone, mut kept, mut repacked) = (Vec::new(), Vec::new(), Vec::new());
    for r in &covering {
        let mut ids = codec::decode_ids(r.get(1))?;
        let Ok(at) = ids.binary_search(&(id as u64)) else {
            continue;
        };
        ids.remove(at);
        let ctid: String = r.get(0);
        if ids.is_empty() {
            gone.push(ctid);
        } else {
            kept.push(ctid);
            repacked.push(codec::encode_ids(&ids));
        }
    }
    if !gone.is_empty() {
        tx.execute(
            "DELETE FROM summary_words WHERE ctid = ANY($1::text[]::tid[])",
            &[&gone],
        )
        .map_err(db)?;
    }
    if !kept.is_empty() {
        tx.execute(
            "UPDATE summary_words SET packed = c.packed
             FROM unnest($1::text[], $2::bytea[]) AS c(ctid, packed)
             WHERE summary_words.ctid = c.ctid::tid",
            &[&kept, &repacked],
        )
        .map_err(db)?;
    }
    Ok(())
}

/// The (word, id) pairs a change of indexed text from `old` to `new`
/// removes and adds, as sled works them out.
pub fn diff(old: &str, new: &str) -> (Vec<String>, Vec<String>) {
    let (old, new) = (of(old), of(new));
    let removed = old
        .iter()
        .filter(|w| new.binary_search(w).is_err())
        .cloned()
        .collect();
    let added = new
        .into_iter()
        .filter(|w| old.binary_search(w).is_err())
        .collect();
    (removed, added)
}
