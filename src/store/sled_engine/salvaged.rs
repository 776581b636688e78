//! What a salvage found (see `salvage.rs`), kept by the handle of the
//! database it made.

/// What a salvage found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salvaged {
    /// Ideas read whole.
    pub read: usize,
    /// Ideas the database knew of that could not be read.
    pub unreadable: usize,
}
