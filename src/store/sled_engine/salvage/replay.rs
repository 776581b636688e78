//! What the keys held, replayed from whatever log messages could be read.
//!
//! Which version wins: the one written last, by LSN (the message's place
//! in the log's history, see [`super::sled_log`]), not by the idea's
//! `updated` time or the length of its history: an undo writes an older
//! version again, later, and that is the one that was saved. Each message
//! speaks for keys: a whole page for every key in its range (one not in it
//! was not there then), a link for its one key. Replayed in LSN order,
//! the last message that speaks for a key decides it, which is what sled's
//! own recovery does, except that a message lost to damage only loses what
//! it said, not everything after it.

use super::sled_log::{Body, Message};
use std::collections::{BTreeMap, HashMap};

/// The last value of every key `wanted` keeps.
///
/// A link carries its key without the page's prefix; the prefix is taken
/// from the page's last whole version before it. Where that is lost,
/// `key_of` may still tell the key from the value itself (a record that
/// names its own id), given the stored part of the key, which the full key
/// must end with.
pub(super) fn replay(
    mut messages: Vec<Message>,
    wanted: impl Fn(&[u8]) -> bool,
    key_of: impl Fn(&[u8], &[u8]) -> Option<Vec<u8>>,
) -> BTreeMap<Vec<u8>, Vec<u8>> {
    messages.sort_by_key(|m| m.lsn);
    // Each page's range and prefix, as of its last whole version so far.
    let mut pages: HashMap<u64, (Vec<u8>, Vec<u8>, usize)> = HashMap::new();
    let mut state = BTreeMap::new();
    for m in messages {
        match m.body {
            Body::Leaf {
                lo,
                hi,
                prefix_len,
                entries,
            } => {
                let gone: Vec<Vec<u8>> = state
                    .range(lo.clone()..)
                    .map(|(k, _): (&Vec<u8>, _)| k)
                    .take_while(|k| within(k, &lo, &hi))
                    .cloned()
                    .collect();
                for k in gone {
                    state.remove(&k);
                }
                for (k, v) in entries {
                    if within(&k, &lo, &hi) && wanted(&k) {
                        state.insert(k, v);
                    }
                }
                if let Some(pid) = m.pid {
                    pages.insert(pid, (lo, hi, prefix_len));
                }
            }
            Body::Index { lo, hi, prefix_len } => {
                if let Some(pid) = m.pid {
                    pages.insert(pid, (lo, hi, prefix_len));
                }
            }
            Body::Set { key, value } => {
                let prefixed = m.pid.and_then(|pid| full_key(&pages, pid, &key));
                if let Some(k) = key_of(&key, &value).or(prefixed)
                    && wanted(&k)
                {
                    state.insert(k, value);
                }
            }
            Body::Del { key } => {
                // Only where the key is known for sure: a guess could
                // remove another idea.
                if let Some(k) = m.pid.and_then(|pid| full_key(&pages, pid, &key)) {
                    state.remove(&k);
                }
            }
        }
    }
    state
}

/// The full key of a link's stored key, if its page is known and the key
/// falls in the page's range (else the page was since reused or split,
/// and the prefix may be another's).
fn full_key(
    pages: &HashMap<u64, (Vec<u8>, Vec<u8>, usize)>,
    pid: u64,
    stored: &[u8],
) -> Option<Vec<u8>> {
    let (lo, hi, prefix_len) = pages.get(&pid)?;
    let mut key = lo.get(..*prefix_len)?.to_vec();
    key.extend_from_slice(stored);
    within(&key, lo, hi).then_some(key)
}

