//! The filter sidebar: facet values with live counts and ticks, in the
//! language spoken (the query terms a tick makes stay English).

use super::super::app::{App, Focus};
use super::super::sidebar::SidebarItem;
use super::super::theme;
use super::parts::{fit, pane};
use crate::domain::{Barrier, Named, OrgKind, Sector, Stage};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Sidebar && app.overlays.help().is_none();
    let title = crate::tr!("ui-sidebar-title");
    let block = pane(&title, focused);
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
            SidebarItem::Header(title) => fit(&header(title), width, theme::header(), &[]),
            SidebarItem::View {
                name,
                query,
                count,
                active,
            } => {
                let name = &crate::views::shown_name(name, query);
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
                let label = value_label(field, value, label, label_width);
                spans.extend(fit(&label, label_width, style, &[]));
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

/// A facet's heading in the language spoken (`Sector`, `Сектор`).
fn header(title: &str) -> String {
    let id = format!("ui-facet-{}", title.to_lowercase());
    let id = id.replace("organisation", "org");
    crate::i18n::texts()
        .find(&id, &[])
        .unwrap_or_else(|| title.to_string())
}

/// A vocabulary value's label in the language spoken, or its short name
/// where the label does not fit (`Здравоохранение и соцзащита` is cut
/// nowhere: it becomes `Здравоохр.`); free text (regions, tags) as it is.
fn value_label(field: &str, value: &str, label: &str, room: usize) -> String {
    fn of<T: Named>(value: &str, room: usize) -> Option<String> {
        let v = T::parse(value).ok()?;
        let full = crate::i18n::label(v);
        if unicode_width::UnicodeWidthStr::width(full.as_str()) <= room {
            return Some(full);
        }
        let short = format!("ui-name-{}-{}", T::KIND.replace(' ', "-"), v.name());
        let short = crate::i18n::texts()
            .find(&short, &[])
            .map(|s| capitalised(&s));
        Some(short.unwrap_or(full))
    }
    let named = match field {
        "sector" => of::<Sector>(value, room),
        "stage" => of::<Stage>(value, room),
        "org" => of::<OrgKind>(value, room),
        "barrier" => of::<Barrier>(value, room),
        _ => None,
    };
    named.unwrap_or_else(|| label.to_string())
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
