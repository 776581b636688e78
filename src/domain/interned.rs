//! An append-only table of shared values for the whole process, each
//! known by a dense `u32`: what [`super::Name`] and [`super::Tags`] are
//! built on. A value is read with two atomic loads and no lock while other
//! threads add values; values are never removed (they are the few distinct
//! regions, funders, assignees, tags and tag lists that rows share).

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{LazyLock, Mutex, OnceLock};

/// A thread's own map from values to their numbers, in front of the
/// table's lock (hashed with foldhash: these lookups are on the path of
/// every row read; seeded per process, as names come from files).
pub type Known<K> = HashMap<K, u32, foldhash::fast::RandomState>;

const FIRST: usize = 1024;
/// Enough segments for every `u32`.
const SEGMENTS: usize = 23;

/// Segment `k` holds `FIRST << k` values.
pub struct Table<T: ?Sized + 'static, K: 'static> {
    segments: [OnceLock<Box<[OnceLock<&'static T>]>>; SEGMENTS],
    /// The number of each value (by its key), and how many there are.
    ids: LazyLock<Mutex<Known<K>>>,
}

/// The segment and slot of value `n`.
fn slot(n: u32) -> (usize, usize) {
    let j = n as usize / FIRST + 1;
    let k = (usize::BITS - 1 - j.leading_zeros()) as usize;
    (k, n as usize - FIRST * ((1 << k) - 1))
}

impl<T: ?Sized + 'static, K: Hash + Eq + 'static> Table<T, K> {
    pub const fn new() -> Self {
        Table {
            segments: [const { OnceLock::new() }; SEGMENTS],
            ids: LazyLock::new(|| Mutex::new(Known::default())),
        }
    }

    /// The number of the value with key `key`, adding it (made by `make`)
    /// if it is new.
    pub fn intern<Q>(&self, key: &Q, make: impl FnOnce() -> (K, &'static T)) -> u32
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut ids = self.ids.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&n) = ids.get(key) {
            return n;
        }
        let n = u32::try_from(ids.len()).expect("fewer than 2^32 values");
        let (k, value) = make();
        let (seg, i) = slot(n);
        let segment =
            self.segments[seg].get_or_init(|| (0..FIRST << seg).map(|_| OnceLock::new()).collect());
        // Set before the number is handed out, so `get` always finds it.
        let _ = segment[i].set(value);
        ids.insert(k, n);
        n
    }

    /// The value with number `n`, if there is one.
    pub fn get(&self, n: u32) -> Option<&'static T> {
        let (seg, i) = slot(n);
        self.segments
            .get(seg)?
            .get()
            .and_then(|s| s[i].get())
            .copied()
    }

    /// How many values there are (every number is below it).
    pub fn len(&self) -> usize {
        self.ids.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_cover_every_number_once() {
        assert_eq!(slot(0), (0, 0));
        assert_eq!(slot(1023), (0, 1023));
        assert_eq!(slot(1024), (1, 0));
        assert_eq!(slot(3071), (1, 2047));
        assert_eq!(slot(3072), (2, 0));
        let (k, i) = slot(u32::MAX);
        assert!(k < SEGMENTS && i < FIRST << k);
    }

    #[test]
    fn values_made_on_many_threads_agree() {
        static T: Table<str, &'static str> = Table::new();
        let made: Vec<Vec<u32>> = crate::cores::on_threads(4, || {
            (0..3000)
                .map(|i| {
                    let text = format!("v{}", i % 2500);
                    T.intern(text.as_str(), || {
                        let t: &'static str = Box::leak(text.clone().into());
                        (t, t)
                    })
                })
                .collect::<Vec<_>>()
        });
        for v in &made[1..] {
            assert_eq!(v, &made[0]);
        }
        for (i, &n) in made[0].iter().enumerate() {
            assert_eq!(T.get(n), Some(format!("v{}", i % 2500).as_str()));
        }
        assert_eq!(T.len(), 2500);
        assert_eq!(T.get(2500), None);
    }
}
