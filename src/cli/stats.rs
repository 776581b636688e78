//! `stats`: counts for the ideas a query selects.

use super::args::{StatsArgs, StatsFormat};
use super::output::table;
use crate::query::{Query, SortKey};
use crate::stats::{Count, Figures};
use crate::store::Store;
use crate::{Error, ideas};
use std::io::Write;

pub fn run(store: &Store, a: StatsArgs) -> Result<(), Error> {
    let query = Query::parse(a.query.as_deref().unwrap_or(""))?;
    let selection = ideas::select(store, &query, false, SortKey::Id)?;
    let figures = Figures::of(selection.rows());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match a.format {
        StatsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &figures).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        StatsFormat::Table => out.write_all(text(&figures).as_bytes())?,
    }
    Ok(())
}

fn text(f: &Figures) -> String {
    let mut out = format!("{} idea{}\n", f.total, if f.total == 1 { "" } else { "s" });
    let section = |title: &str, counts: &[Count], out: &mut String| {
        let rows: Vec<Vec<String>> = counts
            .iter()
            .map(|c| {
                vec![
                    c.label.clone(),
                    c.count.to_string(),
                    format!("{:.1}", c.percent),
                ]
            })
            .collect();
        out.push('\n');
        out.push_str(&table(&[title, "IDEAS", "%"], &rows, 0, None, &[1, 2]));
    };
    section("SECTOR", &f.sectors, &mut out);
    section("STAGE", &f.stages, &mut out);
    section("ORGANISATION", &f.org_kinds, &mut out);
    section("BARRIER", &f.barriers, &mut out);
    if !f.regions.is_empty() {
        section("TOP REGIONS", &f.regions, &mut out);
    }
    out
}
