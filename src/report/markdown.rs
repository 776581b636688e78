//! The board pack as Markdown, for a wiki or an e-mail: the same content
//! as the HTML page, with the charts as tables of their figures.

use super::escape::markdown as md;
use super::pack::{Pack, SCORE_BINS};
use crate::domain::text::group_digits;
use crate::domain::{Named, Sector, Stage};
use std::fmt::Write;

/// A table whose columns are numbers (right-aligned) but for those in
/// `text`.
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>], text: &[usize]) {
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

/// The document.
pub fn render(p: &Pack) -> String {
    let mut out = String::with_capacity(2048 + p.shortlist.len() * 400);
    out.push_str(&format!("# {}\n\n", crate::tr!("report-title")));
    let query = if p.query.is_empty() {
        "every idea not archived".to_string()
    } else {
        format!("`{}`", p.query.replace('`', "'"))
    };
    let _ = write!(out, "Ideas: {query} · made {}", p.generated.date());
    if !p.by.is_empty() {
        let _ = write!(out, " by {}", md(&p.by));
    }
    if p.anonymous {
        out.push_str(" · anonymous: proposers, contacts and reviewer names left out");
    }
    let declined = p.figures.stages[Stage::Declined.index()].count;
    let _ = write!(
        out,
        "\n\n{} ideas · {} scored · {} contested · {declined} declined\n\n",
        p.figures.total,
        p.scored(),
        p.contested()
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
                    "**{}** {} (confidence {})",
                    md(&r.reviewer),
                    r.total.map_or("—".into(), |t| format!("{t:.2}")),
                    r.confidence
                );
                if !r.comment.is_empty() {
                    let _ = write!(s, ": {}", md(&r.comment));
                }
                s
            })
            .collect();
        let (score, spread) = match e.combined {
            Some(c) if c.reviews > 1 => (
                format!("{:.2}", c.score),
                format!(
                    "{:.2}{}",
                    c.spread,
                    if c.contested() { " contested" } else { "" }
                ),
            ),
            Some(c) => (format!("{:.2}", c.score), "—".into()),
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
        &[
            "Rank",
            "Idea",
            "Sector",
            "Stage",
            "Amount, ₽",
            "Score",
            "Spread",
            "Reviews",
        ],
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
        .map(|s| vec![s.stage.clone(), s.count.to_string(), s.reached.to_string()])
        .collect();
    table(&mut out, &["Stage", "Now", "Reached"], &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-sectors")));
    let rows: Vec<Vec<String>> = f
        .sectors
        .iter()
        .map(|c| {
            vec![
                c.label.clone(),
                c.count.to_string(),
                format!("{:.1}", c.percent),
            ]
        })
        .collect();
    table(&mut out, &["Sector", "Ideas", "%"], &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-scores")));
    let mut rows: Vec<Vec<String>> = SCORE_BINS
        .iter()
        .zip(&p.score_bins)
        .map(|(low, n)| vec![format!("{low:.1}–{:.1}", low + 0.5), n.to_string()])
        .collect();
    rows.push(vec!["not scored".into(), p.unscored.to_string()]);
    table(&mut out, &["Score", "Ideas"], &rows, &[0]);

    out.push_str(&format!("## {}\n\n", crate::tr!("report-sector-stage")));
    let mut header = vec!["Sector"];
    let stages: Vec<String> = Stage::ALL.iter().map(|s| crate::i18n::label(*s)).collect();
    header.extend(stages.iter().map(String::as_str));
    header.push("All");
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
        out.push_str("No idea here was declined.\n");
    } else {
        let rows: Vec<Vec<String>> = p
            .declines
            .iter()
            .map(|r| vec![md(&r.reason), r.count.to_string()])
            .collect();
        table(&mut out, &["Reason", "Ideas"], &rows, &[0]);
    }
    out
}
