//! The update side of changing ideas: quick keys, marks, notes, archive,
//! undo and redo, triage, the form and the external editor. Like the rest
//! of update it does no I/O; stores and the editor are effects.

use super::app::{App, Dialog, Pending, UndoStep};
use super::applied::{after_change, apply_to_catalog};
use super::form::{Completions, Form};
use super::msg::{ChangeMsg, Effect, FormMsg, PromptMsg, Reply};
use super::prompt::{Prompt, PromptKind};
use super::screen::Overlay;
use crate::domain::Edit;
use crate::domain::idea::check_note;
use crate::domain::text::clean_line;
use crate::i18n::label as word;
use crate::ideas::Change;
use crate::tr;

/// An edit of the current targets, or a message when there are none.
fn edit_targets(app: &mut App, edits: Vec<Edit>, what: String, triage_next: bool) -> Vec<Effect> {
    let ids = app.targets();
    if ids.is_empty() {
        app.message = Some(tr!("ui-no-idea-selected"));
        return Vec::new();
    }
    let label = super::step_label::label(&what, &ids);
    super::bulk::edit_or_ask(
        app,
        Effect::Edit {
            ids,
            edits,
            label,
            triage_next,
        },
    )
}

/// Changing the selected, marked or triaged ideas.
pub fn change(app: &mut App, msg: ChangeMsg) -> Vec<Effect> {
    if msg.waits_for_loading() && app.still_loading() {
        return Vec::new();
    }
    match msg {
        ChangeMsg::SetSector(s) => {
            app.pending = None;
            return edit_targets(
                app,
                vec![Edit::Sector(s)],
                tr!("ui-step-sector", value = &word(s)),
                false,
            );
        }
        ChangeMsg::StagePrefix => app.pending = Some(Pending::Stage),
        ChangeMsg::ScorePrefix => app.pending = Some(Pending::Score),
        ChangeMsg::CancelPrefix => app.pending = None,
        ChangeMsg::SetStage(s) => {
            app.pending = None;
            let next = app.screen.triage().is_some();
            let ids = app.targets();
            let effects = edit_targets(
                app,
                vec![Edit::Stage(s)],
                // Lower case, as the keys name it (`stage → pilot`).
                tr!("ui-step-stage", value = &word(s).to_lowercase()),
                next,
            );
            // Many ideas are asked about first: the menu opens on the `y`
            // (see bulk.rs), not under the question, whose answer closed it.
            if !effects.is_empty() {
                super::reason_pick::offer(app, ids, s);
            }
            return effects;
        }
        ChangeMsg::PickReason(n) => return super::reason_pick::pick(app, n),
        ChangeMsg::SkipReason => app.pending = None,
        ChangeMsg::SetScore(score) => {
            app.pending = None;
            let what = score.map_or(tr!("ui-step-score-cleared"), |s| {
                tr!("ui-step-score", value = &s.to_string())
            });
            return edit_targets(app, vec![Edit::Score(score)], what, false);
        }
        ChangeMsg::ToggleMark => {
            if let Some(id) = app.selected_row().map(|r| r.id) {
                if !app.list.marked.remove(&id) {
                    app.list.marked.insert(id);
                }
                return super::cursor::move_cursor(app, super::msg::Step::Down);
            }
        }
        ChangeMsg::MarkAll => {
            let ids: Vec<u64> = {
                let cat = app.catalog();
                app.hits.iter().map(|h| cat.row(h.index()).id).collect()
            };
            app.list.marked.extend(ids);
            app.message = Some(tr!(
                "ui-marked-clears",
                count = app.list.marked.len(),
                key = &app.keymap.fill("{browse.back}")
            ));
        }
        ChangeMsg::Archive => {
            // The same key brings archived ideas back: there is no other
            // way to restore them in the UI.
            let restore = {
                let ids = app.targets();
                let cat = app.catalog();
                !ids.is_empty()
                    && ids
                        .iter()
                        .all(|id| cat.index_of(*id).is_some_and(|i| cat.row(i).archived))
            };
            return if restore {
                edit_targets(
                    app,
                    vec![Edit::Archived(false)],
                    tr!("ui-step-restored"),
                    false,
                )
            } else {
                edit_targets(
                    app,
                    vec![Edit::Archived(true)],
                    tr!("ui-step-archived"),
                    false,
                )
            };
        }
        ChangeMsg::Undo => match app.undo.pop() {
            Some(step) => {
                let changes = step
                    .changes
                    .into_iter()
                    .map(|(before, after)| (after, before))
                    .collect();
                return vec![Effect::Restore {
                    changes,
                    label: step.label,
                    redo: false,
                }];
            }
            None => app.message = Some(tr!("ui-nothing-to-undo")),
        },
        ChangeMsg::Redo => match app.redo.pop() {
            Some(step) => {
                return vec![Effect::Restore {
                    changes: step.changes,
                    label: step.label,
                    redo: true,
                }];
            }
            None => app.message = Some(tr!("ui-nothing-to-redo")),
        },
        ChangeMsg::AddNote => open_prompt(app, PromptKind::Note),
        ChangeMsg::SetAssignee => open_prompt(app, PromptKind::Assignee),
        ChangeMsg::MarkDuplicate => open_prompt(app, PromptKind::DuplicateOf),
        ChangeMsg::NotDuplicate => open_prompt(app, PromptKind::NotDuplicateOf),
        ChangeMsg::AssignReviewers => super::assign_flow::open(app),
    }
    Vec::new()
}

