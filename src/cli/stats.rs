//! `stats`: the pipeline figures for the ideas a query selects, as aligned
//! tables, JSON or Markdown.

use super::args::{StatsArgs, StatsFormat};
use super::output::table;
use crate::domain::{Clock, Named, Sector, Stage};
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

/// The selection's decisions by reason (the reasons read from the ideas
/// only when some idea of it has a decision).
fn reason_figures(store: &Store, selection: &search::Selection) -> Result<ReasonFigures, Error> {
    let reasons = store.reasons()?;
    let rows = || selection.rows();
    let any = rows().any(|r| crate::domain::reason::Fit::of(r.stage).is_some());
    let decided = if any {
        search::decided::build(store)?
    } else {
        Default::default()
    };
    Ok(ReasonFigures::of(rows(), &decided, &reasons))
}

/// A table of decisions by reason and sector.
fn reason_section(title: &str, note: &'static str, lines: &[ReasonCount]) -> Section {
    let mut header = vec!["REASON".to_string(), "IDEAS".to_string()];
    header.extend(Sector::ALL.iter().map(|s| s.name().to_string()));
    Section {
        title: title.into(),
        note: Some(note),
        header,
        rows: lines
            .iter()
            .map(|l| {
                let mut row = vec![l.label.clone(), l.count.to_string()];
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
    note: Option<&'static str>,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

fn count_section(title: &str, counts: &[Count]) -> Section {
    Section {
        title: title.into(),
        note: None,
        header: vec![title.to_uppercase(), "IDEAS".into(), "%".into()],
        rows: counts
            .iter()
            .map(|c| {
                vec![
                    c.label.clone(),
                    c.count.to_string(),
                    format!("{:.1}", c.percent),
                ]
            })
            .collect(),
    }
}

fn sections(f: &Figures) -> Vec<Section> {
    let mut out = vec![
        count_section("Sector", &f.sectors),
        count_section("Stage", &f.stages),
    ];
    out.push(Section {
        title: "Funnel".into(),
        note: Some(
            "Funnel: ideas now in each stage, and in it or any later one (declined left out)",
        ),
        header: ["STAGE", "NOW", "REACHED", "ON TO NEXT %"]
            .map(String::from)
            .to_vec(),
        rows: f
            .funnel
            .iter()
            .map(|s| {
                vec![
                    s.stage.clone(),
                    s.count.to_string(),
                    s.reached.to_string(),
                    s.to_next_percent.map_or("—".into(), |p| format!("{p:.1}")),
                ]
            })
            .collect(),
    });
    let mut header = vec!["SECTOR \\ STAGE".to_string()];
    header.extend(Stage::ALL.iter().map(|s| s.name().to_string()));
    out.push(Section {
        title: "Sector by stage".into(),
        note: None,
        header,
        rows: Sector::ALL
            .iter()
            .zip(&f.sector_by_stage)
            .map(|(s, cells)| {
                let mut row = vec![s.name().to_string()];
                row.extend(cells.iter().map(|c| c.to_string()));
                row
            })
            .collect(),
    });
    out.push(Section {
        title: "Waiting".into(),
        note: Some("Waiting: days in the current stage (from the history, else since creation)"),
        header: [
            "STAGE".into(),
            "IDEAS".into(),
            "MEDIAN DAYS".into(),
            format!("OVER {} DAYS", crate::domain::row::stale_days()),
        ]
        .to_vec(),
        rows: f
            .waiting
            .iter()
            .map(|w| {
                vec![
                    w.stage.clone(),
                    w.count.to_string(),
                    w.median_days.map_or("—".into(), |d| d.to_string()),
                    w.over_stale_days.to_string(),
                ]
            })
            .collect(),
    });
    out.push(Section {
        title: "Intake".into(),
        note: Some(
            "Intake: ideas received per week (weeks start on Monday, UTC), the last 12 weeks",
        ),
        header: ["WEEK OF", "IDEAS"].map(String::from).to_vec(),
        rows: f
            .intake
            .iter()
            .map(|w| vec![w.week_start.clone(), w.count.to_string()])
            .collect(),
    });
    out.push(count_section("Barrier", &f.barriers));
    if !f.regions.is_empty() {
        out.push(count_section("Top regions", &f.regions));
    }
    out.push(count_section("Organisation", &f.org_kinds));
    // The panel's figures once it has reviewed something.
    if !f.panel.reviewers.is_empty() {
        let p = &f.panel;
        let mut rows: Vec<Vec<String>> = p
            .distribution
            .iter()
            .map(|b| vec![b.band.clone(), b.count.to_string()])
            .collect();
        rows.push(vec!["unscored".into(), p.unscored.to_string()]);
        rows.push(vec!["contested".into(), p.contested.to_string()]);
        out.push(Section {
            title: "Scores".into(),
            note: Some(
                "Scores: ideas by the panel's combined score (see `sprout panel`); contested: totals 2 or more apart",
            ),
            header: ["SCORE", "IDEAS"].map(String::from).to_vec(),
            rows,
        });
        out.push(Section {
            title: "Reviewers".into(),
            note: Some("Reviewers: reviews of these ideas and their mean total (1-5, as given)"),
            header: ["REVIEWER", "REVIEWS", "MEAN TOTAL"]
                .map(String::from)
                .to_vec(),
            rows: p
                .reviewers
                .iter()
                .map(|r| {
                    vec![
                        crate::domain::text::printable(&r.reviewer, false),
                        r.reviews.to_string(),
                        r.mean_total.map_or("—".into(), |m| format!("{m:.2}")),
                    ]
                })
                .collect(),
        });
    }
    out
}

/// The report as aligned text tables, or as Markdown.
fn render(f: &Figures, reasons: &ReasonFigures, markdown: bool) -> String {
    let mut out = if markdown {
        format!(
            "# Pipeline: {} idea{}\n",
            f.total,
            if f.total == 1 { "" } else { "s" }
        )
    } else {
        format!("{} idea{}\n", f.total, if f.total == 1 { "" } else { "s" })
    };
    let mut all = sections(f);
    all.push(reason_section(
        "Why declined",
        "Why declined: the ideas declined, by the reason given and by sector",
        &reasons.declined,
    ));
    all.push(reason_section(
        "Why accepted",
        "Why accepted: the ideas in incubation or later, by the reason given and by sector",
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
            if let Some(note) = s.note {
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
