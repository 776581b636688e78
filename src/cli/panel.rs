//! `panel`: show or change the panel's settings (issue 18, points 3 and
//! 4): how an idea's reviews combine into its score, whether each
//! reviewer's totals are normalised first, and blind review.

use super::panel_args::{CombineArg, PanelArgs};
use crate::Error;
use crate::domain::panel::{Combine, PanelSettings};
use crate::store::Store;
use std::io::Write;

pub fn run(store: &Store, a: PanelArgs) -> Result<(), Error> {
    let before = store.panel_settings()?;
    let mut after = before;
    if let Some(c) = a.combine {
        after.combine = match c {
            CombineArg::Mean => Combine::Mean,
            CombineArg::Median => Combine::Median,
        };
    }
    if let Some(n) = a.normalise {
        after.normalise = n.is_on();
    }
    if let Some(b) = a.blind {
        after.blind = b.is_on();
    }
    let mut out = super::stdout::stdout();
    if a.changes() {
        if after == before {
            super::stdout::note("the panel's settings are already so; nothing changed");
        } else {
            let mut w = store.begin()?;
            w.save_panel_settings(after);
            store.commit(w)?;
        }
    }
    out.write_all(shown(&after).as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The panel's settings of an imported export: taken where this database
/// still has the default ones (a restore), else this database's are kept
/// and a warning says so.
pub fn import_plan(
    store: &Store,
    file: Option<PanelSettings>,
    writes: &mut crate::store::Writes,
) -> Result<(), Error> {
    let Some(file) = file else {
        return Ok(());
    };
    let ours = store.panel_settings()?;
    if ours == file {
        return Ok(());
    }
    if ours == PanelSettings::default() {
        writes.save_panel_settings(file);
    } else {
        super::stdout::note(
            "warning: the file's panel settings differ from this database's: kept this database's (`sprout panel`)",
        );
    }
    Ok(())
}

fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

/// The settings, one a line, each with what it means.
pub fn shown(s: &PanelSettings) -> String {
    let combine = match s.combine {
        Combine::Mean => "an idea's score is the mean of its reviews' totals",
        Combine::Median => "an idea's score is the median of its reviews' totals",
    };
    let normalise = if s.normalise {
        "each reviewer's totals are standardised over their own reviews first"
    } else {
        "totals are combined as the reviewers gave them"
    };
    let blind = if s.blind {
        "a reviewer sees the others' reviews of an idea only after their own"
    } else {
        "everyone sees every review"
    };
    format!(
        "combine    {:<8}{combine}\nnormalise  {:<8}{normalise}\nblind      {:<8}{blind}\n",
        s.combine.name(),
        on_off(s.normalise),
        on_off(s.blind)
    )
}
