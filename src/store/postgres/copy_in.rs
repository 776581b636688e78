//! Many new ideas at once (an import, a copy) by `COPY … FROM STDIN
//! BINARY`: the server's bulk path, several times faster than even
//! array inserts, because it neither plans nor checks per row beyond the
//! table's own constraints. COPY cannot skip a row whose id is taken, so
//! the commit asks first (`first_taken`); that is sound because every
//! commit holds the id counter's row lock, so no other commit can add an
//! idea in between.

use super::sql::db;
use crate::store::Result;
use postgres::GenericClient;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};

/// From how many new ideas in one send COPY is used.
pub const AT_LEAST: usize = 500;

/// The lowest of `ids` an idea already has, if any.
pub fn first_taken(tx: &mut impl GenericClient, ids: &[i64]) -> Result<Option<i64>> {
    Ok(tx
        .query_opt(
            "SELECT min(id) FROM ideas WHERE id = ANY($1) HAVING count(*) > 0",
            &[&ids],
        )
        .map_err(db)?
        .map(|r| r.get(0)))
}

pub fn ideas(
    tx: &mut impl GenericClient,
    ids: &[i64],
    versions: &[i64],
    records: &[Vec<u8>],
    rows: &[Vec<u8>],
) -> Result<()> {
    let sink = tx
        .copy_in("COPY ideas (id, version, record, row_record) FROM STDIN BINARY")
        .map_err(db)?;
    let mut w = BinaryCopyInWriter::new(sink, &[Type::INT8, Type::INT8, Type::BYTEA, Type::BYTEA]);
    for i in 0..ids.len() {
        let row: [&(dyn ToSql + Sync); 4] = [&ids[i], &versions[i], &records[i], &rows[i]];
        w.write(&row).map_err(db)?;
    }
    w.finish().map_err(db)?;
    Ok(())
}

/// Word chunks (see `words.rs`): the word, its first and last id, the ids.
pub fn words(tx: &mut impl GenericClient, chunks: &[(&str, &[i64])]) -> Result<()> {
    let sink = tx
        .copy_in("COPY summary_words (word, first_id, last_id, ids) FROM STDIN BINARY")
        .map_err(db)?;
    let types = [Type::TEXT, Type::INT8, Type::INT8, Type::INT8_ARRAY];
    let mut w = BinaryCopyInWriter::new(sink, &types);
    for &(word, ids) in chunks {
        let (first, last) = (ids[0], ids[ids.len() - 1]);
        let row: [&(dyn ToSql + Sync); 4] = [&word, &first, &last, &ids];
        w.write(&row).map_err(db)?;
    }
    w.finish().map_err(db)?;
    Ok(())
}

pub fn changes(tx: &mut impl GenericClient, origin: &str, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let sink = tx
        .copy_in("COPY changes (origin, idea_id) FROM STDIN BINARY")
        .map_err(db)?;
    let mut w = BinaryCopyInWriter::new(sink, &[Type::TEXT, Type::INT8]);
    for id in ids {
        w.write(&[&origin, id]).map_err(db)?;
    }
    w.finish().map_err(db)?;
    Ok(())
}
