//! Near-duplicates on screen: which ideas the list marks as looking like
//! another, and the "Similar ideas" of the idea the detail shows. Both come
//! from the near-duplicate index ([`crate::search::Duplicates`]), which is
//! built off the UI thread ([`super::similar_worker`]) once every idea is
//! loaded and again only when a change could alter it (a text, a link
//! between two ideas, an idea added or gone): the first frame and the list
//! never wait for it. Until it is in, the list has no marks and the detail
//! no such section.

use super::app::App;
use super::msg::Effect;
pub use super::similar_state::{Alike, Ask, Found, SHOWN, SimilarState};
use crate::ideas::Change;
use crate::query::IdBits;
use std::sync::Arc;

/// The search to ask for now, if it was not asked already: never while
/// only the newest ideas are loaded (the loader has the CPU then).
pub fn wanted(app: &mut App) -> Option<Effect> {
    if app.loading {
        return None;
    }
    let ask = Ask {
        version: app.similar.version,
        shown: app.shown_id(),
    };
    if app.similar.asked == Some(ask) {
        return None;
    }
    app.similar.asked = Some(ask);
    Some(Effect::FindSimilar(ask))
}

/// Takes what was found. Marks for an older version are kept until newer
/// ones come (they are nearly right, and none would be wrong).
pub fn received(app: &mut App, found: Found) {
    if found.version >= app.similar.marks_from {
        app.similar.flagged = Some(found.flagged);
    }
    // For another idea than the one shown now, it is never drawn (see
    // `likes_of`); the answer for this one follows.
    app.similar.shown = found.shown;
}

/// Notes stored changes: those that could alter what the index finds
/// make it be built again.
pub fn changed(app: &mut App, changes: &[Change]) {
    let alters = |(before, after): &Change| match (before, after) {
        (Some(b), Some(a)) => {
            b.title != a.title
                || b.summary != a.summary
                || b.proposer != a.proposer
                || b.duplicate_of != a.duplicate_of
                || b.not_duplicates != a.not_duplicates
        }
        _ => true,
    };
    if changes.iter().any(alters) {
        app.similar.version += 1;
    }
    unflag_settled(app, changes);
}

/// Until the index is built again (seconds, at a million ideas), the list
/// drops the marks a change has surely settled: an idea now marked a
/// duplicate, and one none of whose similar ideas (all of them known)
/// is left unsettled.
fn unflag_settled(app: &mut App, changes: &[Change]) {
    let state = &app.similar;
    let settled: Vec<u64> = (changes.iter())
        .filter_map(|(_, after)| after.as_ref())
        .filter(|a| state.flags(a.id))
        .filter(|a| {
            let all_known = state
                .shown
                .as_ref()
                .is_some_and(|s| s.id == a.id && s.likes.len() < SHOWN);
            a.duplicate_of.is_some() || (all_known && state.likes_of(a).is_empty())
        })
        .map(|a| a.id)
        .collect();
    if let (false, Some(flagged)) = (settled.is_empty(), &app.similar.flagged) {
        let left: IdBits = flagged.iter().filter(|id| !settled.contains(id)).collect();
        app.similar.flagged = Some(Arc::new(left));
        app.similar.marks_from = app.similar.version;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Edit, Idea, Row, Stage, Timestamp};
    use crate::similar::Match;

    fn app_with(ideas: &[Idea]) -> App {
        let rows = ideas.iter().map(Row::of).collect();
        App::new(rows, Timestamp(0), (120, 36))
    }

    fn idea(id: u64, title: &str) -> Idea {
        let mut i = Idea::new(title.into(), Timestamp(0));
        i.id = id;
        i
    }

    #[test]
    fn asked_once_never_while_loading_and_again_only_when_a_change_could_alter_it() {
        let ideas = [idea(1, "Mobile clinic"), idea(2, "Coding club")];
        let mut app = app_with(&ideas);
        app.loading = true;
        assert_eq!(wanted(&mut app), None, "the loader has the CPU first");
        app.loading = false;
        assert!(matches!(wanted(&mut app), Some(Effect::FindSimilar(_))));
        assert_eq!(wanted(&mut app), None, "asked once");
        // A stage or a note changes nothing the index finds.
        let mut staged = ideas[0].clone();
        staged.apply(&Edit::Stage(Stage::Review), Timestamp(1));
        changed(&mut app, &[(Some(ideas[0].clone()), Some(staged.clone()))]);
        assert_eq!(wanted(&mut app), None);
        // A title, a link, an idea added: built again.
        let mut retitled = staged.clone();
        retitled.title = "Mobile clinics".into();
        let mut linked = staged.clone();
        linked.duplicate_of = Some(2);
        let mut said_not = staged.clone();
        said_not.not_duplicates.insert(2);
        for after in [retitled, linked, said_not] {
            changed(&mut app, &[(Some(staged.clone()), Some(after))]);
            assert!(wanted(&mut app).is_some());
        }
        changed(&mut app, &[(None, Some(idea(3, "New")))]);
        assert!(wanted(&mut app).is_some());
    }

    #[test]
    fn a_change_that_surely_settles_a_mark_drops_it_before_the_index_is_built() {
        let ideas: Vec<Idea> = (1..=4).map(|id| idea(id, "Mobile clinic")).collect();
        let mut app = app_with(&ideas);
        app.similar.flagged = Some(Arc::new([1, 2, 3, 4].into_iter().collect()));
        app.similar.shown = Some(Alike {
            id: 3,
            likes: vec![Match { id: 4, score: 0.9 }],
            duplicates: Vec::new(),
        });
        let mut dup = ideas[0].clone();
        dup.duplicate_of = Some(2);
        let mut not = ideas[2].clone();
        not.not_duplicates.insert(4);
        let mut retitled = ideas[1].clone();
        retitled.title = "Mobile clinics".into();
        changed(
            &mut app,
            &[
                (Some(ideas[0].clone()), Some(dup)),
                (Some(ideas[2].clone()), Some(not)),
                (Some(ideas[1].clone()), Some(retitled)),
            ],
        );
        let flags: Vec<bool> = (1..=4).map(|id| app.similar.flags(id)).collect();
        // #2 and #4 may still have near-copies: only the new index says.
        assert_eq!(flags, [false, true, false, true]);
        // Marks found before the change do not bring them back; those
        // found after it are taken.
        let all = || Arc::new([1, 2, 3, 4].into_iter().collect::<IdBits>());
        let found = |version| Found {
            version,
            flagged: all(),
            shown: None,
        };
        let now = app.similar.version;
        received(&mut app, found(now - 1));
        assert!(!app.similar.flags(1));
        received(&mut app, found(now));
        assert!(app.similar.flags(1));
    }

    #[test]
    fn the_detail_leaves_out_a_pair_settled_before_the_index_knows() {
        let mut app = app_with(&[]);
        app.similar.shown = Some(Alike {
            id: 1,
            likes: vec![
                Match { id: 2, score: 0.9 },
                Match { id: 3, score: 0.8 },
                Match { id: 4, score: 0.77 },
            ],
            duplicates: vec![4],
        });
        let mut one = idea(1, "x");
        assert_eq!(app.similar.likes_of(&one).len(), 2, "#4 is its duplicate");
        one.duplicate_of = Some(2);
        one.not_duplicates.insert(3);
        assert!(app.similar.likes_of(&one).is_empty());
        assert!(app.similar.likes_of(&idea(9, "another")).is_empty());
        assert_eq!(app.similar.duplicates_of(&one), [4]);
    }
}
