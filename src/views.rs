//! Saved views: the operations the command line and the UI share.

use crate::Error;
use crate::domain::{SortKey, View};
use crate::query::Query;
use crate::store::Store;

/// Checks a view before it is saved: a usable name and a query that parses.
pub fn checked(name: &str, query: &str) -> Result<View, Error> {
    let view = View::new(name, query).map_err(Error::Invalid)?;
    Query::parse(&view.query).map_err(|e| Error::Invalid(format!("view '{}': {e}", view.name)))?;
    Ok(view)
}

/// What saving `view` is reported as, on the command line and in the UI:
/// its order only when it keeps one other than the usual.
pub fn saved_message(view: &View) -> String {
    match view.sort {
        Some(sort) if sort != SortKey::default() => format!(
            "saved view '{}': {}, sorted by {}",
            view.name,
            view.query,
            sort.name()
        ),
        _ => format!("saved view '{}': {}", view.name, view.query),
    }
}

/// Saves `view`, replacing the view named `replacing` (a rename or a new
/// query). A new name may not be taken by another view.
pub fn save(store: &Store, replacing: Option<&str>, view: View) -> Result<(), Error> {
    if let Some(old) = replacing
        && store.view(old)?.is_none()
    {
        return Err(not_found(store, old)?);
    }
    let same = replacing.is_some_and(|old| view.is_named(old));
    if !same && let Some(taken) = store.view(&view.name)? {
        return Err(Error::Invalid(format!(
            "a view named '{}' already exists",
            taken.name
        )));
    }
    let mut writes = store.begin()?;
    writes.save_view(replacing, view);
    store.commit(writes)?;
    Ok(())
}

pub fn delete(store: &Store, name: &str) -> Result<View, Error> {
    let Some(view) = store.view(name)? else {
        return Err(not_found(store, name)?);
    };
    let mut writes = store.begin()?;
    writes.delete_view(&view.name);
    store.commit(writes)?;
    Ok(view)
}

/// The view named `name`, or an error that lists the views there are.
pub fn find(store: &Store, name: &str) -> Result<View, Error> {
    match store.view(name)? {
        Some(v) => Ok(v),
        None => Err(not_found(store, name)?),
    }
}

fn not_found(store: &Store, name: &str) -> Result<Error, Error> {
    let names: Vec<String> = store.views()?.into_iter().map(|v| v.name).collect();
    let known = if names.is_empty() {
        "there are no views; save one with `sprout views save NAME QUERY`".to_string()
    } else {
        format!("views: {}", names.join(", "))
    };
    Ok(Error::Invalid(format!(
        "there is no view named '{}' ({known})",
        crate::domain::text::clean_line(name)
    )))
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
