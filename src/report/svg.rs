//! The pack's charts as inline SVG drawn here: horizontal bars, one row a
//! value, each labelled and counted in text (so a chart still reads in
//! black and white, and its figures can be checked from the page). No
//! scripts, no fonts of its own: the page's font is used.

use super::escape::html;

/// One bar: its label and its value.
pub struct Bar {
    pub label: String,
    pub value: usize,
    /// What the text beside the bar says (else the value).
    pub note: Option<String>,
}

const WIDTH: usize = 540;
/// The labels' column, at least: wider when a label needs it (Russian
/// labels are longer), at most half the chart.
const LABEL: usize = 160;
const ROW: usize = 24;
const BAR: usize = 16;
/// About how wide a character of the chart's text is, to leave room on
/// the right for the longest value's text.
const CHAR: usize = 7;

/// About how wide `label` is drawn: Cyrillic letters are wider than
/// Latin ones in the page's font.
fn label_width(label: &str) -> usize {
    label
        .chars()
        .map(|c| if c.is_ascii() { CHAR } else { CHAR + 1 })
        .sum()
}

/// A bar chart titled `title` (said to a screen reader as well), `id` the
/// element's id.
pub fn bars(id: &str, title: &str, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len().max(1) + 8;
    let note = |b: &Bar| b.note.clone().unwrap_or_else(|| b.value.to_string());
    let text = bars
        .iter()
        .map(|b| note(b).chars().count())
        .max()
        .unwrap_or(0)
        * CHAR
        + 12;
    let label_w = (bars
        .iter()
        .map(|b| label_width(&b.label))
        .max()
        .unwrap_or(0)
        + 12)
        .clamp(LABEL, WIDTH / 2);
    let room = WIDTH.saturating_sub(label_w + text).max(80);
    let mut out = format!(
        "<svg id=\"{}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title>{}</title>\n",
        html(id),
        html(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 4 + i * ROW;
        let len = if b.value == 0 {
            0
        } else {
            (b.value * room / max).max(2)
        };
        let note = note(b);
        out.push_str(&format!(
            "<g class=\"bar\" data-label=\"{label}\" data-value=\"{value}\">\
             <text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{len}\" height=\"{BAR}\" rx=\"2\"/>\
             <text x=\"{vx}\" y=\"{ty}\" class=\"value\">{note}</text></g>\n",
            label = html(&b.label),
            value = b.value,
            lx = label_w - 8,
            ty = y + BAR - 3,
            vx = label_w + len + 6,
            note = html(&note),
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str) -> Bar {
        Bar {
            label: label.into(),
            value: 3,
            note: None,
        }
    }

    #[test]
    fn a_long_label_widens_its_column_and_a_short_one_keeps_it() {
        let short = bars("s", "Sectors", &[bar("Health & social care")]);
        assert!(short.contains("<rect x=\"160\""), "{short}");
        let long = bars("s", "Секторы", &[bar("Здравоохранение и соцзащита")]);
        let x = 2 * CHAR + 25 * (CHAR + 1) + 12;
        assert!(long.contains(&format!("<rect x=\"{x}\"")), "{long}");
        assert!(long.contains(&format!("<text x=\"{}\"", x - 8)), "{long}");
    }
}
