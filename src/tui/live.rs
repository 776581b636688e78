//! Others' changes, live: what a UI on a shared database (PostgreSQL)
//! hears of the changes other people make, and of its connection. A
//! change made elsewhere comes in as `Reply::Remote`: its rows go into
//! the catalog, the search runs again and the selection stays on its idea
//! (or its place, if the idea left the results), the marks, the scroll and
//! the query being typed are left alone, and the status line says who
//! changed what (`olga: #42 → pilot`). A lost connection is
//! `Reply::Connection`: the status line says so until it is back, and
//! nothing typed is lost meanwhile.

use super::app::App;
use super::applied::{after_change, apply_to_catalog};
pub use super::live_state::{LiveState, Remote, offline_line};
use super::msg::Effect;
use crate::domain::{Idea, Row};
use crate::i18n::label;
use crate::ideas::Change;
use crate::tr;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Others' changes arrived.
pub fn remote(app: &mut App, remote: Remote) -> Vec<Effect> {
    app.live.seen = app.live.seen.max(remote.upto);
    let views_changed = remote.views.is_some();
    if let Some(views) = remote.views {
        app.views = Arc::new(views);
        app.refresh_sidebar();
    }
    if remote.changes.is_empty() {
        // Views alone: the counts beside them come with a new search.
        return if views_changed {
            vec![app.search()]
        } else {
            Vec::new()
        };
    }
    app.message = Some(summary(app, &remote.changes, &remote.by));
    app.live.hold_place = true;
    let mut effects = vec![apply_to_catalog(app, &remote.changes)];
    effects.extend(after_change(app));
    effects
}

/// The connection was lost (`Some(why)`) or is back (`None`).
pub fn connection(app: &mut App, lost: Option<String>) -> Vec<Effect> {
    let was_offline = app.live.offline.is_some();
    app.live.offline = lost;
    if was_offline && app.live.offline.is_none() {
        app.message = Some(crate::tr!("ui-live-reconnected"));
    }
    Vec::new()
}

/// Whether what is typed (a note, the form) must stay open rather than be
/// saved: the database cannot be reached, and it would be lost.
pub fn keep_while_offline(app: &mut App) -> bool {
    if app.live.offline.is_none() {
        return false;
    }
    app.message = Some(crate::tr!("ui-live-offline-kept"));
    true
}

/// `olga: #42 → pilot`; `olga, ivan: #4, #7, #9 changed`.
fn summary(app: &App, changes: &[Change], by: &BTreeMap<u64, String>) -> String {
    let mut who: Vec<String> = Vec::new();
    for (before, after) in changes {
        let id = after.as_ref().or(before.as_ref()).map(|i| i.id);
        let name = id
            .and_then(|id| by.get(&id))
            .map_or_else(|| crate::tr!("ui-live-someone"), |w| crate::i18n::person(w));
        if !who.contains(&name) {
            who.push(name);
        }
    }
    let what = match changes {
        [(_, after)] => {
            let id = after.as_ref().map(|a| a.id);
            match (id, after) {
                (Some(id), Some(a)) => one(app, id, a),
                _ => {
                    let id = changes[0].0.as_ref().map_or(0, |b| b.id);
                    crate::tr!("ui-live-removed", id = &id.to_string())
                }
            }
        }
        many => {
            let ids: Vec<String> = many
                .iter()
                .filter_map(|(b, a)| a.as_ref().or(b.as_ref()).map(|i| format!("#{}", i.id)))
                .collect();
            if ids.len() > 3 {
                crate::tr!(
                    "ui-live-many-changed",
                    count = ids.len(),
                    first = &ids[..3].join(", ")
                )
            } else {
                crate::tr!("ui-live-changed", ids = &ids.join(", "))
            }
        }
    };
    format!("{}: {what}", who.join(", "))
}

/// What happened to one idea, from its row as shown before to `after`.
fn one(app: &App, id: u64, after: &Idea) -> String {
    let cat = app.catalog();
    let Some(before) = cat.index_of(id).map(|i| cat.row(i)) else {
        return crate::tr!("ui-live-added", id = &id.to_string());
    };
    let now = Row::of(after);
    let text = |s: &str| {
        if s.is_empty() {
            crate::tr!("ui-live-none")
        } else {
            crate::domain::text::printable(s, false)
        }
    };
    let mut parts = Vec::new();
    if before.stage != now.stage {
        // The stage is where an idea is in the pipeline: said bare.
        // Lower case, as the keys name it (`→ pilot`).
        parts.push(format!("→ {}", label(now.stage).to_lowercase()));
    }
    if before.sector != now.sector {
        parts.push(tr!(
            "ui-step-sector",
            value = &super::step_label::sector_word(now.sector)
        ));
    }
    if before.score != now.score {
        let score = now
            .score
            .map_or_else(|| tr!("ui-live-none"), |s| s.to_string());
        parts.push(tr!("ui-step-score", value = &score));
    }
    if before.assignee != now.assignee {
        parts.push(tr!("ui-step-assignee", who = &text(now.assignee.as_str())));
    }
    if before.archived != now.archived {
        parts.push(if now.archived {
            tr!("ui-step-archived")
        } else {
            tr!("ui-step-restored")
        });
    }
    if before.tags != now.tags {
        parts.push(tr!("ui-live-tags-changed"));
    }
    if before.title() != now.title() {
        parts.push(tr!("ui-live-title-changed"));
    }
    if parts.is_empty() {
        let noted = after.notes.last().is_some_and(|n| n.time == after.updated);
        parts.push(if noted {
            tr!("ui-live-note-added")
        } else {
            tr!("ui-live-changed-bare")
        });
    }
    format!("#{id} {}", parts.join(", "))
}
