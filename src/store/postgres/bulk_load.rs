//! A large load into an empty word table: its two indexes are dropped
//! inside the commit's transaction and built again, once, before it
//! commits. Keeping them up to date word by word (about twenty words an
//! idea) took 31 s of a 100,000-idea import; building them after the rows
//! are in takes 5 s.
//!
//! Only where the words table is empty (a new database being filled by
//! import, demo or copy) and this role owns it (only an owner may drop an
//! index; an officer's import takes the ordinary path). Dropping an index
//! locks the table until the commit, so another sprout's word lookup
//! waits for the load to end, as its commits already wait on the id
//! counter; if the commit fails, the drop is rolled back with it.

use super::sql::db;
use crate::store::Result;

/// From how many new ideas in one commit the indexes are built after.
pub const AT_LEAST: usize = 5_000;

/// The word indexes as `schema.rs` creates them.
const INDEXES: &str = "
CREATE INDEX summary_words_word ON summary_words (word);
CREATE INDEX summary_words_id ON summary_words (id);
";

/// Drops the word indexes if a load of `new_ideas` should build them
/// after; says whether it did (then [`rebuild`] must follow).
pub fn begin(tx: &mut postgres::Transaction<'_>, new_ideas: usize) -> Result<bool> {
    if new_ideas < AT_LEAST {
        return Ok(false);
    }
    let row = tx
        .query_one(
            "SELECT NOT EXISTS (SELECT 1 FROM summary_words)
                AND pg_has_role(c.relowner, 'USAGE')
                AND to_regclass('summary_words_word') IS NOT NULL
                AND to_regclass('summary_words_id') IS NOT NULL
             FROM pg_class c WHERE c.oid = 'summary_words'::regclass",
            &[],
        )
        .map_err(db)?;
    if !row.get::<_, bool>(0) {
        return Ok(false);
    }
    tx.batch_execute("DROP INDEX summary_words_word, summary_words_id")
        .map_err(db)?;
    Ok(true)
}

/// Builds the word indexes [`begin`] dropped.
pub fn rebuild(tx: &mut postgres::Transaction<'_>) -> Result<()> {
    tx.batch_execute(INDEXES).map_err(db)
}
