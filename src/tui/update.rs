//! `update(app, msg)`: the only place the UI's state changes. It does no
//! I/O; what needs the database or the terminal comes back as effects.

use super::app::{App, Focus};
use super::layout::contains;
use super::msg::{Effect, Msg, Step};
use super::sidebar::{SidebarItem, same_value};
use crate::query::{Query, toggle_value};

/// The first results and detail, for a freshly made app.
pub fn start(app: &mut App) -> Vec<Effect> {
    vec![app.search()]
}

/// Applies one message; returns the effects to carry out.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    // A message stays on screen until the user does something.
    let from_user = !matches!(
        msg,
        Msg::Results(..)
            | Msg::Loaded(..)
            | Msg::DetailLoaded(..)
            | Msg::Saved { .. }
            | Msg::Restored { .. }
            | Msg::Failed(_)
            | Msg::Refused { .. }
            | Msg::ViewsChanged { .. }
            | Msg::EditorDone { .. }
            | Msg::Resize(..)
    );
    if from_user {
        app.message = None;
        if !matches!(msg, Msg::Keys(Some(_))) {
            app.keys_pending.clear();
        }
    }
    match msg {
        Msg::Keys(Some(key)) => app.keys_pending.push(key),
        Msg::Keys(None) => {}
        Msg::Move(step) => return move_cursor(app, step),
        Msg::FocusNext => cycle_focus(app, 1),
        Msg::FocusPrev => cycle_focus(app, -1),
        Msg::ToggleSidebar => {
            app.sidebar_visible = !app.sidebar_visible;
            if !app.sidebar_visible && app.focus == Focus::Sidebar {
                app.focus = Focus::List;
            }
        }
        Msg::CycleSort => {
            app.sort = app.sort.next();
            let search = app.search();
            if app.query.has_fuzzy() {
                app.message = Some(format!(
                    "sort: {} (best match still comes first)",
                    app.sort.name()
                ));
            }
            return vec![search];
        }
        Msg::EditQuery => {
            // A new term is typed after a space, so that it does not glue
            // onto the last one (`region:tatar` + `score:>=4`).
            let text = app.query_text();
            if !text.is_empty() && !text.ends_with(char::is_whitespace) {
                app.set_query_text(&format!("{text} "));
            }
            app.set_editing(true);
        }
        Msg::QueryEdit(edit) => {
            if app.editing {
                let (text, cursor) =
                    super::line_edit::apply(edit, &app.query_text(), app.query_cursor());
                app.set_query_text_at(&text, cursor);
                return query_changed(app);
            }
        }
        Msg::QueryInput(input) => {
            if app.editing {
                app.input.input(input);
                return query_changed(app);
            }
        }
        Msg::AcceptQuery => {
            let text = app.query_text();
            if text.trim_end() != text {
                app.set_query_text(text.trim_end());
            }
            app.set_editing(false);
        }
        Msg::ClearQuery => {
            app.set_editing(false);
            app.set_query_text("");
            return query_changed(app);
        }
        Msg::ToggleFacet => return toggle_facet(app),
        Msg::Open => {
            // Full screen at any size: the side pane is a preview, a third
            // of the width at best, and an idea is read whole.
            app.full_detail = app.selected_id().is_some();
            app.detail_scroll = 0;
        }
        Msg::Back => {
            if app.full_detail {
                app.full_detail = false;
                app.detail_scroll = 0;
            } else if matches!(app.focus, Focus::Detail | Focus::Sidebar) {
                app.focus = Focus::List;
            } else if !app.marked.is_empty() {
                app.marked.clear();
            }
        }
        Msg::ToggleHelp => app.help = if app.help.is_some() { None } else { Some(0) },
        Msg::ToggleStats => {
            if app.stats.is_some() {
                app.stats = None;
            } else {
                app.compute_stats();
            }
        }
        Msg::Quit => {
            app.quit = true;
            return vec![Effect::Quit];
        }
        Msg::Resize(w, h) => {
            let before = app.areas().detail.map(|d| d.width);
            app.size = (w, h);
            let areas = app.areas();
            // The lines wrap anew at another width: a scroll counted in the
            // old lines would hide the title for no reason.
            if areas.detail.map(|d| d.width) != before {
                app.detail_scroll = 0;
            }
            if (app.focus == Focus::Sidebar && areas.sidebar.is_none())
                || (app.focus == Focus::Detail && areas.detail.is_none())
            {
                app.focus = Focus::List;
            }
            keep_visible(app);
        }
        Msg::Click(x, y) => return click(app, x, y),
        Msg::Scroll(delta) => {
            let step = if delta < 0 { Step::Up } else { Step::Down };
            if app.help.is_some() || app.stats.is_some() {
                for _ in 0..delta.unsigned_abs() {
                    let _ = super::scroll::help(app, step) || super::scroll::stats(app, step);
                }
            } else if app.full_detail || app.focus == Focus::Detail {
                scroll_detail_or_help(app, delta);
            } else {
                return select(app, app.selected as i64 + delta as i64);
            }
        }
        Msg::Loaded(handover) => {
            let Some(catalog) = handover.take() else {
                return Vec::new();
            };
            // Results point into the old catalog: drop them with it, and
            // search the whole database. The first page holds the newest
            // ideas, not the first by the sort: a cursor the user left on
            // the top row stays on the top row (and on a new query's best
            // match); one moved elsewhere stays on its idea.
            if app.selected == 0 {
                app.from_top = true;
            }
            app.select_after = (!app.from_top).then(|| app.selected_id()).flatten();
            app.hits.clear();
            app.refilling = true;
            if let Some(searcher) = &app.searcher {
                searcher.cancel();
            }
            *app.catalog_mut() = catalog;
            app.loading = false;
            app.data_version += 1;
            return vec![app.search()];
        }
        Msg::Results(outcome) => {
            if outcome.generation == app.generation {
                app.show_results(*outcome);
                keep_visible(app);
                return load_detail(app);
            }
        }
        Msg::DetailLoaded(id, idea) => {
            if app.shown_id() == Some(id) {
                app.detail = idea.map(|b| *b);
                app.detail_scroll = 0;
            }
        }
        Msg::Failed(message) => app.message = Some(message),
        m @ (Msg::SaveView
        | Msg::RenameView
        | Msg::DeleteView
        | Msg::NextView
        | Msg::PrevView
        | Msg::ViewsChanged { .. }) => return super::views::update(app, m),
        other => return super::edit::update(app, other),
    }
    Vec::new()
}

