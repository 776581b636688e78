//! Drawing: one function per pane, reading the state and computing nothing
//! that belongs in update. Only visible rows are drawn.

mod detail;
mod help;
mod list;
mod popup;
mod query_bar;
mod sidebar;
mod stats;
mod status;
mod triage;

use super::app::App;
use super::strings;
use super::theme;
use crate::domain::text::printable;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub use detail::max_scroll as detail_max_scroll;

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
        let msg = Paragraph::new(strings::TOO_SMALL).wrap(Wrap { trim: true });
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
        message(app, frame, inner, strings::WELCOME_TITLE, strings::WELCOME);
    } else if let Some((figures, scroll)) = &app.stats {
        let body = Rect {
            y: areas.query.bottom(),
            height: areas.status.y - areas.query.bottom(),
            ..area
        };
        stats::render(app, figures, *scroll, frame, body);
    } else if let Some(t) = &app.triage {
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
    if let Some(p) = &app.prompt {
        popup::prompt(p, &app.keymap, frame, area);
    }
    if let Some(f) = &app.form {
        popup::form(f, &app.keymap, frame, area);
    }
    popup::dialog(app, frame, area);
    if app.help.is_some() {
        help::render(app, frame, area);
    }
}

/// A bordered pane, its border lit when it has focus.
fn pane(title: &str, focused: bool) -> Block<'_> {
    Block::bordered()
        .title(format!(" {}{title} ", theme::focus_mark(focused)))
        .border_style(theme::border(focused))
}

/// A centred message inside a pane (welcome, no results).
fn message(app: &App, frame: &mut Frame, area: Rect, title: &str, lines: &[&str]) {
    let mut text = vec![
        Line::styled(title.to_string(), theme::title()),
        Line::default(),
    ];
    text.extend(lines.iter().map(|l| Line::from(app.keymap.fill(l))));
    let p = Paragraph::new(Text::from(text))
        .alignment(Alignment::Left)
        .wrap(Wrap { trim: false });
    // Centred by the rows it takes once wrapped, not by its lines.
    let height = u16::try_from(p.line_count(area.width)).unwrap_or(u16::MAX);
    let top = area.y + area.height.saturating_sub(height) / 2;
    let r = Rect {
        y: top,
        height: area.bottom().saturating_sub(top),
        ..area
    };
    frame.render_widget(p, r);
}

/// Safe, one-line text cut to `width` columns with `…`; with the character
/// positions in `highlight` styled as matches.
pub fn fit<'a>(
    text: &str,
    width: usize,
    base: ratatui::style::Style,
    highlight: &[usize],
) -> Vec<Span<'a>> {
    let text = printable(text, false);
    let too_wide = text.width() > width;
    let room = if too_wide {
        width.saturating_sub(1)
    } else {
        width
    };
    let mut spans: Vec<Span<'a>> = Vec::new();
    let mut used = 0;
    let mut run = String::new();
    let mut run_hl = false;
    for (i, c) in text.chars().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        let hl = highlight.binary_search(&i).is_ok();
        if hl != run_hl && !run.is_empty() {
            let style = if run_hl {
                base.patch(theme::matched())
            } else {
                base
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hl = hl;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_hl {
            base.patch(theme::matched())
        } else {
            base
        };
        spans.push(Span::styled(run, style));
    }
    if too_wide && width > 0 {
        spans.push(Span::styled("…", base));
        used += 1;
    }
    if used < width {
        spans.push(Span::styled(" ".repeat(width - used), base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn plain(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn fit_pads_cuts_and_keeps_wide_characters_whole() {
        assert_eq!(plain(&fit("abc", 5, Style::default(), &[])), "abc  ");
        assert_eq!(plain(&fit("abcdef", 4, Style::default(), &[])), "abc…");
        assert_eq!(plain(&fit("日本語", 4, Style::default(), &[])), "日… ");
        assert_eq!(
            plain(&fit("a\u{1b}[2J", 6, Style::default(), &[]))
                .chars()
                .next(),
            Some('a')
        );
        assert!(!plain(&fit("a\u{1b}b", 6, Style::default(), &[])).contains('\u{1b}'));
        let spans = fit("water", 5, Style::default(), &[0, 1]);
        assert_eq!(spans[0].content, "wa");
        assert_eq!(spans[0].style, theme::matched());
    }
}
