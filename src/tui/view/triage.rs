//! Triage mode: one new idea at a time, whole, with the keys that classify
//! it, and a summary at the end of the queue.

use super::super::app::App;
use super::super::keymap::Context;
use super::super::msg::{ChangeMsg, Msg, TriageMsg};
use super::super::step_label::sector_word;
use super::super::theme;
use super::super::triage::Triage;
use super::detail::lines_of as idea_lines;
use crate::domain::{Idea, Named, Sector, Stage};
use crate::i18n::label;
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Wrap};

pub fn render(app: &App, t: &Triage, frame: &mut Frame, area: Rect) {
    let title = if t.done() {
        format!(" {} ", tr!("ui-triage-title-done"))
    } else {
        format!(" {} ", tr!("ui-triage-title", counter = &t.counter()))
    };
    let mut block = Block::bordered()
        .title(title)
        .border_style(theme::border(true));
    let inner = block.inner(area);
    if t.done() {
        frame.render_widget(block, area);
        let mut text: Vec<Line> = vec![Line::styled(t.headline(), theme::title()), Line::default()];
        text.extend(t.summary().into_iter().map(Line::from));
        text.push(Line::default());
        text.push(Line::styled(
            tr!(
                "ui-triage-done-keys",
                leave = &app.keymap.fill("{triage.leave}"),
                back = &app.keymap.fill("{triage.back}")
            ),
            theme::dim(),
        ));
        frame.render_widget(
            Paragraph::new(Text::from(text)).wrap(Wrap { trim: false }),
            inner,
        );
        return;
    }
    let current = current_idea(app, t);
    let legend = legend(app, current, inner.width as usize);
    let (body, keys) = split(inner, &legend);
    let mut body_text = None;
    if let Some(idea) = current {
        let p = idea_text(app, idea);
        let (total, shown) = (p.line_count(body.width), usize::from(body.height));
        let scroll = usize::from(app.detail.scroll).min(total.saturating_sub(shown));
        if total > shown && shown > 0 {
            // The idea is longer than the room left by the keys: say where
            // the reader is and how to see the rest.
            let keys = tr!(
                "ui-scroll-keys",
                keys = &app.keymap.fill("{triage.scroll-down}/{triage.scroll-up}")
            );
            let last = (scroll + shown).min(total);
            let at = tr!(
                "ui-scroll-position",
                from = scroll + 1,
                to = last,
                total = total
            );
            block = block.title_bottom(Line::from(format!(" {at} · {keys} ")).right_aligned());
        }
        body_text = Some(p.scroll((scroll as u16, 0)));
    }
    frame.render_widget(block, area);
    if let Some(p) = body_text {
        frame.render_widget(p, body);
    }
    frame.render_widget(Paragraph::new(Text::from(legend)), keys);
}

/// The keys that classify an idea, laid out for `width` columns, with the
/// current idea's sector lit.
fn legend(app: &App, current: Option<&Idea>, width: usize) -> Vec<Line<'static>> {
    // The keys as bound now, which the config file may have changed.
    let key = |msg: &Msg| {
        app.keymap
            .key_for(Context::Triage, msg)
            .unwrap_or_else(|| "—".into())
    };
    // Each key and its word stay together; a group that does not fit on
    // one line goes on below, indented, and the legend takes the rows it
    // needs so no key is ever cut off (the idea above scrolls instead).
    let unit = |msg: &Msg, word: String, style: ratatui::style::Style| {
        vec![
            Span::styled(key(msg), theme::key()),
            Span::styled(format!(" {word}"), style),
        ]
    };
    let sectors: Vec<Vec<Span>> = Sector::ALL
        .iter()
        .map(|s| {
            let on = current.is_some_and(|i| i.sector == *s);
            let style = if on {
                theme::sector(*s).patch(theme::selected(true))
            } else {
                theme::sector(*s)
            };
            unit(
                &Msg::Change(ChangeMsg::SetSector(*s)),
                sector_word(*s),
                style,
            )
        })
        .collect();
    let stages: Vec<Vec<Span>> = Stage::ALL
        .iter()
        .filter(|s| **s != Stage::New)
        .map(|s| {
            unit(
                &Msg::Change(ChangeMsg::SetStage(*s)),
                label(*s).to_lowercase(),
                theme::stage(*s),
            )
        })
        .collect();
    let plain = ratatui::style::Style::default();
    let others = vec![
        unit(
            &Msg::Triage(TriageMsg::TriageSkip),
            tr!("ui-triage-key-skip"),
            plain,
        ),
        unit(
            &Msg::Change(ChangeMsg::AddNote),
            tr!("ui-triage-key-note"),
            plain,
        ),
        unit(
            &Msg::Change(ChangeMsg::MarkDuplicate),
            tr!("ui-triage-key-duplicate"),
            plain,
        ),
        unit(
            &Msg::Triage(TriageMsg::TriageBack),
            tr!("ui-triage-key-back"),
            plain,
        ),
        unit(
            &Msg::Triage(TriageMsg::LeaveTriage),
            tr!("ui-triage-key-leave"),
            plain,
        ),
    ];
    // Both row labels padded to the longer one, so the keys line up.
    let (sector, stage) = (
        tr!("ui-triage-legend-sector"),
        tr!("ui-triage-legend-stage"),
    );
    let pad = sector.chars().count().max(stage.chars().count()) + 1;
    let mut legend = flow(format!("{sector:<pad$}"), sectors, width);
    legend.extend(flow(format!("{stage:<pad$}"), stages, width));
    legend.extend(flow(String::new(), others, width));
    legend
}

