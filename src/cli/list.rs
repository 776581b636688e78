//! `list`: ideas that match a query, as a table or in a data format.

use super::args::{ListArgs, ListFormat, SortArg};
use super::output::{table, terminal_width};
use super::words;
use crate::domain::Clock;
use crate::query::{Query, SortKey};
use crate::store::Store;
use crate::transfer::{Exporter, Format};
use crate::{Error, search};
use std::io::Write;

pub fn sort_key(s: SortArg) -> SortKey {
    match s {
        SortArg::Updated => SortKey::Updated,
        SortArg::Created => SortKey::Created,
        SortArg::Title => SortKey::Title,
        SortArg::Score => SortKey::Score,
        SortArg::Stage => SortKey::Stage,
        SortArg::Id => SortKey::Id,
    }
}

pub fn run(store: &Store, a: ListArgs, clock: &dyn Clock) -> Result<(), Error> {
    let (text, view_sort) =
        crate::views::query_and_sort(store, a.view.as_deref(), a.query.as_deref())?;
    let query = Query::parse(&text)?;
    // `--sort` wins; else the view's own order; else the newest changes.
    let sort = a.sort.map(sort_key).or(view_sort).unwrap_or_default();
    let limit = a.limit.unwrap_or(usize::MAX);
    let selection = search::select_first(store, &query, a.archived, sort, clock.now(), limit)?;
    let rows: Vec<_> = selection.rows().collect();
    let mut out = super::stdout::stdout();
    let data_format = match a.format {
        ListFormat::Table => {
            // `--limit 0` asked for nothing, as `head -n 0` does: no hint
            // that the database is empty.
            if rows.is_empty() && a.limit == Some(0) {
                return Ok(());
            }
            if rows.is_empty() {
                // An empty list of a database whose every idea is archived
                // is not an empty database.
                let archived = || {
                    !a.archived
                        && search::select_first(store, &query, true, sort, clock.now(), 1)
                            .is_ok_and(|s| s.rows().next().is_some())
                };
                let hint = if query.is_empty() && archived() {
                    crate::tr!("cli-list-all-archived")
                } else if query.is_empty() {
                    crate::tr!("cli-list-empty")
                } else {
                    crate::tr!("cli-list-no-match")
                };
                super::stdout::note(&hint);
                return Ok(());
            }
            // Sorted by score, the score is what the reader compares; and
            // where the panel has scored an idea, the reader wants to see it.
            let with_score =
                sort == SortKey::Score || rows.iter().any(|r| r.reviews.combined().is_some());
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let mut row = vec![
                        format!("#{}", r.id),
                        r.title().to_string(),
                        words::short_value(r.sector),
                        words::short_value(r.stage),
                        r.region.to_string(),
                        words::date(r.updated),
                    ];
                    if with_score {
                        // `4.2`: the panel's; `4`: the quick score.
                        row.insert(2, r.best_score().map_or("—".into(), |s| s.shown()));
                    }
                    row
                })
                .collect();
            let mut header = vec![
                crate::tr!("cli-list-id"),
                crate::tr!("cli-list-title"),
                crate::tr!("cli-list-sector"),
                crate::tr!("cli-list-stage"),
                crate::tr!("cli-list-region"),
                crate::tr!("cli-list-updated"),
            ];
            let mut right = vec![];
            if with_score {
                header.insert(2, crate::tr!("cli-list-score"));
                right.push(2);
            }
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            out.write_all(table(&header, &cells, 1, terminal_width(), &right).as_bytes())?;
            out.flush()?;
            return Ok(());
        }
        ListFormat::Ids => {
            for r in rows {
                writeln!(out, "{}", r.id)?;
            }
            out.flush()?;
            return Ok(());
        }
        ListFormat::Json => Format::Json,
        ListFormat::Jsonl => Format::Jsonl,
        ListFormat::Csv => Format::Csv,
    };
    let out = super::stdout::data_stdout(super::transfer::escape(data_format));
    let ids: Vec<u64> = rows.iter().map(|r| r.id).collect();
    let extras = super::transfer::csv_extra_columns(store, &ids, data_format)?;
    // A reviewed idea carries the rubric versions its reviews name.
    let rubrics = store.rubrics()?;
    let mut e = Exporter::with_rubrics(data_format, out, None, &rubrics, extras)?;
    // A list is what this user sees: under blind review, without the
    // reviews they may not see yet (an export is the officer's: whole).
    let (me, blind) = (store.actor(), store.panel_settings()?.blind);
    for r in rows {
        if let Some(idea) = store.idea(r.id)? {
            e.write(&crate::domain::blind::as_seen_by(&idea, &me, blind))?;
        }
    }
    e.finish()?;
    Ok(())
}
