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
        out.push(Line::styled(
            super::super::keymap::words::context_title(ctx),
            theme::header(),
        ));
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
    let search = keymap.fill("{browse.search}");
    out.extend(super::help_query::lines(width, KEYS, &search, wrap));
    for part in wrap(&strings::list_marks(keymap), width.max(20)) {
        out.push(Line::styled(part, theme::dim()));
    }
    out.push(Line::styled(crate::tr!("ui-help-mouse"), theme::dim()));
    out
}

/// Where the help box goes on `screen`, and its text.
fn layout(keymap: &Keymap, screen: Rect) -> (Rect, Vec<Line<'static>>) {
    // The status line below stays in sight: it names help's keys.
    let screen = Rect {
        height: screen.height.saturating_sub(u16::from(screen.height > 3)),
        ..screen
    };
    let width = 100.min(screen.width);
    let text = lines(keymap, width.saturating_sub(2) as usize);
    let height = (text.len() as u16 + 2).min(screen.height);
    let area = Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    };
    (area, text)
}

/// How far help can scroll on `screen`, and how many of its lines show.
pub fn scroll_room(keymap: &Keymap, screen: Rect) -> (u16, u16) {
    let (area, text) = layout(keymap, screen);
    let shown = area.height.saturating_sub(2);
    let total = u16::try_from(text.len()).unwrap_or(u16::MAX);
    (total.saturating_sub(shown), shown)
}

/// `12–40 of 160`: the lines on screen of a scrolled text.
pub fn position(scroll: u16, shown: u16, total: u16) -> String {
    let last = scroll.saturating_add(shown).min(total);
    let first = u32::from((scroll + 1).min(last));
    crate::tr!(
        "ui-position",
        first = first,
        last = u32::from(last),
        total = u32::from(total)
    )
}

pub fn render(app: &App, scroll: u16, frame: &mut Frame, screen: Rect) {
    let (area, text) = layout(&app.keymap, screen);
    let (room, shown) = scroll_room(&app.keymap, screen);
    let scroll = scroll.min(room);
    frame.render_widget(Clear, area);
    let mut block = Block::bordered()
        .title(strings::help_title(&app.keymap))
        .style(theme::screen())
        .border_style(theme::border(true));
    if room > 0 {
        let total = room + shown;
        let more = if scroll < room {
            crate::tr!("ui-help-more", key = &app.keymap.fill("{help.page-down}"))
        } else {
            crate::tr!("ui-help-end")
        };
        let at = position(scroll, shown, total);
        block = block.title_bottom(Line::from(format!(" {at}{more} ")).right_aligned());
    }
    frame.render_widget(
        Paragraph::new(Text::from(text))
            .block(block)
            .scroll((scroll, 0)),
        area,
    );
}
