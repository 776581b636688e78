//! The review pane (issue 18, point 2), through the real keys: `R` opens
//! it on the selected idea, a digit scores the criterion and moves on,
//! then the confidence and the comment, and a confirm saves the same
//! review `sprout review` would, with history and undo. Every change is
//! checked in the store.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use sprout::domain::review::{Given, review};
use sprout::domain::{Criterion, Edit, FixedClock, Idea, Rubric, Stage};
use sprout::keys::Context;
use sprout::store::Store;
use sprout::tui::app::App;
use sprout::tui::review_pane::{ReviewPane, Step};

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

fn code(app: &mut App, store: &Store, code: KeyCode) {
    press(app, store, code, KeyModifiers::NONE);
}

fn ctrl_s(app: &mut App, store: &Store) {
    press(app, store, KeyCode::Char('s'), KeyModifiers::CONTROL);
}

fn pane(app: &App) -> &ReviewPane {
    app.overlays.review().expect("the review pane is open")
}

fn stored(store: &Store, id: u64) -> Idea {
    store.idea(id).unwrap().unwrap()
}

fn hint(app: &App) -> String {
    pane(app).hint.clone().unwrap_or_default()
}

/// `by`'s review of `id` by the database's rubric, stored as `sprout
/// review` stores it.
fn reviewed_by(store: &Store, id: u64, by: &str, scores: &[(&str, u8)], confidence: u8) {
    let rubric = store.rubric().unwrap();
    let given = Given {
        scores: scores.iter().map(|(n, s)| (n.to_string(), *s)).collect(),
        confidence: Some(confidence),
        comment: Some(format!("{by}'s comment")),
    };
    let idea = stored(store, id);
    let made = review(&rubric, by, &given, idea.review_by(by), NOW).unwrap();
    sprout::ideas::edit(store, &[id], &[Edit::Review(made)], &FixedClock(NOW)).unwrap();
}

const SCORES: [(&str, u8); 5] = [
    ("relevance", 4),
    ("impact", 5),
    ("feasibility", 3),
    ("sustainability", 2),
    ("team", 4),
];

on_both_engines!(five_digits_a_confidence_and_a_confirm_save_the_review_and_u_undoes_it);
fn five_digits_a_confidence_and_a_confirm_save_the_review_and_u_undoes_it(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    let me = store.actor();
    let mut keystrokes = 0;
    key(&mut app, &store, 'R');
    keystrokes += 1;
    assert_eq!(pane(&app).reviewer, me, "the reviewer is the store's actor");
    assert_eq!(pane(&app).step(), Step::Criterion(0));
    for (k, digit) in "45324".chars().enumerate() {
        key(&mut app, &store, digit);
        keystrokes += 1;
        let next = if k < 4 {
            Step::Criterion(k + 1)
        } else {
            Step::Confidence
        };
        assert_eq!(pane(&app).step(), next, "a digit moves on");
    }
    key(&mut app, &store, '2');
    keystrokes += 1;
    assert_eq!(pane(&app).step(), Step::Comment);
    assert_eq!(pane(&app).context(), Context::ReviewComment);
    // The comment takes digits and Enter as text, as the note editor does.
    let comment = "Strong team, 2 sites\nthin budget";
    for c in comment.chars() {
        if c == '\n' {
            code(&mut app, &store, KeyCode::Enter);
        } else {
            key(&mut app, &store, c);
        }
    }
    assert_eq!(pane(&app).comment_text(), comment);
    assert!(stored(&store, id).reviews.is_empty(), "nothing saved yet");
    ctrl_s(&mut app, &store);
    keystrokes += 1;
    assert!(app.overlays.review().is_none(), "saving closes the pane");
    assert_eq!(keystrokes, 8, "R, five digits, a confidence, Ctrl-s");
    let given = Given {
        scores: SCORES.iter().map(|(n, s)| (n.to_string(), *s)).collect(),
        confidence: Some(2),
        comment: Some(comment.into()),
    };
    let expected = review(&Rubric::default_rubric(), &me, &given, None, NOW).unwrap();
    let idea = stored(&store, id);
    assert_eq!(idea.reviews, vec![expected], "as `sprout review` makes it");
    let last = idea.history.last().unwrap();
    assert_eq!(last.field, "review");
    assert_eq!(last.by, me, "signed by the actor");
    let message = app.message.clone().unwrap();
    assert!(
        message.contains(&format!(
            "review of #{id} added: total 3.60 of 5 · u undoes"
        )),
        "{message}"
    );
    // The detail shows the review at once.
    assert_eq!(app.detail.idea.as_ref().unwrap().reviews.len(), 1);
    key(&mut app, &store, 'u');
    let idea = stored(&store, id);
    assert!(idea.reviews.is_empty(), "u undoes the review");
    assert!(idea.history.iter().all(|c| c.field != "review"));
    assert!(app.message.as_deref().unwrap().starts_with("undone: "));
}

