//! [`Name`]: a short text that many ideas share — a region, funder,
//! assignee or tag — held once in memory however many rows carry it.

use super::interned::{Known, Table};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;

/// A shared, immutable short text: 4 bytes, a number in a table of every
/// distinct name the process has seen (a million rows carry four or five
/// names each, so 16-byte shared pointers cost 60 bytes a row more).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Name(u32);

static TABLE: Table<str, &'static str> = Table::new();

thread_local! {
    /// This thread's view of the table, so that decoding rows on two
    /// threads rarely takes the lock.
    static KNOWN: RefCell<Known<&'static str>> = RefCell::new(Known::default());
}

impl Name {
    /// The name for `text`: the same number for equal texts, in any thread.
    pub fn new(text: &str) -> Name {
        if let Some(n) = KNOWN.with(|k| k.borrow().get(text).copied()) {
            return Name(n);
        }
        let n = TABLE.intern(text, || {
            let t: &'static str = Box::leak(text.into());
            (t, t)
        });
        let t = TABLE.get(n).unwrap_or_default();
        KNOWN.with(|k| k.borrow_mut().insert(t, n));
        Name(n)
    }

    pub fn as_str(&self) -> &'static str {
        TABLE.get(self.0).unwrap_or_default()
    }

    /// The name's number: dense from 0, so counts can be kept in arrays.
    pub fn id(&self) -> u32 {
        self.0
    }

    /// How many names there are (every [`Name::id`] is below it).
    pub fn count() -> usize {
        TABLE.len()
    }

    /// The name with number `id`, if there is one.
    pub fn by_id(id: u32) -> Option<Name> {
        TABLE.get(id).map(|_| Name(id))
    }
}

impl std::hash::Hash for Name {
    // As the text hashes, since a name is looked up by `&str` too.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    /// By text, as strings sort.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
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
        self.as_str()
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::new(s)
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
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
    fn equal_names_are_one_name_and_round_trip() {
        let a = Name::new("Perm Krai");
        let b = Name::new("Perm Krai");
        assert_eq!(a.id(), b.id());
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_eq!(a, "Perm Krai");
        assert_ne!(a, Name::new("Perm"));
        let bytes = postcard::to_allocvec(&a).unwrap();
        assert_eq!(bytes, postcard::to_allocvec("Perm Krai").unwrap());
        let back: Name = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back.id(), a.id());
        assert_eq!(Name::by_id(a.id()), Some(a));
        assert!(Name::count() > a.id() as usize);
    }

    #[test]
    fn names_made_on_many_threads_agree_and_sort_by_text() {
        let made: Vec<Vec<Name>> = crate::cores::on_threads(4, || {
            (0..3000)
                .map(|i| Name::new(&format!("thread name {}", i % 2500)))
                .collect::<Vec<_>>()
        });
        for names in &made[1..] {
            assert_eq!(names, &made[0]);
        }
        for (i, n) in made[0].iter().enumerate() {
            assert_eq!(n.as_str(), format!("thread name {}", i % 2500));
        }
        let (a, b) = (Name::new("b"), Name::new("a"));
        assert!(b < a, "by text, not by number");
    }
}
