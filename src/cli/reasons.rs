//! `reasons`: list the reasons a decision is given with, add one, or stop
//! offering one (see [`crate::domain::reason`]).

use super::args::{ReasonAction, ReasonsArgs};
use super::output::{table, terminal_width};
use crate::Error;
use crate::domain::reason::{Fit, MAX_OFFERED, Reason, Reasons};
use crate::domain::{Clock, text::clean_line};
use crate::store::Store;

pub fn run(store: &Store, a: ReasonsArgs, clock: &dyn Clock) -> Result<(), Error> {
    match a.action {
        None => list(store, a.all),
        Some(ReasonAction::List { all }) => list(store, all || a.all),
        Some(ReasonAction::Add { key, label, fits }) => add(store, &key, &label, &fits, clock),
        Some(ReasonAction::Remove { key }) => remove(store, &key, clock),
    }
}

fn list(store: &Store, all: bool) -> Result<(), Error> {
    let reasons = store.reasons()?;
    let rows: Vec<Vec<String>> = [Fit::Decline, Fit::Accept]
        .into_iter()
        .flat_map(|fit| reasons.all().iter().filter(move |r| r.fits == fit))
        .filter(|r| all || !r.removed)
        .map(|r| {
            let mut label = crate::i18n::reason_label(r);
            if r.removed {
                label.push_str(&format!(" ({})", crate::tr!("cli-reasons-removed")));
            }
            let fits = match r.fits {
                Fit::Decline => crate::tr!("cli-reasons-fit-decline"),
                Fit::Accept => crate::tr!("cli-reasons-fit-accept"),
            };
            vec![r.key.clone(), fits, label]
        })
        .collect();
    let header = [
        crate::tr!("cli-reasons-key"),
        crate::tr!("cli-reasons-for"),
        crate::tr!("cli-reasons-label"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let text = table(&header, &rows, 2, terminal_width(), &[]);
    let mut out = super::stdout::stdout();
    std::io::Write::write_all(&mut out, text.as_bytes())?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}

/// The keys of the reasons there are, for an error.
fn known(reasons: &Reasons) -> String {
    let keys: Vec<&str> = reasons
        .all()
        .iter()
        .filter(|r| !r.removed)
        .map(|r| r.key.as_str())
        .collect();
    keys.join(", ")
}

fn add(store: &Store, key: &str, label: &str, fits: &str, clock: &dyn Clock) -> Result<(), Error> {
    let fits = Fit::parse(fits)
        .ok_or_else(|| Error::Usage(format!("--for: {}", crate::i18n::not_a_fit(fits))))?;
    let reason = Reason::new(key, label, fits)
        .map_err(|e| Error::Invalid(crate::i18n::reason_problem(&e)))?;
    let reasons = store.reasons()?;
    let back = match reasons.get(&reason.key) {
        Some(there) if !there.removed => {
            return Err(Error::Invalid(crate::tr!(
                "cli-err-reason-exists",
                key = there.key.as_str(),
                label = there.label.as_str(),
                fits = there.fits.name()
            )));
        }
        Some(_) => true,
        None => false,
    };
    let offered = reasons.offered(fits).count();
    if offered >= MAX_OFFERED {
        return Err(Error::Invalid(crate::tr!(
            "cli-err-reasons-full",
            most = MAX_OFFERED,
            fits = fits.name()
        )));
    }
    let reason = reason.made(clock.now(), &store.actor());
    let mut writes = store.begin()?;
    writes.save_reason(reason.clone());
    store.commit(writes)?;
    super::stdout::line(&crate::tr!(
        "cli-reason-added",
        back = if back { "yes" } else { "no" },
        key = reason.key.as_str(),
        label = reason.label.as_str(),
        fits = fits.name()
    ))?;
    Ok(())
}

fn remove(store: &Store, key: &str, clock: &dyn Clock) -> Result<(), Error> {
    let reasons = store.reasons()?;
    let wanted = key.trim().to_lowercase();
    let there = match reasons.get(&wanted) {
        Some(r) if !r.removed => r.clone(),
        Some(r) => {
            return Err(Error::Invalid(crate::tr!(
                "cli-err-reason-removed",
                key = r.key.as_str()
            )));
        }
        None => {
            return Err(Error::Invalid(crate::tr!(
                "cli-err-reason-unknown",
                key = &clean_line(key),
                known = &known(&reasons)
            )));
        }
    };
    let gone = Reason {
        removed: true,
        ..there
    }
    .made(clock.now(), &store.actor());
    let mut writes = store.begin()?;
    writes.save_reason(gone.clone());
    store.commit(writes)?;
    super::stdout::line(&crate::tr!(
        "cli-reason-removed",
        key = gone.key.as_str(),
        label = gone.label.as_str()
    ))?;
    Ok(())
}
