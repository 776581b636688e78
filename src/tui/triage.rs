//! Triage mode: the new ideas of the current query, oldest first, one at a
//! time; a sector digit and a stage key per idea.

use crate::domain::{Named, Sector, Stage};
use crate::i18n::label;
use crate::tr;

pub struct Triage {
    /// The ideas to walk, oldest first.
    pub queue: Vec<u64>,
    /// Position in the queue; `queue.len()` means done.
    pub pos: usize,
    /// Positions visited, with the undo-stack depth on arrival, so that
    /// going back can undo exactly what was done since.
    pub visits: Vec<(usize, usize)>,
    /// What was decided this session: (id, sector, stage).
    pub decided: Vec<(u64, Sector, Stage)>,
}

impl Triage {
    pub fn new(queue: Vec<u64>, undo_depth: usize) -> Triage {
        Triage {
            queue,
            pos: 0,
            visits: vec![(0, undo_depth)],
            decided: Vec::new(),
        }
    }

    pub fn current(&self) -> Option<u64> {
        self.queue.get(self.pos).copied()
    }

    pub fn done(&self) -> bool {
        self.pos >= self.queue.len()
    }

    /// Moves to the next idea, remembering the undo depth on arrival.
    pub fn advance(&mut self, undo_depth: usize) {
        self.pos = (self.pos + 1).min(self.queue.len());
        self.visits.push((self.pos, undo_depth));
    }

    /// `7 / 43 new`.
    pub fn counter(&self) -> String {
        tr!(
            "ui-triage-counter",
            at = (self.pos + 1).min(self.queue.len()),
            total = self.queue.len()
        )
    }

    /// Ideas passed over with skip: before the current one, not decided.
    pub fn skipped(&self) -> usize {
        self.queue[..self.pos.min(self.queue.len())]
            .iter()
            .filter(|id| !self.decided.iter().any(|d| d.0 == **id))
            .count()
    }

    /// Ideas not reached yet (the one on screen included).
    pub fn not_reached(&self) -> usize {
        self.queue.len() - self.pos.min(self.queue.len())
    }

    /// Where the session stands, in one sentence that the counts below it
    /// cannot contradict.
    pub fn headline(&self) -> String {
        if self.queue.is_empty() {
            tr!("ui-triage-none-new")
        } else if self.decided.len() == self.queue.len() {
            tr!("ui-triage-all-done")
        } else if self.done() {
            tr!("ui-triage-end")
        } else {
            tr!(
                "ui-triage-left-at",
                at = self.pos + 1,
                total = self.queue.len()
            )
        }
    }

    /// The session's decisions counted by sector and by stage, and what is
    /// still new.
    pub fn summary(&self) -> Vec<String> {
        let mut lines = vec![tr!(
            "ui-triage-triaged",
            done = self.decided.len(),
            total = self.queue.len()
        )];
        let count = |f: &dyn Fn(&(u64, Sector, Stage)) -> bool| {
            self.decided.iter().filter(|d| f(d)).count()
        };
        let sectors: Vec<String> = Sector::ALL
            .iter()
            .map(|s| (s, count(&|d| d.1 == *s)))
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{} {n}", label(*s)))
            .collect();
        let stages: Vec<String> = Stage::ALL
            .iter()
            .map(|s| (s, count(&|d| d.2 == *s)))
            .filter(|(_, n)| *n > 0)
            // Lower case, as the legend's keys name them (`review 3`).
            .map(|(s, n)| format!("{} {n}", label(*s).to_lowercase()))
            .collect();
        if !sectors.is_empty() {
            lines.push(tr!("ui-triage-by-sector", list = &sectors.join(" · ")));
            lines.push(tr!("ui-triage-by-stage", list = &stages.join(" · ")));
        }
        let skipped = self.skipped();
        if skipped > 0 {
            lines.push(tr!("ui-triage-skipped", count = skipped));
        }
        let left = self.not_reached();
        if left > 0 {
            lines.push(tr!("ui-triage-not-reached", count = left));
        }
        lines
    }
}
