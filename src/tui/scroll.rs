//! Scrolling a text longer than its box (help, statistics): by a line, a
//! page, to either end, and never past the last line, so that the key
//! after `G` moves at once.

use super::app::App;
use super::msg::Step;
use ratatui::layout::Rect;

/// The new position after `step`, for a box of `shown` rows that can
/// scroll up to `room`.
pub fn apply(pos: u16, step: Step, shown: u16, room: u16) -> u16 {
    let page = shown.saturating_sub(1).max(1);
    let half = (shown / 2).max(1);
    let pos = pos.min(room);
    match step {
        Step::Up => pos.saturating_sub(1),
        Step::Down => pos.saturating_add(1),
        Step::PageUp => pos.saturating_sub(page),
        Step::PageDown => pos.saturating_add(page),
        Step::HalfUp => pos.saturating_sub(half),
        Step::HalfDown => pos.saturating_add(half),
        Step::Top => 0,
        Step::Bottom => room,
    }
    .min(room)
}

/// Scrolls the help overlay. Returns false when help is not open.
pub fn help(app: &mut App, step: Step) -> bool {
    let screen = Rect::new(0, 0, app.size.0, app.size.1);
    let (room, shown) = super::view::help_scroll_room(&app.keymap, screen);
    match app.overlays.help_mut() {
        Some(pos) => {
            *pos = apply(*pos, step, shown, room);
            true
        }
        None => false,
    }
}

/// Scrolls the statistics view. Returns false when it is not open.
pub fn stats(app: &mut App, step: Step) -> bool {
    let areas = app.areas();
    let body = Rect {
        x: 0,
        y: areas.query.bottom(),
        width: app.size.0,
        height: areas.status.y.saturating_sub(areas.query.bottom()),
    };
    match app.screen.stats_mut() {
        Some((figures, pos)) => {
            let (room, shown) = super::view::stats_scroll_room(figures, body);
            *pos = apply(*pos, step, shown, room);
            true
        }
        None => false,
    }
}
