//! The pieces every pane is drawn with: a bordered pane, a centred
//! message, and text fitted to a width.

use super::super::theme;
use crate::domain::text::printable;
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A bordered pane, its border lit when it has focus.
pub(super) fn pane(title: &str, focused: bool) -> Block<'_> {
    Block::bordered()
        .title(format!(" {}{title} ", theme::focus_mark(focused)))
        .border_style(theme::border(focused))
}

/// A centred message inside a pane (welcome, no results).
pub(super) fn message(frame: &mut Frame, area: Rect, title: &str, lines: &[String]) {
    let mut text = vec![
        Line::styled(title.to_string(), theme::title()),
        Line::default(),
    ];
    text.extend(lines.iter().map(|l| Line::from(l.clone())));
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

/// A section's heading in an idea's text (`── Summary`).
pub fn section(title: &str) -> Line<'static> {
    Line::styled(format!("── {title} "), theme::header())
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
