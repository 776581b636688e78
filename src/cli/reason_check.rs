//! `set --reason`: the reason given must be one the database offers for
//! the decision it goes with, the stage given or, without one, each
//! idea's stage now. Checked before anything is written.

use crate::Error;
use crate::domain::Stage;
use crate::domain::text::clean_line;
use crate::store::Store;

/// The reason's key to store ('' for `none`), or why it does not fit.
pub fn check(
    store: &Store,
    ids: &[u64],
    stage: Option<Stage>,
    given: &str,
) -> Result<String, Error> {
    if matches!(given.trim().to_lowercase().as_str(), "none" | "") {
        return Ok(String::new());
    }
    let reasons = store.reasons()?;
    let refuse = |e: String| Error::Invalid(crate::tr!("cli-err-reason", problem = &e));
    let said = |p: crate::domain::reason::PickProblem| crate::i18n::pick_problem(&p);
    if let Some(stage) = stage {
        return Ok(reasons
            .pick(given, stage)
            .map_err(|p| refuse(said(p)))?
            .key
            .clone());
    }
    // No stage given: the reason is for the decision each idea has now.
    let mut key = None;
    for &id in ids {
        let Some(found) = store.idea(id)? else {
            // Said by the edit itself, as for any other change.
            continue;
        };
        let picked = reasons.pick(given, found.stage).map_err(|e| {
            refuse(crate::tr!(
                "cli-reason-idea-is",
                id = id.to_string().as_str(),
                stage = &super::words::value(found.stage),
                problem = &said(e)
            ))
        })?;
        key = Some(picked.key.clone());
    }
    Ok(key.unwrap_or_else(|| clean_line(given).to_lowercase()))
}