on_both_engines!(a_score_off_the_scale_is_refused_with_a_hint_and_nothing_moves);
fn a_score_off_the_scale_is_refused_with_a_hint_and_nothing_moves(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    key(&mut app, &store, 'R');
    for refused in ['7', '0', '9'] {
        key(&mut app, &store, refused);
        assert_eq!(pane(&app).step(), Step::Criterion(0), "{refused}");
        assert_eq!(pane(&app).scores[0], None, "{refused} is not saved");
        assert_eq!(
            hint(&app),
            format!("relevance is scored 1-5: {refused} is not on its scale")
        );
    }
    key(&mut app, &store, 'x');
    assert_eq!(hint(&app), "a digit scores relevance: 1-5");
    key(&mut app, &store, '4');
    assert_eq!(pane(&app).hint, None, "a good digit clears the hint");
    key(&mut app, &store, '5');
    // Saving early goes to the first criterion left and names those left.
    ctrl_s(&mut app, &store);
    assert_eq!(pane(&app).step(), Step::Criterion(2));
    assert_eq!(
        hint(&app),
        "not scored yet: feasibility, sustainability, team; a digit scores it"
    );
    for d in "324".chars() {
        key(&mut app, &store, d);
    }
    key(&mut app, &store, '4');
    assert!(hint(&app).starts_with("4 is not a confidence: 1 unsure"));
    assert_eq!(pane(&app).step(), Step::Confidence);
    // Enter on a step goes on; with no confidence Save says it is needed.
    code(&mut app, &store, KeyCode::Enter);
    code(&mut app, &store, KeyCode::Tab);
    assert_eq!(pane(&app).step(), Step::Save);
    code(&mut app, &store, KeyCode::Enter);
    assert_eq!(pane(&app).step(), Step::Confidence);
    assert!(hint(&app).starts_with("a review needs a confidence"));
    assert!(stored(&store, id).reviews.is_empty(), "nothing saved");
    key(&mut app, &store, '3');
    code(&mut app, &store, KeyCode::Tab);
    code(&mut app, &store, KeyCode::Enter);
    let idea = stored(&store, id);
    assert_eq!(idea.reviews.len(), 1, "Enter on Save saves");
    assert_eq!(idea.reviews[0].score("relevance"), Some(4));
    assert_eq!(idea.reviews[0].confidence, 3);
}

on_both_engines!(the_pane_starts_from_your_own_review_and_changes_it_with_history);
fn the_pane_starts_from_your_own_review_and_changes_it_with_history(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    let me = store.actor();
    reviewed_by(&store, id, &me, &SCORES, 2);
    reviewed_by(&store, id, "olga", &SCORES, 1);
    key(&mut app, &store, 'R');
    let p = pane(&app);
    let expected: Vec<Option<u8>> = SCORES.iter().map(|(_, s)| Some(*s)).collect();
    assert_eq!(p.scores, expected, "your scores, not olga's");
    assert_eq!(p.confidence, Some(2));
    assert_eq!(p.comment_text(), format!("{me}'s comment"));
    // Arrows go to a criterion; a digit there changes only it.
    for _ in 0..4 {
        code(&mut app, &store, KeyCode::Down);
    }
    code(&mut app, &store, KeyCode::Up);
    assert_eq!(pane(&app).step(), Step::Criterion(3));
    key(&mut app, &store, '1');
    assert_eq!(pane(&app).step(), Step::Criterion(4));
    let history = stored(&store, id).history.len();
    ctrl_s(&mut app, &store);
    let idea = stored(&store, id);
    let mine = idea.review_by(&me).unwrap();
    assert_eq!(mine.score("sustainability"), Some(1));
    assert_eq!(mine.score("impact"), Some(5), "the rest is kept");
    assert_eq!(mine.comment, format!("{me}'s comment"));
    assert_eq!(
        idea.review_by("olga").unwrap().score("sustainability"),
        Some(2)
    );
    assert_eq!(idea.history.len(), history + 1);
    let change = idea.history.last().unwrap();
    assert!(change.from.contains("sustainability 2"), "{}", change.from);
    assert!(change.to.contains("sustainability 1"), "{}", change.to);
    assert!(app.message.as_deref().unwrap().contains("changed"));
    // Saving it again as it is changes nothing.
    key(&mut app, &store, 'R');
    ctrl_s(&mut app, &store);
    assert!(app.overlays.review().is_none());
    assert_eq!(
        app.message.as_deref(),
        Some(format!("no change: your review of #{id} is as it was").as_str())
    );
    assert_eq!(stored(&store, id).history.len(), history + 1);
}

