//! What the near-duplicate search needs of one idea, kept beside its row
//! by an engine that can (sled, in the row blocks): its signatures and
//! what people decided about it. Built from these, the index never reads
//! every idea, which on sled kept every page read in memory for the whole
//! session (100 MB at 100,000 ideas) and took most of a second's CPU.

use super::sketch::{BANDS, Bits, FINE_WORDS, Fine, Signature, Sketch, WORDS};
use super::text_of;
use crate::domain::Idea;
use serde::de::{Deserializer, Error as _, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeSet;

/// One idea's part of the near-duplicate search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    /// `None`: the idea has no text to compare.
    pub signature: Option<Stored>,
    pub duplicate_of: Option<u64>,
    pub not_duplicates: BTreeSet<u64>,
}

impl Kept {
    pub fn of(idea: &Idea) -> Kept {
        Kept::with(idea, Signature::of_text(&text_of(idea)))
    }

    /// With a signature already made of the idea's text.
    pub fn with(idea: &Idea, signature: Option<Signature>) -> Kept {
        Kept {
            signature: signature.map(Stored),
            duplicate_of: idea.duplicate_of,
            not_duplicates: idea.not_duplicates.clone(),
        }
    }
}

/// A [`Signature`] stored as its bytes (keys, bits, fine bits, each
/// little-endian): one length and 192 bytes, where serde's arrays would
/// give each number its own varint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored(pub Signature);

const KEYS_LEN: usize = BANDS * 4;
const BITS_LEN: usize = WORDS * 8;
const LEN: usize = KEYS_LEN + BITS_LEN + FINE_WORDS * 8;

impl Stored {
    fn to_bytes(self) -> [u8; LEN] {
        let mut out = [0u8; LEN];
        let Signature { sketch, fine } = self.0;
        let words = sketch.bits.0.iter().chain(&fine.0);
        for (i, k) in sketch.keys.iter().enumerate() {
            out[i * 4..i * 4 + 4].copy_from_slice(&k.to_le_bytes());
        }
        for (i, w) in words.enumerate() {
            let at = KEYS_LEN + i * 8;
            out[at..at + 8].copy_from_slice(&w.to_le_bytes());
        }
        out
    }

    fn from_bytes(bytes: &[u8]) -> Option<Stored> {
        if bytes.len() != LEN {
            return None;
        }
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default());
        let mut keys = [0u32; BANDS];
        for (i, k) in keys.iter_mut().enumerate() {
            *k = u32::from_le_bytes(bytes[i * 4..i * 4 + 4].try_into().unwrap_or_default());
        }
        let mut bits = Bits::default();
        for (i, w) in bits.0.iter_mut().enumerate() {
            *w = word(KEYS_LEN + i * 8);
        }
        let mut fine = Fine([0; FINE_WORDS]);
        for (i, w) in fine.0.iter_mut().enumerate() {
            *w = word(KEYS_LEN + BITS_LEN + i * 8);
        }
        Some(Stored(Signature {
            sketch: Sketch { keys, bits },
            fine,
        }))
    }
}

impl Serialize for Stored {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(&self.to_bytes())
    }
}

impl<'de> Deserialize<'de> for Stored {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stored, D::Error> {
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Stored;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "{LEN} bytes of a signature")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Stored, E> {
                Stored::from_bytes(v).ok_or_else(|| E::invalid_length(v.len(), &self))
            }
        }
        d.deserialize_bytes(Bytes).map_err(D::Error::custom)
    }
}

/// Ideas [`kept_all`] makes at a time on both cores.
const AT_ONCE: usize = 4096;

/// What is kept of all `ideas`, in order, made on both cores a few
/// thousand at a time.
pub fn kept_all<E>(
    ideas: impl IntoIterator<Item = Result<Idea, E>>,
) -> Result<Vec<(u64, Kept)>, E> {
    let mut out = Vec::new();
    let mut batch = Vec::with_capacity(AT_ONCE);
    let mut ideas = ideas.into_iter().peekable();
    while ideas.peek().is_some() {
        batch.clear();
        for idea in ideas.by_ref().take(AT_ONCE) {
            batch.push(idea?);
        }
        let make = |part: &[Idea]| part.iter().map(|i| (i.id, Kept::of(i))).collect::<Vec<_>>();
        let (first, second) = crate::cores::halves(&batch, make);
        out.extend(first);
        // A half whose thread panicked is made here.
        out.extend(second.unwrap_or_else(|_| make(&batch[batch.len() / 2..])));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    #[test]
    fn what_is_kept_reads_back_as_it_was_written() {
        let mut idea = Idea::new("Mobile clinic for elderly people".into(), Timestamp(0));
        idea.summary = "A mobile clinic visits the villages every week.".into();
        idea.duplicate_of = Some(4);
        idea.not_duplicates = BTreeSet::from([2, 9]);
        let kept = Kept::of(&idea);
        assert!(kept.signature.is_some());
        let bytes = postcard::to_stdvec(&kept).unwrap();
        assert!(bytes.len() <= LEN + 8, "{} bytes", bytes.len());
        assert_eq!(postcard::from_bytes::<Kept>(&bytes).unwrap(), kept);
        let none = Kept::of(&Idea::new(String::new(), Timestamp(0)));
        assert_eq!(none.signature, None);
        let bytes = postcard::to_stdvec(&none).unwrap();
        assert_eq!(postcard::from_bytes::<Kept>(&bytes).unwrap(), none);
        // Cut short: an error, not a signature of zeros.
        let cut = postcard::to_stdvec(&kept).unwrap();
        assert!(postcard::from_bytes::<Kept>(&cut[..40]).is_err());
    }
}
