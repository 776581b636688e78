//! Carrying out effects: what update asks for (store this, read that,
//! search, change the catalog, open the editor) done by the [`Backend`],
//! which owns the store, the search engine and its worker; the messages it
//! yields are fed back to update until nothing is left to do.

use super::app::App;
use super::msg::{Effect, Msg, Reply};
use super::update::update;
use crate::ideas;
use crate::search::{Engine, Searcher};
use crate::store::Store;
use std::sync::Arc;
use std::time::Duration;

/// Hands text to the user's editor and returns what they saved.
pub type EditText<'a> = dyn FnMut(&str) -> Result<String, String> + 'a;

/// Carries out one effect against the store; returns the messages it yields.
/// The views as stored after a change to them, or why it failed.
fn views_changed(store: &Store, saved: Result<(), crate::Error>, message: String) -> Vec<Msg> {
    match saved.and_then(|()| Ok(store.views()?)) {
        Ok(views) => vec![Msg::Reply(Reply::ViewsChanged { views, message })],
        Err(e) => vec![Msg::Reply(Reply::Failed(e.to_string()))],
    }
}

/// A change that was not written: what is stored now of the ideas it
/// touched, read back (see [`Msg::Reply(Reply::Refused)`]).
fn refused(
    store: &Store,
    e: crate::Error,
    ids: impl IntoIterator<Item = u64>,
    step: Option<super::msg::RefusedStep>,
) -> Vec<Msg> {
    let stored = read_back(store, ids.into_iter().collect());
    let mut msgs = Vec::new();
    if let crate::Error::Store(crate::store::StoreError::Lost(why)) = &e {
        msgs.push(Msg::Reply(Reply::Connection(Some(why.clone()))));
    }
    // The status line is short: the words that matter first.
    let message = match e {
        crate::Error::Store(crate::store::StoreError::Full { .. }) => {
            crate::tr!("ui-disk-full-short")
        }
        other => other.to_string(),
    };
    msgs.push(Msg::Reply(Reply::Refused {
        message,
        stored,
        step,
    }));
    msgs
}

/// The ids a list of changes touches.
fn ids_of(changes: &[ideas::Change]) -> Vec<u64> {
    changes
        .iter()
        .filter_map(|(a, b)| a.as_ref().or(b.as_ref()).map(|i| i.id))
        .collect()
}

/// What carries out effects: the store, and the search engine (in place)
/// or its worker (in the running UI).
pub struct Backend {
    pub store: Store,
    /// Searches in place when there is no worker (tests, benchmarks).
    pub engine: Engine,
    pub searcher: Option<Searcher>,
    /// Finds near-duplicates off the UI thread (in the running UI).
    pub similar: Option<super::similar_worker::SimilarWorker>,
    /// The near-duplicate index in place, when there is no worker.
    pub built: super::similar_worker::Built,
}

impl Backend {
    pub fn new(store: Store) -> Backend {
        Backend {
            store,
            engine: Engine::new(),
            searcher: None,
            similar: None,
            built: Default::default(),
        }
    }

    /// Feeds a message to update and carries out everything that follows.
    pub fn dispatch(&mut self, app: &mut App, msg: Msg, editor: &mut EditText<'_>) {
        let effects = update(app, msg);
        self.carry_out(app, effects, editor);
    }

    /// Carries out effects in order, feeding what they yield back to
    /// update. A change of the catalog is made as soon as update asks for
    /// it, before anything else, as if update had made it itself.
    pub fn carry_out(&mut self, app: &mut App, effects: Vec<Effect>, editor: &mut EditText<'_>) {
        let mut queue = std::collections::VecDeque::new();
        self.enqueue(app, &mut queue, effects);
        while let Some(effect) = queue.pop_front() {
            for msg in self.perform(app, &effect, editor) {
                let more = update(app, msg);
                self.enqueue(app, &mut queue, more);
            }
        }
    }

    fn enqueue(
        &mut self,
        app: &mut App,
        queue: &mut std::collections::VecDeque<Effect>,
        effects: Vec<Effect>,
    ) {
        for effect in effects {
            match effect {
                Effect::ApplyRows(changes) => self.apply_rows(app, &changes),
                Effect::InstallCatalog(handover) => {
                    if let Some(catalog) = handover.take() {
                        app.catalog = Arc::new(catalog);
                    }
                }
                other => queue.push_back(other),
            }
        }
    }

    /// Puts changed rows into the catalog in place, once the worker holds
    /// it no more (a search it runs gives up; a newer one is asked for).
    fn apply_rows(&mut self, app: &mut App, changes: &[ideas::Change]) {
        if let Some(searcher) = &self.searcher {
            searcher.quiesce(Duration::from_secs(60));
        }
        if Arc::get_mut(&mut app.catalog).is_none() {
            // Held elsewhere still (a worker that never let go, a caller's
            // copy): change a copy of the rows. Their positions may differ,
            // so the results pointing into them go, and the selection
            // comes back with the next results.
            app.select_after = app.select_after.or_else(|| app.selected_id());
            app.hits.clear();
            app.list.selected = 0;
            app.catalog = Arc::new(app.catalog.copied());
        }
        let Some(catalog) = Arc::get_mut(&mut app.catalog) else {
            return;
        };
        for (before, after) in changes {
            match (before, after) {
                (_, Some(a)) => catalog.upsert(crate::domain::Row::of(a)),
                (Some(b), None) => catalog.remove(b.id),
                (None, None) => {}
            }
        }
    }

