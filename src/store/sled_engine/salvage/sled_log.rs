//! Reading sled 0.34.7's own files without sled, for a salvage: every log
//! message that still passes its checksum, wherever it lies.
//!
//! sled refuses a whole database when part of its log is gone, but the
//! log is made of self-checking messages, so what is left of it can still
//! be read. The framing, from sled's `pagecache/logger.rs`,
//! `serialization.rs` and `blob_io.rs`:
//!
//! - the `db` file is cut in segments of `segment_size` bytes (in `conf`;
//!   512 KiB unless set). A segment starts with a 20-byte header (its
//!   checksum, its base LSN), then messages follow one after another;
//! - a message is: crc32 (4 bytes, little-endian), kind (1 byte), then
//!   three sled varints: body length, segment number, page id; then the
//!   body. The checksum is crc32(body ++ header without its crc) ^ !0. A
//!   message's LSN (its place in the log's history) is its segment number
//!   × `segment_size` + its offset in the segment, so a message says when
//!   it was written even when its segment header is lost;
//! - a body is a whole page (`Node`: its key range and, for a leaf, its
//!   keys and values) or a change to one (`Link`: set or delete one key).
//!   Keys in both are stored without the page's common prefix (the first
//!   `prefix_len` bytes of its low key); a `Link` does not carry that
//!   prefix, only the page id it applies to;
//! - a message too large for a segment's quarter is a blob: the message
//!   holds only an id, and `blobs/<id>` holds crc32 (plain), kind, body.
//!   The id is the LSN at which the blob was first written.
//!
//! sled's snapshot file (`snap.*`) holds only where pages lie in the log,
//! no keys or values, so there is nothing in it to salvage.
//!
//! Everything here is bounds-checked: the bytes are damaged by definition.

use std::path::Path;

/// sled's default segment size, which sprout never changes.
const DEFAULT_SEGMENT_SIZE: usize = 512 * 1024;
const SEGMENT_HEADER: usize = 20;
/// sled never starts a message in the last bytes of a segment.
const RED_ZONE: usize = 32;

/// Message kinds (sled's `MessageKind`).
const INLINE_NODE: u8 = 8;
const BLOB_NODE: u8 = 9;
const INLINE_LINK: u8 = 10;
const BLOB_LINK: u8 = 11;
const LAST_KIND: u8 = 11;

/// One readable message about a page of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Message {
    pub lsn: u64,
    /// The page it is about; unknown for a blob no message points at.
    pub pid: Option<u64>,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Body {
    /// A whole leaf page: every key in `lo..hi` (`hi` empty: no end) is
    /// one of `entries` (full keys) or not there.
    Leaf {
        lo: Vec<u8>,
        hi: Vec<u8>,
        prefix_len: usize,
        entries: Vec<(Vec<u8>, Vec<u8>)>,
    },
    /// An index page: only its key range matters (for the links after it).
    Index {
        lo: Vec<u8>,
        hi: Vec<u8>,
        prefix_len: usize,
    },
    /// One key set; `key` lacks the page's prefix.
    Set { key: Vec<u8>, value: Vec<u8> },
    /// One key removed; `key` lacks the page's prefix.
    Del { key: Vec<u8> },
}

/// Every message that can be read from the sled files in `dir` (a copy
/// no one else writes), in no particular order (see [`Message::lsn`]).
/// Of a whole page only the entries `wanted` keeps are kept: the rest (the
/// word index, most of a large database) would only take memory.
pub(super) fn read(dir: &Path, wanted: &dyn Fn(&[u8]) -> bool) -> Vec<Message> {
    let segment_size = segment_size(dir);
    let mut out = Vec::new();
    // Which page each blob belongs to, from the messages pointing at it.
    let mut blob_pages = std::collections::BTreeMap::new();
    // SAFETY: the file is salvage's own copy, which nothing changes while
    // it is mapped; mapped, a large log is not read into this process's
    // memory all at once.
    let log = std::fs::File::open(dir.join("db"))
        .ok()
        .and_then(|f| unsafe { memmap2::Mmap::map(&f) }.ok());
    if let Some(log) = &log {
        for segment in log.chunks(segment_size) {
            read_segment(segment, segment_size, wanted, &mut out, &mut blob_pages);
        }
    }
    read_blobs(&dir.join("blobs"), &blob_pages, wanted, &mut out);
    out
}

