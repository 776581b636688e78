//! The status line's stage keys after `S`, in Russian: the keys are letters
//! of the English stage names (`nripcsd`), which say nothing to a Russian
//! reader, so each key shows with its word (`r рассмотрение`), as triage's
//! legend shows them; the short words where the full ones do not fit, the
//! keys alone (as in English) where neither does.

use super::super::app::{App, Pending};
use super::super::keymap::Context;
use super::super::msg::{ChangeMsg, Msg};
use crate::domain::{Named, Stage};
use crate::i18n::{Lang, language};
use unicode_width::UnicodeWidthStr;

/// The hints to show within `room` columns, and whether they are a fuller
/// form that asks for all its room: `hints` as they are, unless the stage
/// keys are pending in Russian and one of the fuller forms fits.
pub fn fitted(
    app: &App,
    hints: Vec<(String, String)>,
    room: usize,
) -> (Vec<(String, String)>, bool) {
    if language() != Lang::Ru || !matches!(app.pending, Some(Pending::Stage)) {
        return (hints, false);
    }
    let keys: Vec<(String, Stage)> = Stage::ALL
        .iter()
        .filter_map(|s| {
            let msg = Msg::Change(ChangeMsg::SetStage(*s));
            let key = app.keymap.key_for(Context::StagePrefix, &msg)?;
            Some((key, *s))
        })
        .collect();
    let joined: String = keys.iter().map(|(k, _)| k.as_str()).collect();
    let Some(at) = hints.iter().position(|(k, _)| *k == joined) else {
        return (hints, false);
    };
    // The keys after the stages' (Esc cancel) give way first: the stage
    // keys are what this mode is for.
    for (kind, with_rest) in [("name", true), ("abbr", true), ("abbr", false)] {
        let each = keys
            .iter()
            .map(|(key, stage)| (key.clone(), word(kind, *stage)));
        let rest = if with_rest { &hints[at + 1..] } else { &[] };
        let form: Vec<(String, String)> = hints[..at]
            .iter()
            .cloned()
            .chain(each)
            .chain(rest.iter().cloned())
            .collect();
        if width(&form) <= room {
            return (form, true);
        }
    }
    (hints, false)
}

/// The columns `hints` take on the status line: `key what  ` each.
pub fn width(hints: &[(String, String)]) -> usize {
    hints.iter().map(|(k, w)| k.width() + w.width() + 3).sum()
}

fn word(kind: &str, stage: Stage) -> String {
    let id = format!("ui-{kind}-stage-{}", stage.name());
    crate::i18n::texts()
        .find(&id, &[])
        .unwrap_or_else(|| stage.name().to_string())
}
