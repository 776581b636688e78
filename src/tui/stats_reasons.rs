//! Why ideas were declined and accepted, in the statistics view (issue 18,
//! point 6), as `sprout stats` counts it (`stats/reasons.rs`). The rows do
//! not carry the decisions' reasons, so the view asks the runtime to read
//! them when it shows decided ideas, again whenever the data changed, and
//! counts anew when they arrive.

use super::app::App;
use super::msg::{Effect, Handover};
use crate::domain::reason::Fit;
use std::sync::Arc;

/// The read the statistics need: when they are up, some idea shown has a
/// decision, and the reasons were not read at this version of the data.
pub fn wanted(app: &App) -> Vec<Effect> {
    if app.screen.stats().is_none() || app.loading {
        return Vec::new();
    }
    if app
        .decided
        .as_ref()
        .is_some_and(|(v, _)| *v == app.data_version)
    {
        return Vec::new();
    }
    let any = {
        let cat = app.catalog();
        app.hits
            .iter()
            .any(|h| Fit::of(cat.row(h.index()).stage).is_some())
    };
    if any {
        vec![Effect::ReadDecided(app.data_version)]
    } else {
        Vec::new()
    }
}

/// The reasons arrived: kept, and the statistics counted with them.
pub fn received(app: &mut App, version: u64, decided: Handover<crate::query::Decided>) {
    let Some(decided) = decided.take() else {
        return;
    };
    app.decided = Some((version, Arc::new(decided)));
    if app.screen.stats().is_some() {
        app.compute_stats();
    }
}