    /// Carries out one effect; returns the messages it yields.
    pub fn perform(
        &mut self,
        app: &mut App,
        effect: &Effect,
        editor: &mut EditText<'_>,
    ) -> Vec<Msg> {
        let store = &self.store;
        let failed = |e: crate::Error| vec![Msg::Reply(Reply::Failed(e.to_string()))];
        match effect {
            Effect::Search(generation) => {
                let request = app.search_request(*generation);
                if let Some(searcher) = &self.searcher {
                    // The worker answers later, on the runtime's channel.
                    searcher.request(Arc::clone(&app.catalog), request);
                    return Vec::new();
                }
                match self.engine.answer(&app.catalog, store, &request, None) {
                    Some(outcome) => vec![Msg::Reply(Reply::Results(Box::new(outcome)))],
                    None => vec![Msg::Reply(Reply::Failed(crate::tr!(
                        "ui-search-unreadable"
                    )))],
                }
            }
            Effect::ApplyRows(changes) => {
                self.apply_rows(app, changes);
                Vec::new()
            }
            Effect::InstallCatalog(handover) => {
                if let Some(catalog) = handover.take() {
                    app.catalog = Arc::new(catalog);
                }
                Vec::new()
            }
            Effect::SaveView { replacing, view } => {
                let message = match replacing {
                    Some(old) if !view.is_named(old) => {
                        crate::tr!("ui-view-renamed", old = old, new = &view.name)
                    }
                    _ => super::views::saved_message(view),
                };
                views_changed(
                    store,
                    crate::views::save(store, replacing.as_deref(), view.clone()),
                    message,
                )
            }
            Effect::DeleteView(name) => match crate::views::delete(store, name) {
                Ok(view) => views_changed(
                    store,
                    Ok(()),
                    crate::tr!("ui-view-deleted", name = &view.name),
                ),
                Err(e) => failed(e),
            },
            Effect::LoadDetail(id) => match store.idea(*id) {
                Ok(idea) => {
                    // Reviews made with a rubric the UI has not read (changed
                    // since it started) need that version for their totals.
                    let unknown = idea.as_ref().is_some_and(|i| {
                        i.reviews.iter().any(|r| {
                            crate::domain::rubric::version(&app.rubrics, r.rubric).is_none()
                        })
                    });
                    let mut msgs = vec![Msg::Reply(Reply::DetailLoaded(*id, idea.map(Box::new)))];
                    if unknown && let Ok(rubrics) = store.rubrics() {
                        msgs.insert(0, Msg::Reply(Reply::Rubrics(rubrics)));
                    }
                    msgs
                }
                Err(e) => failed(e.into()),
            },
            Effect::OpenReview(id) => {
                let read = store
                    .idea(*id)
                    .map_err(crate::Error::from)
                    .and_then(|idea| {
                        let idea = idea.ok_or(crate::Error::NotFound(*id))?;
                        Ok((idea, store.rubrics()?))
                    });
                match read {
                    Ok((idea, rubrics)) => vec![Msg::Reply(Reply::ReviewReady {
                        idea: Box::new(idea),
                        rubric: crate::domain::rubric::current(&rubrics),
                        rubrics,
                        reviewer: store.actor(),
                    })],
                    Err(e) => failed(e),
                }
            }
            Effect::FindSimilar(ask) => {
                if let Some(worker) = &self.similar {
                    // The worker answers later, on the runtime's channel.
                    worker.ask(*ask);
                    return Vec::new();
                }
                match self.built.find(store, *ask) {
                    Some(found) => vec![Msg::Reply(Reply::Similar(Box::new(found)))],
                    None => vec![Msg::Reply(Reply::Failed(crate::tr!(
                        "ui-similar-unreadable"
                    )))],
                }
            }
            Effect::Edit { .. } | Effect::Replace(..) | Effect::Pair { .. } => {
                self.save(app, effect, false)
            }
            Effect::Overwrite(inner) => self.save(app, inner, true),
            Effect::Create(idea) => match ideas::add(store, (**idea).clone())
                .and_then(|id| store.idea(id)?.ok_or(crate::Error::NotFound(id)))
            {
                Ok(stored) => {
                    let label = crate::tr!("ui-step-added", id = &stored.id.to_string());
                    vec![Msg::Reply(Reply::Saved {
                        label,
                        changes: vec![(None, Some(stored))],
                        triage_next: false,
                    })]
                }
                Err(e) => failed(e),
            },
            Effect::Restore {
                changes,
                label,
                redo,
            } => {
                match ideas::restore_own(store, changes, if *redo { "redone" } else { "undone" }) {
                    Ok(()) => vec![Msg::Reply(Reply::Restored {
                        label: label.clone(),
                        changes: changes.clone(),
                        redo: *redo,
                    })],
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
                }
            }
            Effect::OpenEditor { id, text } => match editor(text) {
                Ok(after) => vec![Msg::Reply(Reply::EditorDone {
                    id: *id,
                    before: text.clone(),
                    after,
                })],
                Err(e) => vec![Msg::Reply(Reply::Failed(e))],
            },
            Effect::PlanAssignment {
                ids,
                reviewers,
                per_idea,
            } => super::assign_work::plan_for(store, ids, reviewers, *per_idea),
            Effect::Assign(proposal) => super::assign_work::apply(store, proposal, app.now),
            // The rows held carry the reasons; only their list is read.
            Effect::ReadDecided(version) => match store.reasons() {
                Ok(reasons) => vec![Msg::Reply(Reply::Decided(
                    *version,
                    super::msg::Handover::new(crate::search::decided::of_rows(
                        app.catalog().rows(),
                        &reasons,
                    )),
                ))],
                Err(e) => failed(e.into()),
            },
            Effect::Quit => Vec::new(),
        }
    }
}

