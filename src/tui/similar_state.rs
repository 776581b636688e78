//! What is known of near-duplicates on screen (see [`super::similar`]):
//! the list's marks, the shown idea's likes, and what was asked for.

use crate::domain::Idea;
use crate::query::IdBits;
use crate::similar::Match;
use std::sync::Arc;

/// How many similar ideas the detail lists, the likest first.
pub const SHOWN: usize = 5;

/// What to find: the marks for this version of the ideas, and the ideas
/// like `shown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ask {
    pub version: u64,
    pub shown: Option<u64>,
}

/// What was found for an [`Ask`].
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub version: u64,
    /// The ideas with a near-copy nobody has settled (not said to be "not
    /// a duplicate", neither marked a duplicate of the other).
    pub flagged: Arc<IdBits>,
    pub shown: Option<Alike>,
}

/// The ideas like one idea, and the ideas marked its duplicates.
#[derive(Debug, Clone, PartialEq)]
pub struct Alike {
    pub id: u64,
    /// The likest first, at most [`SHOWN`].
    pub likes: Vec<Match>,
    pub duplicates: Vec<u64>,
}

/// The UI's side of it.
#[derive(Debug, Default)]
pub struct SimilarState {
    /// Bumped whenever a change could alter what the index finds.
    pub version: u64,
    /// What was last asked for, so that it is asked once.
    pub asked: Option<Ask>,
    /// The list's marks: none until the index is first built.
    pub flagged: Option<Arc<IdBits>>,
    /// Marks found for an older version than this are not taken: they
    /// would bring back marks a change has settled since.
    pub marks_from: u64,
    pub shown: Option<Alike>,
}

impl SimilarState {
    /// Whether the list marks idea `id` as looking like another.
    pub fn flags(&self, id: u64) -> bool {
        self.flagged.as_ref().is_some_and(|f| f.contains(&id))
    }

    /// What the detail shows of the ideas like `idea`, as `idea` is now: a
    /// pair settled a moment ago is left out before the index knows it.
    pub fn likes_of(&self, idea: &Idea) -> Vec<Match> {
        let Some(alike) = self.shown.as_ref().filter(|a| a.id == idea.id) else {
            return Vec::new();
        };
        (alike.likes.iter())
            .filter(|m| idea.duplicate_of != Some(m.id) && !idea.not_duplicates.contains(&m.id))
            .filter(|m| !alike.duplicates.contains(&m.id))
            .copied()
            .collect()
    }

    /// The ideas marked duplicates of `idea`, once known.
    pub fn duplicates_of(&self, idea: &Idea) -> &[u64] {
        self.shown
            .as_ref()
            .filter(|a| a.id == idea.id)
            .map_or(&[], |a| a.duplicates.as_slice())
    }
}
