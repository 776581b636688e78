//! The query bar on top.

use super::super::app::App;
use super::super::theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let [prompt, field] =
        Layout::horizontal([Constraint::Length(2), Constraint::Min(0)]).areas(area);
    let style = if app.query.error.is_some() {
        theme::error()
    } else if app.query.editing {
        theme::key()
    } else {
        theme::dim()
    };
    frame.render_widget(Span::styled("/ ", style), prompt);
    frame.render_widget(&app.query.input, field);
}
