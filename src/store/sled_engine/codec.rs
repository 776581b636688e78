//! The record codec: one schema-version byte, then postcard. A record from a
//! newer schema is refused rather than misread.
//!
//! Schema 2 changed only the idea record (see `codec_v1.rs`), and so did
//! schema 3 (reviews, see `codec_v2.rs`) and schema 4 (reviewers asked
//! and the decision's reason, see `codec_v3.rs`): every other record reads
//! the same under 1 to 4, and an idea of an older schema is read in its
//! old shape and converted.

use super::codec_v1::{IdeaV1, SCHEMA_1};
use super::codec_v2::{IdeaV2, SCHEMA_2};
use super::codec_v3::{IdeaV3, SCHEMA_3};
use crate::domain::Idea;
use crate::store::{StoreError, Version, Versioned};
use serde::{Serialize, de::DeserializeOwned};

/// The schema this build writes. Readers accept every version up to it.
pub const SCHEMA_VERSION: u8 = 4;

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    let mut out = vec![SCHEMA_VERSION];
    postcard::to_io(value, &mut out).map_err(|e| StoreError::Codec(e.to_string()))?;
    Ok(out)
}

/// The body of a record after its schema byte, and that schema, if this
/// build can read it.
fn body(bytes: &[u8]) -> Result<(u8, &[u8]), StoreError> {
    match bytes.split_first() {
        Some((&v, body)) if (SCHEMA_1..=SCHEMA_VERSION).contains(&v) => Ok((v, body)),
        Some((&v, _)) if v > SCHEMA_VERSION => Err(StoreError::NewerSchema {
            found: v,
            known: SCHEMA_VERSION,
        }),
        Some((&v, _)) => Err(StoreError::Codec(format!("unknown record schema {v}"))),
        None => Err(StoreError::Codec("empty record".into())),
    }
}

fn codec(e: postcard::Error) -> StoreError {
    StoreError::Codec(e.to_string())
}

/// A record of any kind but an idea (an idea's shape differs between
/// schemas: read it with [`decode_idea`]).
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    let (_, body) = body(bytes)?;
    postcard::from_bytes(body).map_err(codec)
}

/// The idea at the start of an idea record, of either schema, and the
/// bytes after it.
pub fn take_idea(bytes: &[u8]) -> Result<(Idea, &[u8]), StoreError> {
    match body(bytes)? {
        (SCHEMA_1, body) => postcard::take_from_bytes::<IdeaV1>(body)
            .map(|(v1, rest)| (Idea::from(v1), rest))
            .map_err(codec),
        (SCHEMA_2, body) => postcard::take_from_bytes::<IdeaV2>(body)
            .map(|(v2, rest)| (Idea::from(v2), rest))
            .map_err(codec),
        (SCHEMA_3, body) => postcard::take_from_bytes::<IdeaV3>(body)
            .map(|(v3, rest)| (Idea::from(v3), rest))
            .map_err(codec),
        (_, body) => postcard::take_from_bytes::<Idea>(body).map_err(codec),
    }
}

/// A record written as `value` followed by `later`: the fields a kind of
/// record gained after it was first stored. An older sprout reads `value`
/// and ignores the bytes after it (postcard leaves them alone), so adding
/// fields this way needs no new schema version.
pub fn encode_with<T: Serialize, L: Serialize>(
    value: &T,
    later: &L,
) -> Result<Vec<u8>, StoreError> {
    let mut out = encode(value)?;
    postcard::to_io(later, &mut out).map_err(|e| StoreError::Codec(e.to_string()))?;
    Ok(out)
}

/// Reads what [`encode_with`] wrote, or a record written before `later`
/// existed (then `later` is its default).
pub fn decode_with<T: DeserializeOwned, L: DeserializeOwned + Default>(
    bytes: &[u8],
) -> Result<(T, L), StoreError> {
    let (_, body) = body(bytes)?;
    let (value, rest) = postcard::take_from_bytes::<T>(body).map_err(codec)?;
    Ok((value, later(rest)?))
}

