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

/// Column widths: marker, id, sector, stage, region, age.
const MARK: usize = 2;
const SECTOR: usize = 12;
const STAGE: usize = 11;
const REGION: usize = 16;
const AGE: usize = 4;

struct Columns {
    id: usize,
    title: usize,
    sector: bool,
    stage: bool,
    region: bool,
    age: bool,
}

fn columns(width: usize, id_width: usize) -> Columns {
    let mut c = Columns {
        id: id_width,
        title: 0,
        sector: true,
        stage: true,
        region: true,
        age: true,
    };
    let fixed = |c: &Columns| {
        MARK + c.id
            + 1
            + if c.sector { SECTOR + 1 } else { 0 }
            + if c.stage { STAGE + 1 } else { 0 }
            + if c.region { REGION + 1 } else { 0 }
            + if c.age { AGE + 1 } else { 0 }
    };
    // Drop the least needed columns first until the title has room.
    for drop in [3, 2, 0, 1] {
        if width >= fixed(&c) + 20 {
            break;
        }
        match drop {
            3 => c.region = false,
            2 => c.age = false,
            0 => c.sector = false,
            _ => c.stage = false,
        }
    }
    c.title = width.saturating_sub(fixed(&c));
    c
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::List && app.help.is_none();
    let title = format!("Ideas · {} of {}", app.hits.len(), app.catalog.len());
    let block = pane(&title, focused);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if app.catalog.is_empty() {
        message(frame, inner, strings::WELCOME_TITLE, strings::WELCOME);
        return;
    }
    if app.hits.is_empty() {
        message(frame, inner, strings::NO_RESULTS_TITLE, strings::NO_RESULTS);
        return;
    }
    let max_id = app.catalog.rows().iter().map(|r| r.id).max().unwrap_or(1);
    let cols = columns(inner.width as usize, max_id.to_string().len() + 1);
    let header_cells: Vec<(&str, usize, bool)> = vec![
        ("", MARK, true),
        ("#", cols.id, true),
        ("Title", cols.title, true),
        ("Sector", SECTOR, cols.sector),
        ("Stage", STAGE, cols.stage),
        ("Region", REGION, cols.region),
        ("Age", AGE, cols.age),
    ];
    let mut header = Vec::new();
    for (name, width, shown) in header_cells {
        if shown {
            header.extend(fit(name, width, theme::header(), &[]));
            if width != MARK {
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
        let row = app.catalog.row(hit.index);
        let selected = pos == app.selected;
        let base = if selected {
            theme::selected(focused)
        } else {
            Style::default()
        };
        let marked = app.marked.contains(&row.id);
        let mut spans = vec![if marked {
            Span::styled("● ", base.patch(theme::marked()))
        } else {
            Span::styled("  ", base)
        }];
        spans.extend(fit(
            &format!("#{}", row.id),
            cols.id,
            base.patch(theme::dim()),
            &[],
        ));
        spans.push(Span::styled(" ", base));
        let positions = if app.query.has_fuzzy() || !app.query.is_empty() {
            app.catalog.title_positions(hit.index, &app.query)
        } else {
            Vec::new()
        };
        spans.extend(fit(&row.title, cols.title, base, &positions));
        spans.push(Span::styled(" ", base));
        if cols.sector {
            spans.extend(fit(
                row.sector.name(),
                SECTOR,
                base.patch(theme::sector(row.sector)),
                &[],
            ));
            spans.push(Span::styled(" ", base));
        }
        if cols.stage {
            spans.extend(fit(
                row.stage.name(),
                STAGE,
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
