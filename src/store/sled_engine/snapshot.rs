//! A copy of the row blocks in a plain file beside sled's (`sprout-rows`),
//! read at start instead of sled's blocks.
//!
//! Why: sled keeps every page it has read in memory for as long as the
//! database is open, whatever its cache size says, so reading a million
//! rows from it costs 165 MB for the whole session. Read from a file, the
//! buffer is freed as soon as the rows are decoded.
//!
//! How it stays right: every commit marks the blocks it rewrites (`d` +
//! block number in sled, in the commit's own batch). The file carries a
//! token that sled also holds (`msnapshot`); the file counts only when the
//! two agree, and then the marked blocks are read from sled instead of the
//! file. When a clean close finds no usable file, or more than an eighth
//! of the blocks marked, it writes a new file (to a temporary name, then
//! renamed; not synced, as the checks below catch a file the disk lost)
//! and only then, in one sled batch, stores the new token
//! and clears the marks. A crash at any point leaves either a file that
//! counts or one that is ignored; anything wrong in the file (its token,
//! its length, a block's checksum) makes sprout read sled's blocks.

use super::blocks::{BLOCK_PREFIX, block_key};
use crate::store::{Result, StoreError};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

pub(super) const FILE: &str = "sprout-rows";
const MAGIC: &[u8; 12] = b"sprout rows\0";
const VERSION: u32 = 1;
/// Header: magic, version, token, block count.
const HEADER: usize = 12 + 4 + 16 + 8;
/// Per block: number, length, checksum.
const ENTRY: usize = 8 + 4 + 4;
/// Marks a block changed since the file was written.
pub(super) const DIRTY_PREFIX: u8 = b'd';
const META_SNAPSHOT: &[u8] = b"msnapshot";

pub(super) fn dirty_key(block: u64) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = DIRTY_PREFIX;
    k[1..].copy_from_slice(&block.to_be_bytes());
    k
}

/// Where one block's bytes are.
enum Source {
    File { start: usize, len: usize },
    Sled(sled::IVec),
}

/// Every row block, in block order, as encoded bytes: from the file where
/// it is up to date, else from sled.
pub(super) struct Blocks {
    /// The file, mapped: its pages are the kernel's file cache, and are
    /// not this process's memory once the blocks are decoded and this goes.
    file: Option<memmap2::Mmap>,
    items: Vec<Source>,
}

impl Blocks {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn get(&self, i: usize) -> &[u8] {
        match &self.items[i] {
            Source::File { start, len } => self
                .file
                .as_ref()
                .map_or(&[][..], |f| &f[*start..*start + *len]),
            Source::Sled(v) => v,
        }
    }

    /// Every block read from sled (no file, or one that does not count).
    fn from_sled(tree: &sled::Db) -> Result<Blocks> {
        let items = tree
            .scan_prefix([BLOCK_PREFIX])
            .values()
            .map(|v| v.map(Source::Sled))
            .collect::<sled::Result<_>>()?;
        Ok(Blocks { file: None, items })
    }
}

/// The row blocks, from the file when it counts.
pub(super) fn blocks(tree: &sled::Db, dir: &Path) -> Result<Blocks> {
    let Some(token) = tree.get(META_SNAPSHOT)? else {
        return Blocks::from_sled(tree);
    };
    let Ok(file) = std::fs::File::open(dir.join(FILE)) else {
        return Blocks::from_sled(tree);
    };
    // SAFETY: sprout never changes the file in place: a new one is written
    // under another name and renamed over it, so the mapped file stays as
    // it was while it is read (its bytes are checked before they are used).
    let Ok(file) = (unsafe { memmap2::Mmap::map(&file) }) else {
        return Blocks::from_sled(tree);
    };
    let Some(entries) = parse(&file, &token) else {
        return Blocks::from_sled(tree);
    };
    // The blocks changed since the file was written, as sled has them now
    // (`None`: the block is gone).
    let mut changed = BTreeMap::new();
    for key in tree.scan_prefix([DIRTY_PREFIX]).keys() {
        let key = key?;
        let Ok(number) = <[u8; 8]>::try_from(&key[1..]) else {
            continue;
        };
        let block = u64::from_be_bytes(number);
        changed.insert(block, tree.get(block_key(block))?);
    }
    let mut items = Vec::with_capacity(entries.len() + changed.len());
    let mut changed = changed.into_iter().peekable();
    for (block, start, len) in entries {
        while let Some((_, v)) = changed.next_if(|(b, _)| *b < block) {
            items.extend(v.map(Source::Sled));
        }
        match changed.next_if(|(b, _)| *b == block) {
            Some((_, v)) => items.extend(v.map(Source::Sled)),
            None => items.push(Source::File { start, len }),
        }
    }
    items.extend(changed.filter_map(|(_, v)| v.map(Source::Sled)));
    Ok(Blocks {
        file: Some(file),
        items,
    })
}

