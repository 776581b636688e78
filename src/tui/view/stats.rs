//! The statistics view: the pipeline of the ideas the query selects, as bar
//! charts and tables. Two columns when there is room, one scrolling column
//! below 100 columns (down to 50×16, the smallest size every screen
//! serves), and a plain request for room below that.

use super::super::app::App;
use super::super::theme;
use super::parts::fit;
use crate::domain::{Barrier, Named, Sector, Stage};
use crate::i18n::label;
use crate::stats::{Count, Figures};
use crate::tr;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph};

/// Smallest size the view draws at: the sector × stage table needs 47
/// columns inside the border, and a few rows make scrolling worth it.
pub const MIN_SIZE: (u16, u16) = (49, 10);

/// A bar `value / max` of `width` cells, in eighths.
fn bar(value: usize, max: usize, width: usize) -> String {
    if max == 0 || width == 0 {
        return String::new();
    }
    let eighths = value * width * 8 / max;
    let mut s = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PARTS[eighths % 8]);
    s
}

fn heading(title: &str) -> Line<'static> {
    Line::styled(title.to_string(), theme::header())
}

/// `counts` with each vocabulary value's label in the language spoken
/// (`label_of` gives it from the value's machine name), free text as it is.
fn labelled(counts: &[Count], label_of: &dyn Fn(&str) -> Option<String>) -> Vec<Count> {
    counts
        .iter()
        .map(|c| Count {
            label: label_of(&c.name).unwrap_or_else(|| c.label.clone()),
            ..c.clone()
        })
        .collect()
}

/// A sector's label short enough for the bars (20 characters).
fn sector_label(name: &str) -> Option<String> {
    crate::i18n::texts().find(&format!("ui-stats-sector-{name}"), &[])
}

/// A stage as the funnel and the inbox name it: its label in lower case
/// (its machine name, in English).
fn stage_word(name: &str) -> String {
    Stage::parse(name).map_or_else(|_| name.to_string(), |s| label(s).to_lowercase())
}

/// Label, bar, count and percentage, one line per value.
fn bars(counts: &[Count], width: usize, style: &dyn Fn(&str) -> Style) -> Vec<Line<'static>> {
    // Sector names are up to 20 characters: whole down to 48 columns.
    let label_w = 22.min((width * 2 / 5).max(20));
    let bar_w = width.saturating_sub(label_w + 15);
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0);
    counts
        .iter()
        .map(|c| {
            let mut spans = fit(&c.label, label_w, theme::label(), &[]);
            spans.push(Span::raw(" "));
            spans.extend(fit(&bar(c.count, max, bar_w), bar_w, style(&c.name), &[]));
            spans.push(Span::raw(format!(
                " {:>6} {:>5}%",
                c.count,
                crate::i18n::decimal(c.percent, 1)
            )));
            Line::from(spans)
        })
        .collect()
}

fn sector_lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let mut out = vec![heading(&tr!("ui-stats-by-sector"))];
    out.extend(bars(&labelled(&f.sectors, &sector_label), width, &|name| {
        Sector::parse(name).map(theme::sector).unwrap_or_default()
    }));
    out
}

fn funnel_lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let mut out = vec![heading(&tr!("ui-stats-funnel"))];
    // Whole stage words, however long the language makes them.
    let longest = Stage::ALL
        .iter()
        .map(|s| stage_word(s.name()).chars().count());
    let label_w = longest.max().unwrap_or(0).max(11) + 1;
    let bar_w = width.saturating_sub(label_w + 22);
    let max = f.funnel.first().map_or(0, |s| s.reached);
    for step in &f.funnel {
        let style = Stage::parse(&step.stage)
            .map(theme::stage)
            .unwrap_or_default();
        let mut spans = fit(&stage_word(&step.stage), label_w, style, &[]);
        spans.push(Span::raw(" "));
        spans.extend(fit(&bar(step.reached, max, bar_w), bar_w, style, &[]));
        let next = step.to_next_percent.map_or(String::new(), |p| {
            format!("→ {}%", crate::i18n::decimal(p, 0))
        });
        spans.push(Span::raw(format!(" {:>6} ", step.reached)));
        spans.push(Span::styled(format!("{next:>7}"), theme::dim()));
        out.push(Line::from(spans));
    }
    let declined = f.stages.iter().find(|c| c.name == "declined");
    if let Some(d) = declined {
        out.push(Line::from(vec![
            Span::styled(
                format!("{:<label_w$} ", stage_word("declined")),
                theme::stage(Stage::Declined),
            ),
            Span::raw(tr!(
                "ui-stats-declined-share",
                count = d.count,
                percent = &crate::i18n::decimal(d.percent, 1)
            )),
        ]));
    }
    out
}

