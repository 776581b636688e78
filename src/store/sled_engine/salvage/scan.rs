//! sprout's records, read from sled's files without sled (see
//! [`super::sled_log`] and [`super::replay`]): for when sled refuses every
//! copy of a damaged database, or reads less of it than its files hold.
//!
//! Nothing false is salvaged: a message counts only if its checksum holds,
//! and an idea only if its record decodes whole (not a byte left over but
//! its version, see `codec::encode_idea`),
//! names the id of its key, and has every field as sprout writes it
//! (clean text, a title, a score from 1 to 5, tags in their normal form).

use super::super::keys::idea_key;
use super::super::{blocks as rows, codec, views};
use super::{replay, sled_log};
use crate::domain::{Idea, View};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// What the files still hold.
#[derive(Debug, Default)]
pub(super) struct Raw {
    /// Each idea as last written, of those that read whole.
    pub ideas: BTreeMap<u64, Idea>,
    /// The views, in their order.
    pub views: Vec<View>,
    /// Ids known to exist: from the row blocks, and the idea records that
    /// do not read.
    pub known: BTreeSet<u64>,
}

/// Reads what sled's files in `dir` (a copy) still hold.
pub(super) fn scan(dir: &Path) -> Raw {
    let state = replay::replay(sled_log::read(dir, &wanted), wanted, key_of);
    let mut raw = Raw::default();
    let mut views = Vec::new();
    for (key, value) in state {
        match key.first() {
            Some(b'i') => {
                let Some(id) = id_of(&key) else { continue };
                match idea(&value).filter(|i| idea_key(b'i', i.id) == key[..]) {
                    Some(idea) => {
                        raw.ideas.insert(id, idea);
                    }
                    None => {
                        raw.known.insert(id);
                    }
                }
            }
            Some(b'R') => {
                if let Some(rows) = block(&value, &key) {
                    raw.known.extend(rows);
                }
            }
            Some(b'v') => {
                if let Some((view, position)) = views::decode_stored(&value)
                    && views::key(&view.name) == key
                {
                    views.push((position, view));
                }
            }
            _ => {}
        }
    }
    views.sort_by_key(|(position, _)| *position);
    raw.views = views.into_iter().map(|(_, v)| v).collect();
    raw
}

/// The keys a salvage needs: ideas, row blocks, views.
fn wanted(key: &[u8]) -> bool {
    match key.first() {
        Some(b'i' | b'R') => key.len() == 9,
        Some(b'v') => true,
        _ => false,
    }
}

/// The key a record names itself (an idea its id, a view its name, a row
/// block its rows' ids), if it ends with the part of the key stored.
fn key_of(stored: &[u8], value: &[u8]) -> Option<Vec<u8>> {
    let key = if let Some(idea) = idea(value) {
        idea_key(b'i', idea.id).to_vec()
    } else if let Some((view, _)) = views::decode_stored(value) {
        views::key(&view.name)
    } else {
        let rows = rows::decode_block(value).ok()?;
        rows::block_key(rows::block_of(rows.first()?.id)).to_vec()
    };
    let key = key.ends_with(stored).then_some(key)?;
    // A row block must hold only its own ids.
    if key[0] == b'R' {
        block(value, &key)?;
    }
    Some(key)
}

fn id_of(key: &[u8]) -> Option<u64> {
    <[u8; 8]>::try_from(key.get(1..)?)
        .ok()
        .map(u64::from_be_bytes)
}

/// The ids of a row block whose rows all belong under `key`.
fn block(value: &[u8], key: &[u8]) -> Option<Vec<u64>> {
    let rows = rows::decode_block(value).ok()?;
    let ids: Vec<u64> = rows.iter().map(|r| r.id).collect();
    ids.iter()
        .all(|&id| rows::block_key(rows::block_of(id))[..] == *key)
        .then_some(ids)
}

/// An idea record, only if it reads whole and every field is as sprout
/// writes it.
pub(super) fn idea(bytes: &[u8]) -> Option<Idea> {
    let (idea, rest) = codec::take_idea(bytes).ok()?;
    // After the idea, nothing (a record from before versions) or exactly
    // its version, which starts at 1.
    let whole = rest.is_empty()
        || postcard::take_from_bytes::<u64>(rest)
            .is_ok_and(|(version, after)| version >= 1 && after.is_empty());
    (whole && as_written(&idea)).then_some(idea)
}

/// Whether every field is as sprout's own rules leave it.
fn as_written(idea: &Idea) -> bool {
    use crate::domain::text::{clean_line, clean_multiline, normalize_tag};
    let line = |s: &str| clean_line(s) == s && s.chars().count() <= crate::domain::idea::LINE_MAX;
    idea.id >= 1
        && crate::domain::idea::valid_title(&idea.title).as_deref() == Ok(idea.title.as_str())
        && crate::domain::idea::valid_summary(&idea.summary).as_deref() == Ok(idea.summary.as_str())
        && [&idea.proposer, &idea.region, &idea.funder, &idea.assignee]
            .iter()
            .all(|s| line(s))
        && idea.score.is_none_or(|s| (1..=5).contains(&s))
        && idea
            .tags
            .iter()
            .all(|t| normalize_tag(t).as_deref() == Some(t.as_str()))
        && idea
            .notes
            .iter()
            .all(|n| !n.text.is_empty() && clean_multiline(&n.text) == n.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;

    fn saved() -> Idea {
        let mut idea = Idea::new("Water for villages".into(), Timestamp(5));
        idea.id = 7;
        idea.score = Some(4);
        idea
    }

    #[test]
    fn only_a_record_that_reads_whole_and_as_sprout_writes_it_counts() {
        let bytes = codec::encode(&saved()).unwrap();
        assert_eq!(idea(&bytes), Some(saved()));
        let versioned = codec::encode_idea(&saved(), 3).unwrap();
        assert_eq!(idea(&versioned), Some(saved()), "with its version");
        let mut two = versioned.clone();
        two.push(1);
        assert_eq!(idea(&two), None, "more than a version after it");
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(idea(&longer), None, "a byte left over");
        assert_eq!(idea(&bytes[..bytes.len() - 1]), None, "cut short");
        let mut newer = bytes.clone();
        newer[0] += 1;
        assert_eq!(idea(&newer), None, "another schema");
        for broken in [
            Idea {
                score: Some(9),
                ..saved()
            },
            Idea {
                title: "Water\u{1b}[2J".into(),
                ..saved()
            },
            Idea {
                title: String::new(),
                ..saved()
            },
            Idea { id: 0, ..saved() },
        ] {
            assert_eq!(idea(&codec::encode(&broken).unwrap()), None, "{broken:?}");
        }
    }

    #[test]
    fn a_record_names_its_key_only_if_the_stored_part_fits() {
        let bytes = codec::encode(&saved()).unwrap();
        let key = idea_key(b'i', 7).to_vec();
        assert_eq!(key_of(&key[3..], &bytes), Some(key.clone()));
        assert_eq!(key_of(b"", &bytes), Some(key));
        assert_eq!(key_of(&idea_key(b'i', 8)[3..], &bytes), None);
    }
}
