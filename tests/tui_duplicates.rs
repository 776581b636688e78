//! `is:duplicate` and `similar:N` typed in the UI's query bar: the same
//! near-duplicate index as the command line, built by the search worker.

mod common;
use common::*;
use sprout::domain::{Idea, Timestamp};
use sprout::tui::msg::{Msg, QueryMsg};

fn idea(title: &str, summary: &str, proposer: &str) -> Idea {
    let mut i = Idea::new(title.into(), Timestamp(NOW.0 - 86_400));
    i.summary = summary.into();
    i.proposer = proposer.into();
    i
}

const CLINIC: &str = "A mobile clinic visits the villages of Perm Krai every week. \
                      Volunteers are trained by nurses from the regional hospital.";
const CLINIC_REORDERED: &str = "Volunteers are trained by nurses from the regional hospital. \
                                A mobile clinic visits the villages of Perm Krai every week.";
const CLUB: &str = "Lessons run after school in the library of the district centre, \
                    twice a week, with laptops lent by a local firm.";

/// #1 an original, #2 it with a typo, #3 it reordered by another
/// proposer, #4 another project, #5 nearly #4 but said not to be.
fn ideas() -> Vec<Idea> {
    let title = "Mobile clinic for elderly people living alone";
    let typo = "Mobile clinik for elderly people living alone";
    let mut not = idea("Coding club for rural teenagers", CLUB, "Open Doors");
    not.not_duplicates.insert(4);
    vec![
        idea(title, CLINIC, "Anna Ivanova"),
        idea(typo, CLINIC, "Anna Ivanova"),
        idea(typo, CLINIC_REORDERED, "Olga Petrova"),
        idea("Coding club for rural teenagers", CLUB, "Open Doors"),
        not,
    ]
}

fn search(query: &str) -> Vec<u64> {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    send(&mut app, &store, [Msg::Query(QueryMsg::EditQuery)]);
    type_text(&mut app, &store, query);
    shown_ids(&app)
}

#[test]
fn is_duplicate_in_the_query_bar_lists_the_near_copies() {
    let mut found = search("is:duplicate");
    found.sort_unstable();
    assert_eq!(found, [1, 2, 3]);
}

#[test]
fn similar_in_the_query_bar_lists_the_likest_first() {
    assert_eq!(search("similar:1"), [2, 3]);
    assert_eq!(search("similar:4"), Vec::<u64>::new());
}
