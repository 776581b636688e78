//! The detail pane: every field of the selected idea, the summary wrapped,
//! notes and history with times.

use super::super::app::{App, Focus};
use super::super::layout::inner;
use super::super::theme;
use super::parts::{pane, section};
use crate::domain::text::{group_digits, is_forbidden, printable};
use crate::domain::{Idea, Named};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthChar;

/// The selected idea's record, once loaded.
fn shown(app: &App) -> Option<&Idea> {
    app.detail
        .idea
        .as_ref()
        .filter(|d| app.selected_id() == Some(d.id))
}

/// The detail's text wrapped for `area` (inside the border): the paragraph,
/// how many lines it takes, and how many show.
fn wrapped<'a>(app: &App, idea: &Idea, area: Rect) -> (Paragraph<'a>, usize, usize) {
    let inner = inner(area);
    let p = Paragraph::new(Text::from(lines_of(app, idea))).wrap(Wrap { trim: false });
    let total = p.line_count(inner.width);
    (p, total, usize::from(inner.height))
}

/// How far the detail can scroll: the lines it takes less those it shows.
pub fn max_scroll(app: &App) -> u16 {
    let (Some(area), Some(idea)) = (app.areas().detail, shown(app)) else {
        return 0;
    };
    let (_, total, height) = wrapped(app, idea, area);
    u16::try_from(total.saturating_sub(height)).unwrap_or(u16::MAX)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = (app.focus == Focus::Detail || app.screen.is_full_detail())
        && app.overlays.help().is_none();
    let mut block = pane("Detail", focused);
    let Some(idea) = shown(app) else {
        frame.render_widget(block, area);
        return;
    };
    let (p, total, height) = wrapped(app, idea, area);
    let scroll = usize::from(app.detail.scroll).min(total.saturating_sub(height));
    if total > height && height > 0 {
        // Where the reader is, and that more follows.
        let last = (scroll + height).min(total);
        // Focused, the pane also says which keys read on.
        let keys = if focused {
            app.keymap
                .fill(" · {detail.scroll-down}/{detail.scroll-up} {detail.page-down} scroll")
        } else {
            String::new()
        };
        block = block.title_bottom(
            Line::from(format!(" {}–{last} of {total}{keys} ", scroll + 1)).right_aligned(),
        );
    }
    let p = p.block(block).scroll((scroll as u16, 0));
    frame.render_widget(p, area);
}

fn safe(s: &str) -> String {
    printable(s, false)
}

fn field<'a>(name: &'a str, value: String) -> Line<'a> {
    let value = if value.is_empty() {
        "—".to_string()
    } else {
        value
    };
    Line::from(vec![
        Span::styled(format!("{name:<10}"), theme::label()),
        Span::raw(value),
    ])
}

/// Multi-line text laid out: each line kept, tabs expanded to the next
/// multiple of four columns, anything unprintable shown as U+FFFD.
fn paragraphs(text: &str) -> Vec<Line<'static>> {
    text.split('\n')
        .map(|l| {
            let mut out = String::new();
            let mut col = 0;
            for c in l.chars() {
                if c == '\t' {
                    let n = 4 - col % 4;
                    out.push_str(&" ".repeat(n));
                    col += n;
                } else {
                    let c = if is_forbidden(c) { '\u{FFFD}' } else { c };
                    out.push(c);
                    col += c.width().unwrap_or(0);
                }
            }
            Line::from(out)
        })
        .collect()
}

/// The idea as the detail and triage show it: its title, what is known of
/// its near-duplicates, then its fields and the rest.
pub fn lines_of(app: &App, i: &Idea) -> Vec<Line<'static>> {
    // Under blind review, what the viewer may see of it (its reviews, and
    // the history entries that would show them).
    let seen = crate::domain::blind::as_seen_by(i, &app.me, app.panel.blind);
    let i: &Idea = &seen;
    let panel = super::reviews::panel(app, i, &app.date_format);
    let mut out = lines_with(i, &app.date_format, super::similar::lines(app, i), panel);
    // The decision's reason, first of the fields, by its label.
    if !i.reason.is_empty()
        && let Some(at) = out
            .iter()
            .position(|l| l.to_string().starts_with("proposer"))
    {
        let reason = format!("{} ({})", app.reasons.describe(&i.reason), safe(&i.reason));
        out.insert(at, field("reason", reason));
    }
    out
}