on_both_engines!(esc_asks_before_dropping_typed_scores);
fn esc_asks_before_dropping_typed_scores(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    // Nothing typed: Esc closes at once.
    key(&mut app, &store, 'R');
    code(&mut app, &store, KeyCode::Esc);
    assert!(app.overlays.review().is_none());
    key(&mut app, &store, 'R');
    key(&mut app, &store, '4');
    code(&mut app, &store, KeyCode::Esc);
    assert!(pane(&app).confirm_drop, "asks first");
    assert_eq!(sprout::tui::contexts(&app), vec![Context::Dialog]);
    key(&mut app, &store, 'n');
    assert!(!pane(&app).confirm_drop);
    assert_eq!(pane(&app).scores[0], Some(4), "n keeps what was typed");
    code(&mut app, &store, KeyCode::Esc);
    key(&mut app, &store, 'y');
    assert!(app.overlays.review().is_none());
    assert_eq!(
        app.message.as_deref(),
        Some("review dropped; nothing saved")
    );
    assert!(stored(&store, id).reviews.is_empty());
}

on_both_engines!(a_review_saved_by_another_meanwhile_is_kept_beside_yours);
fn a_review_saved_by_another_meanwhile_is_kept_beside_yours(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    key(&mut app, &store, 'R');
    for d in "453242".chars() {
        key(&mut app, &store, d);
    }
    // Meanwhile olga reviews it and someone moves it on.
    reviewed_by(&store, id, "olga", &SCORES, 1);
    sprout::ideas::edit(
        &store,
        &[id],
        &[Edit::Stage(Stage::Pilot)],
        &FixedClock(NOW),
    )
    .unwrap();
    ctrl_s(&mut app, &store);
    let idea = stored(&store, id);
    let by: Vec<&str> = idea.reviews.iter().map(|r| r.by.as_str()).collect();
    assert_eq!(by, ["olga", store.actor().as_str()], "both kept");
    assert_eq!(idea.stage, Stage::Pilot, "their change kept");
    // Undo takes back only the review this UI made.
    key(&mut app, &store, 'u');
    let idea = stored(&store, id);
    let by: Vec<&str> = idea.reviews.iter().map(|r| r.by.as_str()).collect();
    assert_eq!(by, ["olga"], "{:?}", app.message);
    assert_eq!(idea.stage, Stage::Pilot);
}

/// A rubric of a 0-10 criterion and a 1-5 one, stored as version 2.
fn two_scales(store: &Store) -> Rubric {
    let c = |name: &str, min, max| Criterion {
        name: name.into(),
        description: format!("{name}, scored {min}-{max}"),
        weight: 1,
        min,
        max,
    };
    let rubric = Rubric::new(vec![c("reach", 0, 10), c("team", 1, 5)])
        .unwrap()
        .succeeding(&Rubric::default_rubric(), NOW, "anna");
    let mut w = store.begin().unwrap();
    w.save_rubric(rubric.clone());
    store.commit(w).unwrap();
    rubric
}

on_both_engines!(a_scale_past_nine_takes_its_digits);
fn a_scale_past_nine_takes_its_digits(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let rubric = two_scales(&store);
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    key(&mut app, &store, 'R');
    assert_eq!(pane(&app).rubric, rubric, "the database's current rubric");
    key(&mut app, &store, '1');
    assert_eq!(
        pane(&app).step(),
        Step::Criterion(0),
        "1 may be the start of 10"
    );
    assert_eq!(pane(&app).typed, "1");
    key(&mut app, &store, '0');
    assert_eq!(pane(&app).scores[0], Some(10));
    assert_eq!(pane(&app).step(), Step::Criterion(1));
    code(&mut app, &store, KeyCode::Up);
    key(&mut app, &store, '7');
    assert_eq!(pane(&app).scores[0], Some(7), "no score of 70: 7 at once");
    code(&mut app, &store, KeyCode::Up);
    key(&mut app, &store, '1');
    key(&mut app, &store, '1');
    assert!(hint(&app).contains("reach is scored 0-10: 11 is not on its scale"));
    assert_eq!(pane(&app).typed, "1", "the 1 typed before stays");
    code(&mut app, &store, KeyCode::Enter);
    assert_eq!(
        pane(&app).scores[0],
        Some(1),
        "Enter keeps the digits typed"
    );
    key(&mut app, &store, '6');
    assert!(hint(&app).contains("team is scored 1-5: 6"));
    key(&mut app, &store, '5');
    key(&mut app, &store, '1');
    ctrl_s(&mut app, &store);
    let mine = stored(&store, id).reviews[0].clone();
    assert_eq!(mine.rubric, 2);
    assert_eq!(mine.scores, vec![("reach".into(), 1), ("team".into(), 5)]);
    // The detail reads its total by version 2: (0.1 + 1.0) / 2 → 3.20.
    let screen = screen_text(&mut app, &store);
    assert!(screen.contains("total 3.20"), "{screen}");
}

