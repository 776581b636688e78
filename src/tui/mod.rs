//! The terminal UI (SPEC §5), in the state → message → update → view shape:
//! [`app::App`] holds the state, [`keymap`] turns keys into [`msg::Msg`]s,
//! [`update::update`] changes the state and returns [`msg::Effect`]s, and
//! [`view::render`] draws. [`runtime`] owns the terminal and sleeps on one
//! channel that [`events`] feeds (input, search results, the loader,
//! signals); [`effects::Backend`] (the store, the search engine and its
//! worker) carries out the effects. [`input`] says what a terminal event
//! means where the user is.

pub mod app;
pub mod applied;
pub mod assign_flow;
pub mod assign_plan;
mod assign_work;
pub mod bulk;
mod catch_up;
mod clash_words;
pub mod cursor;
pub mod dates;
pub mod dialog;
pub mod edit;
mod editor_text;
pub mod effects;
pub mod events;
pub mod form;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod line_edit;
pub mod live;
pub mod live_state;
pub mod msg;
pub mod pairs;
pub mod panes;
pub mod prompt;
pub mod query_input;
mod reason_pick;
mod refused;
pub mod review_flow;
pub mod review_pane;
pub mod runtime;
pub mod screen;
pub mod scroll;
pub mod sidebar;
pub mod similar;
pub mod similar_state;
pub mod similar_worker;
pub mod stats_reasons;
pub mod step_label;
pub mod strings;
mod terminal;
pub mod theme;
pub mod triage;
pub mod triage_flow;
pub mod update;
pub mod view;
pub mod views;

pub use effects::{carry_out, dispatch, perform};
pub use input::{contexts, events_for, message_for, scope, split_alt};
pub use runtime::run;