/// The blocks of a file whose token is `token` (number, start, length), if
/// the whole file is sound.
fn parse(file: &[u8], token: &[u8]) -> Option<Vec<(u64, usize, usize)>> {
    let header = file.get(..HEADER)?;
    if &header[..12] != MAGIC
        || u32::from_le_bytes(header[12..16].try_into().ok()?) != VERSION
        || &header[16..32] != token
    {
        return None;
    }
    let count = u64::from_le_bytes(header[32..40].try_into().ok()?);
    let mut entries = Vec::with_capacity(usize::try_from(count).ok()?.min(1 << 24));
    let mut at = HEADER;
    let mut last = None;
    for _ in 0..count {
        let entry = file.get(at..at + ENTRY)?;
        let block = u64::from_le_bytes(entry[..8].try_into().ok()?);
        let len = u32::from_le_bytes(entry[8..12].try_into().ok()?) as usize;
        let crc = u32::from_le_bytes(entry[12..16].try_into().ok()?);
        let start = at + ENTRY;
        let bytes = file.get(start..start + len)?;
        if crc32fast::hash(bytes) != crc || last.is_some_and(|l| l >= block) {
            return None;
        }
        last = Some(block);
        entries.push((block, start, len));
        at = start + len;
    }
    (at == file.len()).then_some(entries)
}

/// The ids of every row in a file whose blocks pass their checksums,
/// whatever its token says: for a salvage, which wants to know which ideas
/// there were even when sled has lost them.
pub(super) fn ids_in_file(dir: &Path) -> Vec<u64> {
    let Ok(file) = std::fs::read(dir.join(FILE)) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    if file.len() < HEADER || &file[..12] != MAGIC {
        return ids;
    }
    let mut at = HEADER;
    while let Some(entry) = file.get(at..at + ENTRY) {
        let len = u32::from_le_bytes([entry[8], entry[9], entry[10], entry[11]]) as usize;
        let crc = u32::from_le_bytes([entry[12], entry[13], entry[14], entry[15]]);
        let Some(bytes) = file.get(at + ENTRY..at + ENTRY + len) else {
            break;
        };
        if crc32fast::hash(bytes) == crc
            && let Ok(rows) = super::blocks::decode_block(bytes)
        {
            ids.extend(rows.iter().map(|r| r.id));
        }
        at += ENTRY + len;
    }
    ids
}

/// Writes a new file if there is none that counts, or if more than an
/// eighth of its blocks have changed since. Called on a clean close.
pub(super) fn refresh(tree: &sled::Db, dir: &Path) -> Result<()> {
    let dirty = tree.scan_prefix([DIRTY_PREFIX]).count();
    let counted = match tree.get(META_SNAPSHOT)? {
        Some(token) => file_blocks(&dir.join(FILE), &token),
        None => None,
    };
    match counted {
        Some(blocks) if dirty * 8 <= blocks => Ok(()),
        // Nothing to keep: an empty database needs no file.
        None if dirty == 0 && tree.scan_prefix([BLOCK_PREFIX]).next().is_none() => Ok(()),
        _ => write(tree, dir),
    }
}

/// How many blocks the file holds, if its header is sprout's and its token
/// is `token` (the blocks themselves are checked when read).
fn file_blocks(path: &Path, token: &[u8]) -> Option<usize> {
    use std::io::Read;
    let mut header = [0u8; HEADER];
    std::fs::File::open(path)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    (&header[..12] == MAGIC && header[12..16] == VERSION.to_le_bytes() && &header[16..32] == token)
        .then(|| u64::from_le_bytes(header[32..40].try_into().unwrap_or_default()) as usize)
}

