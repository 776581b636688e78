//! A row as both engines store it: the row's own fields as they always
//! were, then, for an idea with reviews, its reviews as the list needs them
//! (see [`crate::domain::row_reviews`]) in the place the codec keeps for
//! fields a record gained later (see `sled_engine/codec.rs`,
//! `encode_with`). A row stored before reviews reads with none; a row
//! block (sled) keeps its rows' reviews after the rows, by place in the
//! block.

use super::Result;
use super::sled_engine::codec;
use crate::domain::row_reviews::{ReviewMark, RowReviews};
use crate::domain::{Name, Row, Tags};

/// One row (PostgreSQL's `row_record`): then its reviews, then its
/// decision's reason key, then its reviewers asked, each only when there
/// is something to keep from there on.
pub(crate) fn encode(row: &Row) -> Result<Vec<u8>> {
    let marks = row.reviews.marks();
    if !row.reviewers.is_empty() {
        codec::encode_with(row, &(marks, row.reason, row.reviewers))
    } else if !row.reason.is_empty() {
        codec::encode_with(row, &(marks, row.reason))
    } else if !marks.is_empty() {
        codec::encode_with(row, &marks)
    } else {
        codec::encode(row)
    }
}

pub(crate) fn decode(bytes: &[u8]) -> Result<Row> {
    let (mut row, marks, reason, reviewers): (Row, Vec<ReviewMark>, Name, Tags) =
        codec::decode_with_three(bytes)?;
    row.reviews = RowReviews::from_marks(marks);
    row.reason = reason;
    row.reviewers = reviewers;
    Ok(row)
}

/// A block of rows (sled's `R` keys and the row snapshot file): the rows,
/// then the reviews of those that have any, then the reason keys of those
/// that have one, then the reviewers of those asked any, each by place in
/// the block.
pub(crate) fn encode_block(rows: &[Row]) -> Result<Vec<u8>> {
    let marks: Vec<(u32, &[ReviewMark])> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.reviews.marks().is_empty())
        .map(|(i, r)| (i as u32, r.reviews.marks()))
        .collect();
    let reasons: Vec<(u32, Name)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.reason.is_empty())
        .map(|(i, r)| (i as u32, r.reason))
        .collect();
    let reviewers: Vec<(u32, Tags)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.reviewers.is_empty())
        .map(|(i, r)| (i as u32, r.reviewers))
        .collect();
    if !reviewers.is_empty() {
        codec::encode_with(&rows, &(marks, reasons, reviewers))
    } else if !reasons.is_empty() {
        codec::encode_with(&rows, &(marks, reasons))
    } else if !marks.is_empty() {
        codec::encode_with(&rows, &marks)
    } else {
        codec::encode(&rows)
    }
}

/// A block as stored: its rows, then by place in the block their reviews,
/// reason keys and reviewers.
type StoredBlock = (
    Vec<Row>,
    Vec<(u32, Vec<ReviewMark>)>,
    Vec<(u32, Name)>,
    Vec<(u32, Tags)>,
);

pub(crate) fn decode_block(bytes: &[u8]) -> Result<Vec<Row>> {
    let (mut rows, marks, reasons, reviewers): StoredBlock = codec::decode_with_three(bytes)?;
    for (i, m) in marks {
        if let Some(row) = rows.get_mut(i as usize) {
            row.reviews = RowReviews::from_marks(m);
        }
    }
    for (i, reason) in reasons {
        if let Some(row) = rows.get_mut(i as usize) {
            row.reason = reason;
        }
    }
    for (i, asked) in reviewers {
        if let Some(row) = rows.get_mut(i as usize) {
            row.reviewers = asked;
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use crate::domain::{Idea, Review, Row, Timestamp};

    fn row(id: u64, reviewers: &[&str]) -> Row {
        let mut idea = Idea::new(format!("idea {id}"), Timestamp(3));
        idea.id = id;
        idea.reviews = reviewers
            .iter()
            .map(|by| Review {
                by: by.to_string(),
                rubric: 1,
                scores: vec![("team".into(), 4), ("impact".into(), 2)],
                confidence: 3,
                comment: "left out of the row".into(),
                time: Timestamp(4),
            })
            .collect();
        Row::of(&idea)
    }

    #[test]
    fn rows_keep_their_reviews_and_rows_without_read_as_before() {
        let one = row(7, &["anna", "boris"]);
        let back = super::decode(&super::encode(&one).unwrap()).unwrap();
        assert_eq!(back, one);
        assert_eq!(back.reviews.marks().len(), 2);
        let bare = row(8, &[]);
        let bytes = super::encode(&bare).unwrap();
        assert_eq!(
            bytes,
            super::codec::encode(&bare).unwrap(),
            "as rows always were"
        );
        assert_eq!(super::decode(&bytes).unwrap(), bare);
        let block = vec![bare.clone(), one.clone(), row(9, &["olga"])];
        let back = super::decode_block(&super::encode_block(&block).unwrap()).unwrap();
        assert_eq!(back, block);
        // A block written before reviews reads with none.
        let old = super::codec::encode(&block).unwrap();
        let back = super::decode_block(&old).unwrap();
        assert!(back.iter().all(|r| r.reviews.marks().is_empty()));
        assert_eq!(back[1].title(), "idea 7");
    }

    #[test]
    fn rows_keep_their_reasons_and_rows_without_read_as_before() {
        let mut decided = row(10, &["anna"]);
        decided.reason = crate::domain::Name::new("no-budget");
        let mut bare_decided = row(11, &[]);
        bare_decided.reason = crate::domain::Name::new("duplicate");
        for one in [&decided, &bare_decided] {
            let back = super::decode(&super::encode(one).unwrap()).unwrap();
            assert_eq!(&back, one);
        }
        assert_eq!(
            super::decode(&super::encode(&decided).unwrap())
                .unwrap()
                .reviews
                .marks()
                .len(),
            1
        );
        let block = vec![row(12, &["olga"]), bare_decided.clone(), decided.clone()];
        let back = super::decode_block(&super::encode_block(&block).unwrap()).unwrap();
        assert_eq!(back, block);
        assert_eq!(&*back[1].reason, "duplicate");
        assert!(back[0].reason.is_empty());
        // A reader that knows only reviews reads the reviews of a row that
        // also has a reason, and the row itself.
        type Marks = Vec<crate::domain::row_reviews::ReviewMark>;
        let (old_view, marks): (Row, Marks) =
            super::codec::decode_with(&super::encode(&decided).unwrap()).unwrap();
        assert_eq!(old_view.title(), "idea 10");
        assert_eq!(marks.len(), 1);
        // A row written with reviews but before reasons reads with none.
        let mut before = decided.clone();
        before.reason = Default::default();
        let old = super::codec::encode_with(&before, &before.reviews.marks()).unwrap();
        assert_eq!(super::decode(&old).unwrap(), before);
    }
}
