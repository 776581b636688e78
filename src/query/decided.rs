//! The decisions' reasons a `reason:` term tests: each idea's reason key
//! (the rows do not carry it: the caller reads it from the ideas when a
//! query asks, see `search/decided.rs`) and the database's reasons, whose
//! labels a term may name by a word.

use crate::domain::Reasons;
use crate::domain::text::{fold, words};
use std::collections::HashMap;

/// Each decided idea's reason key, and the words of each key's label.
#[derive(Debug, Default)]
pub struct Decided {
    keys: HashMap<u64, Box<str>>,
    /// Folded words of each reason's label, by key.
    labels: HashMap<String, Vec<String>>,
}

impl Decided {
    /// From `(id, key)` for every idea that has a reason.
    pub fn new(keys: impl IntoIterator<Item = (u64, String)>, reasons: &Reasons) -> Decided {
        Decided {
            keys: keys.into_iter().map(|(id, k)| (id, k.into())).collect(),
            labels: reasons
                .all()
                .iter()
                .map(|r| (r.key.clone(), words(&fold(&r.label)).collect()))
                .collect(),
        }
    }

    /// The reason key of idea `id`, if it has one.
    pub fn reason_of(&self, id: u64) -> Option<&str> {
        self.keys.get(&id).map(|k| &**k)
    }

    /// Whether idea `id`'s reason is named by any of `wanted` (folded): a
    /// prefix of its key, or of a word of its label.
    pub fn matches(&self, id: u64, wanted: &[String]) -> bool {
        let Some(key) = self.reason_of(id) else {
            return false;
        };
        let label = self.labels.get(key);
        wanted.iter().any(|w| {
            key.starts_with(w.as_str())
                || label.is_some_and(|l| l.iter().any(|word| word.starts_with(w.as_str())))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_named_by_its_key_or_a_word_of_its_label() {
        let d = Decided::new(
            [(1, "budget".to_string()), (2, "strong-fit".to_string())],
            &Reasons::default(),
        );
        let m = |id, w: &str| d.matches(id, &[w.to_string()]);
        assert!(m(1, "budget") && m(1, "bud") && m(1, "unclear"));
        assert!(m(2, "strong") && m(2, "fit"));
        assert!(!m(1, "strong") && !m(3, "budget"));
        assert_eq!(d.reason_of(3), None);
    }
}
