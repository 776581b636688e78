//! Ideas with near-copies, and moving to one, for the UI's near-duplicate
//! tests (tui_similar.rs, tui_render_similar.rs).
#![allow(dead_code)]

use super::common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::domain::{Idea, Timestamp};
use sprout::store::Store;
use sprout::tui::app::App;

pub const CLINIC: &str = "A mobile clinic visits the villages of Perm Krai every week. \
                          Volunteers are trained by nurses from the regional hospital.";
pub const CLUB: &str = "Lessons run after school in the library of the district centre, \
                        twice a week, with laptops lent by a local firm.";

fn idea(title: &str, summary: &str, proposer: &str, days_ago: i64) -> Idea {
    let mut i = Idea::new(title.into(), Timestamp(NOW.0 - days_ago * 86_400));
    i.summary = summary.into();
    i.proposer = proposer.into();
    i
}

/// #1 an original, #2 it with a typo in the title, #3 another project,
/// #4 it sent again by another proposer, #5 like nothing else; the
/// newest (#5) first in the list.
pub fn near_copies() -> Vec<Idea> {
    vec![
        idea(
            "Mobile clinic for elderly people living alone",
            CLINIC,
            "Anna Ivanova",
            10,
        ),
        idea(
            "Mobile clinik for elderly people living alone",
            CLINIC,
            "Anna Ivanova",
            9,
        ),
        idea("Coding club for rural teenagers", CLUB, "Open Doors", 8),
        idea(
            "Coding club for rural teenagers",
            CLUB,
            "Open Doors Foundation",
            7,
        ),
        idea(
            "Repair cafés in every district library",
            "Volunteers fix what people bring, on Saturdays.",
            "Fix It Together",
            6,
        ),
    ]
}

pub fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

pub fn enter(app: &mut App, store: &Store) {
    press(app, store, KeyCode::Enter, KeyModifiers::NONE);
}

/// Moves the list's cursor onto idea `id`, with the keys.
pub fn go_to(app: &mut App, store: &Store, id: u64) {
    key(app, store, 'g');
    for _ in 0..app.hits.len() {
        if app.selected_id() == Some(id) {
            return;
        }
        key(app, store, 'j');
    }
    assert_eq!(app.selected_id(), Some(id), "#{id} is not in the list");
}
