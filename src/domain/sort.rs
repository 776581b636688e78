//! The orders a list can be in. A saved view may keep one, so the order
//! is a word of the domain, not only of the query engine.

use serde::{Deserialize, Serialize};

/// How results are ordered when the query has no fuzzy terms (and among
/// equally good fuzzy hits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortKey {
    /// Most recently updated first.
    #[default]
    Updated,
    /// Newest first.
    Created,
    /// A to Я.
    Title,
    /// Highest score first, unscored last.
    Score,
    /// Pipeline order, new first.
    Stage,
    /// Lowest id first.
    Id,
}

impl SortKey {
    /// The order `o` cycles through in the UI.
    pub const CYCLE: [SortKey; 5] = [
        SortKey::Updated,
        SortKey::Created,
        SortKey::Title,
        SortKey::Score,
        SortKey::Stage,
    ];

    /// Every order, in the order help lists them.
    pub const ALL: [SortKey; 6] = [
        SortKey::Updated,
        SortKey::Created,
        SortKey::Title,
        SortKey::Score,
        SortKey::Stage,
        SortKey::Id,
    ];

    /// The order with this name (as `--sort` spells it), if any.
    pub fn from_name(name: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            SortKey::Updated => "updated",
            SortKey::Created => "created",
            SortKey::Title => "title",
            SortKey::Score => "score",
            SortKey::Stage => "stage",
            SortKey::Id => "id",
        }
    }

    pub fn next(self) -> SortKey {
        let i = SortKey::CYCLE
            .iter()
            .position(|k| *k == self)
            .map_or(0, |i| i + 1);
        SortKey::CYCLE[i % SortKey::CYCLE.len()]
    }
}
