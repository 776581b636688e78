//! The idea list: id, title (query matches highlighted), sector, stage,
//! score, assignee, region and age as the width allows, one row per idea;
//! only visible rows are drawn.

use super::super::app::{App, Focus};
use super::super::{strings, theme};
use super::parts::{fit, message, pane};
use crate::domain::Named;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Column widths: markers, region, age, score, assignee; sector and stage
/// have a long and a short form.
const MARK: usize = 3;
const REGION: usize = 16;
const AGE: usize = 4;
const SCORE: usize = 5;
const ASSIGNEE: usize = 12;
const LONG: usize = 12;
const SHORT: usize = 4;
/// The title keeps at least this much once sector and stage are in.
const TITLE_MIN: usize = 16;
/// The width most titles need (three in four of the demo's fit in 48):
/// further columns come only while the title keeps it.
const TITLE_WANT: usize = 48;

#[derive(Clone, Copy)]
struct Columns {
    id: usize,
    title: usize,
    /// Width of the sector and stage columns (0 = hidden).
    label: usize,
    score: bool,
    assignee: bool,
    region: bool,
    age: bool,
}

impl Columns {
    fn fixed(&self) -> usize {
        let label = if self.label > 0 {
            2 * (self.label + 1)
        } else {
            0
        };
        let optional = |shown: bool, width: usize| if shown { width + 1 } else { 0 };
        MARK + self.id
            + 1
            + label
            + optional(self.score, SCORE)
            + optional(self.assignee, ASSIGNEE)
            + optional(self.region, REGION)
            + optional(self.age, AGE)
    }

    /// The columns for a list this wide. The title gets the width: first
    /// the sort's own column (score) and short sector and stage, while the
    /// title keeps [`TITLE_MIN`]; then age, score, long labels, region and
    /// assignee, each only while the title keeps [`TITLE_WANT`]; what is
    /// left goes to the title.
    fn fit(width: usize, id: usize, by_score: bool) -> Columns {
        let mut c = Columns {
            id,
            title: 0,
            label: 0,
            score: false,
            assignee: false,
            region: false,
            age: false,
        };
        let add = |c: &mut Columns, change: &dyn Fn(&mut Columns), floor: usize| {
            let mut wider = *c;
            change(&mut wider);
            if width >= wider.fixed() + floor {
                *c = wider;
            }
        };
        if by_score {
            add(&mut c, &|c| c.score = true, TITLE_MIN);
        }
        add(&mut c, &|c| c.label = SHORT, TITLE_MIN);
        add(&mut c, &|c| c.age = true, TITLE_WANT);
        add(&mut c, &|c| c.score = true, TITLE_WANT);
        if c.label > 0 {
            add(&mut c, &|c| c.label = LONG, TITLE_WANT);
        }
        add(&mut c, &|c| c.region = true, TITLE_WANT);
        add(&mut c, &|c| c.assignee = true, TITLE_WANT);
        c.title = width.saturating_sub(c.fixed());
        c
    }
}