/// The query bar changed: parse it, and search if it means something new.
pub(super) fn query_changed(app: &mut App) -> Vec<Effect> {
    let text = app.query_text();
    match Query::parse(&text) {
        Ok(q) => {
            app.query_error = None;
            app.query_hint = crate::query::glued_term(&text);
            if q != app.query {
                app.query = q;
                app.from_top = true;
                return vec![app.search()];
            }
        }
        Err(e) => {
            app.query_error = Some(e.to_string());
            app.query_hint = None;
        }
    }
    Vec::new()
}

fn toggle_facet(app: &mut App) -> Vec<Effect> {
    let (field, value) = match app.sidebar_items.get(app.sidebar_cursor).cloned() {
        Some(SidebarItem::Value { field, value, .. }) => (field, value),
        Some(SidebarItem::View { name, .. }) => return super::views::apply(app, &name),
        _ => return Vec::new(),
    };
    let text = toggle_value(&app.query_text(), field, &value, |a, b| {
        same_value(field, a, b)
    });
    app.set_query_text(&text);
    query_changed(app)
}

fn page(app: &App) -> i64 {
    i64::from(app.areas().list_rows().height.max(1))
}

fn move_cursor(app: &mut App, step: Step) -> Vec<Effect> {
    // Help and statistics scroll within what they hold.
    if super::scroll::help(app, step) || super::scroll::stats(app, step) {
        return Vec::new();
    }
    if app.help.is_some()
        || app.full_detail
        || app.focus == Focus::Detail
        || app.triage.is_some()
        || app.stats.is_some()
    {
        // A page of the detail is what it shows, less a line kept in view.
        let detail_page = app
            .areas()
            .detail
            .map(|d| i32::from(d.height.saturating_sub(3)));
        let page = match detail_page {
            Some(rows) if app.help.is_none() && app.stats.is_none() && app.triage.is_none() => {
                rows.max(1)
            }
            _ => 10,
        };
        let delta = match step {
            Step::Up => -1,
            Step::Down => 1,
            Step::PageUp | Step::HalfUp => -page,
            Step::PageDown | Step::HalfDown => page,
            Step::Top => -100_000,
            Step::Bottom => 100_000,
        };
        scroll_detail_or_help(app, delta);
        return Vec::new();
    }
    if app.focus == Focus::Sidebar {
        move_sidebar(app, step);
        return Vec::new();
    }
    let cur = app.selected as i64;
    let target = match step {
        Step::Up => cur - 1,
        Step::Down => cur + 1,
        Step::Top => 0,
        Step::Bottom => i64::MAX,
        Step::PageUp => cur - page(app),
        Step::PageDown => cur + page(app),
        Step::HalfUp => cur - (page(app) / 2).max(1),
        Step::HalfDown => cur + (page(app) / 2).max(1),
    };
    select(app, target)
}

/// Selects the idea at position `target` (clamped) and asks for its detail.
fn select(app: &mut App, target: i64) -> Vec<Effect> {
    let last = app.hits.len().saturating_sub(1) as i64;
    app.selected = target.clamp(0, last.max(0)) as usize;
    keep_visible(app);
    load_detail(app)
}

