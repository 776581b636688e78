//! A row as both engines store it: the row's own fields as they always
//! were, then, for an idea with reviews, its reviews as the list needs them
//! (see [`crate::domain::row_reviews`]) in the place the codec keeps for
//! fields a record gained later (see `sled_engine/codec.rs`,
//! `encode_with`). A row stored before reviews reads with none; a row
//! block (sled) keeps its rows' reviews after the rows, by place in the
//! block.

use super::Result;
use super::sled_engine::codec;
use crate::domain::Row;
use crate::domain::row_reviews::{ReviewMark, RowReviews};

/// One row (PostgreSQL's `row_record`).
pub(crate) fn encode(row: &Row) -> Result<Vec<u8>> {
    let marks = row.reviews.marks();
    if marks.is_empty() {
        codec::encode(row)
    } else {
        codec::encode_with(row, &marks)
    }
}

pub(crate) fn decode(bytes: &[u8]) -> Result<Row> {
    let (mut row, marks): (Row, Vec<ReviewMark>) = codec::decode_with(bytes)?;
    row.reviews = RowReviews::from_marks(marks);
    Ok(row)
}

/// A block of rows (sled's `R` keys and the row snapshot file).
pub(crate) fn encode_block(rows: &[Row]) -> Result<Vec<u8>> {
    let marks: Vec<(u32, &[ReviewMark])> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.reviews.marks().is_empty())
        .map(|(i, r)| (i as u32, r.reviews.marks()))
        .collect();
    if marks.is_empty() {
        codec::encode(&rows)
    } else {
        codec::encode_with(&rows, &marks)
    }
}

pub(crate) fn decode_block(bytes: &[u8]) -> Result<Vec<Row>> {
    let (mut rows, marks): (Vec<Row>, Vec<(u32, Vec<ReviewMark>)>) = codec::decode_with(bytes)?;
    for (i, m) in marks {
        if let Some(row) = rows.get_mut(i as usize) {
            row.reviews = RowReviews::from_marks(m);
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
}
