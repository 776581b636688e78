//! Finding a row by its idea id without a map of every id (a million ids
//! in a map take 35 MB). Rows come in id order, so the ones that do are
//! found by binary search within a run of 1,024 ids; a row that comes out
//! of order (the UI makes none; an import may choose any id) goes in a
//! small map instead.

use super::index::IdHasher;
use crate::domain::Row;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Ids per run.
const RUN_BITS: u32 = 10;
/// Most empty runs a new id may skip (64 million ids) before it is kept in
/// the map rather than grow the runs by millions.
const MAX_EMPTY_RUNS: usize = 1 << 16;

#[derive(Default)]
pub struct IdIndex {
    /// `rows[..sorted]` are in id order.
    sorted: usize,
    /// Where each run of ids (`first_id + k × 1024 …`) starts among them.
    runs: Vec<u32>,
    first_id: u64,
    /// Rows after the sorted ones, by id.
    unsorted: HashMap<u64, usize, BuildHasherDefault<IdHasher>>,
}

impl IdIndex {
    /// The position in `rows` of the row with this id.
    pub fn find(&self, id: u64, rows: &[Row]) -> Option<usize> {
        let in_runs = id
            .checked_sub(self.first_id)
            .map(|d| (d >> RUN_BITS) as usize)
            .filter(|&k| k < self.runs.len())
            .and_then(|k| {
                let start = self.runs[k] as usize;
                let end = self.runs.get(k + 1).map_or(self.sorted, |&e| e as usize);
                rows[start..end]
                    .binary_search_by_key(&id, |r| r.id)
                    .ok()
                    .map(|i| start + i)
            });
        in_runs.or_else(|| self.unsorted.get(&id).copied())
    }

    /// Notes a new row with this id about to be put at the end of `rows`.
    pub fn add(&mut self, id: u64, rows: &[Row]) {
        let run = if self.sorted == 0 {
            0
        } else {
            (id.saturating_sub(self.first_id) >> RUN_BITS) as usize
        };
        let in_order = self.sorted == rows.len()
            && rows.last().is_none_or(|last| last.id < id)
            && run <= self.runs.len() + MAX_EMPTY_RUNS;
        if !in_order {
            self.unsorted.insert(id, rows.len());
            return;
        }
        if self.sorted == 0 {
            self.first_id = id;
        }
        // Runs up to this id's start here, if not already.
        while self.runs.len() <= run {
            self.runs.push(self.sorted as u32);
        }
        self.sorted += 1;
    }
}