/// `segment_size` from sled's `conf`, else sled's default.
fn segment_size(dir: &Path) -> usize {
    // The file ends in a binary checksum: read as bytes, not as UTF-8 (which
    // would fail and give sled's default whatever the size).
    let conf = std::fs::read(dir.join("conf")).unwrap_or_default();
    String::from_utf8_lossy(&conf)
        .lines()
        .find_map(|l| l.strip_prefix("segment_size: "))
        .and_then(|n| n.trim().parse::<usize>().ok())
        // A damaged number is not trusted: sled's sizes are powers of two.
        .filter(|n| n.is_power_of_two() && (4096..=1 << 30).contains(n))
        .unwrap_or(DEFAULT_SEGMENT_SIZE)
}

/// The messages of one segment. Where a message does not read (damage),
/// the walk goes on byte by byte until one does: a false one would need
/// its crc32 to match by chance.
fn read_segment(
    segment: &[u8],
    segment_size: usize,
    wanted: &dyn Fn(&[u8]) -> bool,
    out: &mut Vec<Message>,
    blob_pages: &mut std::collections::BTreeMap<u64, u64>,
) {
    let mut at = SEGMENT_HEADER;
    while at + RED_ZONE <= segment_size && at < segment.len() {
        let Some(frame) = frame_at(segment, at, segment_size) else {
            at += 1;
            continue;
        };
        let lsn = frame
            .segment_number
            .checked_mul(segment_size as u64)
            .and_then(|l| l.checked_add(at as u64));
        if let Some(lsn) = lsn {
            match frame.kind {
                BLOB_NODE | BLOB_LINK => {
                    if let Ok(id) = <[u8; 8]>::try_from(frame.body) {
                        blob_pages.insert(u64::from_le_bytes(id), frame.pid);
                    }
                }
                kind => {
                    if let Some(body) = parse_body(kind, frame.body, wanted) {
                        out.push(Message {
                            lsn,
                            pid: Some(frame.pid),
                            body,
                        });
                    }
                }
            }
        }
        at += frame.len;
    }
}

/// A message whose checksum holds.
struct Frame<'a> {
    kind: u8,
    segment_number: u64,
    pid: u64,
    body: &'a [u8],
    /// Header and body.
    len: usize,
}

fn frame_at(segment: &[u8], at: usize, segment_size: usize) -> Option<Frame<'_>> {
    let bytes = segment.get(at..)?;
    let crc = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
    let kind = *bytes.get(4)?;
    if kind == 0 || kind > LAST_KIND {
        return None;
    }
    let mut cursor = bytes.get(5..)?;
    let len = varint(&mut cursor)?;
    let segment_number = varint(&mut cursor)?;
    let pid = varint(&mut cursor)?;
    let header_len = bytes.len() - cursor.len();
    let len = usize::try_from(len).ok()?;
    // A message never runs past its segment.
    if len > segment_size.saturating_sub(at + header_len) {
        return None;
    }
    let body = cursor.get(..len)?;
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(body);
    hasher.update(&bytes[4..header_len]);
    if hasher.finalize() ^ 0xFFFF_FFFF != crc {
        return None;
    }
    Some(Frame {
        kind,
        segment_number,
        pid,
        body,
        len: header_len + len,
    })
}

