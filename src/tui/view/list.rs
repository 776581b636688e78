//! The idea list: id, title (query matches highlighted), sector, stage,
//! region and age, one row per idea; only visible rows are drawn.

use super::super::app::{App, Focus};
use super::super::{strings, theme};
use super::{fit, message, pane};
use crate::domain::Named;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Column widths: marker, region, age; sector and stage have a long and a
/// short form.
const MARK: usize = 2;
const REGION: usize = 16;
const AGE: usize = 4;
const LONG: usize = 12;
const SHORT: usize = 4;

struct Columns {
    id: usize,
    title: usize,
    /// Width of the sector and stage columns (0 = hidden).
    label: usize,
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
        MARK + self.id
            + 1
            + label
            + if self.region { REGION + 1 } else { 0 }
            + if self.age { AGE + 1 } else { 0 }
    }

    /// The widest set of columns that leaves the title room: region goes
    /// first, then age, then long labels give way to short ones, then none.
    fn fit(width: usize, id: usize) -> Columns {
        // (label width, region, age, the title width that option needs)
        let tries = [
            (LONG, true, true, 30),
            (LONG, false, true, 28),
            (LONG, false, false, 22),
            (SHORT, false, true, 18),
            (SHORT, false, false, 14),
            (0, false, false, 0),
        ];
        let mut c = Columns {
            id,
            title: 0,
            label: 0,
            region: false,
            age: false,
        };
        for (label, region, age, min_title) in tries {
            c = Columns {
                id,
                title: 0,
                label,
                region,
                age,
            };
            if width >= c.fixed() + min_title {
                break;
            }
        }
        c.title = width.saturating_sub(c.fixed());
        c
    }
}

fn label_text(long: &'static str, short: &'static str, width: usize) -> &'static str {
    if width >= LONG { long } else { short }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let cat = app.catalog();
    let focused = app.focus == Focus::List && app.help.is_none();
    let title = if app.loading {
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
    let cols = Columns::fit(inner.width as usize, max_id.to_string().len() + 1);
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
        .skip(app.list_offset)
        .take(rows.height as usize);
    for (line, (pos, hit)) in visible.enumerate() {
        let row = cat.row(hit.index());
        let selected = pos == app.selected;
        let base = if selected {
            theme::selected(focused)
        } else {
            Style::default()
        };
        let marked = app.marked.contains(&row.id);
        // Two marker cells: marked, and waiting too long in new or review.
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
        ];
        spans.extend(fit(
            &format!("#{}", row.id),
            cols.id,
            base.patch(theme::dim()),
            &[],
        ));
        spans.push(Span::styled(" ", base));
        let positions = if app.query.is_empty() {
            Vec::new()
        } else {
            cat.title_positions(hit.index(), &app.query)
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
