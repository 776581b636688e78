//! `update(app, msg)`: the only place the UI's state changes. It does no
//! I/O; what needs the database or the terminal comes back as effects.

use super::app::{App, Focus};
use super::cursor::{
    cycle_focus, keep_visible, load_detail, move_cursor, scroll_detail_or_help, select,
};
use super::layout::contains;
use super::msg::{Effect, ListMsg, Msg, QueryMsg, Reply, ScreenMsg, Step};
use super::query_input::query_changed;
use super::screen::Screen;
use super::sidebar::{SidebarItem, same_value};
use crate::query::toggle_value;

/// The first results and detail, for a freshly made app.
pub fn start(app: &mut App) -> Vec<Effect> {
    vec![app.search()]
}

/// Applies one message; returns the effects to carry out.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    // A message stays on screen until the user does something.
    let from_user = !matches!(
        msg,
        Msg::Reply(Reply::Results(..))
            | Msg::Reply(Reply::Loaded(..))
            | Msg::Reply(Reply::DetailLoaded(..))
            | Msg::Reply(Reply::Similar(..))
            | Msg::Reply(Reply::Saved { .. })
            | Msg::Reply(Reply::Restored { .. })
            | Msg::Reply(Reply::Failed(_))
            | Msg::Reply(Reply::Refused { .. })
            | Msg::Reply(Reply::ViewsChanged { .. })
            | Msg::Reply(Reply::EditorDone { .. })
            | Msg::Reply(Reply::Remote(..))
            | Msg::Reply(Reply::Connection(..))
            | Msg::Reply(Reply::Clashed { .. })
            | Msg::Reply(Reply::ReviewReady { .. })
            | Msg::Reply(Reply::Rubrics(..))
            | Msg::Reply(Reply::AssignPlan(..))
            | Msg::Reply(Reply::Decided(..))
            | Msg::Screen(ScreenMsg::Resize(..))
    );
    // The reason menu stays open only for the key right after the stage's.
    if from_user
        && !matches!(
            msg,
            Msg::Change(super::msg::ChangeMsg::PickReason(_) | super::msg::ChangeMsg::SkipReason)
        )
        && matches!(app.pending, Some(super::app::Pending::Reason { .. }))
    {
        app.pending = None;
    }
    if from_user {
        app.message = None;
        if !matches!(msg, Msg::Keys(Some(_))) {
            app.keys_pending.clear();
        }
    }
    match msg {
        Msg::Keys(Some(key)) => app.keys_pending.push(key),
        Msg::Keys(None) => {}
        Msg::List(m) => return list(app, m),
        Msg::Query(m) => return query(app, m),
        Msg::Screen(m) => return screen(app, m),
        Msg::Views(m) => return super::views::update(app, m),
        Msg::Change(m) => return super::edit::change(app, m),
        Msg::Prompt(m) => return super::edit::prompt(app, m),
        Msg::Triage(m) => return super::triage_flow::update(app, m),
        Msg::Form(m) => return super::edit::form(app, m),
        Msg::Review(m) => return super::review_flow::update(app, m),
        Msg::DialogKey(c) => return super::edit::dialog_key(app, c),
        Msg::Reply(m) => return reply(app, m),
    }
    Vec::new()
}

