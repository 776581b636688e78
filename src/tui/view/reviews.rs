//! The panel's reviews of an idea as the detail shows them: the combined
//! score among the fields (`panel`), and a Reviews section with each
//! reviewer's total, confidence, scores and comment.

use super::super::app::App;
use super::super::theme;
use super::parts::section;
use crate::domain::panel::{self, Combined};
use crate::domain::text::printable;
use crate::domain::{Idea, Review, rubric};
use crate::tr;
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
    let contested = if c.contested() {
        format!(" · {}", tr!("ui-reviews-contested-mark"))
    } else {
        String::new()
    };
    let text = tr!(
        "ui-reviews-short",
        score = &crate::i18n::decimal(c.score, 2),
        count = c.reviews
    );
    format!("{text}{contested}")
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
        section(&tr!("ui-reviews-section", count = reviews.len())),
    ];
    if let Some(c) = &combined {
        let how = if c.reviews == 1 {
            tr!("ui-reviews-one")
        } else {
            let how = match app.panel.combine {
                panel::Combine::Mean => tr!("ui-reviews-mean", count = c.reviews),
                panel::Combine::Median => tr!("ui-reviews-median", count = c.reviews),
            };
            let raw = match (app.panel.normalise, normalised) {
                (true, Some(_)) => format!(", {}", tr!("ui-reviews-normalised")),
                (true, None) => format!(", {}", tr!("ui-reviews-not-normalised")),
                (false, _) => String::new(),
            };
            format!("{how}{raw}")
        };
        out.push(Line::from(vec![
            Span::styled(format!("{} ", tr!("ui-reviews-combined")), theme::label()),
            Span::raw(tr!(
                "ui-reviews-combined-of",
                score = &crate::i18n::decimal(c.score, 2),
                how = &how
            )),
        ]));
        if c.reviews > 1 {
            let contested = if c.contested() {
                format!(
                    " · {}",
                    tr!(
                        "ui-reviews-contested",
                        apart = &panel::CONTESTED.to_string()
                    )
                )
            } else {
                String::new()
            };
            let spread = tr!(
                "ui-reviews-spread",
                spread = &crate::i18n::decimal(c.spread, 2)
            );
            out.push(Line::from(format!("{spread}{contested}")));
        }
    }
    for (r, total) in reviews.iter().zip(&totals) {
        out.push(Line::default());
        out.push(Line::from(vec![
            Span::styled(crate::i18n::person(&r.by), theme::title()),
            Span::raw(format!(
                " · {}",
                tr!(
                    "ui-reviews-total-confidence",
                    total = &total.map_or("—".into(), |t| crate::i18n::decimal(t, 2)),
                    confidence = &r.confidence.to_string()
                )
            )),
        ]));
        out.push(Line::styled(
            format!(
                "{} · {}",
                r.time.format(date_format),
                tr!("ui-reviews-rubric", version = r.rubric)
            ),
            theme::dim(),
        ));
        // Not indented: a wrapped line would start at the margin anyway.
        let scores: Vec<String> = r
            .scores
            .iter()
            .map(|(c, s)| format!("{} {s}", crate::i18n::criterion_label_of(c)))
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
