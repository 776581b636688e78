//! The status line: counts, sort, focus, the keys that matter now, and any
//! error or message.

use super::super::app::App;
use super::super::{strings, theme};
use super::fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let mut left = format!(" {} of {} ideas", app.hits.len(), app.catalog().len());
    if !app.marked.is_empty() {
        left.push_str(&format!(" · {} marked", app.marked.len()));
    }
    left.push_str(&format!(
        " · sort: {} · focus: {} ",
        app.sort.name(),
        app.focus.name()
    ));
    if app.loading {
        left.push_str("· loading all ideas… ");
    } else if app.searching {
        left.push_str("· searching… ");
    }
    let mut spans = vec![Span::styled(left.clone(), theme::status())];
    let used = left.width();
    let rest = (area.width as usize).saturating_sub(used);
    if let Some(err) = &app.query_error {
        let text = format!("✗ {err} ({})", strings::STILL_TYPING);
        spans.extend(fit(&text, rest, theme::error(), &[]));
    } else if let Some(msg) = &app.message {
        spans.extend(fit(msg, rest, theme::status(), &[]));
    } else {
        let mut hint_spans = Vec::new();
        let mut width = 0;
        let scope = super::super::scope(app);
        let contexts = &scope.contexts;
        let notice = app
            .dialog
            .as_ref()
            .is_some_and(super::super::app::Dialog::any_key_closes);
        let hints: Vec<(String, String)> = if notice {
            vec![("any key".to_string(), "close".to_string())]
        } else if app.keys_pending.is_empty() {
            app.keymap
                .hints_in(&scope)
                .into_iter()
                .map(|(k, h)| (k, h.to_string()))
                .collect()
        } else {
            // In the middle of a sequence: what the next key can do.
            app.keymap.continuations(contexts, &app.keys_pending)
        };
        for (key, what) in hints {
            let w = key.width() + what.width() + 3;
            if width + w > rest {
                break;
            }
            width += w;
            hint_spans.push(Span::styled(key, theme::key()));
            hint_spans.push(Span::styled(format!(" {what}  "), theme::status()));
        }
        spans.extend(hint_spans);
    }
    frame.render_widget(Line::from(spans).style(theme::status()), area);
}
