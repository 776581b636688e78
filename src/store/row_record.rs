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
use crate::similar::kept::Kept;

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
/// that have one, then the reviewers of those asked any, then what the
/// near-duplicate search keeps of those it is known for (`kept`, by place
/// like the rows; a block written before has none), each by place in the
/// block.
pub(crate) fn encode_block_kept(rows: &[Row], kept: &[Option<Kept>]) -> Result<Vec<u8>> {
    let kept: Vec<(u32, &Kept)> = (kept.iter().enumerate())
        .filter_map(|(i, k)| Some((i as u32, k.as_ref()?)))
        .collect();
    if kept.is_empty() {
        return encode_block(rows);
    }
    let (marks, reasons, reviewers) = sections(rows);
    codec::encode_with(&rows, &(marks, reasons, reviewers, kept))
}

/// A block's rows and, by place, what is kept of each (see
/// [`encode_block_kept`]; `None` where nothing is).
pub(crate) fn decode_block_kept(bytes: &[u8]) -> Result<(Vec<Row>, Vec<Option<Kept>>)> {
    let (rows, marks, reasons, reviewers, kept): (_, _, _, _, Vec<(u32, Kept)>) =
        codec::decode_with_four(bytes)?;
    let rows = with_sections(rows, marks, reasons, reviewers);
    let mut by_place = vec![None; rows.len()];
    for (i, k) in kept {
        if let Some(slot) = by_place.get_mut(i as usize) {
            *slot = Some(k);
        }
    }
    Ok((rows, by_place))
}

/// The later sections of a block of `rows`, by place.
#[allow(clippy::type_complexity)]
fn sections(
    rows: &[Row],
) -> (
    Vec<(u32, &[ReviewMark])>,
    Vec<(u32, Name)>,
    Vec<(u32, Tags)>,
) {
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
    (marks, reasons, reviewers)
}

pub(crate) fn encode_block(rows: &[Row]) -> Result<Vec<u8>> {
    let (marks, reasons, reviewers) = sections(rows);
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
    let (rows, marks, reasons, reviewers): StoredBlock = codec::decode_with_three(bytes)?;
    Ok(with_sections(rows, marks, reasons, reviewers))
}

/// `rows` given their later sections.
fn with_sections(
    mut rows: Vec<Row>,
    marks: Vec<(u32, Vec<ReviewMark>)>,
    reasons: Vec<(u32, Name)>,
    reviewers: Vec<(u32, Tags)>,
) -> Vec<Row> {
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
    rows
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
    fn a_block_keeps_what_the_search_needs_by_place_and_its_rows_read_as_without() {
        use crate::similar::kept::Kept;
        let mut one = Idea::new("Mobile clinic for elderly people".into(), Timestamp(3));
        one.id = 4;
        one.duplicate_of = Some(2);
        let block = vec![row(3, &["anna"]), Row::of(&one), row(5, &[])];
        let kept = vec![
            None,
            Some(Kept::of(&one)),
            Some(Kept::of(&Idea::new(String::new(), Timestamp(0)))),
        ];
        let bytes = super::encode_block_kept(&block, &kept).unwrap();
        assert_eq!(super::decode_block(&bytes).unwrap(), block);
        assert_eq!(
            super::decode_block_kept(&bytes).unwrap(),
            (block.clone(), kept)
        );
        // A block written without (an older build, or nothing known).
        let plain = super::encode_block(&block).unwrap();
        assert_eq!(
            super::encode_block_kept(&block, &[None, None, None]).unwrap(),
            plain
        );
        assert_eq!(
            super::decode_block_kept(&plain).unwrap(),
            (block, vec![None; 3])
        );
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
