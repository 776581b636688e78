//! Drawing: one function per pane, reading the state and computing nothing
//! that belongs in update. Only visible rows are drawn.

mod detail;
mod help;
mod help_query;
mod list;
mod parts;
mod popup;
mod query_bar;
mod reason_menu;
mod review_pane;
mod reviews;
mod sidebar;
mod similar;
mod stage_keys;
mod stats;
mod stats_reasons;
mod status;
mod triage;

use super::app::App;
use super::screen::Overlay;
use super::strings;
use super::theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

pub use detail::max_scroll as detail_max_scroll;
pub use parts::fit;
use parts::{message, pane};

/// How far the idea in triage can scroll.
pub fn triage_max_scroll(app: &App) -> u16 {
    let areas = app.areas();
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    triage::max_scroll(app, whole_body(&areas, area))
}

/// The rows between the query bar and the status line, full width: where
/// the screens that replace the panes draw.
fn whole_body(areas: &crate::tui::layout::Areas, area: Rect) -> Rect {
    Rect {
        y: areas.query.bottom(),
        height: areas.status.y - areas.query.bottom(),
        ..area
    }
}
pub use help::lines as help_lines;
pub use help::scroll_room as help_scroll_room;
pub use stats::scroll_room as stats_scroll_room;

/// Draws the whole screen, in the app's theme.
pub fn render(app: &App, frame: &mut Frame) {
    theme::drawing_with(app.theme, || render_screen(app, frame));
}

fn render_screen(app: &App, frame: &mut Frame) {
    let area = frame.area();
    // A theme with its own background (light) paints every cell first.
    frame.buffer_mut().set_style(area, theme::screen());
    if area.width < 20 || area.height < 5 {
        let msg = Paragraph::new(strings::too_small()).wrap(Wrap { trim: true });
        frame.render_widget(msg, area);
        return;
    }
    let areas = app.areas();
    query_bar::render(app, frame, areas.query);
    if app.catalog().is_empty() {
        // Nothing to filter or read yet: the welcome gets the whole body.
        let body = Rect {
            y: areas.query.bottom(),
            height: areas.status.y - areas.query.bottom(),
            ..area
        };
        let block = pane(strings::APP, true);
        let inner = block.inner(body);
        frame.render_widget(block, body);
        message(
            frame,
            inner,
            &strings::welcome_title(),
            &strings::welcome(&app.keymap),
        );
    } else if let Some((figures, scroll)) = app.screen.stats() {
        let body = Rect {
            y: areas.query.bottom(),
            height: areas.status.y - areas.query.bottom(),
            ..area
        };
        stats::render(app, figures, scroll, frame, body);
    } else if let Some(t) = app.screen.triage() {
        triage::render(app, t, frame, whole_body(&areas, area));
    } else {
        if let Some(s) = areas.sidebar {
            sidebar::render(app, frame, s);
        }
        if areas.list.width > 0 {
            list::render(app, frame, areas.list);
        }
        if let Some(d) = areas.detail {
            detail::render(app, frame, d);
        }
    }
    status::render(app, frame, areas.status);
    reason_menu::render(app, frame, area);
    // Bottom first, so the overlay that takes the keys is drawn on top.
    for overlay in app.overlays.iter() {
        match overlay {
            Overlay::Prompt(p) => popup::prompt(p, &app.keymap, frame, area),
            Overlay::Form(f) => popup::form(f, &app.keymap, frame, area),
            Overlay::Dialog(d) => popup::dialog(d, &app.keymap, frame, area),
            Overlay::Help(scroll) => help::render(app, *scroll, frame, area),
            Overlay::Review(p) => review_pane::render(p, &app.keymap, frame, area),
        }
    }
}
