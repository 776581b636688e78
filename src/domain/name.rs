//! [`Name`]: a short text that many ideas share — a region, funder,
//! assignee or tag — held once in memory however many rows carry it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

/// A shared, immutable short text.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(Arc<str>);

/// Past this many distinct names a thread's interner starts afresh: names
/// stay correct, only less shared (free-text tags could be unbounded).
const MAX_INTERNED: usize = 200_000;

thread_local! {
    static INTERNED: RefCell<HashSet<Arc<str>>> = RefCell::new(HashSet::new());
}

impl Name {
    /// The name for `text`, sharing memory with equal names made on this
    /// thread.
    pub fn new(text: &str) -> Name {
        INTERNED.with(|set| {
            let mut set = set.borrow_mut();
            if let Some(found) = set.get(text) {
                return Name(Arc::clone(found));
            }
            if set.len() >= MAX_INTERNED {
                set.clear();
            }
            let shared: Arc<str> = Arc::from(text);
            set.insert(Arc::clone(&shared));
            Name(shared)
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Name {
    fn default() -> Self {
        Name::new("")
    }
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::new(s)
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Name, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Name;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Name, E> {
                Ok(Name::new(v))
            }
        }
        d.deserialize_str(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_names_share_memory_and_round_trip() {
        let a = Name::new("Perm Krai");
        let b = Name::new("Perm Krai");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "Perm Krai");
        let bytes = postcard::to_allocvec(&a).unwrap();
        assert_eq!(bytes, postcard::to_allocvec("Perm Krai").unwrap());
        let back: Name = postcard::from_bytes(&bytes).unwrap();
        assert!(Arc::ptr_eq(&a.0, &back.0));
    }
}
