//! The board pack as one self-contained HTML page: its styles inline, its
//! charts inline SVG, no script, font, image or stylesheet from anywhere
//! (a Content-Security-Policy says so to the browser too), and a print
//! stylesheet so that it reads on paper. Every text is escaped.

use super::escape::{html, html_lines};
use super::pack::{Entry, Pack, SCORE_BINS};
use super::svg::{Bar, bars};
use super::words::{day, ideas};
use crate::domain::text::group_digits;
use crate::domain::{Named, Sector, Stage};
use std::fmt::Write;

const STYLE: &str = r#"
:root { --ink: #1d2b24; --soft: #5b6b63; --line: #d5ddd8; --bar: #2f7d5b; --band: #f3f6f4; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); margin: 0 auto; padding: 24px 32px 48px; max-width: 1180px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 0 0 6px; }
.meta, .note { color: var(--soft); margin: 0 0 8px; }
code { font: 13px ui-monospace, "DejaVu Sans Mono", monospace; background: var(--band); padding: 1px 4px; border-radius: 3px; }
dl.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 0; }
dl.summary div { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; min-width: 130px; }
dl.summary dt { color: var(--soft); font-size: 13px; }
dl.summary dd { margin: 0; font-size: 22px; font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 8px 24px; }
figure { margin: 0; max-width: 540px; }
figcaption { font-weight: 600; margin: 8px 0 4px; }
figure .note { font-size: 12.5px; margin: 0; }
svg.chart { max-width: 100%; height: auto; font-size: 13px; }
svg.chart rect { fill: var(--bar); }
svg.chart text { fill: var(--ink); }
svg.chart text.value { fill: var(--soft); }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
table.reasons { width: auto; min-width: 50%; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 13px; color: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.shortlist td { border-bottom: none; }
table.shortlist th.idea { width: 44%; }
tbody.entry { border-bottom: 1px solid var(--line); }
tr.idea td { padding-top: 9px; padding-bottom: 9px; }
tr.idea:has(+ tr.reviews) td { padding-bottom: 3px; }
tr.idea .title { font-weight: 600; }
tr.idea .who { color: var(--soft); font-size: 13px; }
tr.reviews td { padding-top: 0; padding-bottom: 9px; }
ul.reviews { list-style: none; margin: 0; padding: 0 0 0 12px; border-left: 3px solid var(--line); }
ul.reviews li { margin: 2px 0; font-size: 13.5px; }
ul.reviews .reviewer { font-weight: 600; }
ul.reviews .comment { color: var(--soft); }
.none { color: var(--soft); font-style: italic; }
.contested { color: #a2401b; font-weight: 600; font-size: 12px; }
table.matrix td.num:last-child, table.matrix tr.total td { font-weight: 600; }
table.matrix tr.total td { border-top: 2px solid var(--line); }
footer { margin-top: 40px; color: var(--soft); font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { --ink: #000; --soft: #333; --line: #999; --bar: #444; --band: #eee; }
  body { font-size: 10pt; padding: 0; max-width: none; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; break-after: avoid; page-break-after: avoid; }
  table { font-size: 9pt; }
  thead { display: table-header-group; }
  tr, tbody.entry { break-inside: avoid; page-break-inside: avoid; }
  tr.idea .who, ul.reviews li { font-size: 8.5pt; }
  figure, dl.summary div, section.small { break-inside: avoid; page-break-inside: avoid; }
  svg.chart { font-size: 11px; }
  .contested { color: #000; }
}
"#;

/// A score to two places, or a dash.
fn score(s: Option<f64>) -> String {
    s.map_or("—".into(), |s| crate::i18n::decimal(s, 2))
}

/// The page.
pub fn render(p: &Pack) -> String {
    let mut out = String::with_capacity(4096 + p.shortlist.len() * 900);
    let title = if p.query.is_empty() {
        crate::tr!("report-title")
    } else {
        format!("{}: {}", crate::tr!("report-title"), p.query)
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        html(&title),
        lang = crate::i18n::language().code()
    );
    header(&mut out, p);
    // The overview first, the long shortlist after it: on paper the
    // tables would otherwise be pages away from the charts.
    charts(&mut out, p);
    matrix(&mut out, p);
    declines(&mut out, p);
    shortlist(&mut out, p);
    let _ = write!(
        out,
        "<footer>{}</footer>\n</body>\n</html>\n",
        crate::tr!(
            "report-footer",
            date = &day(p.generated),
            apart = crate::domain::panel::CONTESTED
        )
    );
    out
}

fn header(out: &mut String, p: &Pack) {
    let query = if p.query.is_empty() {
        crate::tr!("report-meta-every-idea")
    } else {
        format!("<code>{}</code>", html(&p.query))
    };
    let mut meta = crate::tr!("report-meta", query = &query, date = &day(p.generated));
    if !p.by.is_empty() {
        let _ = write!(
            meta,
            " {}",
            crate::tr!("report-meta-by", by = &html(&crate::i18n::person(&p.by)))
        );
    }
    if p.anonymous {
        let _ = write!(meta, " · {}", crate::tr!("report-meta-anonymous"));
    }
    let declined = p.figures.stages[Stage::Declined.index()].count;
    let title = crate::tr!("report-title");
    let _ = write!(
        out,
        "<header>\n<h1>{title}</h1>\n<p class=\"meta\">{meta}</p>\n\
         <dl class=\"summary\" id=\"summary\">\n\
         <div><dt>{}</dt><dd id=\"total\">{}</dd></div>\n\
         <div><dt>{}</dt><dd id=\"scored\">{}</dd></div>\n\
         <div><dt>{}</dt><dd id=\"contested\">{}</dd></div>\n\
         <div><dt>{}</dt><dd id=\"declined\">{declined}</dd></div>\n</dl>\n</header>\n",
        crate::tr!("report-figure-ideas"),
        p.figures.total,
        crate::tr!("report-figure-scored"),
        p.scored(),
        crate::tr!("report-figure-contested"),
        p.contested(),
        crate::tr!("report-figure-declined"),
    );
}

fn charts(out: &mut String, p: &Pack) {
    let f = &p.figures;
    let funnel: Vec<Bar> = f
        .funnel
        .iter()
        .map(|s| Bar {
            label: Stage::parse(&s.stage).map_or(s.stage.clone(), crate::i18n::label),
            value: s.reached,
            note: Some(crate::tr!(
                "report-reached-now",
                reached = s.reached,
                now = s.count
            )),
        })
        .collect();
    let sectors: Vec<Bar> = f
        .sectors
        .iter()
        .map(|c| Bar {
            label: Sector::parse(&c.name).map_or(c.label.clone(), crate::i18n::label),
            value: c.count,
            note: Some(format!(
                "{} · {}%",
                c.count,
                crate::i18n::decimal(c.percent, 1)
            )),
        })
        .collect();
    // The unscored are said beside the chart, not drawn in it: early in a
    // round they are most ideas, and their bar would flatten the rest.
    let scores: Vec<Bar> = SCORE_BINS
        .iter()
        .zip(&p.score_bins)
        .map(|(low, &n)| Bar {
            label: format!(
                "{}–{}",
                crate::i18n::decimal(*low, 1),
                crate::i18n::decimal(low + 0.5, 1)
            ),
            value: n,
            note: None,
        })
        .collect();
    let _ = write!(
        out,
        "<section id=\"charts\">\n<h2>{}</h2>\n<div class=\"charts\">\n",
        crate::tr!("report-pipeline")
    );
    let unscored = crate::tr!("report-unscored-note", ideas = &ideas(p.unscored));
    let reached = crate::tr!("report-reached-note");
    for (id, caption, data, note) in [
        ("funnel", crate::tr!("report-chart-funnel"), funnel, reached),
        (
            "sectors",
            crate::tr!("report-chart-sectors"),
            sectors,
            String::new(),
        ),
        (
            "scores",
            crate::tr!("report-chart-scores"),
            scores,
            unscored,
        ),
    ] {
        let note = if note.is_empty() {
            String::new()
        } else {
            format!("<p class=\"note\" id=\"{id}-note\">{}</p>\n", html(&note))
        };
        let _ = write!(
            out,
            "<figure>\n<figcaption>{}</figcaption>\n{}\n{note}</figure>\n",
            html(&caption),
            bars(id, &caption, &data)
        );
    }
    out.push_str("</div>\n</section>\n");
}

fn shortlist(out: &mut String, p: &Pack) {
    let _ = write!(
        out,
        "<section id=\"shortlist\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n",
        crate::tr!("report-shortlist"),
        crate::tr!(
            "report-shortlist-note",
            ideas = &ideas(p.shortlist.len()),
            unscored = p.unscored
        ),
    );
    if p.shortlist.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"none\">{}</p>\n</section>",
            crate::tr!("report-no-idea")
        );
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"shortlist\">\n<thead><tr><th class=\"num\">{}</th><th class=\"idea\">{}</th><th>{}</th>\
         <th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>\
         <th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead>",
        crate::tr!("report-col-rank"),
        crate::tr!("report-col-idea"),
        crate::tr!("report-col-sector"),
        crate::tr!("report-col-stage"),
        crate::tr!("report-col-amount"),
        crate::tr!("report-col-score"),
        crate::tr!("report-col-spread"),
        crate::tr!("report-col-reviews"),
    );
    for e in &p.shortlist {
        entry(out, e);
    }
    out.push_str("</table>\n</section>\n");
}

fn entry(out: &mut String, e: &Entry) {
    let mut who = Vec::new();
    if !e.proposer.is_empty() {
        who.push(html(&e.proposer));
    }
    if !e.region.is_empty() {
        who.push(html(&e.region));
    }
    for (kind, value) in &e.contacts {
        who.push(format!("{kind} {}", html(value)));
    }
    let who = if who.is_empty() {
        String::new()
    } else {
        format!("<br><span class=\"who\">{}</span>", who.join(" · "))
    };
    let stage = match e.reason.as_str() {
        "" => crate::i18n::label(e.stage),
        r => format!(
            "{}<br><span class=\"who\">{}</span>",
            crate::i18n::label(e.stage),
            html(r)
        ),
    };
    let (sc, spread, n) = match e.combined {
        Some(c) => (
            crate::i18n::decimal(c.score, 2),
            if c.reviews > 1 {
                crate::i18n::decimal(c.spread, 2)
            } else {
                "—".into()
            },
            c.reviews,
        ),
        None => ("—".into(), "—".into(), 0),
    };
    let contested = if e.combined.is_some_and(|c| c.contested()) {
        format!(
            "<br><span class=\"contested\">{}</span>",
            crate::tr!("report-contested")
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<tbody class=\"entry\"><tr class=\"idea\" id=\"idea-{id}\" data-id=\"{id}\"><td class=\"num\">{rank}</td>\
         <td><span class=\"title\">#{id} {title}</span>{who}</td><td>{sector}</td><td>{stage}</td>\
         <td class=\"num\">{amount}</td><td class=\"num score\" data-score=\"{sc}\">{sc}</td>\
         <td class=\"num spread\">{spread}{contested}</td><td class=\"num\">{n}</td></tr>",
        id = e.id,
        rank = e.rank,
        title = html(&e.title),
        sector = html(&e.sector),
        amount = e.amount.map_or("—".into(), group_digits),
    );
    // An idea without reviews is one line: its Reviews column says 0.
    if e.reviews.is_empty() {
        out.push_str("</tbody>\n");
        return;
    }
    out.push_str("<tr class=\"reviews\"><td></td><td colspan=\"7\">");
    {
        out.push_str("<ul class=\"reviews\">");
        for r in &e.reviews {
            let comment = if r.comment.is_empty() {
                String::new()
            } else {
                format!(
                    " — <span class=\"comment\">{}</span>",
                    html_lines(&r.comment)
                )
            };
            let _ = write!(
                out,
                "<li><span class=\"reviewer\">{}</span>: <span class=\"total\">{}</span> \
                 ({}){comment}</li>",
                html(&r.reviewer),
                score(r.total),
                crate::tr!("report-confidence", confidence = u32::from(r.confidence))
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</td></tr></tbody>\n");
}

fn matrix(out: &mut String, p: &Pack) {
    let m = &p.figures.sector_by_stage;
    let _ = write!(
        out,
        "<section id=\"sector-stage\" class=\"small\">\n<h2>{}</h2>\n\
         <table class=\"matrix\" id=\"sector-by-stage\">\n<thead><tr><th>{}</th>",
        crate::tr!("report-sector-stage"),
        crate::tr!("report-col-sector")
    );
    for s in Stage::ALL {
        let _ = write!(out, "<th class=\"num\">{}</th>", crate::i18n::label(*s));
    }
    let _ = write!(
        out,
        "<th class=\"num\">{}</th></tr></thead>\n<tbody>\n",
        crate::tr!("report-col-all")
    );
    for (sector, cells) in Sector::ALL.iter().zip(m) {
        let _ = write!(
            out,
            "<tr data-sector=\"{}\"><td>{}</td>",
            sector.name(),
            crate::i18n::label(*sector)
        );
        for (stage, c) in Stage::ALL.iter().zip(cells) {
            let _ = write!(
                out,
                "<td class=\"num\" data-stage=\"{}\">{c}</td>",
                stage.name()
            );
        }
        let _ = writeln!(
            out,
            "<td class=\"num\">{}</td></tr>",
            cells.iter().sum::<usize>()
        );
    }
    let _ = write!(
        out,
        "<tr class=\"total\"><td>{}</td>",
        crate::tr!("report-col-all")
    );
    for (i, _) in Stage::ALL.iter().enumerate() {
        let col: usize = m.iter().map(|r| r[i]).sum();
        let _ = write!(out, "<td class=\"num\">{col}</td>");
    }
    let _ = write!(
        out,
        "<td class=\"num\">{}</td></tr>\n</tbody>\n</table>\n</section>\n",
        p.figures.total
    );
}

fn declines(out: &mut String, p: &Pack) {
    let _ = writeln!(
        out,
        "<section id=\"declines\" class=\"small\">\n<h2>{}</h2>",
        crate::tr!("report-declines")
    );
    if p.declines.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"none\">{}</p>\n</section>",
            crate::tr!("report-no-declines")
        );
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"reasons\">\n<thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
        crate::tr!("report-col-reason"),
        crate::tr!("report-figure-ideas")
    );
    for r in &p.declines {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            html(&r.reason),
            r.count
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
