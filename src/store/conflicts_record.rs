//! The declared conflicts of interest as both engines store them: the
//! record codec's schema byte, then the list (see `sled_engine/codec.rs`),
//! as a version of the rubric is stored (`rubric_record.rs`).

use super::Result;
use super::sled_engine::codec;
use crate::domain::assign_conflicts::DeclaredConflict;

pub(super) fn encode(conflict: &DeclaredConflict) -> Result<Vec<u8>> {
    codec::encode(conflict)
}

pub(super) fn decode(bytes: &[u8]) -> Result<DeclaredConflict> {
    codec::decode(bytes)
}

pub(super) fn encode_list(list: &[DeclaredConflict]) -> Result<Vec<u8>> {
    codec::encode(&list)
}

pub(super) fn decode_list(bytes: &[u8]) -> Result<Vec<DeclaredConflict>> {
    codec::decode(bytes)
}

#[cfg(test)]
mod tests {
    use crate::domain::Timestamp;
    use crate::domain::assign_conflicts::{ConflictField, DeclaredConflict};

    #[test]
    fn conflicts_read_back_as_they_were_stored() {
        let c = DeclaredConflict::new(
            "anna",
            ConflictField::Org,
            "Green Town",
            "olga",
            Timestamp(5),
        )
        .unwrap();
        assert_eq!(super::decode(&super::encode(&c).unwrap()).unwrap(), c);
        let list = vec![c.clone(), c];
        assert_eq!(
            super::decode_list(&super::encode_list(&list).unwrap()).unwrap(),
            list
        );
    }
}