impl Backend {
    /// Stores a change of ideas (an `Edit` or a `Replace`), merged with any
    /// change someone else made meanwhile; `overwrite` saves it over theirs
    /// where both changed the same field.
    fn save(&mut self, app: &mut App, effect: &Effect, overwrite: bool) -> Vec<Msg> {
        let store = &self.store;
        let (saved, ids, label, triage_next) = match effect {
            Effect::Edit {
                ids,
                edits,
                label,
                triage_next,
            } => (
                // Based on the rows as the screen shows them, so that a
                // change someone made a moment ago, not shown yet, is told.
                ideas::edit_as_seen(store, ids, edits, app.now, overwrite, &|id| {
                    let cat = app.catalog();
                    cat.index_of(id).map(|i| cat.row(i).clone())
                }),
                ids.clone(),
                label.clone(),
                *triage_next,
            ),
            Effect::Replace(before, after) => (
                ideas::replace(store, before, after, app.now, overwrite),
                vec![after.id],
                crate::tr!("ui-step-edited", id = &after.id.to_string()),
                false,
            ),
            Effect::Pair {
                ids,
                other,
                duplicate,
                label,
                triage_next,
            } => {
                let now = app.now;
                let pairs = ideas::pairs::check(store, ids, *other, *duplicate).and_then(|()| {
                    if *duplicate {
                        ideas::pairs::duplicate_of(store, ids, *other, now)
                    } else {
                        ideas::pairs::not_duplicate(store, ids, *other)
                    }
                });
                let pairs = match pairs {
                    Ok(pairs) => pairs,
                    Err(e) => {
                        return vec![Msg::Reply(Reply::Failed(format!("{e}; nothing saved")))];
                    }
                };
                let mut touched = ids.clone();
                touched.push(*other);
                (
                    ideas::pairs::write(store, pairs, now, overwrite),
                    touched,
                    label.clone(),
                    *triage_next,
                )
            }
            _ => return Vec::new(),
        };
        match saved {
            Ok(changes) => vec![Msg::Reply(Reply::Saved {
                label,
                changes,
                triage_next,
            })],
            Err(crate::Error::Clash(clashes)) => {
                let stored = read_back(store, ids);
                vec![Msg::Reply(Reply::Clashed {
                    message: super::clash_words::clashes_line(&clashes),
                    stored,
                    retry: Box::new(effect.clone()),
                })]
            }
            Err(e) => refused(store, e, ids, None),
        }
    }
}

/// What is stored now of these ideas (`None`: not there, or unreadable).
fn read_back(store: &Store, mut ids: Vec<u64>) -> Vec<(u64, Option<crate::domain::Idea>)> {
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .map(|id| (id, store.idea(id).ok().flatten()))
        .collect()
}

/// Carries out one effect on a backend of its own (tests): searches run
/// in place, without the results kept for reuse.
pub fn perform(
    app: &mut App,
    store: &Store,
    effect: &Effect,
    editor: &mut EditText<'_>,
) -> Vec<Msg> {
    Backend::new(store.clone()).perform(app, effect, editor)
}

/// [`Backend::dispatch`] on a backend of its own (tests).
pub fn dispatch(app: &mut App, store: &Store, msg: Msg, editor: &mut EditText<'_>) {
    Backend::new(store.clone()).dispatch(app, msg, editor);
}

/// [`Backend::carry_out`] on a backend of its own (tests).
pub fn carry_out(app: &mut App, store: &Store, effects: Vec<Effect>, editor: &mut EditText<'_>) {
    Backend::new(store.clone()).carry_out(app, effects, editor);
}