/// The idea as lines, dates written with `format`, `similar` under the
/// title.
fn lines_with(
    i: &Idea,
    format: &str,
    similar: Vec<Line<'static>>,
    panel: super::reviews::Panel,
) -> Vec<Line<'static>> {
    let date = |t: crate::domain::Timestamp, f: &str| t.format(f);
    let mut out = vec![
        Line::styled(format!("#{} {}", i.id, safe(&i.title)), theme::title()),
        Line::from(vec![
            Span::styled(format!("[{}]", i.sector.label()), theme::sector(i.sector)),
            Span::raw(" "),
            Span::styled(format!("[{}]", i.stage.name()), theme::stage(i.stage)),
            Span::raw(if i.archived { "  archived" } else { "" }),
        ]),
        Line::default(),
        field("proposer", safe(&i.proposer)),
        field("org", i.org_kind.label().to_string()),
        field("region", safe(&i.region)),
        field("funder", safe(&i.funder)),
        field(
            "amount",
            i.amount
                .map(|a| format!("{} ₽", group_digits(a)))
                .unwrap_or_default(),
        ),
        field(
            "score",
            i.score.map(|s| format!("{s}/5")).unwrap_or_default(),
        ),
        field("assignee", safe(&i.assignee)),
        field(
            "tags",
            i.tags
                .iter()
                .map(|t| safe(t))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        field(
            "barriers",
            i.barriers
                .iter()
                .map(|b| b.name())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        field("created", date(i.created, format)),
        field("updated", date(i.updated, format)),
    ];
    // The panel's combined score beside the officer's own, when reviewed.
    if let Some(combined) = panel.field {
        out.insert(9, field("panel", combined));
    }
    // Contact fields and duplicate links only when set, after the proposer.
    let mut later = Vec::new();
    for (name, value) in [
        ("e-mail", &i.email),
        ("phone", &i.phone),
        ("website", &i.website),
        ("source id", &i.source_id),
    ] {
        if !value.is_empty() {
            later.push(field(name, safe(value)));
        }
    }
    if !i.not_duplicates.is_empty() {
        let ids: Vec<String> = i.not_duplicates.iter().map(|d| format!("#{d}")).collect();
        later.push(field("not dup.", ids.join(", ")));
    }
    out.splice(4..4, later);
    // Near-copies right under the title: whether the idea is one is the
    // first thing to know of it, and it shows in a short pane too.
    out.splice(2..2, similar);
    if !i.summary.is_empty() {
        out.push(Line::default());
        out.push(section("Summary"));
        out.extend(paragraphs(&i.summary));
    }
    if !i.extras.is_empty() {
        out.push(Line::default());
        out.push(section("Extra fields"));
        for (name, value) in i.extras.iter() {
            let mut lines = paragraphs(value).into_iter();
            let mut first = vec![Span::styled(format!("{}: ", safe(name)), theme::label())];
            first.extend(lines.next().map(|l| l.spans).unwrap_or_default());
            out.push(Line::from(first));
            // Its further lines indented, so the next name stands out.
            out.extend(lines.map(|l| {
                let mut spans = vec![Span::raw("  ")];
                spans.extend(l.spans);
                Line::from(spans)
            }));
        }
    }
    out.extend(panel.section);
    if !i.notes.is_empty() {
        out.push(Line::default());
        out.push(section(&format!("Notes ({})", i.notes.len())));
        for n in &i.notes {
            out.push(Line::styled(
                crate::domain::history::signed(date(n.time, format), &n.by),
                theme::dim(),
            ));
            out.extend(paragraphs(&n.text));
        }
    }
    if !i.history.is_empty() {
        out.push(Line::default());
        out.push(section("History"));
        for c in &i.history {
            out.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} ",
                        crate::domain::history::signed(date(c.time, format), &c.by)
                    ),
                    theme::dim(),
                ),
                Span::raw(c.describe()),
            ]));
        }
    }
    out
}
