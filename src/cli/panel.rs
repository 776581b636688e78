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
            super::stdout::note(&crate::tr!("cli-panel-unchanged"));
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
        super::stdout::note(&crate::tr!("cli-import-panel-kept"));
    }
    Ok(())
}

fn on_off(on: bool) -> String {
    if on {
        crate::tr!("cli-panel-on")
    } else {
        crate::tr!("cli-panel-off")
    }
}

/// The settings, one a line, each with what it means.
pub fn shown(s: &PanelSettings) -> String {
    let combine = match s.combine {
        Combine::Mean => crate::tr!("cli-panel-mean"),
        Combine::Median => crate::tr!("cli-panel-median"),
    };
    let normalise = if s.normalise {
        crate::tr!("cli-panel-normalised")
    } else {
        crate::tr!("cli-panel-as-given")
    };
    let blind = if s.blind {
        crate::tr!("cli-panel-blind")
    } else {
        crate::tr!("cli-panel-open")
    };
    // The setting's name and value stay as `sprout panel --combine …`
    // takes them; what they mean is in the language spoken.
    let (normalised, blinded) = (on_off(s.normalise), on_off(s.blind));
    let width = normalised
        .chars()
        .count()
        .max(blinded.chars().count())
        .max(6)
        + 2;
    format!(
        "combine    {:<width$}{combine}\nnormalise  {:<width$}{normalise}\nblind      {:<width$}{blind}\n",
        s.combine.name(),
        normalised,
        blinded
    )
}
