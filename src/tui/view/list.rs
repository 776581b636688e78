//! The idea list: id, title (query matches highlighted), sector, stage,
//! score, assignee, region and age as the width allows, one row per idea;
//! only visible rows are drawn.

use super::super::app::{App, Focus};
use super::super::{strings, theme};
use super::parts::{fit, message, pane};
use crate::domain::Named;
use crate::tui::dates;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Column widths: markers, region, age, score, assignee; sector and stage
/// have a long and a short form.
const MARK: usize = 3;
const REGION: usize = 16;
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
    /// Width of the age column: the widest age the language writes.
    age_width: usize,
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
            + optional(self.age, self.age_width)
    }

    /// The columns for a list this wide. The title gets the width: first
    /// the sort's own column (score) and short sector and stage, while the
    /// title keeps [`TITLE_MIN`]; then age, score, long labels, region and
    /// assignee, each only while the title keeps [`TITLE_WANT`]; what is
    /// left goes to the title.
    fn fit(width: usize, id: usize, by_score: bool) -> Columns {
        let mut c = Columns {
            age_width: dates::widest_age(),
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

/// A value's name in the list: its lowercase name where the column is
/// long, its four letters where it is short (`ui-name-…`, `ui-abbr-…`).
fn value_text<T: Named>(value: T, width: usize) -> String {
    let kind = if width >= LONG { "name" } else { "abbr" };
    let id = format!("ui-{kind}-{}-{}", T::KIND, value.name());
    crate::i18n::texts()
        .find(&id, &[])
        .unwrap_or_else(|| value.name().to_string())
}

fn header_text(long: String, short: String, width: usize) -> String {
    if width >= LONG { long } else { short }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let cat = app.catalog();
    let focused = app.focus == Focus::List && app.overlays.help().is_none();
    let (shown, total) = (app.hits.len(), cat.len());
    let title = if app.refilling {
        crate::tr!("ui-list-title-searching", total = total)
    } else if app.loading {
        crate::tr!("ui-list-title-loading", shown = shown, total = total)
    } else {
        crate::tr!("ui-list-title", shown = shown, total = total)
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
            frame,
            inner,
            &strings::no_results_title(),
            &strings::no_results(&app.keymap),
        );
        return;
    }
    let max_id = cat.max_id().max(1);
    let by_score = app.sort == crate::query::SortKey::Score;
    let cols = Columns::fit(inner.width as usize, max_id.to_string().len() + 1, by_score);
    let header_cells: Vec<(String, usize, bool)> = vec![
        (String::new(), MARK, true),
        ("#".to_string(), cols.id, true),
        (crate::tr!("ui-column-title"), cols.title, true),
        (
            header_text(
                crate::tr!("ui-column-sector"),
                crate::tr!("ui-column-sector-short"),
                cols.label,
            ),
            cols.label,
            cols.label > 0,
        ),
        (
            header_text(
                crate::tr!("ui-column-stage"),
                crate::tr!("ui-column-stage-short"),
                cols.label,
            ),
            cols.label,
            cols.label > 0,
        ),
        (crate::tr!("ui-column-score"), SCORE, cols.score),
        (crate::tr!("ui-column-assignee"), ASSIGNEE, cols.assignee),
        (crate::tr!("ui-column-region"), REGION, cols.region),
        (crate::tr!("ui-column-age"), cols.age_width, cols.age),
    ];
    let mut header = Vec::new();
    for (column, (name, width, shown)) in header_cells.into_iter().enumerate() {
        if shown {
            header.extend(fit(&name, width, theme::header(), &[]));
            // Every column but the mark is followed by a space.
            if column > 0 {
                header.push(Span::raw(" "));
            }
        }
    }
    frame.render_widget(Line::from(header), Rect { height: 1, ..inner });
    let rows = app.areas().list_rows();
    // Only the hits in result order (all but while a large result is
    // still being ordered behind its first screens).
    let visible = app
        .listed()
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
            let sector = value_text(row.sector, cols.label);
            spans.extend(fit(
                &sector,
                cols.label,
                base.patch(theme::sector(row.sector)),
                &[],
            ));
            spans.push(Span::styled(" ", base));
            let stage = value_text(row.stage, cols.label);
            spans.extend(fit(
                &stage,
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
                &dates::age(row.updated, app.now),
                cols.age_width,
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