fn waiting_lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let mut out = vec![heading(&tr!("ui-stats-waiting"))];
    let stage_w = f
        .waiting
        .iter()
        .map(|w| stage_word(&w.stage).chars().count())
        .max()
        .unwrap_or(0)
        .max(8);
    for w in &f.waiting {
        let median = w
            .median_days
            .map_or("—".to_string(), |d| tr!("ui-stats-days", count = d));
        let stage = Span::styled(
            format!("{:<stage_w$}", stage_word(&w.stage)),
            Stage::parse(&w.stage).map(theme::stage).unwrap_or_default(),
        );
        let counted = Span::raw(tr!(
            "ui-stats-waiting-count",
            padded = &format!("{:>6}", w.count),
            count = w.count,
            median = &median
        ));
        let over = Span::styled(
            tr!(
                "ui-stats-over-days",
                count = w.over_stale_days,
                days = w.stale_days
            ),
            if w.over_stale_days > 0 {
                theme::error()
            } else {
                theme::dim()
            },
        );
        // Split in two only when one line would be cut.
        let one_line = [&stage, &counted, &over]
            .iter()
            .map(|s| s.width())
            .sum::<usize>()
            + 3;
        if one_line > width {
            out.push(Line::from(vec![stage, counted]));
            out.push(Line::from(vec![Span::raw(" ".repeat(stage_w + 6)), over]));
        } else {
            out.push(Line::from(vec![stage, counted, Span::raw(" · "), over]));
        }
    }
    out
}

/// A cell shaded by how full it is. The number is always printed too, so
/// nothing depends on the shade.
fn shade(count: usize, max: usize) -> Style {
    if count == 0 || max == 0 {
        return theme::dim();
    }
    theme::shade((count * 4).div_ceil(max).min(4))
}

fn matrix_lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let mut out = vec![heading(&tr!("ui-stats-matrix"))];
    let label_w = 12;
    let cell_w = ((width.saturating_sub(label_w)) / Stage::ALL.len()).clamp(5, 12);
    // Whole names where every one fits, else the list's short names for
    // all: never a name cut to "incub".
    let longest = Stage::ALL
        .iter()
        .map(|s| stage_word(s.name()).chars().count())
        .max()
        .unwrap_or(0);
    let name = |s: Stage| {
        if cell_w > longest {
            stage_word(s.name())
        } else {
            crate::i18n::texts()
                .find(&format!("ui-stats-stage-short-{}", s.name()), &[])
                .unwrap_or_else(|| theme::stage_short(s).to_string())
        }
    };
    let mut header = fit("", label_w, theme::label(), &[]);
    for s in Stage::ALL {
        header.push(Span::styled(
            format!("{:>w$}", name(*s), w = cell_w),
            theme::stage(*s),
        ));
    }
    out.push(Line::from(header));
    let max = f
        .sector_by_stage
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(0);
    for (sector, cells) in Sector::ALL.iter().zip(&f.sector_by_stage) {
        let mut spans = fit(
            &super::super::step_label::sector_word(*sector),
            label_w,
            theme::sector(*sector),
            &[],
        );
        for &c in cells {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                format!("{c:>w$}", w = cell_w - 1),
                shade(c, max),
            ));
        }
        out.push(Line::from(spans));
    }
    out
}

fn intake_lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let mut out = vec![heading(&tr!("ui-stats-intake"))];
    let label_w = 11;
    let bar_w = width.saturating_sub(label_w + 8);
    let max = f.intake.iter().map(|w| w.count).max().unwrap_or(0);
    for w in &f.intake {
        let start = crate::domain::Timestamp::parse(&w.week_start)
            .map_or_else(|_| w.week_start.clone(), crate::i18n::day);
        let mut spans = fit(&start, label_w, theme::label(), &[]);
        spans.extend(fit(&bar(w.count, max, bar_w), bar_w, theme::bar(), &[]));
        spans.push(Span::raw(format!(" {:>6}", w.count)));
        out.push(Line::from(spans));
    }
    out
}

fn top_lines(title: &str, counts: &[Count], width: usize) -> Vec<Line<'static>> {
    let mut out = vec![heading(title)];
    if counts.iter().all(|c| c.count == 0) {
        out.push(Line::styled(tr!("ui-stats-none"), theme::dim()));
        return out;
    }
    out.extend(bars(counts, width, &|_| theme::bar()));
    out
}

/// The panel's combined scores in half-point bands and each reviewer's
/// count and mean total; nothing before the panel has reviewed any of the
/// ideas.
fn panel_lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let p = &f.panel;
    if p.reviewers.is_empty() {
        return Vec::new();
    }
    let mut out = vec![heading(&tr!("ui-stats-panel"))];
    let total = p.scored + p.unscored;
    let percent = |n: usize| {
        if total == 0 {
            0.0
        } else {
            (n as f64 * 1000.0 / total as f64).round() / 10.0
        }
    };
    let mut counts: Vec<Count> = p
        .distribution
        .iter()
        .map(|b| Count {
            name: b.band.clone(),
            label: b.band.clone(),
            count: b.count,
            percent: percent(b.count),
        })
        .collect();
    counts.push(Count {
        name: "unscored".into(),
        label: tr!("ui-stats-unscored"),
        count: p.unscored,
        percent: percent(p.unscored),
    });
    out.extend(bars(&counts, width, &|_| theme::bar()));
    out.push(Line::styled(
        tr!("ui-stats-contested", count = p.contested),
        theme::dim(),
    ));
    out.push(Line::default());
    out.push(heading(&tr!("ui-stats-reviewers")));
    let name_w = width.saturating_sub(16).min(30);
    for r in &p.reviewers {
        let mut spans = fit(
            &crate::i18n::person(&r.reviewer),
            name_w,
            theme::label(),
            &[],
        );
        let mean = r
            .mean_total
            .map_or("—".into(), |m| crate::i18n::decimal(m, 2));
        spans.push(Span::raw(format!(" {:>7} {:>6}", r.reviews, mean)));
        out.push(Line::from(spans));
    }
    out
}

