//! Rows gained their ideas' reviews (see `store/row_record.rs`) after
//! reviews came in: a database whose rows were written before then has
//! reviewed ideas whose rows hold none, so the list would show them
//! unscored. Its first open by this build writes those rows again, once,
//! and leaves `mrows_reviews` to say it is done. Only idea records of
//! schema 3 or later can hold reviews, so older ones are passed over
//! without being decoded.

use super::handle::SledStore;
use crate::store::Result;

/// Present once every reviewed idea's row holds its reviews (every commit
/// of this build writes it too, so a new database never needs the pass).
pub(super) const META_ROWS_REVIEWS: &[u8] = b"mrows_reviews";

/// The first schema whose idea records have reviews.
const REVIEWS_SCHEMA: u8 = 3;

impl SledStore {
    /// Writes again the rows of reviewed ideas whose rows were written
    /// without their reviews (once per database).
    pub(super) fn give_rows_their_reviews(&self) -> Result<()> {
        self.rows_again_once(
            META_ROWS_REVIEWS,
            |record| record.first().is_some_and(|&v| v >= REVIEWS_SCHEMA),
            |idea| !idea.reviews.is_empty(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Review, Timestamp};

    #[test]
    fn rows_written_before_reviews_get_them_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = SledStore::open(&path).unwrap();
        let mut idea = Idea::new("reviewed".into(), Timestamp(1));
        idea.id = 1;
        idea.reviews.push(Review {
            by: "anna".into(),
            rubric: 1,
            scores: vec![("team".into(), 4)],
            confidence: 2,
            comment: String::new(),
            time: Timestamp(1),
        });
        let mut w = store.begin().unwrap();
        w.put(idea, None);
        store.commit(w).unwrap();
        assert_eq!(store.rows().unwrap()[0].reviews.marks().len(), 1);
        // As an earlier build left it: the row without its reviews.
        let (store, marked) = super::super::row_pass::as_an_earlier_build_left_it(
            store,
            &path,
            META_ROWS_REVIEWS,
            |row| row.reviews = Default::default(),
        );
        assert_eq!(store.rows().unwrap()[0].reviews.marks().len(), 1);
        assert!(marked);
    }
}