/// The one-line prompt.
pub fn prompt(app: &mut App, msg: PromptMsg) -> Vec<Effect> {
    match msg {
        PromptMsg::PromptInput(input) => {
            if let Some(p) = app.overlays.prompt_mut() {
                p.input(input);
            }
        }
        PromptMsg::PromptSubmit if super::live::keep_while_offline(app) => {}
        PromptMsg::PromptSubmit => return submit_prompt(app),
        PromptMsg::PromptCancel => {
            app.overlays.take_prompt();
        }
    }
    Vec::new()
}

/// The form for an idea, and the external editor.
pub fn form(app: &mut App, msg: FormMsg) -> Vec<Effect> {
    if msg.waits_for_loading() && app.still_loading() {
        return Vec::new();
    }
    match msg {
        FormMsg::NewIdea => {
            let completions = Completions::of(app.catalog().rows());
            app.overlays
                .push(Overlay::Form(Box::new(Form::new(None, &completions))));
        }
        FormMsg::EditIdea => match loaded(app) {
            Some(idea) => {
                let completions = Completions::of(app.catalog().rows());
                app.overlays
                    .push(Overlay::Form(Box::new(Form::new(Some(idea), &completions))));
            }
            None => app.message = Some(tr!("ui-no-idea-selected")),
        },
        FormMsg::ExternalEdit => match loaded(app) {
            Some(idea) => {
                let text = super::editor_text::editor_text(&idea);
                return vec![Effect::OpenEditor {
                    id: Some(idea.id),
                    text,
                }];
            }
            None => app.message = Some(tr!("ui-no-idea-selected")),
        },
        FormMsg::FormNext | FormMsg::FormPrev => {
            if let Some(f) = app.overlays.form_mut() {
                f.move_focus(if msg == FormMsg::FormNext { 1 } else { -1 });
            }
        }
        FormMsg::FormInput(input) => {
            let now = app.now;
            if let Some(f) = app.overlays.form_mut() {
                f.input(input, now);
            }
        }
        FormMsg::FormSave if super::live::keep_while_offline(app) => {}
        FormMsg::FormSave => return save_form(app),
        FormMsg::FormCancel => {
            if let Some(f) = app.overlays.form_mut() {
                if f.changed() {
                    f.confirm_cancel = true;
                } else {
                    app.overlays.take_form();
                }
            }
        }
    }
    Vec::new()
}

