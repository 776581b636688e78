//! How much searching a catalog has done, in steps that do not depend on
//! the machine: a term tried at a row, a name scored against a term.
//! Tests check by these counts that a search's cost does not grow with
//! its terms times the rows; a clock would, on a loaded machine, fail the
//! linear code and could pass the quadratic one.

use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Default)]
pub(super) struct Work(AtomicU64);

impl Work {
    /// Adds a scan's or a plan's steps (once each, not a step at a time,
    /// so the scan threads do not share a counter row by row).
    pub(super) fn add(&self, steps: u64) {
        self.0.fetch_add(steps, Ordering::Relaxed);
    }

    pub(super) fn done(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}