/// The columns of the view inside `inner`: where each goes and its lines.
/// Two columns from 100 columns, else one.
fn columns(f: &Figures, inner: Rect) -> Vec<(Rect, Vec<Line<'static>>)> {
    let gap = Line::default;
    let join = |parts: Vec<Vec<Line<'static>>>| {
        let mut all = Vec::new();
        // A part with nothing to say (the panel's, before any review) is
        // left out with its gap.
        for (n, part) in parts.into_iter().filter(|p| !p.is_empty()).enumerate() {
            if n > 0 {
                all.push(gap());
            }
            all.extend(part);
        }
        all
    };
    if inner.width >= 100 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .spacing(2)
                .areas(inner);
        let lw = left.width as usize;
        let rw = right.width as usize;
        let (barriers, regions) = (tr!("ui-stats-barriers"), tr!("ui-stats-regions"));
        let barrier_counts = labelled(&f.barriers, &|n| Barrier::parse(n).ok().map(label));
        let l = join(vec![
            sector_lines(f, lw),
            funnel_lines(f, lw),
            waiting_lines(f, lw),
            top_lines(&barriers, &barrier_counts, lw),
        ]);
        let r = join(vec![
            matrix_lines(f, rw),
            intake_lines(f, rw),
            top_lines(&regions, &f.regions, rw),
            panel_lines(f, rw),
            super::stats_reasons::lines(f, rw),
        ]);
        vec![(left, l), (right, r)]
    } else {
        let w = inner.width as usize;
        let (barriers, regions) = (tr!("ui-stats-barriers"), tr!("ui-stats-regions"));
        let barrier_counts = labelled(&f.barriers, &|n| Barrier::parse(n).ok().map(label));
        let all = join(vec![
            sector_lines(f, w),
            funnel_lines(f, w),
            waiting_lines(f, w),
            intake_lines(f, w),
            matrix_lines(f, w),
            top_lines(&regions, &f.regions, w),
            top_lines(&barriers, &barrier_counts, w),
            panel_lines(f, w),
            super::stats_reasons::lines(f, w),
        ]);
        vec![(inner, all)]
    }
}

/// Whether the view draws its figures at this size.
fn fits(area: Rect) -> bool {
    area.width >= MIN_SIZE.0 && area.height + 2 >= MIN_SIZE.1
}

/// How far the view in `area` can scroll, and how many rows it shows.
pub fn scroll_room(f: &Figures, area: Rect) -> (u16, u16) {
    let inner = Block::bordered().inner(area);
    if !fits(area) {
        return (0, inner.height);
    }
    let longest = columns(f, inner)
        .iter()
        .map(|(_, lines)| lines.len())
        .max()
        .unwrap_or(0);
    let longest = u16::try_from(longest).unwrap_or(u16::MAX);
    (longest.saturating_sub(inner.height), inner.height)
}

pub fn render(app: &App, f: &Figures, scroll: u16, frame: &mut Frame, area: Rect) {
    let title = format!(
        " {} ",
        tr!(
            "ui-stats-title",
            ideas = &tr!("ideas-count", count = f.total),
            keys = &app.keymap.fill("{stats.back*}")
        )
    );
    let mut block = Block::bordered()
        .title(title)
        .border_style(theme::border(true));
    let inner = block.inner(area);
    if !fits(area) {
        frame.render_widget(block, area);
        let msg = tr!(
            "ui-stats-too-small",
            width = u32::from(MIN_SIZE.0),
            height = u32::from(MIN_SIZE.1)
        );
        frame.render_widget(
            Paragraph::new(msg).wrap(ratatui::widgets::Wrap { trim: true }),
            inner,
        );
        return;
    }
    let (room, shown) = scroll_room(f, area);
    let scroll = scroll.min(room);
    if room > 0 {
        // More than fits: say where the view is and how to see the rest.
        let total = room + shown;
        let keys = tr!(
            "ui-scroll-keys",
            keys = &app
                .keymap
                .fill("{stats.scroll-down}/{stats.scroll-up} {stats.page-down}")
        );
        let at = super::help::position(scroll, shown, total);
        block = block.title_bottom(Line::from(format!(" {at} · {keys} ")).right_aligned());
    }
    frame.render_widget(block, area);
    for (rect, lines) in columns(f, inner) {
        frame.render_widget(Paragraph::new(Text::from(lines)).scroll((scroll, 0)), rect);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_in_eighths() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 8, 1), "▏");
        assert_eq!(bar(0, 10, 4), "");
        assert_eq!(bar(3, 0, 4), "");
    }
}