/// Moving through the list, the sidebar and the panes.
fn list(app: &mut App, msg: ListMsg) -> Vec<Effect> {
    match msg {
        ListMsg::Move(step) => return move_cursor(app, step),
        ListMsg::FocusNext => cycle_focus(app, 1),
        ListMsg::FocusPrev => cycle_focus(app, -1),
        ListMsg::ToggleSidebar => {
            app.sidebar.visible = !app.sidebar.visible;
            if !app.sidebar.visible && app.focus == Focus::Sidebar {
                app.focus = Focus::List;
            }
        }
        ListMsg::CycleSort => {
            app.sort = app.sort.next();
            let search = app.search();
            if app.query.parsed.has_fuzzy() {
                app.message = Some(format!(
                    "sort: {} (best match still comes first)",
                    app.sort.name()
                ));
            }
            return vec![search];
        }
        ListMsg::ToggleFacet => return toggle_facet(app),
        ListMsg::Open => {
            // Full screen at any size: the side pane is a preview, a third
            // of the width at best, and an idea is read whole.
            if app.selected_id().is_some() {
                app.screen = Screen::FullDetail;
            }
            app.detail.scroll = 0;
        }
        ListMsg::Back => {
            if app.screen.is_full_detail() {
                app.screen = Screen::Browse;
                app.detail.scroll = 0;
            } else if matches!(app.focus, Focus::Detail | Focus::Sidebar) {
                app.focus = Focus::List;
            } else if !app.list.marked.is_empty() {
                app.list.marked.clear();
            }
        }
        ListMsg::Click(x, y) => return click(app, x, y),
        ListMsg::Scroll(delta) => {
            let step = if delta < 0 { Step::Up } else { Step::Down };
            if app.overlays.help().is_some() || app.screen.stats().is_some() {
                for _ in 0..delta.unsigned_abs() {
                    let _ = super::scroll::help(app, step) || super::scroll::stats(app, step);
                }
            } else if app.screen.is_full_detail() || app.focus == Focus::Detail {
                scroll_detail_or_help(app, delta);
            } else {
                return select(app, app.list.selected as i64 + delta as i64);
            }
        }
    }
    Vec::new()
}

/// The query bar.
fn query(app: &mut App, msg: QueryMsg) -> Vec<Effect> {
    match msg {
        QueryMsg::EditQuery => {
            // A new term is typed after a space, so that it does not glue
            // onto the last one (`region:tatar` + `score:>=4`).
            let text = app.query.text();
            if !text.is_empty() && !text.ends_with(char::is_whitespace) {
                app.query.set_text(&format!("{text} "));
            }
            app.query.set_editing(true);
        }
        QueryMsg::QueryEdit(edit) => {
            if app.query.editing {
                let (text, cursor) =
                    super::line_edit::apply(edit, &app.query.text(), app.query.cursor());
                app.query.set_text_at(&text, cursor);
                return query_changed(app);
            }
        }
        QueryMsg::QueryInput(input) => {
            if app.query.editing {
                app.query.input.input(input);
                return query_changed(app);
            }
        }
        QueryMsg::AcceptQuery => {
            let text = app.query.text();
            if text.trim_end() != text {
                app.query.set_text(text.trim_end());
            }
            app.query.set_editing(false);
        }
        QueryMsg::ClearQuery => {
            app.query.set_editing(false);
            app.query.set_text("");
            return query_changed(app);
        }
        QueryMsg::ShowSimilar => match app.shown_id() {
            // In place of the query, so Esc in the query bar, or `/` and
            // Ctrl-u, goes back to all ideas.
            Some(id) => {
                app.query.set_editing(false);
                app.query.set_text(&format!("similar:{id}"));
                // The results are what was asked for: the list shows them.
                if app.screen.is_full_detail() {
                    app.screen = Screen::Browse;
                    app.detail.scroll = 0;
                }
                app.focus = Focus::List;
                app.message = Some(crate::tr!(
                    "ui-similar-shown",
                    id = &id.to_string(),
                    search = &app.keymap.fill("{browse.search}"),
                    clear = &app.keymap.fill("{query.clear}")
                ));
                return query_changed(app);
            }
            None => app.message = Some(crate::tr!("ui-no-idea-selected")),
        },
    }
    Vec::new()
}

/// What is on screen as a whole.
fn screen(app: &mut App, msg: ScreenMsg) -> Vec<Effect> {
    match msg {
        ScreenMsg::ToggleHelp => app.overlays.toggle_help(),
        ScreenMsg::ToggleStats => {
            if app.screen.stats().is_some() {
                app.screen = Screen::Browse;
            } else {
                app.compute_stats();
                return super::stats_reasons::wanted(app);
            }
        }
        ScreenMsg::Quit => {
            app.quit = true;
            return vec![Effect::Quit];
        }
        ScreenMsg::Resize(w, h) => {
            let before = app.areas().detail.map(|d| d.width);
            app.size = (w, h);
            let areas = app.areas();
            // The lines wrap anew at another width: a scroll counted in the
            // old lines would hide the title for no reason.
            if areas.detail.map(|d| d.width) != before {
                app.detail.scroll = 0;
            }
            if (app.focus == Focus::Sidebar && areas.sidebar.is_none())
                || (app.focus == Focus::Detail && areas.detail.is_none())
            {
                app.focus = Focus::List;
            }
            keep_visible(app);
        }
    }
    Vec::new()
}

