//! The orders a list can be in.

/// How results are ordered when the query has no fuzzy terms (and among
/// equally good fuzzy hits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