/// Writes the file from sled's blocks, then makes it count.
pub(super) fn write(tree: &sled::Db, dir: &Path) -> Result<()> {
    let io = |e: std::io::Error| StoreError::Db(format!("cannot write {FILE}: {e}"));
    let commits = tree
        .get(super::keys::META_COMMITS)?
        .and_then(|v| <[u8; 8]>::try_from(v.as_ref()).ok())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mut token = [0u8; 16];
    token[..8].copy_from_slice(&commits);
    token[8..].copy_from_slice(&nanos.to_le_bytes());

    let blocks: Vec<(sled::IVec, sled::IVec)> = tree
        .scan_prefix([BLOCK_PREFIX])
        .collect::<sled::Result<_>>()?;
    // The file, then sled's small batch: neither may meet a full disk (see
    // `space`); without room the old file stays, counting or ignored.
    let size: usize = blocks.iter().map(|(_, v)| v.len() + ENTRY).sum();
    super::space::ensure(dir, (HEADER + size) as u64)?;
    let tmp = dir.join(format!("{FILE}.tmp"));
    let written = write_file(&tmp, &token, &blocks);
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    std::fs::rename(&tmp, dir.join(FILE)).map_err(io)?;
    // Only now does the file count, and the marks start again from it.
    let mut batch = sled::Batch::default();
    for key in tree.scan_prefix([DIRTY_PREFIX]).keys() {
        batch.remove(key?);
    }
    batch.insert(META_SNAPSHOT, &token);
    // A sprout from before the marks must not write to this database.
    batch.insert(super::keys::META_SCHEMA, &[super::keys::LAYOUT_VERSION]);
    tree.apply_batch(batch)?;
    tree.flush()?;
    Ok(())
}

