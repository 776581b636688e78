//! What a stored idea's version is, and the sequence of a database's
//! commits: the words the engine, its writes and its conflicts share.

use crate::domain::Idea;

/// How many times an idea has been written: 1 when it is created, one more
/// for each change. Records from before versions read as 0.
pub type Version = u64;

/// A point in a database's sequence of commits: a UI remembers the last one
/// it saw and asks for what came after.
pub type Seq = u64;

/// An idea as it is stored, with the version it is at. A change based on it
/// hands it back (see [`super::Writes::put`]), so the engine can tell whether the
/// idea changed in between.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Versioned {
    pub idea: Idea,
    pub version: Version,
}
