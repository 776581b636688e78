//! Saved views: the operations the command line and the UI share.

use crate::Error;
use crate::domain::text::clean_line;
use crate::domain::{SortKey, View};
use crate::query::Query;
use crate::store::Store;

/// Checks a view before it is saved: a usable name and a query that parses.
pub fn checked(name: &str, query: &str) -> Result<View, Error> {
    let view =
        View::new(name, query).map_err(|e| Error::Invalid(crate::i18n::view_name_error(e)))?;
    Query::parse(&view.query).map_err(|e| {
        Error::Invalid(crate::tr!(
            "err-view-query",
            name = view.name.as_str(),
            problem = &e.to_string()
        ))
    })?;
    Ok(view)
}

/// Saves `view`, replacing the view named `replacing` (a rename or a new
/// query). A new name may not be taken by another view.
pub fn save(store: &Store, replacing: Option<&str>, view: View) -> Result<(), Error> {
    if let Some(old) = replacing
        && store.view(old)?.is_none()
    {
        return Err(not_found(&store.views()?, old));
    }
    let same = replacing.is_some_and(|old| view.is_named(old));
    if !same && let Some(taken) = store.view(&view.name)? {
        return Err(Error::Invalid(crate::tr!(
            "err-view-taken",
            name = taken.name.as_str()
        )));
    }
    let mut writes = store.begin()?;
    writes.save_view(replacing, view);
    store.commit(writes)?;
    Ok(())
}

pub fn delete(store: &Store, name: &str) -> Result<View, Error> {
    let view = find(store, name)?;
    let mut writes = store.begin()?;
    writes.delete_view(&view.name);
    store.commit(writes)?;
    Ok(view)
}

/// The view named `name` (a default view also by its name in the
/// language spoken: `--view Входящие`), or an error that lists the views
/// there are.
pub fn find(store: &Store, name: &str) -> Result<View, Error> {
    if let Some(v) = store.view(name)? {
        return Ok(v);
    }
    let wanted = clean_line(name).to_lowercase();
    let all = store.views()?;
    match all
        .iter()
        .find(|v| shown_name(&v.name, &v.query).to_lowercase() == wanted)
    {
        Some(v) => Ok(v.clone()),
        None => Err(not_found(&all, name)),
    }
}

/// A default view's name in the language spoken while it keeps its
/// default name and query; what is stored, and every other view's name,
/// shows as it is.
pub fn shown_name(name: &str, query: &str) -> String {
    View::defaults()
        .into_iter()
        .find(|v| v.name == name && v.query == query)
        .and_then(|v| {
            let id = format!("ui-view-{}", v.name.to_lowercase().replace(' ', "-"));
            crate::i18n::texts().find(&id, &[])
        })
        .unwrap_or_else(|| name.to_string())
}

fn not_found(all: &[View], name: &str) -> Error {
    let names: Vec<String> = all.iter().map(|v| shown_name(&v.name, &v.query)).collect();
    let name = clean_line(name);
    Error::Invalid(if names.is_empty() {
        crate::tr!("err-view-none-at-all", name = name.as_str())
    } else {
        crate::tr!(
            "err-view-not-found",
            name = name.as_str(),
            views = names.join(", ").as_str()
        )
    })
}

/// The query text of a command given an optional view and an optional
/// query: both must hold.
pub fn query_text(store: &Store, view: Option<&str>, query: Option<&str>) -> Result<String, Error> {
    Ok(query_and_sort(store, view, query)?.0)
}

/// The query text as [`query_text`], and the order the view keeps, if any.
pub fn query_and_sort(
    store: &Store,
    view: Option<&str>,
    query: Option<&str>,
) -> Result<(String, Option<SortKey>), Error> {
    let query = query.unwrap_or("").trim();
    Ok(match view {
        None => (query.to_string(), None),
        Some(name) => {
            let view = find(store, name)?;
            let text = [view.query.as_str(), query]
                .iter()
                .filter(|q| !q.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            (text, view.sort)
        }
    })
}
