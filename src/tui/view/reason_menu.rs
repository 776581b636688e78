//! The reason menu drawn over the screen right after a decline's or an
//! accept's stage key: the reasons that fit, numbered, and how to give
//! none (see `tui/reason_pick.rs`).

use super::super::app::{App, Pending};
use super::super::reason_pick::offered;
use super::super::theme;
use super::parts::fit;
use crate::domain::reason::Fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn render(app: &App, frame: &mut Frame, screen: Rect) {
    let Some(Pending::Reason { fit: kind, ids }) = &app.pending else {
        return;
    };
    let reasons = offered(app);
    let whom = match ids.as_slice() {
        [one] => format!("#{one}"),
        many => crate::tr!("ideas-count", count = many.len()),
    };
    let title = match kind {
        Fit::Decline => crate::tr!("ui-reason-decline-title", whom = &whom),
        Fit::Accept => crate::tr!("ui-reason-accept-title", whom = &whom),
    };
    let title = format!(" {title} ");
    let widest = reasons
        .iter()
        .map(|r| crate::i18n::reason_label(r).chars().count())
        .max()
        .unwrap_or(0);
    let none = crate::tr!("ui-reason-none");
    // The Enter line whole too: Russian's is longer than any reason.
    let enter = " Enter ".chars().count();
    let none_width = (none.chars().count() + enter + 2) as u16;
    let width = (widest as u16 + 8)
        .max(none_width)
        .max(36)
        .min(screen.width);
    let height = (reasons.len() as u16 + 4).min(screen.height.saturating_sub(1));
    let inner = width.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = reasons
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let mut spans = vec![Span::styled(format!(" {} ", n + 1), theme::key())];
            spans.extend(fit(
                &crate::i18n::reason_label(r),
                inner,
                theme::screen(),
                &[],
            ));
            Line::from(spans)
        })
        .collect();
    lines.push(Line::default());
    let mut skip = vec![Span::styled(" Enter ", theme::key())];
    skip.extend(fit(
        &none,
        (width as usize).saturating_sub(2 + enter),
        theme::dim(),
        &[],
    ));
    lines.push(Line::from(skip));
    let area = Rect {
        x: screen.x + (screen.width - width) / 2,
        y: screen.y + (screen.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Clear, area);
    let block = Block::bordered()
        .title(title)
        .style(theme::screen())
        .border_style(theme::border(true));
    frame.render_widget(Paragraph::new(Text::from(lines)).block(block), area);
}
