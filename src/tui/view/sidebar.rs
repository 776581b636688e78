//! The filter sidebar: facet values with live counts and ticks.

use super::super::app::{App, Focus};
use super::super::sidebar::SidebarItem;
use super::super::theme;
use super::parts::{fit, pane};
use crate::domain::{Named, Sector, Stage};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Sidebar && app.overlays.help().is_none();
    let block = pane("Filters", focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    if width < 6 {
        return;
    }
    let visible = app
        .sidebar
        .items
        .iter()
        .enumerate()
        .skip(app.sidebar.offset)
        .take(inner.height as usize);
    for (line, (index, item)) in visible.enumerate() {
        let r = Rect {
            y: inner.y + line as u16,
            height: 1,
            ..inner
        };
        let base = if focused && index == app.sidebar.cursor {
            theme::selected(true)
        } else {
            Style::default()
        };
        let spans = match item {
            SidebarItem::Header(title) => fit(title, width, theme::header(), &[]),
            SidebarItem::View {
                name,
                count,
                active,
                ..
            } => {
                // The view in use is marked with a symbol, not only colour.
                let mark = if *active {
                    Span::styled("▸ ", base.patch(theme::checked()))
                } else {
                    Span::styled("  ", base)
                };
                let count_text = count.map_or_else(|| "…".to_string(), |c| c.to_string());
                let name_width = width.saturating_sub(2 + count_text.chars().count() + 3);
                let style = if *active {
                    base.patch(theme::title())
                } else {
                    base
                };
                let mut spans = vec![mark];
                let name_width =
                    name_width.min(unicode_width::UnicodeWidthStr::width(name.as_str()));
                spans.extend(fit(name, name_width, style, &[]));
                spans.push(Span::styled(
                    format!(" · {count_text}"),
                    base.patch(theme::dim()),
                ));
                spans
            }
            SidebarItem::Value {
                field,
                value,
                label,
                count,
                checked,
            } => {
                let tick = if *checked {
                    Span::styled("[x] ", base.patch(theme::checked()))
                } else {
                    Span::styled("[ ] ", base)
                };
                let count_text = count.to_string();
                let label_width = width.saturating_sub(4 + count_text.len() + 1);
                let colour = match *field {
                    "sector" => Sector::parse(value).map(theme::sector).unwrap_or_default(),
                    "stage" => Stage::parse(value).map(theme::stage).unwrap_or_default(),
                    _ => Style::default(),
                };
                let style = if *count == 0 && !checked {
                    base.patch(theme::dim())
                } else {
                    base.patch(colour)
                };
                let mut spans = vec![tick];
                spans.extend(fit(label, label_width, style, &[]));
                spans.push(Span::styled(
                    format!(" {count_text}"),
                    base.patch(theme::dim()),
                ));
                spans
            }
        };
        frame.render_widget(Line::from(spans), r);
    }
}
