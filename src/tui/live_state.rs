//! What a UI holds of others' changes and of its connection to a shared
//! database (the update side is `live.rs`): plain data, so the state and
//! the messages can name it without naming each other.

use crate::domain::View;
use crate::ideas::Change;
use crate::store::Seq;
use std::collections::BTreeMap;

/// What a UI knows of the database's changes and of its connection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveState {
    /// The last point in the database's changes this UI has caught up to.
    pub seen: Seq,
    /// Why the database cannot be reached, while it cannot.
    pub offline: Option<String>,
    /// The next results keep the selection's place when its idea is gone
    /// from them (someone else's change moved it out of the query).
    pub hold_place: bool,
}

/// What others changed: the ideas as they are now (`None` after: removed),
/// who changed each, the views if they changed, and how far this goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Remote {
    pub changes: Vec<Change>,
    pub by: BTreeMap<u64, String>,
    pub views: Option<Vec<View>>,
    pub upto: Seq,
}

/// The status line while the database cannot be reached.
pub fn offline_line(why: &str) -> String {
    crate::tr!(
        "ui-offline",
        problem = &crate::domain::text::printable(why, false)
    )
}
