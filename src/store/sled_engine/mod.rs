//! The sled engine. Everything lives in one sled tree under one-byte key
//! prefixes, so that every command's writes go in one atomic batch:
//!
//! | key | value |
//! |---|---|
//! | `m` + name | metadata (`next_id`, `schema`, `commits`, `views`, `snapshot`) |
//! | `i` + id (8 bytes, big-endian) | the full idea and its version (see `codec::encode_idea`) |
//! | `R` + block (id / 1024) | the compact [`Row`]s of those ids, for listing and search (see `rows.rs`) |
//! | `w` + word + `0x00` + first id | ids whose summary has that word |
//! | `v` + lower-cased name | a saved view |
//! | `mrubric` + version (4 bytes, big-endian) | a version of the rubric (see `rubrics.rs`) |
//! | `mpanel` | the panel's settings (see `rubrics.rs`) |
//! | `mrows_reviews` | present once rows hold their ideas' reviews (see `row_reviews.rs`) |
//! | `mrows_reasons` | present once rows hold their ideas' reason keys (see `row_reasons.rs`) |
//! | `mconflicts` | the declared conflicts of interest (see `declared_conflicts.rs`) |
//! | `d` + block | that row block changed since the row snapshot file (see `snapshot.rs`) |
//!
//! One process holds a sled database at a time (see `lock.rs`), so
//! nothing arrives from elsewhere; versions are still checked, so that a
//! change based on an idea as it was before another change is refused
//! here as it would be on a shared engine.

mod as_engine;
mod batch;
mod blocks;
mod close;
pub(in crate::store) mod codec;
mod codec_v1;
mod codec_v2;
mod codec_v3;
mod commit;
mod commits;
mod declared_conflicts;
mod handle;
mod journal;
mod kept;
mod keys;
mod large_write;
mod lock;
mod open;
mod prepare;
mod reasons;
mod row_changes;
mod row_pass;
mod row_reasons;
mod row_reviewers;
mod row_reviews;
mod rows;
mod rubrics;
pub mod salvage;
mod salvaged;
mod shared;
mod sled_error;
mod sled_open;
mod snapshot;
mod space;
mod views;
mod words;

pub use codec::SCHEMA_VERSION;
pub use handle::SledStore;
pub use keys::LAYOUT_VERSION;

#[cfg(test)]
mod tests;