/// The file's bytes, written to `tmp`.
fn write_file(tmp: &Path, token: &[u8; 16], blocks: &[(sled::IVec, sled::IVec)]) -> Result<()> {
    let io = |e: std::io::Error| StoreError::Db(format!("cannot write {FILE}: {e}"));
    let file = std::fs::File::create(tmp).map_err(io)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 20, file);
    out.write_all(MAGIC).map_err(io)?;
    out.write_all(&VERSION.to_le_bytes()).map_err(io)?;
    out.write_all(token).map_err(io)?;
    out.write_all(&(blocks.len() as u64).to_le_bytes())
        .map_err(io)?;
    for (key, value) in blocks {
        let number = <[u8; 8]>::try_from(&key[1..])
            .map_err(|_| StoreError::Codec("a row block key".into()))?;
        out.write_all(&u64::from_be_bytes(number).to_le_bytes())
            .map_err(io)?;
        out.write_all(&(value.len() as u32).to_le_bytes())
            .map_err(io)?;
        out.write_all(&crc32fast::hash(value).to_le_bytes())
            .map_err(io)?;
        out.write_all(value).map_err(io)?;
    }
    // Not synced: a file the disk lost part of fails its checks and is
    // ignored, so waiting for the disk would buy nothing.
    out.into_inner().map_err(|e| io(e.into_error()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Timestamp};
    use crate::store::sled_engine::SledStore;
    use crate::store::sled_engine::keys::META_SCHEMA;

    fn idea(id: u64, title: &str) -> Idea {
        let mut i = Idea::new(title.to_string(), Timestamp(id as i64));
        i.id = id;
        i
    }

    /// Ideas in 20 blocks of rows.
    fn filled(path: &Path) {
        let store = SledStore::open(path).unwrap();
        let mut w = store.begin().unwrap();
        for block in 0..20u64 {
            for k in 0..3 {
                let id = block * 1024 + k + 1;
                w.put(idea(id, &format!("idea {id}")), None);
            }
        }
        store.commit(w).unwrap();
    }

    fn titles(store: &SledStore) -> Vec<(u64, String)> {
        store
            .rows()
            .unwrap()
            .iter()
            .map(|r| (r.id, r.title().to_string()))
            .collect()
    }

    fn from_sled(store: &SledStore) -> Vec<(u64, String)> {
        let blocks = Blocks::from_sled(&store.tree().unwrap()).unwrap();
        (0..blocks.len())
            .flat_map(|i| super::super::blocks::decode_block(blocks.get(i)).unwrap())
            .map(|r| (r.id, r.title().to_string()))
            .collect()
    }

    fn token(store: &SledStore) -> Option<sled::IVec> {
        store.tree().unwrap().get(META_SNAPSHOT).unwrap()
    }

    #[test]
    fn a_clean_close_writes_the_file_and_the_next_open_reads_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        filled(&path);
        assert!(path.join(FILE).exists(), "written on close");
        let store = SledStore::open_again(&path);
        assert!(token(&store).is_some());
        assert_eq!(store.tree().unwrap().scan_prefix([DIRTY_PREFIX]).count(), 0);
        assert_eq!(
            store.tree().unwrap().get(META_SCHEMA).unwrap().unwrap(),
            [crate::store::LAYOUT_VERSION][..],
            "a sprout from before the marks refuses the database"
        );
        let blocks = blocks(&store.tree().unwrap(), &path).unwrap();
        assert_eq!(blocks.len(), 20);
        assert!(
            blocks
                .items
                .iter()
                .all(|s| matches!(s, Source::File { .. })),
            "every block from the file"
        );
        assert_eq!(titles(&store), from_sled(&store));
        assert_eq!(titles(&store).len(), 60);
    }

    #[test]
    fn blocks_changed_since_the_file_come_from_sled() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        filled(&path);
        let store = SledStore::open_again(&path);
        let mut w = store.begin().unwrap();
        // A changed row, a new block past the end, one between, and a
        // block emptied.
        w.put(idea(2, "changed"), store.idea(2).unwrap());
        w.put(idea(50 * 1024, "after the last"), None);
        for k in 0..3 {
            let id = 5 * 1024 + k + 1;
            w.delete(store.idea(id).unwrap().unwrap());
        }
        store.commit(w).unwrap();
        let mut w = store.begin().unwrap();
        w.put(idea(0x7fff_ffff, "far"), None);
        store.commit(w).unwrap();
        assert_eq!(store.tree().unwrap().scan_prefix([DIRTY_PREFIX]).count(), 4);
        let rows = titles(&store);
        assert_eq!(rows, from_sled(&store));
        assert!(rows.contains(&(2, "changed".into())));
        assert!(rows.contains(&(50 * 1024, "after the last".into())));
        assert!(!rows.iter().any(|(id, _)| (5 * 1024..6 * 1024).contains(id)));
        let lazily: Vec<u64> = store.rows_iter().map(|r| r.unwrap().id).collect();
        assert_eq!(lazily, rows.iter().map(|r| r.0).collect::<Vec<_>>());
        // Four of 20 blocks changed: more than an eighth, so the close
        // writes a new file and clears the marks.
        let before = token(&store);
        drop(store);
        let store = SledStore::open_again(&path);
        assert_ne!(token(&store), before);
        assert_eq!(store.tree().unwrap().scan_prefix([DIRTY_PREFIX]).count(), 0);
        assert_eq!(titles(&store), rows);
    }

    #[test]
    fn a_few_changes_keep_the_file_and_their_marks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        filled(&path);
        let store = SledStore::open_again(&path);
        let before = token(&store);
        let mut w = store.begin().unwrap();
        w.put(idea(1, "one"), store.idea(1).unwrap());
        store.commit(w).unwrap();
        drop(store);
        let store = SledStore::open_again(&path);
        assert_eq!(
            token(&store),
            before,
            "one block of 20 is not worth a rewrite"
        );
        assert_eq!(store.tree().unwrap().scan_prefix([DIRTY_PREFIX]).count(), 1);
        assert_eq!(titles(&store)[0], (1, "one".into()));
        assert_eq!(titles(&store), from_sled(&store));
    }

    #[test]
    fn a_damaged_or_stale_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        filled(&path);
        let good = std::fs::read(path.join(FILE)).unwrap();
        let store = SledStore::open_again(&path);
        let expected = from_sled(&store);
        let all_sled = |store: &SledStore| {
            let b = blocks(&store.tree().unwrap(), &path).unwrap();
            b.items.iter().all(|s| matches!(s, Source::Sled(_)))
        };
        // A byte changed inside a block: its checksum fails.
        let mut bad = good.clone();
        let at = bad.len() - 3;
        bad[at] ^= 0x55;
        std::fs::write(path.join(FILE), &bad).unwrap();
        assert!(all_sled(&store));
        assert_eq!(titles(&store), expected);
        // Cut short, or longer than it says.
        std::fs::write(path.join(FILE), &good[..good.len() - 1]).unwrap();
        assert!(all_sled(&store));
        let mut long = good.clone();
        long.push(0);
        std::fs::write(path.join(FILE), &long).unwrap();
        assert!(all_sled(&store));
        std::fs::write(path.join(FILE), b"").unwrap();
        assert!(all_sled(&store));
        // Sound, but not the file sled's token names.
        std::fs::write(path.join(FILE), &good).unwrap();
        assert!(!all_sled(&store));
        store
            .tree()
            .unwrap()
            .insert(META_SNAPSHOT, &[7u8; 16])
            .unwrap();
        assert!(all_sled(&store));
        assert_eq!(titles(&store), expected);
        // A close with no file that counts writes one again.
        drop(store);
        let store = SledStore::open_again(&path);
        assert!(!all_sled(&store));
        assert_eq!(titles(&store), expected);
    }

    #[test]
    fn an_empty_database_gets_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        drop(SledStore::open(&path).unwrap());
        assert!(!path.join(FILE).exists());
    }
}
