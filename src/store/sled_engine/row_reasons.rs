//! Rows gained their ideas' decision reason keys (see
//! `store/row_record.rs`) after reasons came in: a database whose rows were
//! written before then has decided ideas whose rows name no reason, so
//! `reason:` and the statistics' reason tables would miss them. Its first
//! open by this build writes those rows again, once, and leaves
//! `mrows_reasons` to say it is done.

use super::handle::SledStore;
use crate::store::Result;

/// Present once every idea's row holds its reason key (every commit of
/// this build writes it too, so a new database never needs the pass).
pub(super) const META_ROWS_REASONS: &[u8] = b"mrows_reasons";

impl SledStore {
    /// Writes again the rows of ideas with a reason whose rows were
    /// written without it (once per database).
    pub(super) fn give_rows_their_reasons(&self) -> Result<()> {
        self.rows_again_once(META_ROWS_REASONS, |_| true, |idea| !idea.reason.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Stage, Timestamp};

    #[test]
    fn rows_written_before_reasons_get_them_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = SledStore::open(&path).unwrap();
        let mut decided = Idea::new("declined".into(), Timestamp(1));
        decided.id = 1;
        decided.stage = Stage::Declined;
        decided.reason = "no-budget".into();
        let mut open = Idea::new("still new".into(), Timestamp(1));
        open.id = 2;
        let mut w = store.begin().unwrap();
        w.put(decided, None);
        w.put(open, None);
        store.commit(w).unwrap();
        assert_eq!(&*store.rows().unwrap()[0].reason, "no-budget");
        // As an earlier build left it: the rows without it.
        let (store, marked) = super::super::row_pass::as_an_earlier_build_left_it(
            store,
            &path,
            META_ROWS_REASONS,
            |row| row.reason = Default::default(),
        );
        let rows = store.rows().unwrap();
        assert_eq!(&*rows[0].reason, "no-budget");
        assert!(rows[1].reason.is_empty());
        assert!(marked);
    }
}
