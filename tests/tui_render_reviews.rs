//! The panel's reviews as drawn (issue 18): the `panel` field and the
//! detail's Reviews section (each reviewer's total, confidence, scores and
//! comment; the combined score, its spread, contested), and the review
//! pane, at 120x36, 80x24 and 50x16.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::domain::review::{Given, review};
use sprout::domain::{Edit, FixedClock, Idea, Timestamp};
use sprout::store::Store;
use sprout::tui::app::App;

const SIZES: [(u16, u16); 3] = [(120, 36), (80, 24), (50, 16)];

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

fn review_of(store: &Store, id: u64, by: &str, scores: [u8; 5], confidence: u8, comment: &str) {
    let names = [
        "relevance",
        "impact",
        "feasibility",
        "sustainability",
        "team",
    ];
    let given = Given {
        scores: names
            .iter()
            .zip(scores)
            .map(|(n, s)| (n.to_string(), s))
            .collect(),
        confidence: Some(confidence),
        comment: Some(comment.into()),
    };
    let rubric = store.rubric().unwrap();
    let made = review(&rubric, by, &given, None, Timestamp(NOW.0 - 3600)).unwrap();
    sprout::ideas::edit(store, &[id], &[Edit::Review(made)], &FixedClock(NOW)).unwrap();
}

/// One idea, short, reviewed by two who disagree.
fn reviewed() -> (tempfile::TempDir, Store, u64) {
    // Who reviews, whoever runs the tests: the pane's title names them.
    sprout::store::actor::set_configured_user(Some("olga"));
    let mut idea = Idea::new(
        "Social taxi for wheelchair users".into(),
        Timestamp(NOW.0 - 86_400),
    );
    idea.proposer = "Open Doors".into();
    idea.summary = "Two adapted cars and a dispatcher.".into();
    let (d, store) = store_with(vec![idea]);
    let id = store.rows().unwrap()[0].id;
    review_of(
        &store,
        id,
        "anna",
        [4, 5, 3, 2, 4],
        2,
        "Strong team, thin budget.\nAsk for the partnership letter.",
    );
    review_of(
        &store,
        id,
        "boris",
        [2, 1, 2, 1, 2],
        3,
        "Duplicates the city's own service.",
    );
    (d, store, id)
}

#[test]
fn the_detail_shows_each_review_and_the_combined_score_at_three_sizes() {
    for (w, h) in SIZES {
        let (_d, store, _id) = reviewed();
        let mut a = app(&store, (w, h));
        if w >= 100 {
            // The side pane: the `panel` field among the others.
            insta::assert_snapshot!(format!("reviews_side_{w}x{h}"), screen(&a));
        }
        press(&mut a, &store, KeyCode::Enter, KeyModifiers::NONE);
        // Scrolled to the Reviews section: it reads on its own.
        let mut s = screen(&a);
        for _ in 0..40 {
            let first_body_line = s.lines().nth(2).unwrap_or_default();
            if first_body_line.contains("Reviews (2)") {
                break;
            }
            key(&mut a, &store, 'j');
            s = screen(&a);
        }
        assert!(s.contains("── Reviews (2)"), "{s}");
        insta::assert_snapshot!(format!("reviews_detail_{w}x{h}"), s);
    }
}

#[test]
fn the_review_pane_at_three_sizes() {
    for (w, h) in SIZES {
        let (_d, store, _id) = reviewed();
        let mut a = app(&store, (w, h));
        key(&mut a, &store, 'R');
        key(&mut a, &store, '4');
        key(&mut a, &store, '5');
        // A digit off the scale: refused, and the pane says why.
        key(&mut a, &store, '7');
        insta::assert_snapshot!(format!("review_pane_{w}x{h}"), screen(&a));
    }
}

