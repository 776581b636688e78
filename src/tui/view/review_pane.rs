//! The review pane as drawn: one row per criterion (its name, score,
//! scale and description), the confidence, the comment, Save with the
//! running total, and a line that says why a key did nothing.

use super::super::app::Dialog;
use super::super::keymap::{Context, Keymap, Scope};
use super::super::review_pane::{ReviewPane, Step, confidence_words};
use super::super::theme;
use super::parts::fit;
use super::popup::{answers, centred, frame_block, question};
use crate::tr;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

/// Rows of the comment box, at most and at least.
const COMMENT_ROWS: (u16, u16) = (6, 2);

/// One step's row: `▸ name  score  scale  description`, cut to `width`.
fn row(
    current: bool,
    name: &str,
    name_width: usize,
    score: String,
    scale: &str,
    description: &str,
    width: usize,
) -> Line<'static> {
    let mark = if current { "▸ " } else { "  " };
    let base = if current {
        theme::selected(true)
    } else {
        Style::default()
    };
    let head = format!("{mark}{name:<name_width$} {score:>3}  {scale:<6}");
    let head_width = head.chars().count().min(width);
    let mut spans = fit(&head, head_width, base, &[]);
    spans.extend(fit(
        description,
        width.saturating_sub(head_width),
        if current { base } else { theme::dim() },
        &[],
    ));
    Line::from(spans)
}

/// The score shown for a criterion: the digits being typed, the score,
/// or `·` for none yet.
fn shown_score(p: &ReviewPane, k: usize) -> String {
    if p.step() == Step::Criterion(k) && !p.typed.is_empty() {
        return format!("{}_", p.typed);
    }
    p.scores[k].map_or("·".into(), |s| s.to_string())
}

pub fn render(p: &ReviewPane, keymap: &Keymap, frame: &mut Frame, screen: Rect) {
    let n = p.rubric.criteria.len() as u16;
    // Criteria, confidence, the comment's label and box, Save, the hint.
    let wanted = n + 1 + 1 + COMMENT_ROWS.0 + 1 + 1 + 2;
    let area = centred(screen, 96, wanted);
    frame.render_widget(Clear, area);
    // Who reviews before the title, which a narrow box cuts.
    let subject = tr!(
        "ui-review-title",
        id = &p.id.to_string(),
        who = &crate::i18n::person(&p.reviewer),
        version = p.rubric.version,
        title = &p.title
    );
    let room = usize::from(area.width.saturating_sub(4));
    let mut block = frame_block(format!(" {} ", fit_text(&subject, room)));
    let hints = keymap.hint_line(&p.scope());
    let hints = super::super::strings::fitting_hints(&hints, room);
    if !hints.is_empty() {
        block = block.title_bottom(Line::from(format!(" {hints} ")).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let confidence = tr!("ui-review-confidence");
    let name_width = p
        .rubric
        .criteria
        .iter()
        .map(|c| crate::i18n::criterion_label(c).chars().count())
        .max()
        .unwrap_or(0)
        .max(confidence.chars().count());
    // The comment box gives up rows first, then the criteria scroll so
    // that the step being scored stays in sight.
    let fixed = 1 + 1 + 1 + 1; // confidence, comment label, Save, hint
    let comment_rows = inner
        .height
        .saturating_sub(n + fixed)
        .clamp(COMMENT_ROWS.1, COMMENT_ROWS.0);
    let criteria_rows = inner.height.saturating_sub(fixed + comment_rows).min(n);
    let current = match p.step() {
        Step::Criterion(k) => k as u16,
        _ => n.saturating_sub(1),
    };
    let first = (current + 1).saturating_sub(criteria_rows);
    let mut lines: Vec<Line> = Vec::new();
    for (k, c) in p.rubric.criteria.iter().enumerate() {
        let k16 = k as u16;
        if k16 < first || k16 >= first + criteria_rows {
            continue;
        }
        lines.push(row(
            p.step() == Step::Criterion(k),
            &crate::i18n::criterion_label(c),
            name_width,
            shown_score(p, k),
            &c.scale(),
            &crate::i18n::criterion_description(c),
            width,
        ));
    }
    lines.push(row(
        p.step() == Step::Confidence,
        &confidence,
        name_width,
        p.confidence.map_or("·".into(), |c| c.to_string()),
        "1-3",
        &confidence_words(),
        width,
    ));
    let on_comment = p.step() == Step::Comment;
    lines.push(Line::from(fit(
        &format!(
            "{}{}{}",
            if on_comment { "▸ " } else { "  " },
            tr!("ui-review-comment"),
            if on_comment {
                format!(" {}", tr!("ui-review-comment-enter"))
            } else {
                String::new()
            }
        ),
        width,
        if on_comment {
            theme::selected(true)
        } else {
            Style::default()
        },
        &[],
    )));
    let mut y = inner.y;
    for line in lines {
        if y >= inner.bottom() {
            break;
        }
        frame.render_widget(line, Rect::new(inner.x, y, inner.width, 1));
        y += 1;
    }
    let comment = Rect::new(
        inner.x + 2.min(inner.width),
        y,
        inner.width.saturating_sub(2),
        comment_rows.min(inner.bottom().saturating_sub(y)),
    );
    let mut text = p.comment.clone();
    text.set_placeholder_style(theme::dim());
    if !on_comment {
        // Only the step being edited shows a cursor.
        text.set_cursor_style(Style::default());
    }
    frame.render_widget(&text, comment);
    y += comment.height;
    let total = p.total().map_or_else(
        || tr!("ui-review-total-missing"),
        |t| tr!("ui-review-total", total = &crate::i18n::decimal(t, 2)),
    );
    let on_save = p.step() == Step::Save;
    if y < inner.bottom() {
        let mark = if on_save { "▸" } else { " " };
        let mut spans = vec![Span::styled(
            format!("{mark} [ {} ]", tr!("ui-review-save")),
            if on_save {
                theme::selected(true)
            } else {
                theme::key()
            },
        )];
        spans.push(Span::raw(format!("  {total}")));
        frame.render_widget(Line::from(spans), Rect::new(inner.x, y, inner.width, 1));
        y += 1;
    }
    if y < inner.bottom() {
        // Why the last key did nothing; else what the step is, whole
        // (its row cuts the description on a narrow screen).
        let (text, style) = match (&p.hint, p.step()) {
            (Some(hint), _) => (hint.clone(), theme::error()),
            (None, Step::Criterion(k)) => {
                let c = &p.rubric.criteria[k];
                (
                    format!(
                        "{}: {}",
                        crate::i18n::criterion_label(c),
                        crate::i18n::criterion_description(c)
                    ),
                    theme::dim(),
                )
            }
            // The confidence's words, whole: its row cuts them when narrow.
            (None, Step::Confidence) => (confidence_words(), theme::dim()),
            (None, _) => (String::new(), theme::dim()),
        };
        frame.render_widget(
            Line::from(fit(&text, width, style, &[])),
            Rect::new(inner.x, y, inner.width, 1),
        );
    }
    if p.confirm_drop {
        let lines = vec![
            Line::from(tr!("ui-review-drop")),
            Line::default(),
            answers(keymap, &Scope::only(Context::Dialog, Dialog::YES_NO)),
        ];
        let title = format!(" {} ", tr!("ui-review-drop-title"));
        question(frame, screen, 50, &title, lines);
    }
}

/// `text` cut to `width` characters with `…`.
fn fit_text(text: &str, width: usize) -> String {
    fit(text, width, Style::default(), &[])
        .iter()
        .map(|s| s.content.as_ref())
        .collect::<String>()
        .trim_end()
        .to_string()
}
