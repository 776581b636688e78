//! An idea as the external editor's text and back: the text handed to the
//! editor (its comments in the language spoken), and what became of the
//! text it returned.

use super::app::{App, Dialog};
use super::msg::Effect;
use super::screen::Overlay;
use crate::domain::Draft;
use crate::tr;

/// An idea as the external editor's text, its comments in the language
/// spoken (the fields' names stay the ones the text is read back by).
pub fn editor_text(idea: &crate::domain::Idea) -> String {
    let header = tr!("ui-editor-header", id = &idea.id.to_string());
    Draft::of(idea).to_text_worded(&header, &tr!("ui-editor-list"))
}

/// What the external editor gave back: nothing changed, problems to show
/// (edit again or discard), or the idea to store.
pub fn editor_done(app: &mut App, id: Option<u64>, before: &str, after: String) -> Vec<Effect> {
    let base = id.and_then(|id| app.detail.idea.as_ref().filter(|d| d.id == id).cloned());
    // Unchanged from the idea as stored, not from what the editor was
    // handed: text with errors saved again as it was shows them again.
    let pristine = base
        .as_ref()
        .map_or_else(|| before.to_string(), editor_text);
    if after == pristine {
        app.message = Some(tr!("ui-no-changes"));
        return Vec::new();
    }
    let result = Draft::from_text(&after)
        .map_err(|problems| problems.iter().map(crate::i18n::text_problem).collect())
        .and_then(|d| {
            d.apply(base.as_ref(), app.now).map_err(|errors| {
                errors
                    .iter()
                    .map(|(f, p)| format!("{f}: {}", crate::i18n::field_problem(p)))
                    .collect::<Vec<String>>()
            })
        });
    match (result, base) {
        (Err(problems), _) => {
            app.overlays.push(Overlay::Dialog(Dialog::EditorErrors {
                id,
                text: after,
                problems,
            }));
            Vec::new()
        }
        (Ok(idea), Some(base)) if idea == base => {
            app.message = Some(tr!("ui-no-changes"));
            Vec::new()
        }
        (Ok(idea), Some(base)) => vec![Effect::Replace(Box::new(base), Box::new(idea))],
        (Ok(idea), None) => vec![Effect::Create(Box::new(idea))],
    }
}
