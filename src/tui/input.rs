//! What a terminal event means where the user is: the key contexts that
//! apply now, and the message a key, click or resize stands for.

use super::app::{self, App, Focus};
use super::keymap;
use super::keymap::Context;
use super::msg::{ChangeMsg, FormMsg, ListMsg, Msg, PromptMsg, QueryMsg, ReviewMsg, ScreenMsg};
use super::screen::{Overlay, Screen};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

/// The key contexts active now, most specific first: the overlay on top,
/// else a key prefix typed, else the screen that is up.
pub fn contexts(app: &App) -> Vec<Context> {
    if let Some(top) = app.overlays.top() {
        return vec![match top {
            Overlay::Help(_) => Context::Help,
            Overlay::Dialog(_) => Context::Dialog,
            Overlay::Form(f) if f.confirm_cancel => Context::Dialog,
            Overlay::Form(_) => Context::Form,
            Overlay::Prompt(_) => Context::Prompt,
            Overlay::Review(r) if r.confirm_drop => Context::Dialog,
            Overlay::Review(r) => r.context(),
        }];
    }
    match app.pending {
        Some(app::Pending::Stage) => return vec![Context::StagePrefix],
        Some(app::Pending::Score) => return vec![Context::ScorePrefix],
        // Any key the menu does not take closes it and does what it does.
        Some(app::Pending::Reason { .. }) => {
            let mut under = screen_contexts(app);
            under.insert(0, Context::ReasonPrefix);
            return under;
        }
        None => {}
    }
    screen_contexts(app)
}

/// The contexts of the screen that is up, under any prefix.
fn screen_contexts(app: &App) -> Vec<Context> {
    match app.screen {
        Screen::Stats { .. } => vec![Context::Stats],
        Screen::Triage(_) => vec![Context::Triage],
        // The query bar, once clicked or `/`, takes the keys of the panes.
        _ if app.query.editing => vec![Context::Query],
        Screen::FullDetail => vec![Context::Detail],
        Screen::Browse if app.focus == Focus::Sidebar => vec![Context::Sidebar, Context::Browse],
        Screen::Browse => vec![Context::Browse],
    }
}

/// The keys that apply now: the contexts, narrowed to the actions the open
/// question or prompt takes.
pub fn scope(app: &App) -> keymap::Scope {
    let contexts = contexts(app);
    let actions = match app.overlays.top() {
        Some(Overlay::Form(f)) if f.confirm_cancel => Some(app::Dialog::YES_NO),
        Some(Overlay::Review(r)) if r.confirm_drop => Some(app::Dialog::YES_NO),
        Some(Overlay::Dialog(d)) => Some(d.actions()),
        Some(Overlay::Prompt(p)) => Some(p.actions()),
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
            if app.overlays.any_key_closes() {
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
                    Some(Context::Review | Context::ReviewComment) => {
                        Some(Msg::Review(ReviewMsg::Input(input)))
                    }
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
