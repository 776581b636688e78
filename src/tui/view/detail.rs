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
    let title = crate::tr!("ui-detail-title");
    let mut block = pane(&title, focused);
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
            let key = |action: &str| app.keymap.fill(&format!("{{detail.{action}}}"));
            crate::tr!(
                "ui-detail-scroll-keys",
                down = &key("scroll-down"),
                up = &key("scroll-up"),
                page = &key("page-down"),
            )
        } else {
            String::new()
        };
        let at = crate::tr!(
            "ui-position",
            first = scroll + 1,
            last = last,
            total = total
        );
        block = block.title_bottom(Line::from(format!(" {at}{keys} ")).right_aligned());
    }
    let p = p.block(block).scroll((scroll as u16, 0));
    frame.render_widget(p, area);
}

fn safe(s: &str) -> String {
    printable(s, false)
}

/// A field's line: its name (`ui-field-NAME`, in the language spoken),
/// padded to a column, then its value or `—`.
fn field(name: &str, value: String) -> Line<'static> {
    let value = if value.is_empty() {
        "—".to_string()
    } else {
        value
    };
    let name = field_name(name);
    Line::from(vec![
        Span::styled(format!("{name:<10}"), theme::label()),
        Span::raw(value),
    ])
}

fn field_name(name: &str) -> String {
    crate::i18n::texts().get(&format!("ui-field-{name}"), &[])
}

/// A value as the detail names it: `[pilot]`, `funding` (`ui-name-…`).
fn value_name<T: Named>(value: T) -> String {
    let id = format!("ui-name-{}-{}", T::KIND, value.name());
    crate::i18n::texts()
        .find(&id, &[])
        .unwrap_or_else(|| value.name().to_string())
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
    let format = crate::tui::dates::format(app.date_format.as_deref());
    let panel = super::reviews::panel(app, i, &format);
    let mut out = lines_with(i, &format, super::similar::lines(app, i), panel);
    // The decision's reason, first of the fields, by its label.
    if !i.reason.is_empty()
        && let Some(at) = out
            .iter()
            .position(|l| l.to_string().starts_with(&field_name("proposer")))
    {
        let label = match app.reasons.get(&i.reason) {
            Some(r) => crate::domain::text::clean_line(&crate::i18n::reason_label(r)),
            None => app.reasons.describe(&i.reason),
        };
        let reason = format!("{label} ({})", safe(&i.reason));
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
            Span::styled(
                format!("[{}]", crate::i18n::label(i.sector)),
                theme::sector(i.sector),
            ),
            Span::raw(" "),
            Span::styled(format!("[{}]", value_name(i.stage)), theme::stage(i.stage)),
            Span::raw(if i.archived {
                format!("  {}", crate::tr!("ui-archived"))
            } else {
                String::new()
            }),
        ]),
        Line::default(),
        field("proposer", safe(&i.proposer)),
        field("org", crate::i18n::label(i.org_kind)),
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
                .map(|b| value_name(*b))
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
        ("email", &i.email),
        ("phone", &i.phone),
        ("website", &i.website),
        ("source-id", &i.source_id),
    ] {
        if !value.is_empty() {
            later.push(field(name, safe(value)));
        }
    }
    if !i.not_duplicates.is_empty() {
        let ids: Vec<String> = i.not_duplicates.iter().map(|d| format!("#{d}")).collect();
        later.push(field("not-duplicates", ids.join(", ")));
    }
    out.splice(4..4, later);
    // Near-copies right under the title: whether the idea is one is the
    // first thing to know of it, and it shows in a short pane too.
    out.splice(2..2, similar);
    if !i.summary.is_empty() {
        out.push(Line::default());
        out.push(section(&crate::tr!("ui-section-summary")));
        out.extend(paragraphs(&i.summary));
    }
    if !i.extras.is_empty() {
        out.push(Line::default());
        out.push(section(&crate::tr!("ui-section-extras")));
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
        out.push(section(&crate::tr!(
            "ui-section-notes",
            count = i.notes.len()
        )));
        for n in &i.notes {
            out.push(Line::styled(
                crate::domain::history::signed(date(n.time, format), &crate::i18n::person(&n.by)),
                theme::dim(),
            ));
            out.extend(paragraphs(&n.text));
        }
    }
    if !i.history.is_empty() {
        out.push(Line::default());
        out.push(section(&crate::tr!("ui-section-history")));
        for c in &i.history {
            out.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} ",
                        crate::domain::history::signed(
                            date(c.time, format),
                            &crate::i18n::person(&c.by)
                        )
                    ),
                    theme::dim(),
                ),
                Span::raw(crate::i18n::change(c)),
            ]));
        }
    }
    out
}
