//! `stats`: the pipeline figures for the ideas a query selects, as aligned
//! tables, JSON or Markdown.

use super::args::{StatsArgs, StatsFormat};
use super::output::table;
use super::words;
use crate::domain::{Barrier, Clock, Named, OrgKind, Sector, Stage};
use crate::query::{Query, SortKey};
use crate::stats::reasons::{ReasonCount, ReasonFigures};
use crate::stats::{Count, Figures};
use crate::store::Store;
use crate::{Error, search};
use std::io::Write;

pub fn run(store: &Store, a: StatsArgs, clock: &dyn Clock) -> Result<(), Error> {
    let text = crate::views::query_text(store, a.view.as_deref(), a.query.as_deref())?;
    let query = Query::parse(&text)?;
    let now = clock.now();
    let selection = search::select(store, &query, false, SortKey::Id, now)?;
    let figures = Figures::of(selection.rows(), now);
    let reasons = reason_figures(store, &selection)?;
    let mut out = super::stdout::stdout();
    match a.format {
        StatsFormat::Json => {
            let mut out = super::stdout::data_stdout(super::stdout::Escape::Json);
            let all = WithReasons {
                figures: &figures,
                reasons: &reasons,
            };
            serde_json::to_writer_pretty(&mut out, &all).map_err(std::io::Error::from)?;
            writeln!(out)?;
            out.flush()?;
        }
        StatsFormat::Table => out.write_all(render(&figures, &reasons, false).as_bytes())?,
        StatsFormat::Markdown => out.write_all(render(&figures, &reasons, true).as_bytes())?,
    }
    out.flush()?;
    Ok(())
}

/// The JSON of `stats`: the figures, and the decisions by reason.
#[derive(serde::Serialize)]
struct WithReasons<'a> {
    #[serde(flatten)]
    figures: &'a Figures,
    reasons: &'a ReasonFigures,
}

/// The selection's decisions by reason (each row carries its reason key).
fn reason_figures(store: &Store, selection: &search::Selection) -> Result<ReasonFigures, Error> {
    let reasons = store.reasons()?;
    let rows = || selection.rows();
    let decided = search::decided::of_rows(rows(), &reasons);
    Ok(ReasonFigures::of(rows(), &decided, &reasons))
}

/// A table of decisions by reason and sector.
fn reason_section(title: String, note: String, lines: &[ReasonCount]) -> Section {
    let mut header = vec![
        crate::tr!("cli-stats-reason"),
        crate::tr!("cli-stats-ideas"),
    ];
    header.extend(Sector::ALL.iter().map(|s| words::short_value(*s)));
    Section {
        title,
        note: Some(note),
        header,
        rows: lines
            .iter()
            .map(|l| {
                let label = if l.key.is_empty() {
                    crate::tr!("cli-stats-no-reason")
                } else {
                    crate::i18n::reason_label_of(&l.key, &l.label)
                };
                let mut row = vec![label, l.count.to_string()];
                row.extend(l.by_sector.iter().map(|n| n.to_string()));
                row
            })
            .collect(),
    }
}