fn load_detail(app: &mut App) -> Vec<Effect> {
    if app.shown_id().is_none() {
        app.detail = None;
    }
    super::edit::load_shown(app)
}

/// Scrolls the list so that the selected row is on screen.
fn keep_visible(app: &mut App) {
    let height = app.areas().list_rows().height.max(1) as usize;
    if app.selected < app.list_offset {
        app.list_offset = app.selected;
    } else if app.selected >= app.list_offset + height {
        app.list_offset = app.selected + 1 - height;
    }
    let max_offset = app.hits.len().saturating_sub(height);
    app.list_offset = app.list_offset.min(max_offset);
    if let Some(rows) = app.areas().sidebar_rows() {
        let h = rows.height.max(1) as usize;
        if app.sidebar_cursor < app.sidebar_offset {
            app.sidebar_offset = app.sidebar_cursor;
        } else if app.sidebar_cursor >= app.sidebar_offset + h {
            app.sidebar_offset = app.sidebar_cursor + 1 - h;
        }
    }
}

fn move_sidebar(app: &mut App, step: Step) {
    let values: Vec<usize> = app
        .sidebar_items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.is_value())
        .map(|(n, _)| n)
        .collect();
    if values.is_empty() {
        return;
    }
    let pos = values
        .iter()
        .position(|&n| n >= app.sidebar_cursor)
        .unwrap_or(0) as i64;
    let last = values.len() as i64 - 1;
    let target = match step {
        Step::Up => pos - 1,
        Step::Down => pos + 1,
        Step::Top => 0,
        Step::Bottom => last,
        Step::PageUp | Step::HalfUp => pos - 8,
        Step::PageDown | Step::HalfDown => pos + 8,
    };
    app.sidebar_cursor = values[target.clamp(0, last) as usize];
    // Show the group's header when moving onto its first value.
    if app.sidebar_cursor > 0 && !app.sidebar_items[app.sidebar_cursor - 1].is_value() {
        app.sidebar_offset = app.sidebar_offset.min(app.sidebar_cursor - 1);
    }
    keep_visible(app);
}

fn scroll_detail_or_help(app: &mut App, delta: i32) {
    // The idea stops at its last line, so that scrolling back up starts
    // at once.
    let detail_end = if app.triage.is_none() {
        super::view::detail_max_scroll(app)
    } else {
        super::view::triage_max_scroll(app)
    };
    let (slot, end) = match (app.help.as_mut(), app.stats.as_mut()) {
        (Some(h), _) => (h, u16::MAX),
        (None, Some((_, s))) => (s, u16::MAX),
        (None, None) => (&mut app.detail_scroll, detail_end),
    };
    *slot = (i64::from(*slot) + i64::from(delta)).clamp(0, i64::from(end)) as u16;
}

fn cycle_focus(app: &mut App, dir: i32) {
    let areas = app.areas();
    let mut panes = Vec::new();
    if areas.sidebar.is_some() {
        panes.push(Focus::Sidebar);
    }
    panes.push(Focus::List);
    if areas.detail.is_some() {
        panes.push(Focus::Detail);
    }
    let pos = panes.iter().position(|p| *p == app.focus).unwrap_or(0) as i32;
    let n = panes.len() as i32;
    app.focus = panes[((pos + dir) % n + n) as usize % panes.len()];
    if app.focus == Focus::Sidebar
        && !app
            .sidebar_items
            .get(app.sidebar_cursor)
            .is_some_and(|i| i.is_value())
    {
        move_sidebar(app, Step::Top);
    }
}

fn click(app: &mut App, x: u16, y: u16) -> Vec<Effect> {
    if app.help.is_some() {
        app.help = None;
        return Vec::new();
    }
    let areas = app.areas();
    let rows = areas.list_rows();
    if contains(rows, x, y) {
        app.focus = Focus::List;
        let target = app.list_offset + usize::from(y - rows.y);
        if target < app.hits.len() {
            return select(app, target as i64);
        }
        return Vec::new();
    }
    if let Some(side) = areas.sidebar_rows().filter(|r| contains(*r, x, y)) {
        app.focus = Focus::Sidebar;
        let index = app.sidebar_offset + usize::from(y - side.y);
        if app.sidebar_items.get(index).is_some_and(|i| i.is_value()) {
            app.sidebar_cursor = index;
            return toggle_facet(app);
        }
        return Vec::new();
    }
    if let Some(d) = areas.detail.filter(|r| contains(*r, x, y)) {
        let _ = d;
        app.focus = Focus::Detail;
    } else if contains(areas.query, x, y) {
        app.set_editing(true);
    }
    Vec::new()
}