/// Reads a value that gained three later fields, one after the other (as
/// [`encode_with`] writes a tuple): a record written before any of them
/// reads those as their defaults.
pub fn decode_with_three<T, L, M, N>(bytes: &[u8]) -> Result<(T, L, M, N), StoreError>
where
    T: DeserializeOwned,
    L: DeserializeOwned + Default,
    M: DeserializeOwned + Default,
    N: DeserializeOwned + Default,
{
    let (_, body) = body(bytes)?;
    let (value, rest) = postcard::take_from_bytes::<T>(body).map_err(codec)?;
    if rest.is_empty() {
        return Ok((value, L::default(), M::default(), N::default()));
    }
    let (first, rest) = postcard::take_from_bytes::<L>(rest).map_err(codec)?;
    if rest.is_empty() {
        return Ok((value, first, M::default(), N::default()));
    }
    let (second, rest) = postcard::take_from_bytes::<M>(rest).map_err(codec)?;
    Ok((value, first, second, later(rest)?))
}

/// [`decode_with_three`] and a fourth later field.
pub fn decode_with_four<T, L, M, N, O>(bytes: &[u8]) -> Result<(T, L, M, N, O), StoreError>
where
    T: DeserializeOwned,
    L: DeserializeOwned + Default,
    M: DeserializeOwned + Default,
    N: DeserializeOwned + Default,
    O: DeserializeOwned + Default,
{
    let (_, body) = body(bytes)?;
    let (value, rest) = postcard::take_from_bytes::<T>(body).map_err(codec)?;
    let (first, rest) = take_later::<L>(rest)?;
    let (second, rest) = take_later::<M>(rest)?;
    let (third, rest) = take_later::<N>(rest)?;
    Ok((value, first, second, third, later(rest)?))
}

/// One later field and the bytes after it: its default when none is left.
fn take_later<L: DeserializeOwned + Default>(rest: &[u8]) -> Result<(L, &[u8]), StoreError> {
    if rest.is_empty() {
        return Ok((L::default(), rest));
    }
    postcard::take_from_bytes::<L>(rest).map_err(codec)
}

/// What [`encode_with`] put after a value, or its default if nothing.
fn later<L: DeserializeOwned + Default>(rest: &[u8]) -> Result<L, StoreError> {
    if rest.is_empty() {
        Ok(L::default())
    } else {
        postcard::from_bytes(rest).map_err(codec)
    }
}

/// An idea record: the idea as [`encode`] writes it, then its version.
///
/// The version goes after the idea (see [`encode_with`]), not in a new
/// schema, so that every record stays readable as it was: a record from
/// before versions is the idea alone and reads as version 0, and a reader
/// that knows no versions (an older sprout, or a salvage that decodes
/// ideas) reads the idea and leaves the rest.
pub fn encode_idea(idea: &crate::domain::Idea, version: Version) -> Result<Vec<u8>, StoreError> {
    encode_with(idea, &version)
}

pub fn decode_idea(bytes: &[u8]) -> Result<Versioned, StoreError> {
    let (idea, rest) = take_idea(bytes)?;
    let version = later(rest)?;
    Ok(Versioned { idea, version })
}

/// An id list, delta-coded so a posting list of nearby ids stays small.
pub fn encode_ids(ids: &[u64]) -> Vec<u8> {
    let mut deltas = Vec::with_capacity(ids.len());
    let mut last = 0;
    for &id in ids {
        deltas.push(id.wrapping_sub(last));
        last = id;
    }
    postcard::to_allocvec(&deltas).unwrap_or_default()
}