/// What the runtime reports back.
fn reply(app: &mut App, msg: Reply) -> Vec<Effect> {
    match msg {
        Reply::Loaded(handover) => {
            // Results point into the old catalog: drop them with it, and
            // search the whole database. The first page holds the newest
            // ideas, not the first by the sort: a cursor the user left on
            // the top row stays on the top row (and on a new query's best
            // match); one moved elsewhere stays on its idea.
            if app.list.selected == 0 {
                app.from_top = true;
            }
            app.select_after = (!app.from_top).then(|| app.selected_id()).flatten();
            app.hits.clear();
            app.refilling = true;
            app.loading = false;
            app.data_version += 1;
            app.similar.version += 1;
            return vec![Effect::InstallCatalog(handover), app.search()];
        }
        Reply::Results(outcome) => {
            if outcome.generation == app.generation {
                app.show_results(*outcome);
                keep_visible(app);
                let mut effects = load_detail(app);
                effects.extend(super::stats_reasons::wanted(app));
                return effects;
            }
        }
        Reply::DetailLoaded(id, idea) => {
            if app.shown_id() == Some(id) {
                app.detail.idea = idea.map(|b| *b);
                app.detail.scroll = 0;
            }
        }
        Reply::Similar(found) => super::similar::received(app, *found),
        Reply::ReviewReady {
            idea,
            rubric,
            rubrics,
            reviewer,
        } => super::review_flow::ready(app, *idea, rubric, rubrics, reviewer),
        Reply::Rubrics(rubrics) => app.rubrics = rubrics,
        Reply::AssignPlan(proposal) => super::assign_flow::planned(app, *proposal),
        Reply::Decided(version, decided) => super::stats_reasons::received(app, version, decided),
        Reply::Failed(message) => app.message = Some(message),
        Reply::ViewsChanged { views, message } => {
            return super::views::changed(app, views, message);
        }
        Reply::Remote(remote) => return super::live::remote(app, *remote),
        Reply::Connection(lost) => return super::live::connection(app, lost),
        other => {
            let answer = super::review_flow::Answer::of(&other);
            let effects = super::edit::reply(app, other);
            super::review_flow::settle(app, answer);
            return effects;
        }
    }
    Vec::new()
}

fn toggle_facet(app: &mut App) -> Vec<Effect> {
    let (field, value) = match app.sidebar.items.get(app.sidebar.cursor).cloned() {
        Some(SidebarItem::Value { field, value, .. }) => (field, value),
        Some(SidebarItem::View { name, .. }) => return super::views::apply(app, &name),
        _ => return Vec::new(),
    };
    let text = toggle_value(&app.query.text(), field, &value, |a, b| {
        same_value(field, a, b)
    });
    app.query.set_text(&text);
    query_changed(app)
}

fn click(app: &mut App, x: u16, y: u16) -> Vec<Effect> {
    if app.overlays.close_help() {
        return Vec::new();
    }
    let areas = app.areas();
    let rows = areas.list_rows();
    if contains(rows, x, y) {
        app.focus = Focus::List;
        let target = app.list.offset + usize::from(y - rows.y);
        if target < app.listed().len() {
            return select(app, target as i64);
        }
        return Vec::new();
    }
    if let Some(side) = areas.sidebar_rows().filter(|r| contains(*r, x, y)) {
        app.focus = Focus::Sidebar;
        let index = app.sidebar.offset + usize::from(y - side.y);
        if app.sidebar.items.get(index).is_some_and(|i| i.is_value()) {
            app.sidebar.cursor = index;
            return toggle_facet(app);
        }
        return Vec::new();
    }
    if let Some(d) = areas.detail.filter(|r| contains(*r, x, y)) {
        let _ = d;
        app.focus = Focus::Detail;
    } else if contains(areas.query, x, y) {
        app.query.set_editing(true);
    }
    Vec::new()
}