fn current_idea<'a>(app: &'a App, t: &Triage) -> Option<&'a Idea> {
    app.detail
        .idea
        .as_ref()
        .filter(|d| Some(d.id) == t.current())
}

fn idea_text(app: &App, idea: &Idea) -> Paragraph<'static> {
    Paragraph::new(Text::from(idea_lines(app, idea))).wrap(Wrap { trim: false })
}

/// The idea's rows and the legend's rows inside the border: the legend
/// takes what it needs.
fn split(inner: Rect, legend: &[Line]) -> (Rect, Rect) {
    let rows = u16::try_from(legend.len()).unwrap_or(u16::MAX);
    let [body, keys] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(rows)]).areas(inner);
    (body, keys)
}

/// How far the idea in triage can scroll in `area` (the triage pane), so
/// that scrolling back up after the end moves at once.
pub fn max_scroll(app: &App, area: Rect) -> u16 {
    let Some(t) = app.screen.triage() else {
        return 0;
    };
    let Some(idea) = current_idea(app, t) else {
        return 0;
    };
    let inner = Block::bordered().inner(area);
    let legend = legend(app, Some(idea), inner.width as usize);
    let (body, _) = split(inner, &legend);
    let total = idea_text(app, idea).line_count(body.width);
    u16::try_from(total.saturating_sub(usize::from(body.height))).unwrap_or(u16::MAX)
}

/// Lays out `units` after `label`, two spaces apart, starting a new line
/// (indented under the first unit) whenever the next would not fit.
fn flow(label: String, units: Vec<Vec<Span<'static>>>, width: usize) -> Vec<Line<'static>> {
    let indent = label.chars().count();
    let mut lines = Vec::new();
    let mut line = vec![Span::styled(label, theme::label())];
    let mut used = indent;
    let mut empty = true;
    for unit in units {
        let w: usize = unit.iter().map(Span::width).sum();
        if !empty && used + 2 + w > width {
            lines.push(Line::from(std::mem::take(&mut line)));
            line.push(Span::raw(" ".repeat(indent)));
            used = indent;
            empty = true;
        }
        if !empty {
            line.push(Span::raw("  "));
            used += 2;
        }
        line.extend(unit);
        used += w;
        empty = false;
    }
    lines.push(Line::from(line));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_legend_wraps_between_keys_never_inside_one() {
        let units = |words: &[&str]| -> Vec<Vec<Span<'static>>> {
            words
                .iter()
                .enumerate()
                .map(|(n, w)| vec![Span::raw(n.to_string()), Span::raw(format!(" {w}"))])
                .collect()
        };
        let one = flow("stage  ".into(), units(&["review", "pilot"]), 40);
        assert_eq!(text(&one), ["stage  0 review  1 pilot"]);
        let two = flow(
            "stage  ".into(),
            units(&["review", "incubation", "pilot"]),
            28,
        );
        assert_eq!(
            text(&two),
            ["stage  0 review", "       1 incubation  2 pilot"]
        );
        // A unit wider than the line still gets a line of its own.
        let wide = flow(String::new(), units(&["a-very-long-word"]), 5);
        assert_eq!(text(&wide), ["0 a-very-long-word"]);
    }
}
