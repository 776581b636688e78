//! What a terminal event means where the user is: the key contexts that
//! apply now, and the message a key, click or resize stands for.

use super::app::{self, App, Focus};
use super::keymap;
use super::keymap::Context;
use super::msg::{ChangeMsg, FormMsg, ListMsg, Msg, PromptMsg, QueryMsg, ScreenMsg};
use super::prompt;
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

/// The key contexts active now, most specific first.
pub fn contexts(app: &App) -> Vec<Context> {
    if app.help.is_some() {
        vec![Context::Help]
    } else if app.dialog.is_some() || app.form.as_ref().is_some_and(|f| f.confirm_cancel) {
        vec![Context::Dialog]
    } else if app.form.is_some() {
        vec![Context::Form]
    } else if app.prompt.is_some() {
        vec![Context::Prompt]
    } else if app.pending == Some(app::Pending::Stage) {
        vec![Context::StagePrefix]
    } else if app.pending == Some(app::Pending::Score) {
        vec![Context::ScorePrefix]
    } else if app.stats.is_some() {
        vec![Context::Stats]
    } else if app.triage.is_some() {
        vec![Context::Triage]
    } else if app.editing {
        vec![Context::Query]
    } else if app.full_detail {
        vec![Context::Detail]
    } else if app.focus == Focus::Sidebar {
        vec![Context::Sidebar, Context::Browse]
    } else {
        vec![Context::Browse]
    }
}

/// The keys that apply now: the contexts, narrowed to the actions the open
/// question or prompt takes.
pub fn scope(app: &App) -> keymap::Scope {
    let contexts = contexts(app);
    let actions = match contexts.first() {
        Some(Context::Dialog) if app.form.as_ref().is_some_and(|f| f.confirm_cancel) => {
            Some(app::Dialog::YES_NO)
        }
        Some(Context::Dialog) => app.dialog.as_ref().map(app::Dialog::actions),
        Some(Context::Prompt) => app.prompt.as_ref().map(prompt::Prompt::actions),
        _ => None,
    };
    keymap::Scope { contexts, actions }
}

/// The events a terminal event stands for now: an Alt key bound where the
/// user is (`Alt-b` in the query bar) is itself; any other is split by
/// [`split_alt`].
pub fn events_for(app: &App, event: Event) -> Vec<Event> {
    if let Event::Key(key) = &event
        && key.modifiers.contains(crossterm::event::KeyModifiers::ALT)
        && matches!(
            app.keymap.lookup(&contexts(app), &app.keys_pending, key),
            keymap::Lookup::Found(_) | keymap::Lookup::Pending(_)
        )
    {
        return vec![event];
    }
    split_alt(event)
}

/// Terminals send Esc followed quickly by a key as that key with Alt, and
/// sprout binds Alt keys only in the query bar: so elsewhere Alt+key is
/// taken as the Esc and the key the person pressed (Esc then q quits,
/// instead of doing nothing).
pub fn split_alt(event: Event) -> Vec<Event> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    match event {
        Event::Key(key)
            if key.modifiers.contains(KeyModifiers::ALT)
                && matches!(key.code, KeyCode::Char(_)) =>
        {
            let plain = KeyEvent {
                modifiers: key.modifiers - KeyModifiers::ALT,
                ..key
            };
            vec![
                Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
                Event::Key(plain),
            ]
        }
        other => vec![other],
    }
}

/// The message a terminal event means now, if any.
pub fn message_for(app: &App, event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if app.dialog.as_ref().is_some_and(app::Dialog::any_key_closes) {
                // Any key closes a notice.
                return Some(Msg::DialogKey('n'));
            }
            let scope = scope(app);
            let contexts = &scope.contexts;
            match app.keymap.lookup_in(&scope, &app.keys_pending, &key) {
                keymap::Lookup::Found(msg) => return Some(msg),
                keymap::Lookup::Pending(k) => return Some(Msg::Keys(Some(k))),
                keymap::Lookup::None if !app.keys_pending.is_empty() => {
                    return Some(Msg::Keys(None));
                }
                keymap::Lookup::None => {}
            }
            {
                let input = ratatui_textarea::Input::from(key);
                match contexts.first() {
                    Some(Context::Query) => Some(Msg::Query(QueryMsg::QueryInput(input))),
                    Some(Context::Prompt) => Some(Msg::Prompt(PromptMsg::PromptInput(input))),
                    Some(Context::Form) => Some(Msg::Form(FormMsg::FormInput(input))),
                    // Any other key after a prefix cancels it.
                    Some(Context::StagePrefix | Context::ScorePrefix) => {
                        Some(Msg::Change(ChangeMsg::CancelPrefix))
                    }
                    _ => None,
                }
            }
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Some(Msg::List(ListMsg::Click(m.column, m.row)))
            }
            MouseEventKind::ScrollDown => Some(Msg::List(ListMsg::Scroll(3))),
            MouseEventKind::ScrollUp => Some(Msg::List(ListMsg::Scroll(-3))),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Screen(ScreenMsg::Resize(w, h))),
        _ => None,
    }
}
