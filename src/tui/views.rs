//! Saved views in the UI: `w` saves the query as a view, the sidebar lists
//! views with live counts, `[` and `]` step through them, and in the
//! sidebar `r` renames and `d` deletes the view under the cursor.

use super::app::{App, Dialog};
use super::msg::{Effect, ViewMsg};
use super::prompt::{Prompt, PromptKind};
use super::screen::Overlay;
use super::sidebar::SidebarItem;
use std::sync::Arc;

/// The messages of saved views.
pub fn update(app: &mut App, msg: ViewMsg) -> Vec<Effect> {
    match msg {
        ViewMsg::SaveView => {
            // The same query in another order is another view.
            let taken = app.views.iter().find(|v| {
                super::sidebar::same_query(&v.query, &app.query.text())
                    && v.sort.is_none_or(|s| s == app.sort)
            });
            if let Some(v) = taken {
                let name = crate::views::shown_name(&v.name, &v.query);
                app.message = Some(crate::tr!("ui-view-taken", name = &name));
                return Vec::new();
            }
            let prompt = Prompt::new(PromptKind::NewView(app.query.text()), Vec::new(), "");
            app.overlays.push(Overlay::Prompt(Box::new(prompt)));
        }
        ViewMsg::RenameView => match cursor_view(app) {
            Some((old, shown)) => {
                // Typed over as it reads (a default view by its name in
                // the language spoken); the stored name is the one renamed.
                let prompt = Prompt::new(
                    PromptKind::RenameView {
                        old,
                        shown: shown.clone(),
                    },
                    Vec::new(),
                    &shown,
                );
                app.overlays.push(Overlay::Prompt(Box::new(prompt)));
            }
            None => app.message = Some(crate::tr!("ui-view-rename-where")),
        },
        ViewMsg::DeleteView => match cursor_view(app) {
            Some((name, shown)) => app
                .overlays
                .push(Overlay::Dialog(Dialog::DeleteView { name, shown })),
            None => app.message = Some(crate::tr!("ui-view-delete-where")),
        },
        ViewMsg::NextView => return step(app, 1),
        ViewMsg::PrevView => return step(app, -1),
    }
    Vec::new()
}

/// The views were saved; these are all of them now.
pub fn changed(app: &mut App, views: Vec<crate::domain::View>, message: String) -> Vec<Effect> {
    app.views = Arc::new(views);
    app.message = Some(message);
    app.refresh_sidebar();
    // Counts come with the next results.
    vec![app.search()]
}

/// The name typed in the view prompt: save the query under it, or rename.
pub fn submit_name(app: &mut App, replacing: Option<String>, name: &str) -> Vec<Effect> {
    // A new view keeps the order on screen, as it keeps the query; a
    // renamed one keeps its own.
    let (query, sort) = match &replacing {
        Some(old) => match app.views.iter().find(|v| v.is_named(old)) {
            Some(v) => (v.query.clone(), v.sort),
            None => return Vec::new(),
        },
        None => (app.query.text(), Some(app.sort)),
    };
    match crate::views::checked(name, &query) {
        Ok(view) => vec![Effect::SaveView {
            replacing,
            view: view.with_sort(sort),
        }],
        Err(e) => {
            app.message = Some(crate::tr!("ui-view-not-saved", problem = &e.to_string()));
            Vec::new()
        }
    }
}

/// Puts the view named `name` to use: its query in the bar and, when it
/// keeps one, its order.
pub fn apply(app: &mut App, name: &str) -> Vec<Effect> {
    let Some(view) = app.views.iter().find(|v| v.is_named(name)).cloned() else {
        return Vec::new();
    };
    if let Some(sort) = view.sort {
        app.sort = sort;
    }
    app.query.set_editing(false);
    app.query.set_text(&view.query);
    super::query_input::query_changed(app)
}

/// The view under the sidebar's cursor: its stored name, and the name
/// it reads as.
fn cursor_view(app: &App) -> Option<(String, String)> {
    match app.sidebar.items.get(app.sidebar.cursor) {
        Some(SidebarItem::View { name, query, .. }) if app.focus == super::app::Focus::Sidebar => {
            Some((name.clone(), crate::views::shown_name(name, query)))
        }
        _ => None,
    }
}

/// The next (or previous) view after the one in use, wrapping around.
fn step(app: &mut App, dir: i64) -> Vec<Effect> {
    let n = app.views.len() as i64;
    if n == 0 {
        let key = app.keymap.fill("{browse.save-view}");
        app.message = Some(crate::tr!("ui-no-views", key = &key));
        return Vec::new();
    }
    let current = app
        .views
        .iter()
        .position(|v| super::sidebar::same_query(&v.query, &app.query.text()));
    let next = match current {
        Some(i) => (i as i64 + dir).rem_euclid(n),
        None if dir > 0 => 0,
        None => n - 1,
    } as usize;
    let view = app.views[next].clone();
    let effects = apply(app, &view.name);
    app.message = Some(crate::tr!(
        "ui-view-shown",
        name = &crate::views::shown_name(&view.name, &view.query),
        query = &view.query
    ));
    effects
}

/// `saved view 'Inbox': stage:new` (with its sort when not the default),
/// in the language spoken; the command line says it as `views` does.
pub fn saved_message(view: &crate::domain::View) -> String {
    match view.sort {
        Some(sort) if sort != crate::domain::SortKey::default() => crate::tr!(
            "ui-view-saved-sorted",
            name = &view.name,
            query = &view.query,
            sort = &super::app::sort_name(sort)
        ),
        _ => crate::tr!("ui-view-saved", name = &view.name, query = &view.query),
    }
}