/// Every blob file that passes its checksum. Its LSN is its name.
fn read_blobs(
    dir: &Path,
    blob_pages: &std::collections::BTreeMap<u64, u64>,
    wanted: &dyn Fn(&[u8]) -> bool,
    out: &mut Vec<Message>,
) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let Some(lsn) = e.file_name().to_str().and_then(|n| n.parse::<u64>().ok()) else {
            continue;
        };
        let Ok(bytes) = std::fs::read(e.path()) else {
            continue;
        };
        let (Some(crc), Some(&kind), Some(body)) = (bytes.get(..4), bytes.get(4), bytes.get(5..))
        else {
            continue;
        };
        if crc32fast::hash(&bytes[4..]).to_le_bytes() != crc {
            continue;
        }
        let kind = match kind {
            BLOB_NODE => INLINE_NODE,
            BLOB_LINK => INLINE_LINK,
            _ => continue,
        };
        if let Some(body) = parse_body(kind, body, wanted) {
            out.push(Message {
                lsn,
                pid: blob_pages.get(&lsn).copied(),
                body,
            });
        }
    }
}

fn parse_body(kind: u8, body: &[u8], wanted: &dyn Fn(&[u8]) -> bool) -> Option<Body> {
    let mut cursor = body;
    let parsed = match kind {
        INLINE_NODE => node(&mut cursor, wanted)?,
        INLINE_LINK => link(&mut cursor)?,
        _ => return None,
    };
    // A body is read whole or not at all.
    cursor.is_empty().then_some(parsed)
}

/// sled's `Node`: next, merging child, merging, prefix length, lo, hi,
/// then its data.
fn node(cursor: &mut &[u8], wanted: &dyn Fn(&[u8]) -> bool) -> Option<Body> {
    varint(cursor)?;
    varint(cursor)?;
    byte(cursor)?;
    let prefix_len = usize::from(byte(cursor)?);
    let lo = ivec(cursor)?.to_vec();
    let hi = ivec(cursor)?.to_vec();
    if prefix_len > lo.len() {
        return None;
    }
    let leaf = match byte(cursor)? {
        0 => true,
        1 => false,
        _ => return None,
    };
    let count = usize::try_from(varint(cursor)?).ok()?;
    // Each key takes at least a byte: a count beyond that is damage.
    if count > cursor.len() {
        return None;
    }
    let mut keys = Vec::with_capacity(count);
    for _ in 0..count {
        keys.push(ivec(cursor)?);
    }
    if !leaf {
        for _ in 0..count {
            varint(cursor)?;
        }
        return Some(Body::Index { lo, hi, prefix_len });
    }
    let mut entries = Vec::with_capacity(count);
    for key in keys {
        let mut full = lo[..prefix_len].to_vec();
        full.extend_from_slice(key);
        // Read either way: the page must read whole to count.
        let value = ivec(cursor)?;
        if wanted(&full) {
            entries.push((full, value.to_vec()));
        }
    }
    Some(Body::Leaf {
        lo,
        hi,
        prefix_len,
        entries,
    })
}

/// sled's `Link`: 0 set, 1 delete; merges (2–4) are not about keys.
fn link(cursor: &mut &[u8]) -> Option<Body> {
    match byte(cursor)? {
        0 => Some(Body::Set {
            key: ivec(cursor)?.to_vec(),
            value: ivec(cursor)?.to_vec(),
        }),
        1 => Some(Body::Del {
            key: ivec(cursor)?.to_vec(),
        }),
        _ => None,
    }
}

fn byte(cursor: &mut &[u8]) -> Option<u8> {
    let (&b, rest) = cursor.split_first()?;
    *cursor = rest;
    Some(b)
}

/// A length-prefixed byte string.
fn ivec<'a>(cursor: &mut &'a [u8]) -> Option<&'a [u8]> {
    let len = usize::try_from(varint(cursor)?).ok()?;
    let (bytes, rest) = (cursor.get(..len)?, cursor.get(len..)?);
    *cursor = rest;
    Some(bytes)
}

