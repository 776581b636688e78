//! A version of the rubric, and the panel's settings, as both engines store them: the record codec's
//! schema byte, then the rubric (see `sled_engine/codec.rs`), so that a
//! field added later goes after it as an idea record's fields do.

use super::Result;
use super::sled_engine::codec;
use crate::domain::Rubric;
use crate::domain::panel::PanelSettings;

pub(super) fn encode(rubric: &Rubric) -> Result<Vec<u8>> {
    codec::encode(rubric)
}

pub(super) fn decode(bytes: &[u8]) -> Result<Rubric> {
    codec::decode(bytes)
}

/// The panel's settings, stored the same way (both engines).
pub(super) fn encode_panel(settings: &PanelSettings) -> Result<Vec<u8>> {
    codec::encode(settings)
}

pub(super) fn decode_panel(bytes: &[u8]) -> Result<PanelSettings> {
    codec::decode(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_rubric_reads_back_as_it_was_stored() {
        let r = crate::domain::Rubric::default_rubric();
        assert_eq!(super::decode(&super::encode(&r).unwrap()).unwrap(), r);
    }
}
