//! The board pack as Markdown, for a wiki or an e-mail: the same content
//! as the HTML page, with the charts as tables of their figures.

use super::escape::markdown as md;
use super::pack::{Pack, SCORE_BINS};
use super::words::{day, ideas};
use crate::domain::text::group_digits;
use crate::domain::{Named, Sector, Stage};
use std::fmt::Write;

/// A table whose columns are numbers (right-aligned) but for those in
/// `text`.
fn table(out: &mut String, header: &[String], rows: &[Vec<String>], text: &[usize]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let align: Vec<&str> = (0..header.len())
        .map(|i| if text.contains(&i) { "---" } else { "---:" })
        .collect();
    let _ = writeln!(out, "|{}|", align.join("|"));
    for r in rows {
        let _ = writeln!(out, "| {} |", r.join(" | "));
    }
    out.push('\n');
}

/// The messages `ids`, in the language spoken: a table's header.
fn words(ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| crate::i18n::texts().get(id, &[]))
        .collect()
}

/// A stage of the funnel: its machine name in English (as the pack has
/// always written it), its label in other languages.
fn stage_word(name: &str) -> String {
    match (crate::i18n::language(), Stage::parse(name)) {
        (crate::i18n::Lang::En, _) | (_, Err(_)) => name.to_string(),
        (_, Ok(stage)) => crate::i18n::label(stage),
    }
}

