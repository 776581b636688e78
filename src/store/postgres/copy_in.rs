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

/// Ideas as `(id, version, record, row)`, each sent as it comes, so the
/// server stores the ones before while the caller makes the next.
pub fn ideas(
    tx: &mut impl GenericClient,
    ideas: impl Iterator<Item = Result<(i64, i64, Vec<u8>, Vec<u8>)>>,
) -> Result<()> {
    let sink = tx
        .copy_in("COPY ideas (id, version, record, row_record) FROM STDIN BINARY")
        .map_err(db)?;
    let mut w = BinaryCopyInWriter::new(sink, &[Type::INT8, Type::INT8, Type::BYTEA, Type::BYTEA]);
    for idea in ideas {
        let (id, version, record, row) = idea?;
        let row: [&(dyn ToSql + Sync); 4] = [&id, &version, &record, &row];
        w.write(&row).map_err(db)?;
    }
    w.finish().map_err(db)?;
    Ok(())
}

/// Word chunks (see `words.rs`): the word, its first and last id, the ids
/// packed.
pub fn words(tx: &mut impl GenericClient, chunks: &[(&str, i64, i64, Vec<u8>)]) -> Result<()> {
    let sink = tx
        .copy_in("COPY summary_words (word, first_id, last_id, packed) FROM STDIN BINARY")
        .map_err(db)?;
    let types = [Type::TEXT, Type::INT8, Type::INT8, Type::BYTEA];
    let mut w = BinaryCopyInWriter::new(sink, &types);
    for (word, first, last, packed) in chunks {
        let row: [&(dyn ToSql + Sync); 4] = [word, first, last, packed];
        w.write(&row).map_err(db)?;
    }
    w.finish().map_err(db)?;
    Ok(())
}
