//! A reason as both engines store it: the record codec's schema byte, then
//! the reason (see `sled_engine/codec.rs`), as a rubric version is.

use super::Result;
use super::sled_engine::codec;
use crate::domain::Reason;

pub(super) fn encode(reason: &Reason) -> Result<Vec<u8>> {
    codec::encode(reason)
}

pub(super) fn decode(bytes: &[u8]) -> Result<Reason> {
    codec::decode(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_reason_reads_back_as_it_was_stored() {
        let r = crate::domain::Reason::new(
            "no-team",
            "No team yet",
            crate::domain::reason::Fit::Accept,
        )
        .unwrap()
        .made(crate::domain::Timestamp(9), "anna");
        let removed = crate::domain::Reason {
            removed: true,
            ..r.clone()
        };
        assert_eq!(super::decode(&super::encode(&r).unwrap()).unwrap(), r);
        assert_eq!(
            super::decode(&super::encode(&removed).unwrap()).unwrap(),
            removed
        );
    }
}
