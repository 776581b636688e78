//! The status line: counts, sort, focus, the keys that matter now, and any
//! error or message.

use super::super::app::App;
use super::super::{strings, theme};
use super::parts::fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// The left part, fullest first: the counts always; how the list is
/// ordered and where the keys go while that leaves room for some hints.
fn left_forms(app: &App) -> [String; 3] {
    let mut counts = format!(" {}", app.counts());
    if !app.list.marked.is_empty() {
        let marked = crate::tr!("ui-marked", count = app.list.marked.len());
        counts.push_str(&format!(" · {marked}"));
    }
    let busy = if app.loading {
        format!("{} ", crate::tr!("ui-busy-loading"))
    } else if app.searching && !app.refilling {
        format!("{} ", crate::tr!("ui-busy-searching"))
    } else {
        String::new()
    };
    let place = app.place();
    let short_order = if app.screen.triage().is_none() && app.query.parsed.has_fuzzy() {
        crate::tr!("ui-order-best-match")
    } else {
        app.order_name()
    };
    let sort = |order: &str| crate::tr!("ui-status-sort", order = order);
    let focus = crate::tr!("ui-status-focus", place = &place);
    // Two spaces before the key hints, as between them: with one, "focus:
    // list / search" read as if the focus were "list / search".
    [
        format!("{counts} · {} · {focus}  {busy}", sort(&app.order_name())),
        format!("{counts} · {}  {busy}", sort(&short_order)),
        format!("{counts}  {busy}"),
    ]
}

/// The keys that matter now, as (keys, what they do).
fn hints(app: &App) -> Vec<(String, String)> {
    let scope = super::super::input::scope(app);
    let notice = app.overlays.any_key_closes();
    if notice {
        vec![(crate::tr!("ui-any-key"), crate::tr!("ui-any-key-close"))]
    } else if app.keys_pending.is_empty() {
        app.keymap.hints_in(&scope)
    } else {
        // In the middle of a sequence: what the next key can do.
        app.keymap.continuations(&scope.contexts, &app.keys_pending)
    }
}

/// Room the key hints ask for before the left part gives up words.
const RIGHT_ROOM: usize = 28;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let problem = app
        .query
        .error
        .as_ref()
        .map(|err| format!("✗ {err} ({})", strings::still_typing()))
        .or_else(|| {
            let offline = app.live.offline.as_deref();
            offline.map(super::super::live_state::offline_line)
        });
    let width = area.width as usize;
    let forms = left_forms(app);
    let room = width.saturating_sub(forms[2].width());
    let (hints, fuller) = super::stage_keys::fitted(app, hints(app), room);
    let hint = app.query.hint.as_ref().map(|h| format!("⚠ {h}"));
    // A message is read whole, so the left part gives it all the room it
    // can; key hints ask for some room, and the first of them show.
    let wanted = match (&problem, app.message.as_ref().or(hint.as_ref())) {
        (Some(text), _) | (None, Some(text)) => text.width(),
        (None, None) if fuller => super::stage_keys::width(&hints),
        (None, None) => super::stage_keys::width(&hints).min(RIGHT_ROOM),
    };
    let left = forms
        .iter()
        .find(|l| l.width() + wanted <= width)
        .unwrap_or(&forms[2])
        .clone();
    let mut spans = vec![Span::styled(left.clone(), theme::status())];
    let used = left.width();
    let rest = width.saturating_sub(used);
    if let Some(text) = &problem {
        spans.extend(fit(text, rest, theme::error(), &[]));
    } else if let Some(msg) = &app.message {
        spans.extend(fit(msg, rest, theme::status(), &[]));
    } else if let Some(hint) = &hint {
        spans.extend(fit(hint, rest, theme::key(), &[]));
    } else {
        let mut width = 0;
        for (key, what) in hints {
            let w = key.width() + what.width() + 3;
            if width + w > rest {
                break;
            }
            width += w;
            spans.push(Span::styled(key, theme::key()));
            spans.push(Span::styled(format!(" {what}  "), theme::status()));
        }
    }
    frame.render_widget(Line::from(spans).style(theme::status()), area);
}
