//! Help's section on the query language: how a query is written, and the
//! fields, sectors and stages by their English and Russian names (both
//! work in either language), pointing to `sprout help query` for the rest.

use super::super::theme;
use crate::domain::{Named, Sector, Stage};
use crate::query::{FIELDS, RUSSIAN_FIELDS, russian_names};
use ratatui::text::{Line, Span};

/// `sector/сектор`: a name in English and its first Russian one.
fn pair(english: &str, russian: Option<&str>) -> String {
    match russian {
        Some(r) => format!("{english}/{r}"),
        None => english.to_string(),
    }
}

/// Every field as `sector/сектор`, in the query language's order.
fn fields() -> String {
    FIELDS
        .iter()
        .map(|f| {
            let russian = RUSSIAN_FIELDS.iter().find(|(_, e)| e == f).map(|(r, _)| *r);
            pair(f, russian)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every value of a vocabulary as `pilot/пилот`.
fn values<T: Named + Copy + 'static>() -> String {
    T::ALL
        .iter()
        .map(|v| pair(v.name(), russian_names(*v).first().copied()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The section's lines for a box `width` columns wide, with a label column
/// of `label_width` (help's key column), text wrapped by `wrap`.
/// `search_key` is the key that opens the query bar.
pub fn lines(
    width: usize,
    label_width: usize,
    search_key: &str,
    wrap: fn(&str, usize) -> Vec<String>,
) -> Vec<Line<'static>> {
    let text_width = width.saturating_sub(label_width + 2).max(20);
    let rows = [
        (
            crate::tr!("ui-help-query-words-label"),
            crate::tr!("ui-help-query-words"),
        ),
        (
            crate::tr!("ui-help-query-field-term"),
            crate::tr!("ui-help-query-field"),
        ),
        (
            "! a,b >= <".to_string(),
            crate::tr!("ui-help-query-operators"),
        ),
        (crate::tr!("ui-help-query-fields-label"), fields()),
        (
            crate::tr!("ui-help-query-sectors-label"),
            values::<Sector>(),
        ),
        (crate::tr!("ui-help-query-stages-label"), values::<Stage>()),
    ];
    let title = crate::tr!("ui-help-query-title", key = search_key);
    let mut out = vec![Line::styled(title, theme::header())];
    for (label, text) in rows {
        for (n, part) in wrap(&text, text_width).into_iter().enumerate() {
            let label = if n == 0 { label.as_str() } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!("  {label:<w$}", w = label_width - 2), theme::key()),
                Span::raw(part),
            ]));
        }
    }
    for part in wrap(&crate::tr!("ui-help-query-more"), width.max(20)) {
        out.push(Line::styled(part, theme::dim()));
    }
    out.push(Line::default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_and_stage_is_named_in_both_languages() {
        let f = fields();
        for field in FIELDS {
            assert!(
                f.split(' ').any(|p| p.split('/').next() == Some(*field)),
                "{field}"
            );
        }
        assert!(f.starts_with("sector/сектор stage/стадия"), "{f}");
        let s = values::<Stage>();
        assert!(
            s.contains("pilot/пилот") && s.contains("declined/отклонена"),
            "{s}"
        );
    }
}
