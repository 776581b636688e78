//! [`Tags`]: the tags of a row, as one 4-byte number for the whole list
//! (rows share a few thousand distinct lists; a boxed list was 16 bytes a
//! row and an allocation).

use super::Name;
use super::interned::{Known, Table};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;

/// A list of tags, in order, shared by every row that has the same list.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Tags(u32);

/// The lists, keyed by their names' numbers.
static TABLE: Table<[Name], Box<[u32]>> = Table::new();

thread_local! {
    /// This thread's view of the table, so that decoding rows on two
    /// threads rarely takes the lock.
    static KNOWN: RefCell<Known<Box<[u32]>>> = RefCell::new(Known::default());
    /// Scratch space for a list being read.
    static READING: RefCell<Vec<Name>> = const { RefCell::new(Vec::new()) };
}

impl Tags {
    /// The list of these tags, in this order.
    pub fn new(tags: &[Name]) -> Tags {
        let key: Box<[u32]> = tags.iter().map(Name::id).collect();
        if let Some(n) = KNOWN.with(|k| k.borrow().get(&key).copied()) {
            return Tags(n);
        }
        let n = TABLE.intern(&key[..], || {
            let list: &'static [Name] = Box::leak(tags.into());
            (key.clone(), list)
        });
        KNOWN.with(|k| k.borrow_mut().insert(key, n));
        Tags(n)
    }

    pub fn as_slice(&self) -> &'static [Name] {
        TABLE.get(self.0).unwrap_or_default()
    }

    /// Appends the tags as the one search field they make: joined by
    /// spaces, not folded.
    pub fn push_field(&self, s: &mut String) {
        for (i, t) in self.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(t);
        }
    }

    /// The list's number: dense from 0.
    pub fn id(&self) -> u32 {
        self.0
    }
}

impl Default for Tags {
    /// The empty list, looked up once: every row read makes one for its
    /// reviewers before it knows whether it has any.
    fn default() -> Self {
        static EMPTY: std::sync::OnceLock<Tags> = std::sync::OnceLock::new();
        *EMPTY.get_or_init(|| Tags::new(&[]))
    }
}

impl std::ops::Deref for Tags {
    type Target = [Name];
    fn deref(&self) -> &[Name] {
        self.as_slice()
    }
}

impl IntoIterator for &Tags {
    type Item = &'static Name;
    type IntoIter = std::slice::Iter<'static, Name>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl FromIterator<Name> for Tags {
    fn from_iter<I: IntoIterator<Item = Name>>(iter: I) -> Tags {
        let names: Vec<Name> = iter.into_iter().collect();
        Tags::new(&names)
    }
}

impl std::hash::Hash for Tags {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl std::fmt::Debug for Tags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Serialize for Tags {
    /// As the list of names it is.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Tags {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tags, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Tags;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list of tags")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tags, A::Error> {
                // Read into this thread's scratch list: no allocation a row.
                let mut names = READING.with(|r| std::mem::take(&mut *r.borrow_mut()));
                names.clear();
                let read = (|| {
                    while let Some(name) = seq.next_element::<Name>()? {
                        names.push(name);
                    }
                    Ok(Tags::new(&names))
                })();
                READING.with(|r| *r.borrow_mut() = names);
                read
            }
        }
        d.deserialize_seq(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_lists_are_one_and_round_trip_as_a_list_of_names() {
        let names = |t: &[&str]| t.iter().map(|t| Name::new(t)).collect::<Vec<_>>();
        let a = Tags::new(&names(&["elderly", "health"]));
        let b: Tags = names(&["elderly", "health"]).into_iter().collect();
        assert_eq!(a, b);
        assert_ne!(a, Tags::new(&names(&["health", "elderly"])), "order counts");
        assert_eq!(
            a.iter().map(|n| n.as_str()).collect::<Vec<_>>(),
            ["elderly", "health"]
        );
        let bytes = postcard::to_allocvec(&a).unwrap();
        let as_names: Box<[Name]> = names(&["elderly", "health"]).into();
        assert_eq!(bytes, postcard::to_allocvec(&as_names).unwrap());
        let back: Tags = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, a);
        assert!(Tags::default().is_empty());
        let none: Tags =
            postcard::from_bytes(&postcard::to_allocvec(&Tags::default()).unwrap()).unwrap();
        assert_eq!(none, Tags::default());
    }
}
