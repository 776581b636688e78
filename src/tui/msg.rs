//! The verbs of the UI: every key, click and result becomes a [`Msg`], and
//! [`super::update::update`] answers with the [`Effect`]s to carry out.

use crate::domain::Idea;
use std::collections::{HashMap, HashSet};

/// A movement of the cursor in the focused pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfUp,
    HalfDown,
}

/// Something that happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Move(Step),
    FocusNext,
    FocusPrev,
    ToggleSidebar,
    CycleSort,
    /// `/`: start editing the query.
    EditQuery,
    /// A key typed into the query bar.
    QueryInput(ratatui_textarea::Input),
    /// `Enter` in the query bar: keep the query.
    AcceptQuery,
    /// `Esc` in the query bar: clear the query.
    ClearQuery,
    /// `Space` in the sidebar: tick or untick the facet under the cursor.
    ToggleFacet,
    /// `Enter`: open the selected idea (full screen on narrow terminals).
    Open,
    /// `Esc` outside the query bar: close what is open.
    Back,
    ToggleHelp,
    Quit,
    Resize(u16, u16),
    Click(u16, u16),
    Scroll(i32),
    /// Summary-word hits for the query with this generation arrived.
    SummaryHits(u64, HashMap<String, HashSet<u64>>),
    /// The full record of the selected idea arrived.
    DetailLoaded(u64, Option<Box<Idea>>),
    /// Something went wrong outside update (a read failed).
    Failed(String),
}

/// Work for the runtime: I/O that update does not do itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Look up summary hits for the current query (tagged with its generation).
    Search(u64),
    /// Read the full record of this idea for the detail pane.
    LoadDetail(u64),
    Quit,
}