pub fn decode_ids(bytes: &[u8]) -> Result<Vec<u64>, StoreError> {
    let deltas: Vec<u64> =
        postcard::from_bytes(bytes).map_err(|e| StoreError::Codec(e.to_string()))?;
    let mut last = 0u64;
    Ok(deltas
        .into_iter()
        .map(|d| {
            last = last.wrapping_add(d);
            last
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Timestamp};

    #[test]
    fn records_round_trip_and_newer_schemas_are_refused() {
        let idea = Idea::new("Тест".into(), Timestamp(5));
        let bytes = encode(&idea).unwrap();
        assert_eq!(bytes[0], SCHEMA_VERSION);
        assert_eq!(decode::<Idea>(&bytes).unwrap(), idea);
        let mut newer = bytes.clone();
        newer[0] = SCHEMA_VERSION + 1;
        assert!(matches!(
            decode::<Idea>(&newer),
            Err(StoreError::NewerSchema { .. })
        ));
        assert!(decode::<Idea>(&[]).is_err());
        assert!(decode::<Idea>(&bytes[..bytes.len() / 2]).is_err());
    }

    #[test]
    fn fields_added_later_are_read_and_older_records_still_decode() {
        #[derive(Serialize, serde::Deserialize, Debug, PartialEq, Default)]
        struct Later {
            extra: Option<String>,
        }
        let old = encode(&(7u64, "a".to_string())).unwrap();
        let (v, later) = decode_with::<(u64, String), Later>(&old).unwrap();
        assert_eq!((v, later), ((7, "a".into()), Later::default()));

        let extra = Later {
            extra: Some("x".into()),
        };
        let new = encode_with(&(7u64, "a".to_string()), &extra).unwrap();
        assert_eq!(decode_with::<(u64, String), Later>(&new).unwrap().1, extra);
        // An older reader sees what it always saw.
        assert_eq!(decode::<(u64, String)>(&new).unwrap(), (7, "a".into()));
        assert!(decode_with::<(u64, String), Later>(&new[..new.len() - 1]).is_err());
    }

    #[test]
    fn idea_records_carry_their_version_and_old_ones_read_as_zero() {
        let idea = Idea::new("Колодцы".into(), Timestamp(5));
        let record = encode_idea(&idea, 300).unwrap();
        let read = decode_idea(&record).unwrap();
        assert_eq!((read.idea, read.version), (idea.clone(), 300));
        // A record written before versions: the idea alone.
        let old = encode(&idea).unwrap();
        assert_eq!(decode_idea(&old).unwrap().version, 0);
        // What a sprout without versions reads of a new record.
        assert_eq!(decode::<Idea>(&record).unwrap(), idea);
        let mut newer = record.clone();
        newer[0] = SCHEMA_VERSION + 1;
        assert!(matches!(
            decode_idea(&newer),
            Err(StoreError::NewerSchema { .. })
        ));
        assert!(decode_idea(&record[..record.len() / 2]).is_err());
        assert!(decode_idea(&[]).is_err());
    }

    #[test]
    fn schema_1_ideas_read_with_the_later_fields_empty() {
        let mut idea = Idea::new("Колодцы".into(), Timestamp(5));
        idea.id = 7;
        idea.apply(&crate::domain::Edit::Note("called".into()), Timestamp(6));
        idea.apply(
            &crate::domain::Edit::Stage(crate::domain::Stage::Review),
            Timestamp(7),
        );
        let mut v1 = vec![SCHEMA_1];
        postcard::to_io(&super::super::codec_v1::of(&idea), &mut v1).unwrap();
        // Before versions: the idea alone.
        let read = decode_idea(&v1).unwrap();
        assert_eq!((read.idea, read.version), (idea.clone(), 0));
        // With its version after it.
        postcard::to_io(&12u64, &mut v1).unwrap();
        let read = decode_idea(&v1).unwrap();
        assert_eq!((&read.idea, read.version), (&idea, 12));
        assert!(decode_idea(&v1[..v1.len() - 3]).is_err());

        // Written again, it is schema 2, with what schema 1 lacked.
        let mut newer = read.idea;
        newer.notes[0].by = "olga".into();
        newer.history[0].by = "anna".into();
        newer.email = "a@example.org".into();
        newer.source_id = "F-1".into();
        newer.extras.set("Code", "77");
        newer.duplicate_of = Some(3);
        newer.not_duplicates.insert(4);
        let record = encode_idea(&newer, 13).unwrap();
        assert_eq!(record[0], SCHEMA_VERSION);
        let read = decode_idea(&record).unwrap();
        assert_eq!((read.idea, read.version), (newer, 13));
    }

    #[test]
    fn schema_2_ideas_read_without_reviews_and_write_back_with_them() {
        let mut idea = Idea::new("Wells".into(), Timestamp(5));
        idea.id = 9;
        idea.email = "a@example.org".into();
        idea.extras.set("Code", "77");
        idea.apply(&crate::domain::Edit::Note("called".into()), Timestamp(6));
        let mut v2 = vec![SCHEMA_2];
        postcard::to_io(&super::super::codec_v2::of(&idea), &mut v2).unwrap();
        postcard::to_io(&4u64, &mut v2).unwrap();
        let read = decode_idea(&v2).unwrap();
        assert_eq!((&read.idea, read.version), (&idea, 4));
        assert!(read.idea.reviews.is_empty());

        let rubric = crate::domain::Rubric::default_rubric();
        let given = crate::domain::review::Given {
            scores: rubric
                .criteria
                .iter()
                .map(|c| (c.name.clone(), 3))
                .collect(),
            confidence: Some(2),
            comment: Some("solid".into()),
        };
        let review =
            crate::domain::review::review(&rubric, "anna", &given, None, Timestamp(7)).unwrap();
        let mut reviewed = read.idea;
        reviewed.apply(&crate::domain::Edit::Review(review), Timestamp(7));
        let record = encode_idea(&reviewed, 5).unwrap();
        assert_eq!(record[0], SCHEMA_VERSION);
        let back = decode_idea(&record).unwrap();
        assert_eq!((back.idea, back.version), (reviewed, 5));
    }

    #[test]
    fn schema_3_ideas_keep_their_reviews_and_write_back_with_reviewers_and_reason() {
        let mut idea = Idea::new("Wells".into(), Timestamp(5));
        idea.id = 11;
        let rubric = crate::domain::Rubric::default_rubric();
        let given = crate::domain::review::Given {
            scores: rubric
                .criteria
                .iter()
                .map(|c| (c.name.clone(), 4))
                .collect(),
            confidence: Some(3),
            comment: Some("clear".into()),
        };
        let review =
            crate::domain::review::review(&rubric, "boris", &given, None, Timestamp(6)).unwrap();
        idea.apply(&crate::domain::Edit::Review(review), Timestamp(6));
        let mut v3 = vec![SCHEMA_3];
        postcard::to_io(&super::super::codec_v3::of(&idea), &mut v3).unwrap();
        postcard::to_io(&8u64, &mut v3).unwrap();
        let read = decode_idea(&v3).unwrap();
        assert_eq!((&read.idea, read.version), (&idea, 8));
        assert_eq!(read.idea.reviews.len(), 1);
        assert!(read.idea.reviewers.is_empty() && read.idea.reason.is_empty());

        let mut decided = read.idea;
        let asked = ["anna".to_string(), "boris".to_string()].into();
        decided.apply(&crate::domain::Edit::Reviewers(asked), Timestamp(7));
        decided.apply(&crate::domain::Edit::Reason("budget".into()), Timestamp(7));
        let record = encode_idea(&decided, 9).unwrap();
        assert_eq!(record[0], SCHEMA_VERSION);
        let back = decode_idea(&record).unwrap();
        assert_eq!((back.idea, back.version), (decided, 9));
    }

    #[test]
    fn other_records_of_schema_1_read_as_they_always_did() {
        let mut old = vec![SCHEMA_1];
        postcard::to_io(&(7u64, "a".to_string()), &mut old).unwrap();
        assert_eq!(decode::<(u64, String)>(&old).unwrap(), (7, "a".into()));
        assert_eq!(
            decode_with::<(u64, String), Option<u8>>(&old).unwrap(),
            ((7, "a".into()), None)
        );
        assert!(matches!(
            decode::<(u64, String)>(&[0, 7, 1, b'a']),
            Err(StoreError::Codec(_))
        ));
    }

    #[test]
    fn id_lists_round_trip() {
        let ids = [3, 4, 10, 1_000_000];
        assert_eq!(decode_ids(&encode_ids(&ids)).unwrap(), ids);
    }
}
