//! Rows gained the reviewers asked of their ideas (see
//! `store/row_record.rs`) after panels came in: a database whose rows were
//! written before then has ideas with reviewers whose rows name none, so
//! `panel:` (and the view "My reviews") would miss them. Its first open by
//! this build writes those rows again, once, and leaves `mrows_reviewers`
//! to say it is done. Only idea records of schema 4 or later can name
//! reviewers, so older ones are passed over without being decoded.

use super::handle::SledStore;
use crate::store::Result;

/// Present once every idea's row names its reviewers (every commit of this
/// build writes it too, so a new database never needs the pass).
pub(super) const META_ROWS_REVIEWERS: &[u8] = b"mrows_reviewers";

/// The first schema whose idea records have reviewers.
const REVIEWERS_SCHEMA: u8 = 4;

impl SledStore {
    /// Writes again the rows of ideas with reviewers whose rows were
    /// written without them (once per database).
    pub(super) fn give_rows_their_reviewers(&self) -> Result<()> {
        self.rows_again_once(
            META_ROWS_REVIEWERS,
            |record| record.first().is_some_and(|&v| v >= REVIEWERS_SCHEMA),
            |idea| !idea.reviewers.is_empty(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Tags, Timestamp};

    #[test]
    fn rows_written_before_reviewers_get_them_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = SledStore::open(&path).unwrap();
        let mut asked = Idea::new("asked".into(), Timestamp(1));
        asked.id = 1;
        asked.reviewers = ["Anna".to_string(), "boris".to_string()].into();
        let mut alone = Idea::new("nobody asked".into(), Timestamp(1));
        alone.id = 2;
        let mut w = store.begin().unwrap();
        w.put(asked, None);
        w.put(alone, None);
        store.commit(w).unwrap();
        let names = |store: &SledStore| -> Vec<Vec<String>> {
            store
                .rows()
                .unwrap()
                .iter()
                .map(|r| r.reviewers.iter().map(|n| n.to_string()).collect())
                .collect()
        };
        assert_eq!(names(&store), [vec!["Anna", "boris"], vec![]]);
        // As an earlier build left it: the rows without it.
        let (store, marked) = super::super::row_pass::as_an_earlier_build_left_it(
            store,
            &path,
            META_ROWS_REVIEWERS,
            |row| row.reviewers = Tags::default(),
        );
        assert_eq!(names(&store), [vec!["Anna", "boris"], vec![]]);
        assert!(marked);
    }
}
