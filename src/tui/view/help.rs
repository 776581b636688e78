//! The help overlay, generated from the key table.

use super::super::app::App;
use super::super::keymap::{Context, Keymap};
use super::super::{strings, theme};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Width of the key column.
const KEYS: usize = 22;

/// Splits `text` into lines of at most `width` characters at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    for word in text.split(' ') {
        let last = out.last_mut().expect("never empty");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > width {
            out.push(word.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    out
}

/// The help text for a box `width` columns wide: every binding, grouped by
/// where it applies, long descriptions wrapped under themselves.
pub fn lines(keymap: &Keymap, width: usize) -> Vec<Line<'static>> {
    let text_width = width.saturating_sub(KEYS + 2).max(20);
    let mut out = Vec::new();
    for ctx in Context::ALL {
        out.push(Line::styled(ctx.title().to_string(), theme::header()));
        for (keys, help) in keymap.help(ctx) {
            // Keys too long for their column go on a line of their own.
            if keys.chars().count() > KEYS - 3 {
                out.push(Line::styled(format!("  {keys}"), theme::key()));
            }
            let keys = if keys.chars().count() > KEYS - 3 {
                String::new()
            } else {
                keys
            };
            for (n, part) in wrap(&help, text_width).into_iter().enumerate() {
                let keys = if n == 0 { keys.clone() } else { String::new() };
                out.push(Line::from(vec![
                    Span::styled(format!("  {keys:<w$}", w = KEYS - 2), theme::key()),
                    Span::raw(part),
                ]));
            }
        }
        out.push(Line::default());
    }
    out.push(Line::styled(
        "Mouse: click selects a row or ticks a filter; the wheel scrolls.",
        theme::dim(),
    ));
    out
}

pub fn render(app: &App, frame: &mut Frame, screen: Rect) {
    let width = 100.min(screen.width);
    let text = lines(&app.keymap, width.saturating_sub(2) as usize);
    let height = (text.len() as u16 + 2).min(screen.height);
    let area = Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    };
    let max_scroll = (text.len() as u16 + 2).saturating_sub(height);
    let scroll = app.help.unwrap_or(0).min(max_scroll);
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(app.keymap.fill(strings::HELP_TITLE))
        .border_style(theme::border(true));
    frame.render_widget(
        Paragraph::new(Text::from(text))
            .block(block)
            .scroll((scroll, 0)),
        area,
    );
}
