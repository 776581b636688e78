//! Which idea already in the database a record without an id is: the one
//! with the same title, proposer and summary, compared as normalised text
//! (case, spaces and punctuation aside, `ё` as `е`), so that importing the
//! same export again adds nothing.

use super::headers::header_key;
use crate::domain::Idea;
use crate::store::{Store, StoreError, Versioned};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// A hash of normalised texts, each ended so that `ab`+`c` is not `a`+`bc`.
fn hash_of(texts: &[&str]) -> u64 {
    let mut h = DefaultHasher::new();
    for t in texts {
        header_key(t).hash(&mut h);
    }
    h.finish()
}

/// The fingerprint of an idea: its normalised title, proposer and summary.
pub fn fingerprint(idea: &Idea) -> u64 {
    hash_of(&[&idea.title, &idea.proposer, &idea.summary])
}

/// The ideas of the database by their title and proposer (which the rows
/// hold); the summary, which they do not, is compared on the few found.
/// Or, when the file has a key of its own (`--key`), by that key: the
/// source id an earlier import of the same file kept on each idea.
pub struct Known {
    by_title: HashMap<u64, Vec<u64>>,
    by_source: HashMap<String, u64>,
}

impl Known {
    /// Reads the ideas of the database by title and proposer (from the
    /// rows), or, `with_keys`, by source id (whole ideas are read: source
    /// ids are not in the rows), leaving out those `skip` names (the ones
    /// the import reading them added). None when it has no ideas yet.
    pub fn load(
        store: &Store,
        with_keys: bool,
        skip: &dyn Fn(u64) -> bool,
    ) -> Result<Known, StoreError> {
        let mut by_title: HashMap<u64, Vec<u64>> = HashMap::new();
        let mut by_source = HashMap::new();
        if store.next_id()? > 1 && !with_keys {
            for row in store.rows_iter() {
                let row = row?;
                if !skip(row.id) {
                    by_title
                        .entry(hash_of(&[row.title(), row.proposer()]))
                        .or_default()
                        .push(row.id);
                }
            }
        }
        if store.next_id()? > 1 && with_keys {
            for idea in store.ideas() {
                let idea = idea?;
                if !idea.source_id.is_empty() && !skip(idea.id) {
                    by_source.entry(idea.source_id).or_insert(idea.id);
                }
            }
        }
        Ok(Known {
            by_title,
            by_source,
        })
    }

    /// The idea an earlier import gave this source id (the file's own key).
    pub fn by_key(&self, store: &Store, key: &str) -> Result<Option<Versioned>, StoreError> {
        match self.by_source.get(key) {
            Some(&id) => store.idea_with_version(id),
            None => Ok(None),
        }
    }

    /// The idea of the database that `idea` is, if there is one (the one
    /// with the lowest id when several are).
    pub fn find(&self, store: &Store, idea: &Idea) -> Result<Option<Versioned>, StoreError> {
        let Some(ids) = self.by_title.get(&hash_of(&[&idea.title, &idea.proposer])) else {
            return Ok(None);
        };
        let wanted = fingerprint(idea);
        for &id in ids {
            if let Some(found) = store.idea_with_version(id)?
                && fingerprint(&found.idea) == wanted
            {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    fn idea(title: &str, proposer: &str, summary: &str) -> Idea {
        let mut i = Idea::new(title.to_string(), Timestamp(0));
        i.proposer = proposer.into();
        i.summary = summary.into();
        i
    }

    #[test]
    fn a_fingerprint_ignores_case_spaces_and_punctuation_but_not_words() {
        let a = fingerprint(&idea("Clean water", "Rodnik", "Filters, wells."));
        assert_eq!(
            a,
            fingerprint(&idea("clean  WATER!", "rodnik", "Filters wells"))
        );
        assert_ne!(
            a,
            fingerprint(&idea("Clean water", "Rodnik", "Filters, pumps."))
        );
        assert_ne!(
            a,
            fingerprint(&idea("Clean water", "Other", "Filters, wells."))
        );
        // The parts are kept apart: a word moved between fields is another idea.
        assert_ne!(
            fingerprint(&idea("ab", "c", "")),
            fingerprint(&idea("a", "bc", ""))
        );
    }
}
