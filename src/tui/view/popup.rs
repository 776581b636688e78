//! Things drawn over the screen: the note / assignee prompt, the idea form
//! and questions.

use super::super::app::Dialog;
use super::super::form::{Editor, Form};
use super::super::keymap::{Context, Keymap, Scope};
use super::super::prompt::Prompt;
use super::super::theme;
use super::parts::fit;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

/// A completion greyed after the cursor, with the key that takes it.
fn ghost_text(rest: &str) -> String {
    format!("{rest}  {}", tr!("ui-accepts"))
}

/// A choice of a form's list as shown: the value's word in the language
/// spoken (the form keeps the machine name, which is what it saves).
fn option_text(field: &str, option: &str) -> String {
    crate::i18n::texts()
        .find(&format!("ui-form-option-{field}-{option}"), &[])
        .unwrap_or_else(|| option.to_string())
}

/// Spaces that the list's wrapping must not break at: inside a choice
/// (`без сектора`, `[ ] малый бизнес`) and between it and its box.
fn unbroken(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// A form field's label in the language spoken; the field's own
/// (English) where no language has one.
fn field_label(name: &str, own: &'static str) -> String {
    crate::i18n::texts()
        .find(&format!("ui-form-field-{name}"), &[])
        .unwrap_or_else(|| own.to_string())
}

/// A centred rectangle of at most this size.
pub(super) fn centred(screen: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(screen.width);
    let h = height.min(screen.height);
    Rect {
        x: screen.x + (screen.width - w) / 2,
        y: screen.y + (screen.height - h) / 2,
        width: w,
        height: h,
    }
}

pub(super) fn frame_block(title: String) -> Block<'static> {
    // Clear took the theme's background away; the block puts it back.
    Block::bordered()
        .title(title)
        .style(theme::screen())
        .border_style(theme::border(true))
}

/// The rows a field's editor takes at `value_width` columns.
fn field_height(field: &str, editor: &Editor, value_width: usize, text_rows: u16) -> u16 {
    match editor {
        Editor::Text(_) => text_rows,
        // Lists wrap onto as many lines as they need (each option is its
        // text plus brackets and spaces; 8 covers the focus hint).
        Editor::Choice { options, .. } | Editor::Multi { options, .. } => {
            let total: usize = options
                .iter()
                .map(|o| option_text(field, o).chars().count() + 5)
                .sum::<usize>()
                + 8;
            total.div_ceil(value_width).clamp(1, 3) as u16
        }
        Editor::Line(_) => 1,
    }
}

/// The first field to draw so that the focused one fits in `rows`: the
/// top of the form when it can, else as little scrolled as will do.
fn first_shown(heights: &[u16], focus: usize, rows: u16) -> usize {
    let mut start = 0;
    while start < focus && heights[start..=focus].iter().sum::<u16>() > rows {
        start += 1;
    }
    start
}

pub fn prompt(p: &Prompt, keymap: &Keymap, frame: &mut Frame, screen: Rect) {
    let height = if p.multiline() { 10 } else { 3 };
    let area = centred(screen, 70, height);
    frame.render_widget(Clear, area);
    let block = frame_block(p.title(keymap, area.width));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(&p.input, inner);
    if let Some(rest) = p.suggestion() {
        // The completion, greyed after the cursor, as the form shows it.
        let typed = unicode_width::UnicodeWidthStr::width(p.text().as_str()) as u16;
        let x = inner.x + typed.saturating_add(1).min(inner.width);
        let ghost = Rect {
            x,
            width: inner.right().saturating_sub(x),
            height: 1,
            ..inner
        };
        frame.render_widget(
            Line::from(fit(
                &ghost_text(&rest),
                ghost.width as usize,
                theme::dim(),
                &[],
            )),
            ghost,
        );
    }
}