fn label_text(long: &'static str, short: &'static str, width: usize) -> &'static str {
    if width >= LONG { long } else { short }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let cat = app.catalog();
    let focused = app.focus == Focus::List && app.overlays.help().is_none();
    let title = if app.refilling {
        format!("Ideas · searching all {}", cat.len())
    } else if app.loading {
        format!("Ideas · {} of the {} newest", app.hits.len(), cat.len())
    } else {
        format!("Ideas · {} of {}", app.hits.len(), cat.len())
    };
    let block = pane(&title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if app.hits.is_empty() && app.refilling {
        // Not "no ideas match": the results are on their way.
        return;
    }
    if app.hits.is_empty() {
        message(
            app,
            frame,
            inner,
            strings::NO_RESULTS_TITLE,
            strings::NO_RESULTS,
        );
        return;
    }
    let max_id = cat.max_id().max(1);
    let by_score = app.sort == crate::query::SortKey::Score;
    let cols = Columns::fit(inner.width as usize, max_id.to_string().len() + 1, by_score);
    let header_cells: Vec<(&str, usize, bool)> = vec![
        ("", MARK, true),
        ("#", cols.id, true),
        ("Title", cols.title, true),
        (
            label_text("Sector", "Sect", cols.label),
            cols.label,
            cols.label > 0,
        ),
        (
            label_text("Stage", "Stg", cols.label),
            cols.label,
            cols.label > 0,
        ),
        ("Score", SCORE, cols.score),
        ("Assignee", ASSIGNEE, cols.assignee),
        ("Region", REGION, cols.region),
        ("Age", AGE, cols.age),
    ];
    let mut header = Vec::new();
    for (column, (name, width, shown)) in header_cells.into_iter().enumerate() {
        if shown {
            header.extend(fit(name, width, theme::header(), &[]));
            // Every column but the mark is followed by a space.
            if column > 0 {
                header.push(Span::raw(" "));
            }
        }
    }
    frame.render_widget(Line::from(header), Rect { height: 1, ..inner });
    let rows = app.areas().list_rows();
    let visible = app
        .hits
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(rows.height as usize);
    for (line, (pos, hit)) in visible.enumerate() {
        let row = cat.row(hit.index());
        let selected = pos == app.list.selected;
        let base = if selected {
            theme::selected(focused)
        } else {
            Style::default()
        };
        let marked = app.list.marked.contains(&row.id);
        // Three marker cells: marked, waiting too long in new or review,
        // and looking like another idea nobody has settled (see help).
        let mut spans = vec![
            if marked {
                Span::styled("●", base.patch(theme::marked()))
            } else {
                Span::styled(" ", base)
            },
            if row.is_stale(app.now) {
                Span::styled("!", base.patch(theme::error()))
            } else {
                Span::styled(" ", base)
            },
            if app.similar.flags(row.id) {
                Span::styled(strings::LOOKS_LIKE_MARK, base.patch(theme::alike()))
            } else {
                Span::styled(" ", base)
            },
        ];
        spans.extend(fit(
            &format!("#{}", row.id),
            cols.id,
            base.patch(theme::dim()),
            &[],
        ));
        spans.push(Span::styled(" ", base));
        let positions = if app.query.parsed.is_empty() {
            Vec::new()
        } else {
            cat.title_positions(hit.index(), &app.query.parsed)
        };
        spans.extend(fit(row.title(), cols.title, base, &positions));
        spans.push(Span::styled(" ", base));
        if cols.label > 0 {
            let sector = label_text(
                row.sector.name(),
                theme::sector_short(row.sector),
                cols.label,
            );
            spans.extend(fit(
                sector,
                cols.label,
                base.patch(theme::sector(row.sector)),
                &[],
            ));
            spans.push(Span::styled(" ", base));
            let stage = label_text(row.stage.name(), theme::stage_short(row.stage), cols.label);
            spans.extend(fit(
                stage,
                cols.label,
                base.patch(theme::stage(row.stage)),
                &[],
            ));
            spans.push(Span::styled(" ", base));
        }
        if cols.score {
            // The panel's combined score (`4.2`) where the viewer sees
            // reviews, else the quick score (`4/5`), as `sort: score` ranks.
            let score = match row.best_score() {
                Some(crate::domain::row_reviews::Score::Quick(n)) => format!("{n}/5"),
                Some(panel) => panel.shown(),
                None => String::new(),
            };
            spans.extend(fit(&score, SCORE, base, &[]));
            spans.push(Span::styled(" ", base));
        }
        if cols.assignee {
            spans.extend(fit(
                &row.assignee,
                ASSIGNEE,
                base.patch(theme::label()),
                &[],
            ));
            spans.push(Span::styled(" ", base));
        }
        if cols.region {
            spans.extend(fit(&row.region, REGION, base.patch(theme::label()), &[]));
            spans.push(Span::styled(" ", base));
        }
        if cols.age {
            spans.extend(fit(
                &row.updated.age(app.now),
                AGE,
                base.patch(theme::dim()),
                &[],
            ));
        }
        let r = Rect {
            y: rows.y + line as u16,
            height: 1,
            ..rows
        };
        frame.render_widget(Line::from(spans), r);
    }
}
