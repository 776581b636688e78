//! The panel's reviews of an idea as the detail shows them: the combined
//! score among the fields (`panel`), and a Reviews section with each
//! reviewer's total, confidence, scores and comment.

use super::super::app::App;
use super::super::theme;
use super::parts::section;
use crate::domain::panel::{self, Combined};
use crate::domain::text::printable;
use crate::domain::{Idea, Review, rubric};
use ratatui::text::{Line, Span};

/// The reviews the detail shows. The one place that picks them: under
/// blind review (issue 18, point 4) none until the viewer has made their
/// own, as `sprout show` and the queries see them.
pub fn shown_reviews<'a>(app: &App, idea: &'a Idea) -> Vec<&'a Review> {
    crate::domain::blind::visible_reviews(idea, &app.me, app.panel.blind)
        .iter()
        .collect()
}

/// What the detail shows of the panel's reviews.
pub struct Panel {
    /// `3.60 of 5 · 2 reviews · spread 2.40 · contested`, for the fields.
    pub field: Option<String>,
    /// The Reviews section, empty without reviews.
    pub section: Vec<Line<'static>>,
}

/// Each review's total by the rubric version it was made with (`None`
/// while that version is not known here).
fn totals(app: &App, reviews: &[&Review]) -> Vec<Option<f64>> {
    reviews
        .iter()
        .map(|r| rubric::version(&app.rubrics, r.rubric).and_then(|rb| r.total(&rb)))
        .collect()
}

/// The combined score short enough for a field of a narrow pane.
fn short_text(c: &Combined) -> String {
    let reviews = if c.reviews == 1 { "review" } else { "reviews" };
    let contested = if c.contested() { " · contested" } else { "" };
    format!("{:.2} · {} {reviews}{contested}", c.score, c.reviews)
}

pub fn panel(app: &App, idea: &Idea, date_format: &str) -> Panel {
    let reviews = shown_reviews(app, idea);
    if reviews.is_empty() {
        return Panel {
            field: None,
            section: Vec::new(),
        };
    }
    let totals = totals(app, &reviews);
    let known: Vec<f64> = totals.iter().flatten().copied().collect();
    let mut combined = panel::combine(&known, app.panel.combine);
    // Normalising needs every reviewer's scale over the database: the
    // row has the score so made (the list's column), so the line shows
    // that one, the same as the list; the spread stays the totals given.
    let normalised = if app.panel.normalise {
        let cat = app.catalog();
        cat.index_of(idea.id)
            .and_then(|i| cat.row(i).reviews.combined())
    } else {
        None
    };
    if let (Some(c), Some(m)) = (&mut combined, normalised) {
        c.score = f64::from(m) / 1000.0;
    }
    let mut out = vec![
        Line::default(),
        section(&format!("Reviews ({})", reviews.len())),
    ];
    if let Some(c) = &combined {
        let how = if c.reviews == 1 {
            "1 review".to_string()
        } else {
            let how = match app.panel.combine {
                panel::Combine::Mean => "mean",
                panel::Combine::Median => "median",
            };
            let raw = match (app.panel.normalise, normalised) {
                (true, Some(_)) => ", normalised per reviewer",
                (true, None) => ", not normalised",
                (false, _) => "",
            };
            format!("{how} of {} reviews{raw}", c.reviews)
        };
        out.push(Line::from(vec![
            Span::styled("combined ", theme::label()),
            Span::raw(format!("{:.2} of 5 · {how}", c.score)),
        ]));
        if c.reviews > 1 {
            let contested = if c.contested() {
                format!(" · contested (totals {} or more apart)", panel::CONTESTED)
            } else {
                String::new()
            };
            out.push(Line::from(format!("spread {:.2}{contested}", c.spread)));
        }
    }
    for (r, total) in reviews.iter().zip(&totals) {
        out.push(Line::default());
        out.push(Line::from(vec![
            Span::styled(printable(&r.by, false), theme::title()),
            Span::raw(format!(
                " · total {} · confidence {}",
                total.map_or("—".into(), |t| format!("{t:.2}")),
                r.confidence
            )),
        ]));
        out.push(Line::styled(
            format!("{} · rubric {}", r.time.format(date_format), r.rubric),
            theme::dim(),
        ));
        // Not indented: a wrapped line would start at the margin anyway.
        let scores: Vec<String> = r
            .scores
            .iter()
            .map(|(c, s)| format!("{} {s}", printable(c, false)))
            .collect();
        out.push(Line::from(scores.join(" · ")));
        if !r.comment.is_empty() {
            for line in printable(&r.comment, true).split('\n') {
                out.push(Line::from(line.to_string()));
            }
        }
    }
    Panel {
        field: combined.as_ref().map(short_text),
        section: out,
    }
}
