//! Carrying out effects: what update asks for (store this, read that, open
//! the editor) done against the store, and the messages it yields fed back
//! to update until nothing is left to do.

use super::app::App;
use super::msg::{Effect, Msg};
use super::update::update;
use crate::ideas;
use crate::store::Store;

/// Hands text to the user's editor and returns what they saved.
pub type EditText<'a> = dyn FnMut(&str) -> Result<String, String> + 'a;

/// Carries out one effect against the store; returns the messages it yields.
/// The views as stored after a change to them, or why it failed.
fn views_changed(store: &Store, saved: Result<(), crate::Error>, message: String) -> Vec<Msg> {
    match saved.and_then(|()| Ok(store.views()?)) {
        Ok(views) => vec![Msg::ViewsChanged { views, message }],
        Err(e) => vec![Msg::Failed(e.to_string())],
    }
}

/// A change that was not written: what is stored now of the ideas it
/// touched, read back (see [`Msg::Refused`]).
fn refused(
    store: &Store,
    e: crate::Error,
    ids: impl IntoIterator<Item = u64>,
    step: Option<super::msg::RefusedStep>,
) -> Vec<Msg> {
    let mut ids: Vec<u64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    let stored = ids
        .into_iter()
        .map(|id| (id, store.idea(id).ok().flatten()))
        .collect();
    // The status line is short: the words that matter first.
    let message = match e {
        crate::Error::Store(crate::store::StoreError::Full { .. }) => {
            "disk full: free some space, then do it again".to_string()
        }
        other => other.to_string(),
    };
    vec![Msg::Refused {
        message,
        stored,
        step,
    }]
}

/// The ids a list of changes touches.
fn ids_of(changes: &[ideas::Change]) -> Vec<u64> {
    changes
        .iter()
        .filter_map(|(a, b)| a.as_ref().or(b.as_ref()).map(|i| i.id))
        .collect()
}

pub fn perform(
    app: &mut App,
    store: &Store,
    effect: &Effect,
    editor: &mut EditText<'_>,
) -> Vec<Msg> {
    let failed = |e: crate::Error| vec![Msg::Failed(e.to_string())];
    match effect {
        Effect::Search(generation) => {
            let request = app.search_request(*generation);
            if let Some(searcher) = &app.searcher {
                // The worker answers later; the main loop picks it up.
                searcher.request(request);
                return Vec::new();
            }
            let catalog = std::sync::Arc::clone(&app.catalog);
            let guard = catalog.read().unwrap_or_else(|e| e.into_inner());
            match app.engine.answer(&guard, store, &request, None) {
                Some(outcome) => vec![Msg::Results(Box::new(outcome))],
                None => vec![Msg::Failed("the search could not read the database".into())],
            }
        }
        Effect::SaveView { replacing, view } => {
            let message = match replacing {
                Some(old) if !view.is_named(old) => {
                    format!("renamed view '{old}' to '{}'", view.name)
                }
                _ => format!("saved view '{}': {}", view.name, view.query),
            };
            views_changed(
                store,
                crate::views::save(store, replacing.as_deref(), view.clone()),
                message,
            )
        }
        Effect::DeleteView(name) => match crate::views::delete(store, name) {
            Ok(view) => views_changed(store, Ok(()), format!("deleted view '{}'", view.name)),
            Err(e) => failed(e),
        },
        Effect::LoadDetail(id) => match store.idea(*id) {
            Ok(idea) => vec![Msg::DetailLoaded(*id, idea.map(Box::new))],
            Err(e) => failed(e.into()),
        },
        Effect::Edit {
            ids,
            edits,
            label,
            triage_next,
        } => match ideas::edit_returning(store, ids, edits, app.now) {
            Ok(changes) => vec![Msg::Saved {
                label: label.clone(),
                changes,
                triage_next: *triage_next,
            }],
            Err(e) => refused(store, e, ids.iter().copied(), None),
        },
        Effect::Create(idea) => match ideas::add(store, (**idea).clone())
            .and_then(|id| store.idea(id)?.ok_or(crate::Error::NotFound(id)))
        {
            Ok(stored) => {
                let label = format!("added #{}", stored.id);
                vec![Msg::Saved {
                    label,
                    changes: vec![(None, Some(stored))],
                    triage_next: false,
                }]
            }
            Err(e) => failed(e),
        },
        Effect::Replace(before, after) => {
            let changes = vec![(Some((**before).clone()), Some((**after).clone()))];
            match ideas::restore(store, &changes) {
                Ok(()) => vec![Msg::Saved {
                    label: format!("edited #{}", after.id),
                    changes,
                    triage_next: false,
                }],
                Err(e) => refused(store, e, [after.id], None),
            }
        }
        Effect::Restore {
            changes,
            label,
            redo,
        } => match ideas::restore(store, changes) {
            Ok(()) => vec![Msg::Restored {
                label: label.clone(),
                changes: changes.clone(),
                redo: *redo,
            }],
            Err(e) => {
                // Back on its stack as it was there (see edit::update).
                let as_stacked = if *redo {
                    changes.clone()
                } else {
                    changes
                        .iter()
                        .map(|(c, t)| (t.clone(), c.clone()))
                        .collect()
                };
                let step = super::msg::RefusedStep {
                    redo: *redo,
                    label: label.clone(),
                    changes: as_stacked,
                };
                refused(store, e, ids_of(changes), Some(step))
            }
        },
        Effect::OpenEditor { id, text } => match editor(text) {
            Ok(after) => vec![Msg::EditorDone {
                id: *id,
                before: text.clone(),
                after,
            }],
            Err(e) => vec![Msg::Failed(e)],
        },
        Effect::Quit => Vec::new(),
    }
}

/// Feeds a message to update and carries out everything that follows.
pub fn dispatch(app: &mut App, store: &Store, msg: Msg, editor: &mut EditText<'_>) {
    let effects = update(app, msg);
    carry_out(app, store, effects, editor);
}

/// Carries out effects in order, feeding what they yield back to update.
pub fn carry_out(app: &mut App, store: &Store, effects: Vec<Effect>, editor: &mut EditText<'_>) {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        for msg in perform(app, store, &effect, editor) {
            queue.extend(update(app, msg));
        }
    }
}