pub fn form(f: &Form, keymap: &Keymap, frame: &mut Frame, screen: Rect) {
    let area = centred(screen, 90, 30);
    frame.render_widget(Clear, area);
    let what = match &f.base {
        None => tr!("ui-form-new"),
        Some(b) => tr!("ui-form-edit", id = &b.id.to_string()),
    };
    let keys = keymap.hint_line(&Scope::of(vec![Context::Form]));
    // The keys that fit beside the name; the first go first, since save
    // and cancel come last and matter most.
    let room = usize::from(area.width.saturating_sub(2)).saturating_sub(what.chars().count() + 5);
    let keys = super::super::strings::fitting_hints(&keys, room);
    let title = if keys.is_empty() {
        format!(" {what} ")
    } else {
        format!(" {what} · {keys} ")
    };
    let mut block = frame_block(title);
    let inner = block.inner(area);
    let label_width = 14u16.min(inner.width);
    let value_width = inner.width.saturating_sub(label_width).max(1) as usize;
    // A small window gives the summary fewer rows, and the form scrolls
    // so that the field being edited is always in view.
    let text_rows = if inner.height < 20 { 3 } else { 5 };
    let heights: Vec<u16> = f
        .fields
        .iter()
        .map(|field| {
            field_height(field.name, &field.editor, value_width, text_rows)
                + u16::from(f.error(field.name).is_some())
        })
        .collect();
    let start = first_shown(&heights, f.focus, inner.height);
    let mut shown_to = start;
    let mut used = 0u16;
    for (i, h) in heights.iter().enumerate().skip(start) {
        if used >= inner.height {
            break;
        }
        used += h;
        shown_to = i + 1;
    }
    if start > 0 || shown_to < heights.len() {
        block = block.title_bottom(
            Line::from(format!(
                " {} ",
                tr!(
                    "ui-form-fields-shown",
                    from = start + 1,
                    to = shown_to,
                    total = heights.len()
                )
            ))
            .right_aligned(),
        );
    }
    frame.render_widget(block, area);
    let mut y = inner.y;
    for (i, field) in f.fields.iter().enumerate().skip(start) {
        if y >= inner.bottom() {
            break;
        }
        let focused = i == f.focus;
        let height =
            field_height(field.name, &field.editor, value_width, text_rows).min(inner.bottom() - y);
        let label_style = if focused {
            theme::key()
        } else {
            theme::label()
        };
        let label = Rect {
            x: inner.x,
            y,
            width: label_width,
            height: 1,
        };
        frame.render_widget(
            Line::from(fit(
                &field_label(field.name, field.label),
                label_width as usize,
                label_style,
                &[],
            )),
            label,
        );
        let value = Rect {
            x: inner.x + label_width,
            y,
            width: inner.width.saturating_sub(label_width),
            height,
        };
        match &field.editor {
            Editor::Line(t) | Editor::Text(t) => {
                frame.render_widget(t, value);
                if focused && let Some(rest) = f.suggestion() {
                    let typed: usize = t.lines().join("").chars().count();
                    let x = value.x + (typed as u16).min(value.width);
                    let ghost = Rect {
                        x: x.saturating_add(1).min(value.right()),
                        width: value.right().saturating_sub(x + 1),
                        height: 1,
                        ..value
                    };
                    frame.render_widget(
                        Line::from(Span::styled(ghost_text(&rest), theme::dim())),
                        ghost,
                    );
                }
            }
            Editor::Choice { options, selected } => {
                let mut spans = Vec::new();
                for (n, o) in options.iter().enumerate() {
                    let style = if n == *selected {
                        if focused {
                            theme::selected(true)
                        } else {
                            theme::checked()
                        }
                    } else {
                        theme::dim()
                    };
                    let shown = unbroken(&option_text(field.name, o));
                    spans.push(Span::styled(format!(" {shown} "), style));
                }
                if focused {
                    spans.push(Span::styled("  ←/→", theme::dim()));
                }
                frame.render_widget(
                    Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
                    value,
                );
            }
            Editor::Multi {
                options,
                chosen,
                cursor,
            } => {
                let mut spans = Vec::new();
                for (n, o) in options.iter().enumerate() {
                    let mark = if chosen[n] { "[x]" } else { "[ ]" };
                    let mut style = if chosen[n] {
                        theme::checked()
                    } else {
                        Style::default()
                    };
                    if focused && n == *cursor {
                        style = style.patch(theme::selected(true));
                    }
                    let shown = unbroken(&format!("{mark} {}", option_text(field.name, o)));
                    spans.push(Span::styled(format!("{shown} "), style));
                }
                if focused {
                    spans.push(Span::styled(" ←/→ Space", theme::dim()));
                }
                frame.render_widget(
                    Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
                    value,
                );
            }
        }
        y += height;
        if let Some(err) = f.error(field.name)
            && y < inner.bottom()
        {
            let r = Rect {
                x: inner.x + label_width,
                y,
                width: inner.width.saturating_sub(label_width),
                height: 1,
            };
            frame.render_widget(
                Line::from(fit(
                    &format!("✗ {err}"),
                    r.width as usize,
                    theme::error(),
                    &[],
                )),
                r,
            );
            y += 1;
        }
    }
    if f.confirm_cancel {
        let lines = vec![
            Line::from(tr!("ui-form-discard")),
            Line::default(),
            answers(keymap, &Scope::only(Context::Dialog, Dialog::YES_NO)),
        ];
        let title = format!(" {} ", tr!("ui-form-discard-title"));
        question(frame, screen, 50, &title, lines);
    }
}

/// The keys a question answers to, as the status line names them.
pub(super) fn answers(keymap: &Keymap, scope: &Scope) -> Line<'static> {
    let mut spans = Vec::new();
    for (n, (key, what)) in keymap.hints_in(scope).into_iter().enumerate() {
        if n > 0 {
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(key, theme::key()));
        spans.push(Span::raw(format!(" {what}")));
    }
    Line::from(spans)
}