/// The document.
pub fn render(p: &Pack) -> String {
    let mut out = String::with_capacity(2048 + p.shortlist.len() * 400);
    out.push_str(&format!("# {}\n\n", crate::tr!("report-title")));
    let query = if p.query.is_empty() {
        crate::tr!("report-meta-every-idea")
    } else {
        format!("`{}`", p.query.replace('`', "'"))
    };
    out.push_str(&crate::tr!(
        "report-meta",
        query = &query,
        date = &day(p.generated)
    ));
    if !p.by.is_empty() {
        let _ = write!(
            out,
            " {}",
            crate::tr!("report-meta-by", by = &md(&crate::i18n::person(&p.by)))
        );
    }
    if p.anonymous {
        let _ = write!(out, " · {}", crate::tr!("report-meta-anonymous"));
    }
    let declined = p.figures.stages[Stage::Declined.index()].count;
    let _ = write!(
        out,
        "\n\n{}\n\n",
        crate::tr!(
            "report-md-summary",
            ideas = &ideas(p.figures.total),
            scored = p.scored(),
            contested = p.contested(),
            declined = declined
        )
    );

    out.push_str(&format!(
        "## {}\n\n{}\n\n",
        crate::tr!("report-shortlist"),
        crate::tr!("report-shortlist-order")
    ));
    let mut rows = Vec::new();
    for e in &p.shortlist {
        let mut idea = format!("#{} {}", e.id, md(&e.title));
        let mut who: Vec<String> = Vec::new();
        if !e.proposer.is_empty() {
            who.push(md(&e.proposer));
        }
        if !e.region.is_empty() {
            who.push(md(&e.region));
        }
        for (k, v) in &e.contacts {
            who.push(format!("{k} {}", md(v)));
        }
        if !who.is_empty() {
            let _ = write!(idea, "<br>{}", who.join(" · "));
        }
        let reviews: Vec<String> = e
            .reviews
            .iter()
            .map(|r| {
                let mut s = format!(
                    "**{}** {} ({})",
                    md(&r.reviewer),
                    r.total.map_or("—".into(), |t| crate::i18n::decimal(t, 2)),
                    crate::tr!("report-confidence", confidence = u32::from(r.confidence))
                );
                if !r.comment.is_empty() {
                    let _ = write!(s, ": {}", md(&r.comment));
                }
                s
            })
            .collect();
        let (score, spread) = match e.combined {
            Some(c) if c.reviews > 1 => (
                crate::i18n::decimal(c.score, 2),
                format!(
                    "{}{}",
                    crate::i18n::decimal(c.spread, 2),
                    if c.contested() {
                        format!(" {}", crate::tr!("report-contested"))
                    } else {
                        String::new()
                    }
                ),
            ),
            Some(c) => (crate::i18n::decimal(c.score, 2), "—".into()),
            None => ("—".into(), "—".into()),
        };
        let stage = if e.reason.is_empty() {
            crate::i18n::label(e.stage)
        } else {
            format!("{} ({})", crate::i18n::label(e.stage), md(&e.reason))
        };
        rows.push(vec![
            e.rank.to_string(),
            idea,
            e.sector.to_string(),
            stage,
            e.amount.map_or("—".into(), group_digits),
            score,
            spread,
            if reviews.is_empty() {
                "—".into()
            } else {
                reviews.join("<br>")
            },
        ]);
    }
    table(
        &mut out,
        &words(&[
            "report-col-rank",
            "report-col-idea",
            "report-col-sector",
            "report-col-stage",
            "report-col-amount",
            "report-col-score",
            "report-col-spread",
            "report-col-reviews",
        ]),
        &rows,
        &[1, 2, 3, 7],
    );

    let f = &p.figures;
    out.push_str(&format!(
        "## {}\n\n{}\n\n",
        crate::tr!("report-funnel"),
        crate::tr!("report-funnel-note")
    ));
    let rows: Vec<Vec<String>> = f
        .funnel
        .iter()
        .map(|s| {
            vec![
                stage_word(&s.stage),
                s.count.to_string(),
                s.reached.to_string(),
            ]
        })
        .collect();
    let header = words(&["report-col-stage", "report-col-now", "report-col-reached"]);
    table(&mut out, &header, &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-sectors")));
    let rows: Vec<Vec<String>> = f
        .sectors
        .iter()
        .map(|c| {
            vec![
                Sector::parse(&c.name).map_or(c.label.clone(), crate::i18n::label),
                c.count.to_string(),
                crate::i18n::decimal(c.percent, 1),
            ]
        })
        .collect();
    let mut header = words(&["report-col-sector", "report-figure-ideas"]);
    header.push("%".into());
    table(&mut out, &header, &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-scores")));
    let mut rows: Vec<Vec<String>> = SCORE_BINS
        .iter()
        .zip(&p.score_bins)
        .map(|(low, n)| {
            vec![
                format!(
                    "{}–{}",
                    crate::i18n::decimal(*low, 1),
                    crate::i18n::decimal(low + 0.5, 1)
                ),
                n.to_string(),
            ]
        })
        .collect();
    rows.push(vec![
        crate::tr!("report-not-scored"),
        p.unscored.to_string(),
    ]);
    let header = words(&["report-col-score", "report-figure-ideas"]);
    table(&mut out, &header, &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-sector-stage")));
    let mut header = words(&["report-col-sector"]);
    header.extend(Stage::ALL.iter().map(|s| crate::i18n::label(*s)));
    header.push(crate::tr!("report-col-all"));
    let rows: Vec<Vec<String>> = Sector::ALL
        .iter()
        .zip(&f.sector_by_stage)
        .map(|(s, cells)| {
            let mut row = vec![crate::i18n::label(*s)];
            row.extend(cells.iter().map(|c| c.to_string()));
            row.push(cells.iter().sum::<usize>().to_string());
            row
        })
        .collect();
    table(&mut out, &header, &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-declines")));
    if p.declines.is_empty() {
        let _ = writeln!(out, "{}", crate::tr!("report-no-declines"));
    } else {
        let rows: Vec<Vec<String>> = p
            .declines
            .iter()
            .map(|r| vec![md(&r.reason), r.count.to_string()])
            .collect();
        let header = words(&["report-col-reason", "report-figure-ideas"]);
        table(&mut out, &header, &rows, &[0]);
    }
    out
}
