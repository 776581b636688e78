//! The record codec: one schema-version byte, then postcard. A record from a
//! newer schema is refused rather than misread.

use crate::store::{StoreError, Version, Versioned};
use serde::{Serialize, de::DeserializeOwned};

/// The schema this build writes. Readers accept every version up to it.
pub const SCHEMA_VERSION: u8 = 1;

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    let mut out = vec![SCHEMA_VERSION];
    postcard::to_io(value, &mut out).map_err(|e| StoreError::Codec(e.to_string()))?;
    Ok(out)
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, StoreError> {
    match bytes.split_first() {
        Some((&SCHEMA_VERSION, body)) => {
            postcard::from_bytes(body).map_err(|e| StoreError::Codec(e.to_string()))
        }
        Some((&v, _)) if v > SCHEMA_VERSION => Err(StoreError::NewerSchema {
            found: v,
            known: SCHEMA_VERSION,
        }),
        Some((&v, _)) => Err(StoreError::Codec(format!("unknown record schema {v}"))),
        None => Err(StoreError::Codec("empty record".into())),
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
    let codec = |e: postcard::Error| StoreError::Codec(e.to_string());
    match bytes.split_first() {
        Some((&SCHEMA_VERSION, body)) => {
            let (value, rest) = postcard::take_from_bytes::<T>(body).map_err(codec)?;
            let later = if rest.is_empty() {
                L::default()
            } else {
                postcard::from_bytes(rest).map_err(codec)?
            };
            Ok((value, later))
        }
        _ => decode::<T>(bytes).map(|v| (v, L::default())),
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
    let (idea, version) = decode_with(bytes)?;
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
    fn id_lists_round_trip() {
        let ids = [3, 4, 10, 1_000_000];
        assert_eq!(decode_ids(&encode_ids(&ids)).unwrap(), ids);
    }
}
