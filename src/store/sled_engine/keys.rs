//! The keys of sled's tree: an idea's (see [`idea_key`]), and the meta
//! keys that are not ideas, rows or views: which layout the database has,
//! its next id, its commit count, and whether it was given the default
//! views.

pub(crate) const META_NEXT_ID: &[u8] = b"mnext_id";
pub(crate) const META_SCHEMA: &[u8] = b"mschema";
/// The database's layout, kept in `mschema`: 1 had a key per row, 2 keeps
/// rows in blocks, 3 marks the blocks each commit changes (for the row
/// snapshot file, see `snapshot.rs`). A sprout that reads only an
/// older layout refuses it. (Idea records gained their version without a
/// new layout: see `codec::encode_idea`.)
pub const LAYOUT_VERSION: u8 = 3;
pub(crate) const META_COMMITS: &[u8] = b"mcommits";
/// Present once the default views were given (see `views.rs`).
pub(crate) const META_VIEWS: &[u8] = b"mviews";

/// The prefix of a rubric version's key (then the version, 4 bytes,
/// big-endian): see `rubrics.rs`. (Not `r`: that was a row's, and is
/// still read from databases of layout 1.)
pub(crate) const RUBRIC_PREFIX: &[u8] = b"mrubric";

/// The panel's settings (see `rubrics.rs`), absent until first changed.
pub(crate) const META_PANEL: &[u8] = b"mpanel";
/// The declared conflicts of interest, the whole list in one record (see
/// `declared_conflicts.rs`).
pub(crate) const META_CONFLICTS: &[u8] = b"mconflicts";
/// The prefix of a reason's key (then the reason's key, see `reasons.rs`).
pub(crate) const REASON_PREFIX: &[u8] = b"mreason";

/// The commit count a sled instance holds.
pub(crate) fn commits_of(tree: &sled::Db) -> sled::Result<u64> {
    Ok(tree
        .get(META_COMMITS)?
        .and_then(|v| v.as_ref().try_into().ok())
        .map_or(0, u64::from_be_bytes))
}

/// The key of id `id` under a one-byte prefix (`i` for an idea record).
pub(super) fn idea_key(prefix: u8, id: u64) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = prefix;
    k[1..].copy_from_slice(&id.to_be_bytes());
    k
}