/// What the store and the editor report back.
pub fn reply(app: &mut App, msg: Reply) -> Vec<Effect> {
    match msg {
        Reply::EditorDone { id, before, after } => {
            return super::editor_text::editor_done(app, id, &before, after);
        }
        Reply::Saved {
            label,
            changes,
            triage_next,
        } => return saved(app, label, changes, triage_next),
        Reply::Refused {
            message,
            stored,
            step,
        } => return super::refused::update(app, message, stored, step),
        Reply::Clashed {
            message,
            stored,
            retry,
        } => return super::refused::clashed(app, message, stored, retry),
        Reply::Restored {
            label,
            changes,
            redo,
        } => {
            let apply = apply_to_catalog(app, &changes);
            app.message = Some(if redo {
                tr!("ui-step-redone", label = &label)
            } else {
                tr!("ui-step-undone", label = &label)
            });
            let flipped: Vec<Change> = if redo {
                changes
            } else {
                changes
                    .into_iter()
                    .map(|(current, target)| (target, current))
                    .collect()
            };
            let step = UndoStep {
                label,
                changes: flipped,
            };
            if redo {
                app.undo.push(step)
            } else {
                app.redo.push(step)
            }
            let mut effects = vec![apply];
            effects.extend(after_change(app));
            return effects;
        }
        _ => {}
    }
    Vec::new()
}

/// The full record of the selected idea, if it is loaded.
fn loaded(app: &App) -> Option<crate::domain::Idea> {
    let id = app.shown_id()?;
    app.detail.idea.as_ref().filter(|d| d.id == id).cloned()
}

fn open_prompt(app: &mut App, kind: PromptKind) {
    let ids = app.targets();
    if ids.is_empty() {
        app.message = Some(tr!("ui-no-idea-selected"));
        return;
    }
    let initial = match (&kind, ids.as_slice()) {
        (PromptKind::Assignee, [one]) => {
            let cat = app.catalog();
            cat.index_of(*one).map(|i| cat.row(i).assignee.to_string())
        }
        (PromptKind::DuplicateOf | PromptKind::NotDuplicateOf, [one]) => {
            super::pairs::default_other(app, *one, &kind)
        }
        _ => None,
    };
    let completions = match kind {
        PromptKind::Assignee => Completions::of(app.catalog().rows()).assignees,
        _ => Vec::new(),
    };
    let prompt = Prompt::new(kind, ids, &initial.unwrap_or_default());
    app.overlays.push(Overlay::Prompt(Box::new(
        prompt.with_completions(completions),
    )));
}

fn submit_prompt(app: &mut App) -> Vec<Effect> {
    let Some(p) = app.overlays.take_prompt() else {
        return Vec::new();
    };
    let text = p.text();
    let (edit, what) = match p.kind {
        PromptKind::NewView(_) => return super::views::submit_name(app, None, &text),
        PromptKind::RenameView { old, .. } => {
            return super::views::submit_name(app, Some(old), &text);
        }
        PromptKind::DuplicateOf => return super::pairs::submit(app, p.ids, &text, true),
        PromptKind::NotDuplicateOf => return super::pairs::submit(app, p.ids, &text, false),
        PromptKind::AssignReviewers => {
            return super::assign_flow::reviewers_given(app, p.ids, &text);
        }
        PromptKind::AssignPerIdea(who) => {
            return super::assign_flow::per_idea_given(app, p.ids, who, &text);
        }
        PromptKind::Note => match check_note(&text) {
            Ok(note) => (Edit::Note(note), tr!("ui-step-note-added")),
            Err(e) => {
                let problem = crate::i18n::field_rule_error(&e);
                app.message = Some(tr!("ui-note-invalid", problem = &problem));
                return Vec::new();
            }
        },
        PromptKind::Assignee => {
            let who = clean_line(&text);
            let what = if who.is_empty() {
                tr!("ui-step-assignee-cleared")
            } else {
                tr!("ui-step-assignee", who = &who)
            };
            (Edit::Assignee(who), what)
        }
    };
    let label = super::step_label::label(&what, &p.ids);
    let effect = Effect::Edit {
        ids: p.ids,
        edits: vec![edit],
        label,
        triage_next: false,
    };
    super::bulk::edit_or_ask(app, effect)
}

