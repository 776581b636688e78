//! The terminal UI (SPEC §5), in the state → message → update → view shape:
//! [`app::App`] holds the state, [`keymap`] turns keys into [`msg::Msg`]s,
//! [`update::update`] changes the state and returns [`msg::Effect`]s, and
//! [`view::render`] draws. [`runtime`] owns the terminal and does the I/O.

pub mod app;
pub mod edit;
pub mod form;
pub mod keymap;
pub mod layout;
pub mod msg;
pub mod prompt;
mod refused;
pub mod runtime;
pub mod search;
pub mod sidebar;
pub mod strings;
pub mod theme;
pub mod triage;
pub mod update;
pub mod view;
pub mod views;

use app::{App, Focus};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use keymap::Context;
use msg::Msg;

pub use runtime::{carry_out, dispatch, perform, run};

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

/// Terminals send Esc followed quickly by a key as that key with Alt, and
/// sprout binds no Alt keys: so Alt+key is taken as the Esc and the key the
/// person pressed (Esc then q quits, instead of doing nothing).
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
            if matches!(app.dialog, Some(app::Dialog::Notice { .. })) {
                // Any key closes a notice.
                return Some(Msg::DialogKey('n'));
            }
            let contexts = contexts(app);
            match app.keymap.lookup(&contexts, &app.keys_pending, &key) {
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
                    Some(Context::Query) => Some(Msg::QueryInput(input)),
                    Some(Context::Prompt) => Some(Msg::PromptInput(input)),
                    Some(Context::Form) => Some(Msg::FormInput(input)),
                    // Any other key after a prefix cancels it.
                    Some(Context::StagePrefix | Context::ScorePrefix) => Some(Msg::CancelPrefix),
                    _ => None,
                }
            }
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Msg::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Msg::Scroll(-3)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        _ => None,
    }
}
