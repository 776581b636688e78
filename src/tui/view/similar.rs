//! The detail's "Similar ideas": what the idea is marked a duplicate of,
//! the ideas marked its duplicates, and the likest others with their
//! scores, each with its title, and the keys that act on them.

use super::super::app::App;
use super::super::theme;
use crate::domain::Idea;
use crate::domain::text::printable;
use crate::tr;
use ratatui::text::{Line, Span};

/// The section's lines, and the keys that act on them; none when there is
/// nothing to say (or the index is not built yet).
pub fn lines(app: &App, i: &Idea) -> Vec<Line<'static>> {
    let cat = app.catalog();
    let title_of = |id: u64| {
        cat.index_of(id)
            .map(|n| printable(cat.row(n).title(), false))
            .unwrap_or_else(|| tr!("ui-similar-not-there"))
    };
    let mut body = Vec::new();
    if let Some(of) = i.duplicate_of {
        body.push(Line::from(vec![
            Span::styled(
                format!("{} ", tr!("ui-similar-duplicate-of")),
                theme::label(),
            ),
            Span::styled(format!("#{of} "), theme::key()),
            Span::raw(title_of(of)),
        ]));
    }
    let duplicates = app.similar.duplicates_of(i);
    if !duplicates.is_empty() {
        let ids: Vec<String> = duplicates.iter().map(|d| format!("#{d}")).collect();
        body.push(Line::from(vec![
            Span::styled(
                format!("{} ", tr!("ui-similar-its-duplicates")),
                theme::label(),
            ),
            Span::styled(ids.join(", "), theme::key()),
        ]));
    }
    let likes = app.similar.likes_of(i);
    let width = likes
        .iter()
        .map(|m| m.id.to_string().len())
        .max()
        .unwrap_or(0);
    for m in &likes {
        body.push(Line::from(vec![
            Span::styled(format!("#{:<width$} ", m.id), theme::key()),
            Span::styled(
                format!("{} ", crate::i18n::decimal(f64::from(m.score), 2)),
                theme::dim(),
            ),
            Span::raw(title_of(m.id)),
        ]));
    }
    if body.is_empty() {
        return body;
    }
    let mut out = vec![
        Line::default(),
        super::parts::section(&tr!("ui-similar-title")),
    ];
    out.extend(body);
    {
        // The keys where the idea is shown: triage has no list to show.
        let key = |name: &str| app.keymap.fill(&format!("{{{name}}}"));
        let keys = if app.screen.triage().is_some() {
            tr!(
                "ui-similar-keys-triage",
                mark = &key("triage.mark-duplicate"),
                not = &key("triage.not-duplicate")
            )
        } else {
            let context = if app.screen.is_full_detail() {
                "detail"
            } else {
                "browse"
            };
            tr!(
                "ui-similar-keys",
                list = &key(&format!("{context}.similar")),
                mark = &key(&format!("{context}.mark-duplicate")),
                not = &key(&format!("{context}.not-duplicate"))
            )
        };
        out.push(Line::styled(keys, theme::dim()));
    }
    out
}