fn within(key: &[u8], lo: &[u8], hi: &[u8]) -> bool {
    key >= lo && (hi.is_empty() || key < hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(lsn: u64, pid: u64, lo: &[u8], hi: &[u8], entries: &[(&[u8], &[u8])]) -> Message {
        Message {
            lsn,
            pid: Some(pid),
            body: Body::Leaf {
                lo: lo.to_vec(),
                hi: hi.to_vec(),
                prefix_len: lo.len(),
                entries: entries
                    .iter()
                    .map(|(k, v)| (k.to_vec(), v.to_vec()))
                    .collect(),
            },
        }
    }

    fn set(lsn: u64, pid: u64, key: &[u8], value: &[u8]) -> Message {
        Message {
            lsn,
            pid: Some(pid),
            body: Body::Set {
                key: key.to_vec(),
                value: value.to_vec(),
            },
        }
    }

    fn del(lsn: u64, pid: u64, key: &[u8]) -> Message {
        Message {
            lsn,
            pid: Some(pid),
            body: Body::Del { key: key.to_vec() },
        }
    }

    fn run(messages: Vec<Message>) -> Vec<(String, String)> {
        replay(messages, |_| true, |_, _| None)
            .into_iter()
            .map(|(k, v)| (String::from_utf8(k).unwrap(), String::from_utf8(v).unwrap()))
            .collect()
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_last_message_about_a_key_decides_it_whatever_the_file_order() {
        // Written in this order: a page, a change to b, a delete of a, a
        // new a. The file holds them shuffled (segments are reused).
        let messages = vec![
            set(40, 7, b"a", b"3"),
            leaf(10, 7, b"k", b"", &[(b"ka", b"1"), (b"kb", b"1")]),
            del(30, 7, b"a"),
            set(20, 7, b"b", b"2"),
        ];
        assert_eq!(run(messages), pairs(&[("ka", "3"), ("kb", "2")]));
        let deleted = vec![
            leaf(10, 7, b"k", b"", &[(b"ka", b"1"), (b"kb", b"1")]),
            set(20, 7, b"a", b"2"),
            del(30, 7, b"a"),
        ];
        assert_eq!(run(deleted), pairs(&[("kb", "1")]));
    }

    #[test]
    fn a_whole_page_speaks_for_its_range_only() {
        let messages = vec![
            leaf(10, 1, b"", b"", &[(b"a", b"1"), (b"m", b"1"), (b"z", b"1")]),
            // A split: the right half moves to page 2, the left shrinks.
            leaf(20, 2, b"m", b"", &[(b"m", b"2"), (b"z", b"2")]),
            leaf(30, 1, b"", b"m", &[(b"a", b"3")]),
        ];
        assert_eq!(run(messages), pairs(&[("a", "3"), ("m", "2"), ("z", "2")]));
        // The left half's new version lost: the old page still says a.
        let lost = vec![
            leaf(10, 1, b"", b"", &[(b"a", b"1"), (b"m", b"1")]),
            leaf(20, 2, b"m", b"", &[]),
        ];
        assert_eq!(run(lost), pairs(&[("a", "1")]));
    }

    #[test]
    fn a_link_whose_page_is_unknown_needs_its_value_to_name_the_key() {
        // Page 9's whole version is lost: its stored keys lack a prefix.
        let orphan = vec![
            set(5, 9, b"1", b"1"),
            set(6, 9, b"x", b"2"),
            del(7, 9, b"1"),
        ];
        assert!(run(orphan.clone()).is_empty());
        let named = replay(
            orphan,
            |_| true,
            |stored, value| {
                let key = [b"i".as_slice(), value].concat();
                key.ends_with(stored).then_some(key)
            },
        );
        assert_eq!(
            named.into_iter().collect::<Vec<_>>(),
            vec![(b"i1".to_vec(), b"1".to_vec())]
        );
        // A delete outside the page's range is not applied to a guess.
        // (Page 3 holds kb..kd, its keys stored without the "k".)
        let mut page = leaf(1, 3, b"kb", b"kd", &[(b"kc", b"1")]);
        if let Body::Leaf { prefix_len, .. } = &mut page.body {
            *prefix_len = 1;
        }
        let outside = vec![page, del(2, 3, b"z"), set(3, 3, b"zz", b"1")];
        assert_eq!(run(outside), pairs(&[("kc", "1")]));
    }
}