/// sled's variable-length u64 (`serialization.rs`).
fn varint(cursor: &mut &[u8]) -> Option<u64> {
    let first = *cursor.first()?;
    let (value, used) = match first {
        0..=240 => (u64::from(first), 1),
        241..=248 => {
            let b = u64::from(*cursor.get(1)?);
            (240 + 256 * (u64::from(first) - 241) + b, 2)
        }
        249 => {
            let (a, b) = (u64::from(*cursor.get(1)?), u64::from(*cursor.get(2)?));
            (2288 + 256 * a + b, 3)
        }
        _ => {
            let size = usize::from(first) - 247;
            let mut le = [0u8; 8];
            le[..size].copy_from_slice(cursor.get(1..=size)?);
            (u64::from_le_bytes(le), size + 1)
        }
    };
    *cursor = &cursor[used..];
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_segment_size_is_read_from_a_conf_that_ends_in_its_binary_checksum() {
        let dir = tempfile::tempdir().unwrap();
        let mut conf = b"segment_size: 1048576\nuse_compression: false\nversion: 0.34\n".to_vec();
        // sled's checksum: bytes that are not UTF-8.
        conf.extend_from_slice(&[0x5e, 0xeb, 0xc1, 0xd7]);
        std::fs::write(dir.path().join("conf"), &conf).unwrap();
        assert_eq!(segment_size(dir.path()), 1 << 20);
        std::fs::remove_file(dir.path().join("conf")).unwrap();
        assert_eq!(segment_size(dir.path()), DEFAULT_SEGMENT_SIZE);
    }

    #[test]
    fn varints_read_as_sled_writes_them() {
        // sled's own encodings of these values (serialization.rs).
        let cases: [(&[u8], u64); 6] = [
            (&[7], 7),
            (&[240], 240),
            (&[241, 0], 240),
            (&[248, 255], 2287),
            (&[249, 0, 0], 2288),
            (&[250, 1, 2, 3], 0x030201),
        ];
        for (bytes, want) in cases {
            let mut c = bytes;
            assert_eq!(varint(&mut c), Some(want), "{bytes:?}");
            assert!(c.is_empty());
        }
        let mut short: &[u8] = &[249, 1];
        assert_eq!(varint(&mut short), None);
    }

    #[test]
    fn what_sled_wrote_replays_to_what_sled_holds() {
        use std::collections::BTreeMap;
        let dir = tempfile::tempdir().unwrap();
        let key = |i: u32| [b"k".as_slice(), &i.to_be_bytes()].concat();
        let value = |i: u32, round: u8| {
            // Every 500th value too large for the log: a blob file.
            let len = if i.is_multiple_of(500) { 200_000 } else { 300 };
            vec![round.wrapping_add(i as u8); len]
        };
        let expected: BTreeMap<Vec<u8>, Vec<u8>> = {
            let db = sled::Config::new().path(dir.path()).open().unwrap();
            // Enough to fill several segments and split many pages; then
            // changes and removals, which sled writes as links.
            for i in 0..4000 {
                db.insert(key(i), value(i, 0)).unwrap();
            }
            for i in (0..4000).step_by(7) {
                db.insert(key(i), value(i, 1)).unwrap();
            }
            for i in (0..4000).step_by(11) {
                db.remove(key(i)).unwrap();
            }
            db.flush().unwrap();
            db.iter()
                .map(|kv| kv.map(|(k, v)| (k.to_vec(), v.to_vec())).unwrap())
                .collect()
        };
        assert!(std::fs::metadata(dir.path().join("db")).unwrap().len() > 2 << 20);
        let got = super::super::replay::replay(read(dir.path(), &|_| true), |_| true, |_, _| None);
        assert_eq!(got.len(), expected.len());
        assert!(got == expected, "the replay differs from sled's tree");
    }

    #[test]
    fn a_damaged_segment_yields_no_message_and_no_panic() {
        let mut out = Vec::new();
        let mut blobs = Default::default();
        let mut bytes = vec![0xA5u8; 4096];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (i * 7919 % 251) as u8;
        }
        let all = |_: &[u8]| true;
        read_segment(&bytes, 4096, &all, &mut out, &mut blobs);
        assert!(out.is_empty());
        read_segment(&[], 4096, &all, &mut out, &mut blobs);
        read_segment(&[1, 2, 3], 4096, &all, &mut out, &mut blobs);
        assert!(out.is_empty());
    }
}
