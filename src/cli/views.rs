//! `views`: list, save, rename and delete saved views.

use super::args::ViewAction;
use super::output::{table, terminal_width};
use crate::domain::Clock;
use crate::query::Query;
use crate::store::Store;
use crate::{Error, search, views};

pub fn run(store: &Store, action: Option<ViewAction>, clock: &dyn Clock) -> Result<(), Error> {
    match action.unwrap_or(ViewAction::List) {
        ViewAction::List => list(store, clock),
        ViewAction::Save { name, query, sort } => {
            let view = views::checked(&name, &query)?.with_sort(sort.map(super::list::sort_key));
            views::save(store, None, view.clone())?;
            let line = match view.sort {
                Some(sort) if sort != crate::domain::SortKey::default() => crate::tr!(
                    "cli-view-saved-sorted",
                    name = view.name.as_str(),
                    query = view.query.as_str(),
                    sort = sort.name()
                ),
                _ => crate::tr!(
                    "cli-view-saved",
                    name = view.name.as_str(),
                    query = view.query.as_str()
                ),
            };
            super::stdout::line(&line)?;
            Ok(())
        }
        ViewAction::Rename { name, new_name } => {
            let old = views::find(store, &name)?;
            let view = views::checked(&new_name, &old.query)?.with_sort(old.sort);
            views::save(store, Some(&old.name), view.clone())?;
            super::stdout::line(&crate::tr!(
                "cli-view-renamed",
                old = &views::shown_name(&old.name, &old.query),
                new = view.name.as_str()
            ))?;
            Ok(())
        }
        ViewAction::Delete { name } => {
            let view = views::delete(store, &name)?;
            super::stdout::line(&crate::tr!(
                "cli-view-deleted",
                name = &views::shown_name(&view.name, &view.query),
                query = view.query.as_str()
            ))?;
            Ok(())
        }
    }
}

fn list(store: &Store, clock: &dyn Clock) -> Result<(), Error> {
    let all = store.views()?;
    if all.is_empty() {
        super::stdout::note(&crate::tr!("cli-views-none"));
        return Ok(());
    }
    // A view saved by an older sprout may no longer parse: say so instead
    // of failing the whole list. The others are counted in one pass.
    let parsed: Vec<_> = all.iter().map(|v| Query::parse(&v.query)).collect();
    let valid: Vec<Query> = parsed
        .iter()
        .filter_map(|q| q.as_ref().ok().cloned())
        .collect();
    let mut counts = search::count_each(store, &valid, clock.now())?.into_iter();
    // The order shows only when some view keeps one.
    let any_sort = all.iter().any(|v| v.sort.is_some());
    let mut rows = Vec::new();
    for (v, q) in all.into_iter().zip(parsed) {
        let count = match q {
            Ok(_) => counts.next().unwrap_or_default().to_string(),
            Err(e) => crate::tr!("err-line", message = &e.to_string()),
        };
        let mut row = vec![views::shown_name(&v.name, &v.query), v.query, count];
        if any_sort {
            row.push(v.sort.map_or("—".into(), |s| s.name().to_string()));
        }
        rows.push(row);
    }
    let mut header = vec![
        crate::tr!("cli-views-view"),
        crate::tr!("cli-views-query"),
        crate::tr!("cli-views-ideas"),
    ];
    if any_sort {
        header.push(crate::tr!("cli-views-sort"));
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let text = table(&header, &rows, 1, terminal_width(), &[2]);
    let mut out = super::stdout::stdout();
    std::io::Write::write_all(&mut out, text.as_bytes())?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}