/// One table of the report.
struct Section {
    title: String,
    /// A line above the table saying how to read it.
    note: Option<String>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn count_section(title: String, counts: &[Count], label: impl Fn(&Count) -> String) -> Section {
    Section {
        header: vec![
            title.to_uppercase(),
            crate::tr!("cli-stats-ideas"),
            "%".into(),
        ],
        title,
        note: None,
        rows: counts
            .iter()
            .map(|c| vec![label(c), c.count.to_string(), words::decimal(c.percent, 1)])
            .collect(),
    }
}

fn sections(f: &Figures) -> Vec<Section> {
    let mut out = vec![
        count_section(crate::tr!("cli-stats-sector"), &f.sectors, |c| {
            labelled::<Sector>(c)
        }),
        count_section(crate::tr!("cli-stats-stage"), &f.stages, |c| {
            labelled::<Stage>(c)
        }),
    ];
    out.push(Section {
        title: crate::tr!("cli-stats-funnel"),
        note: Some(crate::tr!("cli-stats-funnel-note")),
        header: [
            crate::tr!("cli-stats-stage-column"),
            crate::tr!("cli-stats-now"),
            crate::tr!("cli-stats-reached"),
            crate::tr!("cli-stats-on-to-next"),
        ]
        .to_vec(),
        rows: f
            .funnel
            .iter()
            .map(|s| {
                vec![
                    words::value_named::<Stage>(&s.stage),
                    s.count.to_string(),
                    s.reached.to_string(),
                    s.to_next_percent
                        .map_or("—".into(), |p| words::decimal(p, 1)),
                ]
            })
            .collect(),
    });
    let mut header = vec![crate::tr!("cli-stats-sector-by-stage-corner")];
    header.extend(Stage::ALL.iter().map(|s| words::short_value(*s)));
    out.push(Section {
        title: crate::tr!("cli-stats-sector-by-stage"),
        note: None,
        header,
        rows: Sector::ALL
            .iter()
            .zip(&f.sector_by_stage)
            .map(|(s, cells)| {
                let mut row = vec![words::short_value(*s)];
                row.extend(cells.iter().map(|c| c.to_string()));
                row
            })
            .collect(),
    });
    out.push(Section {
        title: crate::tr!("cli-stats-waiting"),
        note: Some(crate::tr!("cli-stats-waiting-note")),
        header: [
            crate::tr!("cli-stats-stage-column"),
            crate::tr!("cli-stats-ideas"),
            crate::tr!("cli-stats-median-days"),
            crate::tr!(
                "cli-stats-over-days",
                days = crate::domain::row::stale_days()
            ),
        ]
        .to_vec(),
        rows: f
            .waiting
            .iter()
            .map(|w| {
                vec![
                    words::value_named::<Stage>(&w.stage),
                    w.count.to_string(),
                    w.median_days.map_or("—".into(), |d| d.to_string()),
                    w.over_stale_days.to_string(),
                ]
            })
            .collect(),
    });
    out.push(Section {
        title: crate::tr!("cli-stats-intake"),
        note: Some(crate::tr!("cli-stats-intake-note")),
        header: [
            crate::tr!("cli-stats-week-of"),
            crate::tr!("cli-stats-ideas"),
        ]
        .to_vec(),
        rows: f
            .intake
            .iter()
            .map(|w| vec![week(&w.week_start), w.count.to_string()])
            .collect(),
    });
    out.push(count_section(
        crate::tr!("cli-stats-barrier"),
        &f.barriers,
        labelled::<Barrier>,
    ));
    if !f.regions.is_empty() {
        out.push(count_section(
            crate::tr!("cli-stats-top-regions"),
            &f.regions,
            |c| c.label.clone(),
        ));
    }
    out.push(count_section(
        crate::tr!("cli-stats-organisation"),
        &f.org_kinds,
        labelled::<OrgKind>,
    ));
    // The panel's figures once it has reviewed something.
    if !f.panel.reviewers.is_empty() {
        let p = &f.panel;
        let mut rows: Vec<Vec<String>> = p
            .distribution
            .iter()
            .map(|b| vec![b.band.clone(), b.count.to_string()])
            .collect();
        rows.push(vec![
            crate::tr!("cli-stats-unscored"),
            p.unscored.to_string(),
        ]);
        rows.push(vec![
            crate::tr!("cli-stats-contested"),
            p.contested.to_string(),
        ]);
        out.push(Section {
            title: crate::tr!("cli-stats-scores"),
            note: Some(crate::tr!("cli-stats-scores-note")),
            header: [crate::tr!("cli-stats-score"), crate::tr!("cli-stats-ideas")].to_vec(),
            rows,
        });
        out.push(Section {
            title: crate::tr!("cli-stats-reviewers"),
            note: Some(crate::tr!("cli-stats-reviewers-note")),
            header: [
                crate::tr!("cli-stats-reviewer"),
                crate::tr!("cli-stats-reviews"),
                crate::tr!("cli-stats-mean-total"),
            ]
            .to_vec(),
            rows: p
                .reviewers
                .iter()
                .map(|r| {
                    vec![
                        crate::i18n::person(&r.reviewer),
                        r.reviews.to_string(),
                        r.mean_total.map_or("—".into(), |m| words::decimal(m, 2)),
                    ]
                })
                .collect(),
        });
    }
    out
}

/// The report as aligned text tables, or as Markdown.
fn render(f: &Figures, reasons: &ReasonFigures, markdown: bool) -> String {
    let ideas = crate::tr!("ideas-count", count = f.total);
    let mut out = if markdown {
        format!(
            "# {}\n",
            crate::tr!("cli-stats-pipeline", ideas = ideas.as_str())
        )
    } else {
        format!("{ideas}\n")
    };
    let mut all = sections(f);
    all.push(reason_section(
        crate::tr!("cli-stats-why-declined"),
        crate::tr!("cli-stats-why-declined-note"),
        &reasons.declined,
    ));
    all.push(reason_section(
        crate::tr!("cli-stats-why-accepted"),
        crate::tr!("cli-stats-why-accepted-note"),
        &reasons.accepted,
    ));
    for s in all {
        out.push('\n');
        if markdown {
            out.push_str(&format!("## {}\n\n", s.title));
            if let Some(note) = s.note {
                out.push_str(&format!("{note}.\n\n"));
            }
            out.push_str(&format!("| {} |\n", s.header.join(" | ")));
            let align: Vec<&str> = (0..s.header.len())
                .map(|i| if i == 0 { "---" } else { "---:" })
                .collect();
            out.push_str(&format!("|{}|\n", align.join("|")));
            for row in &s.rows {
                let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
        } else {
            if let Some(note) = &s.note {
                out.push_str(note);
                out.push('\n');
            }
            let header: Vec<&str> = s.header.iter().map(String::as_str).collect();
            let numeric: Vec<usize> = (1..header.len()).collect();
            out.push_str(&table(&header, &s.rows, 0, None, &numeric));
        }
    }
    out
}

/// A count's vocabulary value as a person reads it: the English label as
/// before, the Russian label in Russian.
fn labelled<T: Named>(c: &Count) -> String {
    match T::ALL.iter().find(|v| v.name() == c.name) {
        Some(v) => crate::i18n::label(*v),
        None => c.label.clone(),
    }
}

/// A week's first day (`2026-11-23` in the figures) written as the
/// language writes dates.
fn week(start: &str) -> String {
    match crate::domain::Timestamp::parse(start) {
        Ok(t) => words::date(t),
        Err(_) => start.to_string(),
    }
}