fn save_form(app: &mut App) -> Vec<Effect> {
    let now = app.now;
    let Some(f) = app.overlays.form_mut() else {
        return Vec::new();
    };
    f.attempted = true;
    let Some(idea) = f.result(now) else {
        app.message = Some(tr!(
            "ui-form-fix-red",
            key = &app.keymap.fill("{form.save}")
        ));
        return Vec::new();
    };
    let form = app.overlays.take_form();
    match form.and_then(|f| f.base) {
        None => vec![Effect::Create(Box::new(idea))],
        Some(base) if base == idea => {
            app.message = Some(tr!("ui-no-changes"));
            Vec::new()
        }
        Some(base) => vec![Effect::Replace(Box::new(base), Box::new(idea))],
    }
}

pub fn dialog_key(app: &mut App, c: char) -> Vec<Effect> {
    if let Some(f) = app.overlays.form_mut().filter(|f| f.confirm_cancel) {
        if c == 'y' {
            app.overlays.take_form();
            app.message = Some(tr!("ui-changes-discarded"));
        } else {
            f.confirm_cancel = false;
        }
        return Vec::new();
    }
    if app.overlays.review().is_some_and(|r| r.confirm_drop) {
        super::review_flow::answer_drop(app, c);
        return Vec::new();
    }
    match (app.overlays.take_dialog(), c) {
        (Some(Dialog::DeleteView { name, .. }), 'y') => vec![Effect::DeleteView(name)],
        (Some(Dialog::Clash { effect, .. }), c) => super::bulk::clash_answer(app, *effect, c),
        (Some(Dialog::Confirm { effect, .. }), c) => super::bulk::answer(app, *effect, c == 'y'),
        (Some(Dialog::Plan { effect, .. }), c) => super::bulk::answer(app, *effect, c == 'y'),
        (Some(Dialog::DeleteView { .. } | Dialog::Notice { .. } | Dialog::Summary { .. }), _) => {
            Vec::new()
        }
        (Some(Dialog::EditorErrors { id, text, .. }), 'e') => vec![Effect::OpenEditor { id, text }],
        (Some(Dialog::EditorErrors { .. }), 'd') => {
            app.message = Some(tr!("ui-edit-discarded"));
            Vec::new()
        }
        (other, _) => {
            if let Some(d) = other {
                app.overlays.push(Overlay::Dialog(d));
            }
            Vec::new()
        }
    }
}

fn saved(app: &mut App, label: String, changes: Vec<Change>, triage_next: bool) -> Vec<Effect> {
    let apply = apply_to_catalog(app, &changes);
    if triage_next {
        super::triage_flow::decided(app, &changes);
    }
    let created = match changes.as_slice() {
        [(None, Some(new))] => Some(new.id),
        _ => None,
    };
    if changes.is_empty() {
        app.message = Some(tr!("ui-step-no-change", label = &label));
    } else if std::mem::take(&mut app.join_undo)
        && let Some(last) = app.undo.last_mut()
        && super::reason_pick::joins(last, &changes)
    {
        super::reason_pick::join(last, label, changes);
        app.message = Some(tr!("ui-step-undo-hint", label = &last.label));
        app.redo.clear();
    } else {
        app.message = Some(tr!("ui-step-undo-hint", label = &label));
        app.undo.push(UndoStep { label, changes });
        app.redo.clear();
    }
    if created.is_some() {
        app.select_after = created;
    }
    let mut effects = vec![apply];
    effects.extend(after_change(app));
    effects
}
