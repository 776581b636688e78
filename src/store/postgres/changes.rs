//! The `changes` table: what each commit changed, numbered, so a UI asks
//! for what came after the last number it saw (see `watch.rs`). A row
//! names one idea (`idea_id`), a run of consecutive ids (`idea_id` to
//! `last_id`, schema 9), or, with `idea_id` null, a change of views. A
//! large write records its ideas as runs: an import of 100,000 new ideas
//! is one row a chunk, where a row an idea cost the server 0.15-0.3 s of
//! a 2 s import (a sequence number and an index entry each).

use super::sql::db;
use crate::store::{Changed, Result};
use postgres::GenericClient;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::Type;

/// Moves a schema 8 table on: runs of ids, each at most [`RUN_MOST`] long
/// (a send has at most 10,000 ideas), so that no row, whoever wrote it,
/// makes every UI's catch-up expand a billion ids.
pub const RANGES: &str = "ALTER TABLE changes ADD COLUMN IF NOT EXISTS last_id bigint
    CHECK (last_id IS NULL OR (last_id >= idea_id AND last_id - idea_id < 100000));";

/// The longest run a row may name (see [`RANGES`]).
const RUN_MOST: i64 = 100_000;

/// Records `ids` (ascending) as changed by `origin`: a row per run of
/// consecutive ids, by COPY.
pub fn record_runs(tx: &mut impl GenericClient, origin: &str, ids: &[i64]) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let sink = tx
        .copy_in("COPY changes (origin, idea_id, last_id) FROM STDIN BINARY")
        .map_err(db)?;
    let mut w = BinaryCopyInWriter::new(sink, &[Type::TEXT, Type::INT8, Type::INT8]);
    for (first, last) in runs(ids) {
        let last = (last != first).then_some(last);
        w.write(&[&origin, &first, &last]).map_err(db)?;
    }
    w.finish().map_err(db)?;
    Ok(())
}

/// The runs of consecutive ids in `ids`, as (first, last); unsorted ids
/// make more runs, never wrong ones.
fn runs(ids: &[i64]) -> Vec<(i64, i64)> {
    let mut runs: Vec<(i64, i64)> = Vec::new();
    for &id in ids {
        match runs.last_mut() {
            Some((first, last)) if last.checked_add(1) == Some(id) && id - *first < RUN_MOST => {
                *last = id
            }
            _ => runs.push((id, id)),
        }
    }
    runs
}

/// What others (not `origin`) changed after `seq`, up to the last number
/// committed. Sound because commits hold the id counter's row lock while
/// they number their changes: a number is never committed after a higher
/// one, so nothing can appear below `upto` later.
pub fn since(client: &mut postgres::Client, origin: &str, seq: i64) -> Result<Changed> {
    let upto: i64 = client
        .query_one("SELECT coalesce(max(seq), 0) FROM changes", &[])
        .map_err(db)?
        .get(0);
    // The last change of each idea names who made it; a run names each
    // of its ids.
    let rows = client
        .query(
            "SELECT DISTINCT ON (id) id, author FROM (
                 SELECT generate_series(idea_id, coalesce(last_id, idea_id)) AS id, author, seq
                 FROM changes
                 WHERE seq > $1 AND seq <= $2 AND origin <> $3 AND idea_id IS NOT NULL
                 UNION ALL
                 SELECT NULL, author, seq FROM changes
                 WHERE seq > $1 AND seq <= $2 AND origin <> $3 AND idea_id IS NULL
             ) AS c
             ORDER BY id, seq DESC",
            &[&seq, &upto, &origin],
        )
        .map_err(db)?;
    let mut changed = Changed {
        upto: upto as u64,
        ..Changed::default()
    };
    for r in &rows {
        match r.get::<_, Option<i64>>(0) {
            Some(id) => {
                changed.ideas.push(id as u64);
                changed.by.insert(id as u64, r.get(1));
            }
            None => changed.views = true,
        }
    }
    changed.ideas.sort_unstable();
    Ok(changed)
}

/// Who made the last change of idea `id`, if it has one recorded.
pub fn last_author(client: &mut postgres::Client, id: i64) -> Result<Option<String>> {
    let row = client
        .query_opt(
            "SELECT author FROM changes
             WHERE idea_id <= $1 AND coalesce(last_id, idea_id) >= $1
             ORDER BY seq DESC LIMIT 1",
            &[&id],
        )
        .map_err(db)?;
    Ok(row.map(|r| r.get(0)))
}

#[cfg(test)]
mod tests {
    use super::{RUN_MOST, runs};

    #[test]
    fn consecutive_ids_are_one_run_and_gaps_start_another() {
        assert_eq!(runs(&[]), []);
        assert_eq!(runs(&[7]), [(7, 7)]);
        assert_eq!(runs(&[1, 2, 3, 5, 6, 9]), [(1, 3), (5, 6), (9, 9)]);
        assert_eq!(runs(&[i64::MAX - 1, i64::MAX]), [(i64::MAX - 1, i64::MAX)]);
        assert_eq!(runs(&[3, 2]), [(3, 3), (2, 2)]);
        let long: Vec<i64> = (1..=RUN_MOST + 5).collect();
        assert_eq!(runs(&long), [(1, RUN_MOST), (RUN_MOST + 1, RUN_MOST + 5)]);
    }
}