#[test]
fn under_blind_review_the_detail_shows_the_reviews_once_you_have_made_yours() {
    let (_d, store, id) = reviewed();
    let mut w = store.begin().unwrap();
    w.save_panel_settings(sprout::domain::panel::PanelSettings {
        blind: true,
        ..Default::default()
    });
    store.commit(w).unwrap();
    // olga runs the UI and has not reviewed #1: anna's and boris's are hidden.
    let a = app(&store, (120, 36));
    let s = screen(&a);
    assert!(!s.contains("2 reviews") && !s.contains("anna"), "{s}");
    assert!(
        !s.contains("relevance 4"),
        "the history shows no score: {s}"
    );
    review_of(&store, id, "olga", [3, 3, 3, 3, 3], 2, "Fair.");
    let a = app(&store, (120, 36));
    let s = screen(&a);
    assert!(s.contains("3 reviews"), "{s}");
}

#[test]
fn with_normalising_on_the_detail_s_combined_score_is_the_list_s() {
    let (_d, store, id) = reviewed();
    // A second idea, so each reviewer's scale says something: anna is
    // generous on both, boris harsh on both.
    let mut other = Idea::new("Second idea".into(), Timestamp(NOW.0 - 86_400));
    other.proposer = "Someone".into();
    let mut w = store.begin().unwrap();
    other.id = w.allocate();
    let other_id = other.id;
    w.put(other, None);
    w.save_panel_settings(sprout::domain::panel::PanelSettings {
        normalise: true,
        ..Default::default()
    });
    store.commit(w).unwrap();
    review_of(&store, other_id, "anna", [5, 5, 5, 5, 5], 2, "");
    review_of(&store, other_id, "boris", [3, 3, 3, 3, 3], 2, "");
    let mut a = app(&store, (200, 60));
    while a.selected_row().unwrap().id != id {
        key(&mut a, &store, 'j');
    }
    let row = a.selected_row().unwrap();
    let listed = f64::from(row.reviews.combined().expect("scored")) / 1000.0;
    let raw = {
        let idea = store.idea(id).unwrap().unwrap();
        let rubric = store.rubric().unwrap();
        let t: Vec<f64> = idea
            .reviews
            .iter()
            .map(|r| r.total(&rubric).unwrap())
            .collect();
        t.iter().sum::<f64>() / t.len() as f64
    };
    assert!(
        (listed - raw).abs() > 0.01,
        "normalising moves it: {listed} vs {raw}"
    );
    press(&mut a, &store, KeyCode::Enter, KeyModifiers::NONE);
    let s = screen(&a);
    let line = s
        .lines()
        .find(|l| l.contains("combined "))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(
        line.contains(&format!(
            "combined {listed:.2} of 5 · mean of 2 reviews, normalised per reviewer"
        )),
        "{line}"
    );
}

/// The same in Russian: the criteria by their Russian names, the words of
/// the section Russian, nothing cut that a reader needs.
#[test]
fn the_detail_shows_each_review_in_russian_at_three_sizes() {
    let _ru = sprout::i18n::speak_on_this_thread(sprout::i18n::Lang::Ru);
    for (w, h) in SIZES {
        let (_d, store, _id) = reviewed();
        let mut a = app(&store, (w, h));
        press(&mut a, &store, KeyCode::Enter, KeyModifiers::NONE);
        let mut s = screen(&a);
        for _ in 0..40 {
            if s.lines().nth(2).unwrap_or_default().contains("Отзывы (2)") {
                break;
            }
            key(&mut a, &store, 'j');
            s = screen(&a);
        }
        assert!(s.contains("── Отзывы (2)"), "{s}");
        assert!(s.contains("актуальность 4"), "{w}x{h}:\n{s}");
        for english in [
            "relevance",
            "impact",
            "feasibility",
            "Reviews",
            "confidence",
        ] {
            assert!(!s.contains(english), "{w}x{h}: '{english}':\n{s}");
        }
        insta::assert_snapshot!(format!("reviews_detail_ru_{w}x{h}"), s);
    }
}