fn screen_text(app: &mut App, store: &Store) -> String {
    // The full-screen detail, scrolled to its end (where the reviews are).
    code(app, store, KeyCode::Enter);
    code(app, store, KeyCode::End);
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

on_both_engines!(a_review_made_with_an_older_rubric_is_scored_again);
fn a_review_made_with_an_older_rubric_is_scored_again(engine: Engine) {
    let (_d, store) = store_on(engine, ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    let me = store.actor();
    reviewed_by(&store, id, &me, &SCORES, 2);
    two_scales(&store);
    key(&mut app, &store, 'R');
    let p = pane(&app);
    assert_eq!(p.scores, vec![None, None], "the new criteria, unscored");
    assert_eq!(p.confidence, None);
    assert_eq!(
        p.comment_text(),
        format!("{me}'s comment"),
        "the comment kept"
    );
    assert!(
        hint(&app)
            .starts_with("your review was made with rubric version 1; the rubric is now version 2"),
        "{}",
        hint(&app)
    );
}

#[test]
fn r_opens_the_pane_from_the_full_screen_detail_and_in_triage() {
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (80, 24));
    code(&mut app, &store, KeyCode::Enter);
    assert!(app.screen.is_full_detail());
    let id = app.selected_id().unwrap();
    key(&mut app, &store, 'R');
    assert_eq!(pane(&app).id, id);
    code(&mut app, &store, KeyCode::Esc);
    code(&mut app, &store, KeyCode::Esc);
    key(&mut app, &store, 't');
    let triaged = app.shown_id().unwrap();
    key(&mut app, &store, 'R');
    assert_eq!(pane(&app).id, triaged, "the idea being triaged");
}

#[test]
fn help_lists_the_review_keys_from_the_key_table() {
    let (_d, store) = store_with(ideas());
    let app = app(&store, (120, 36));
    let text: Vec<String> = sprout::tui::view::help_lines(&app.keymap, 98)
        .iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    let text = text.join("\n");
    assert!(
        text.contains("R                   review the idea: a digit per criterion"),
        "{text}"
    );
    assert!(
        text.contains("Review pane (scores and confidence)"),
        "{text}"
    );
    assert!(text.contains("0 1 2 3 4 5 6 7 8 9"), "{text}");
    assert!(text.contains("Review pane (the comment)"), "{text}");
    assert!(text.contains("Ctrl-s"), "{text}");
}

#[test]
fn a_refused_save_gives_the_review_back_as_typed() {
    use sprout::tui::msg::{Effect, Msg, Reply};
    let (_d, store) = store_with(ideas());
    let mut app = app(&store, (120, 36));
    let id = app.selected_id().unwrap();
    key(&mut app, &store, 'R');
    for c in "453242why".chars() {
        key(&mut app, &store, c);
    }
    // Ctrl-s through update alone: what it asks the store for is held back.
    let event = crossterm::event::Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('s'),
        KeyModifiers::CONTROL,
    ));
    let msg = sprout::tui::message_for(&app, event).unwrap();
    let effects = sprout::tui::update::update(&mut app, msg);
    assert!(
        matches!(effects.as_slice(), [Effect::Edit { ids, edits, .. }]
            if *ids == [id] && matches!(edits.as_slice(), [Edit::Review(_)])),
        "{effects:?}"
    );
    assert!(app.overlays.review().is_none());
    // The store refuses it, as on a full disk.
    let refused = Reply::Refused {
        message: "disk full: free some space, then do it again".into(),
        stored: vec![(id, store.idea(id).unwrap())],
        step: None,
    };
    send(&mut app, &store, [Msg::Reply(refused)]);
    let p = pane(&app);
    assert_eq!(p.scores, [4, 5, 3, 2, 4].map(Some).to_vec(), "as typed");
    assert_eq!(
        (p.confidence, p.comment_text()),
        (Some(2), "why".to_string())
    );
    assert!(
        hint(&app).starts_with("not saved: disk full"),
        "{}",
        hint(&app)
    );
    // Once there is room, the same key saves it.
    ctrl_s(&mut app, &store);
    assert_eq!(stored(&store, id).reviews.len(), 1);
    assert!(app.review_saving.is_none());
}
