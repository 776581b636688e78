//! Moving through what is shown: the list's selection and scroll, the
//! sidebar's cursor, the detail's and help's scroll, and the focus; and
//! asking for the full record of the idea the detail pane shows.

use super::app::{App, Focus};
use super::msg::{Effect, Step};

fn page(app: &App) -> i64 {
    i64::from(app.areas().list_rows().height.max(1))
}

pub fn move_cursor(app: &mut App, step: Step) -> Vec<Effect> {
    // Help and statistics scroll within what they hold.
    if super::scroll::help(app, step) || super::scroll::stats(app, step) {
        return Vec::new();
    }
    // Anything but the panes scrolls what it shows; so does the detail pane.
    if app.overlays.help().is_some() || !app.screen.is_browse() || app.focus == Focus::Detail {
        // A page of the detail is what it shows, less a line kept in view.
        let detail_page = app
            .areas()
            .detail
            .map(|d| i32::from(d.height.saturating_sub(3)));
        let page = match detail_page {
            Some(rows)
                if app.overlays.help().is_none()
                    && (app.screen.is_browse() || app.screen.is_full_detail()) =>
            {
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
    let cur = app.list.selected as i64;
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
pub fn select(app: &mut App, target: i64) -> Vec<Effect> {
    let last = app.listed().len().saturating_sub(1) as i64;
    app.list.selected = target.clamp(0, last.max(0)) as usize;
    keep_visible(app);
    load_detail(app)
}

pub fn load_detail(app: &mut App) -> Vec<Effect> {
    if app.shown_id().is_none() {
        app.detail.idea = None;
    }
    load_shown(app)
}

/// Scrolls the list so that the selected row is on screen.
pub fn keep_visible(app: &mut App) {
    let height = app.areas().list_rows().height.max(1) as usize;
    if app.list.selected < app.list.offset {
        app.list.offset = app.list.selected;
    } else if app.list.selected >= app.list.offset + height {
        app.list.offset = app.list.selected + 1 - height;
    }
    let max_offset = app.listed().len().saturating_sub(height);
    app.list.offset = app.list.offset.min(max_offset);
    if let Some(rows) = app.areas().sidebar_rows() {
        let h = rows.height.max(1) as usize;
        if app.sidebar.cursor < app.sidebar.offset {
            app.sidebar.offset = app.sidebar.cursor;
        } else if app.sidebar.cursor >= app.sidebar.offset + h {
            app.sidebar.offset = app.sidebar.cursor + 1 - h;
        }
    }
}

fn move_sidebar(app: &mut App, step: Step) {
    let values: Vec<usize> = app
        .sidebar
        .items
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
        .position(|&n| n >= app.sidebar.cursor)
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
    app.sidebar.cursor = values[target.clamp(0, last) as usize];
    // Show the group's header when moving onto its first value.
    if app.sidebar.cursor > 0 && !app.sidebar.items[app.sidebar.cursor - 1].is_value() {
        app.sidebar.offset = app.sidebar.offset.min(app.sidebar.cursor - 1);
    }
    keep_visible(app);
}

pub fn scroll_detail_or_help(app: &mut App, delta: i32) {
    // The idea stops at its last line, so that scrolling back up starts
    // at once.
    let detail_end = if app.screen.triage().is_none() {
        super::view::detail_max_scroll(app)
    } else {
        super::view::triage_max_scroll(app)
    };
    let (slot, end) = match (app.overlays.help_mut(), app.screen.stats_mut()) {
        (Some(h), _) => (h, u16::MAX),
        (None, Some((_, s))) => (s, u16::MAX),
        (None, None) => (&mut app.detail.scroll, detail_end),
    };
    *slot = (i64::from(*slot) + i64::from(delta)).clamp(0, i64::from(end)) as u16;
}

pub fn cycle_focus(app: &mut App, dir: i32) {
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
            .sidebar
            .items
            .get(app.sidebar.cursor)
            .is_some_and(|i| i.is_value())
    {
        move_sidebar(app, Step::Top);
    }
}

/// Loads the record the detail or triage pane needs, if it is not loaded,
/// and asks for its similar ideas (and the list's marks) if not asked.
pub fn load_shown(app: &mut App) -> Vec<Effect> {
    let mut effects = match app.shown_id() {
        Some(id) if app.detail.idea.as_ref().map(|d| d.id) != Some(id) => {
            vec![Effect::LoadDetail(id)]
        }
        _ => Vec::new(),
    };
    effects.extend(super::similar::wanted(app));
    effects
}
