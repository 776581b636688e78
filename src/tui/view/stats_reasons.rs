//! The statistics view's tables of why ideas were declined and accepted:
//! each reason (every one the database offers, then "no reason") with how
//! many decisions gave it and how many in each sector, as `sprout stats`
//! prints them.

use super::super::theme;
use super::parts::fit;
use crate::domain::{Named, Sector};
use crate::stats::Figures;
use crate::stats::reasons::ReasonCount;
use ratatui::text::{Line, Span};

/// Both tables, a blank line between; nothing when the database offers no
/// reasons and no idea shown has a decision.
pub fn lines(f: &Figures, width: usize) -> Vec<Line<'static>> {
    let mut out = table(
        &crate::tr!("panelfin-stats-why-declined"),
        &f.reasons.declined,
        width,
    );
    let accepted = table(
        &crate::tr!("panelfin-stats-why-accepted"),
        &f.reasons.accepted,
        width,
    );
    if !out.is_empty() && !accepted.is_empty() {
        out.push(Line::default());
    }
    out.extend(accepted);
    out
}

fn table(title: &str, counts: &[ReasonCount], width: usize) -> Vec<Line<'static>> {
    if counts.is_empty() {
        return Vec::new();
    }
    let cells = Sector::ALL.len();
    // Counts are right-aligned in 5 columns (four-letter sector names and
    // a space) and the reason takes what is left, 14 at least; narrower
    // than that (50x16), the sectors are left out, never cut.
    let count_w = 6;
    let cell_w = if width >= 14 + count_w + cells * 5 {
        5
    } else {
        0
    };
    let label_w = width.saturating_sub(count_w + cells * cell_w);
    let sectors = if cell_w > 0 { Sector::ALL } else { &[] };
    let mut out = vec![Line::styled(title.to_string(), theme::header())];
    let mut header = fit("", label_w, theme::label(), &[]);
    header.push(Span::styled(
        format!("{:>count_w$}", crate::tr!("panelfin-stats-ideas")),
        theme::dim(),
    ));
    for s in sectors {
        header.push(Span::styled(
            format!("{:>cell_w$}", sector_abbr(*s)),
            theme::sector(*s),
        ));
    }
    out.push(Line::from(header));
    for c in counts {
        let label = if c.key.is_empty() {
            crate::tr!("panelfin-stats-no-reason")
        } else {
            crate::domain::text::printable(&crate::i18n::reason_label_of(&c.key, &c.label), false)
        };
        let style = if c.count == 0 {
            theme::dim()
        } else {
            theme::label()
        };
        let mut spans = fit(&label, label_w, style, &[]);
        spans.push(Span::raw(format!("{:>count_w$}", c.count)));
        for &n in c.by_sector.iter().take(sectors.len()) {
            let cell = Span::raw(format!("{n:>cell_w$}"));
            spans.push(if n == 0 {
                cell.style(theme::dim())
            } else {
                cell
            });
        }
        out.push(Line::from(spans));
    }
    out
}

/// A sector in the four letters the list's column uses, in the language
/// spoken (`hlth`, `здрв`).
fn sector_abbr(s: crate::domain::Sector) -> String {
    use crate::domain::Named;
    let id = format!("ui-abbr-sector-{}", s.name());
    crate::i18n::texts()
        .find(&id, &[])
        .unwrap_or_else(|| s.name().to_string())
}