pub fn dialog(dialog: &Dialog, keymap: &Keymap, frame: &mut Frame, screen: Rect) {
    let keys = || answers(keymap, &Scope::only(Context::Dialog, dialog.actions()));
    match dialog {
        Dialog::EditorErrors { problems, .. } => {
            let mut lines = error_lines(problems);
            lines.push(Line::from(tr!("ui-dialog-editor-again")));
            lines.push(keys());
            let title = format!(" {} ", tr!("ui-dialog-editor-title"));
            question(frame, screen, 80, &title, lines);
        }
        Dialog::DeleteView { shown, .. } => {
            let lines = vec![
                Line::from(tr!(
                    "ui-dialog-delete-view",
                    name = &crate::domain::text::printable(shown, false)
                )),
                Line::default(),
                keys(),
            ];
            let title = format!(" {} ", tr!("ui-dialog-delete-view-title"));
            question(frame, screen, 70, &title, lines);
        }
        Dialog::Confirm { question: text, .. } => {
            let undo = tr!("ui-dialog-undo-as-one", key = &keymap.fill("{browse.undo}"));
            let lines = vec![
                Line::from(crate::domain::text::printable(text, false)),
                Line::styled(undo, theme::dim()),
                Line::default(),
                keys(),
            ];
            let title = format!(" {} ", tr!("ui-dialog-many-title"));
            question(frame, screen, 70, &title, lines);
        }
        Dialog::Clash { message, .. } => {
            let lines = vec![
                Line::from(crate::domain::text::printable(message, false)),
                Line::styled(tr!("ui-dialog-clash"), theme::dim()),
                Line::default(),
                keys(),
            ];
            let title = format!(" {} ", tr!("ui-dialog-clash-title"));
            question(frame, screen, 70, &title, lines);
        }
        Dialog::Plan { title, lines, .. } => {
            // On a short screen the listed conflicts and short ideas go
            // first (their counts stay), so the question and its keys show.
            let inner = usize::from(70.min(screen.width).saturating_sub(2).max(1));
            let rows = |ls: &[String]| -> usize {
                ls.iter()
                    .map(|l| l.chars().count().div_ceil(inner).max(1))
                    .sum::<usize>()
                    + 3
            };
            let mut lines = lines.clone();
            while rows(&lines) > usize::from(screen.height) {
                match lines
                    .iter()
                    .rposition(|l| l.starts_with("  ") || l.is_empty())
                {
                    Some(at) => {
                        lines.remove(at);
                    }
                    None => break,
                }
            }
            let mut lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
            lines.push(keys());
            question(frame, screen, 70, &format!(" {title} "), lines);
        }
        Dialog::Summary { title, lines } => {
            let mut lines: Vec<Line> = lines.iter().map(|l| Line::from(l.clone())).collect();
            lines.push(Line::default());
            lines.push(Line::styled(tr!("ui-dialog-any-key"), theme::dim()));
            question(frame, screen, 70, title, lines);
        }
        Dialog::Notice { title, lines } => {
            let mut lines = error_lines(lines);
            lines.push(Line::styled(tr!("ui-dialog-notice-footer"), theme::dim()));
            question(frame, screen, 90, title, lines);
        }
    }
}

/// Problems as error lines, then a blank line.
fn error_lines(problems: &[String]) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = problems
        .iter()
        .map(|p| Line::styled(crate::domain::text::printable(p, false), theme::error()))
        .collect();
    lines.push(Line::default());
    lines
}

/// A box of at most `width` columns in the middle of the screen, as tall
/// as its lines are once wrapped.
pub(super) fn question(frame: &mut Frame, screen: Rect, width: u16, title: &str, lines: Vec<Line>) {
    let inner_width = width.min(screen.width).saturating_sub(2).max(1) as usize;
    let rows: usize = lines
        .iter()
        .map(|l| l.width().div_ceil(inner_width).max(1))
        .sum();
    let area = centred(screen, width, rows as u16 + 2);
    frame.render_widget(Clear, area);
    let p = Paragraph::new(Text::from(lines))
        .block(frame_block(title.to_string()))
        .wrap(Wrap { trim: false });
    frame.render_widget(p, area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_scrolls_only_as_far_as_the_focused_field_needs() {
        let heights = [1, 5, 1, 3, 1, 1];
        assert_eq!(first_shown(&heights, 0, 6), 0);
        assert_eq!(first_shown(&heights, 2, 7), 0, "fields 0–2 fit in 7");
        assert_eq!(first_shown(&heights, 3, 7), 2, "1 + 5 + 1 + 3 does not");
        assert_eq!(first_shown(&heights, 5, 100), 0);
        // A field taller than the window is shown from its top.
        assert_eq!(first_shown(&[1, 9], 1, 4), 1);
    }
}
