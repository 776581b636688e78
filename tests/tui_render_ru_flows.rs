//! Triage, statistics, a change to many ideas, the idea form and the
//! review pane drawn in Russian (issue 20, points 2 and 6), at the sizes
//! people use them: every word of them Russian, counts in Russian plural
//! forms, and no word a reader needs cut or pushed off.

mod common;
use common::*;
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use sprout::domain::review::{Given, review};
use sprout::domain::{Edit, FixedClock, Idea, Timestamp};
use sprout::i18n::Lang;
use sprout::store::Store;
use sprout::tui::app::App;
use sprout::tui::msg::{FormMsg, Msg, ScreenMsg};

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| sprout::tui::view::render(app, f)).unwrap();
    t.backend().to_string()
}

fn key(app: &mut App, store: &Store, c: char) {
    press(app, store, KeyCode::Char(c), KeyModifiers::NONE);
}

/// English words of these screens' chrome before they spoke Russian;
/// none may be left on a Russian screen. Only the rows between the query
/// bar and the status line are read: those two, and the list, detail and
/// sidebar behind a popup, are the main screen's (translated apart).
const ENGLISH: &[&str] = &[
    "Triage",
    "sector ",
    "stage ",
    "skip",
    "leave",
    "Statistics",
    "Ideas by",
    "Pipeline",
    "Waiting",
    "median",
    "Barriers",
    "Top regions",
    "received",
    "Review #",
    "confidence",
    "comment",
    "[ Save ]",
    "change to many",
    "undoes",
    "Edit #",
    "Proposer",
];

fn no_english(s: &str) {
    let rows: Vec<&str> = s.lines().collect();
    let body = rows[1..rows.len() - 1].join("\n");
    for word in ENGLISH {
        assert!(
            !body.contains(word),
            "'{word}' is English on a Russian screen:\n{s}"
        );
    }
}

/// The words of the form and the review pane before they spoke Russian,
/// read only there: the main screen behind them is translated apart.
const POPUP_ENGLISH: &[&str] = &[
    "Edit #",
    "New idea",
    "Proposer",
    "Review #",
    "confidence",
    "comment",
    "[ Save ]",
    "total",
    "unsure",
    "not on its scale",
    "accepts",
];

fn no_english_in_popup(s: &str) {
    for word in POPUP_ENGLISH {
        assert!(
            !s.contains(word),
            "'{word}' is English on a Russian screen:\n{s}"
        );
    }
}

#[test]
fn triage_in_russian_at_three_sizes() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    for (w, h) in [(120, 36), (80, 24), (50, 16)] {
        let (_d, store) = store_with(ideas());
        let mut a = app(&store, (w, h));
        key(&mut a, &store, 't');
        let s = screen(&a);
        no_english(&s);
        assert!(s.contains("Разбор · 1 из 3 новых"), "{s}");
        // Every key's word whole, however narrow: the legend wraps
        // between keys, never inside a word.
        for word in [
            "здравоохр.",
            "без сектора",
            "рассмотрение",
            "инкубация",
            "масштабирование",
            "устойчивая",
            "отклонена",
            "пропуск",
            "выход",
        ] {
            assert!(s.contains(word), "'{word}' is not whole at {w}x{h}:\n{s}");
        }
        insta::assert_snapshot!(format!("triage_ru_{w}x{h}"), s);
    }
}

#[test]
fn the_end_of_triage_counts_in_russian_plural_forms() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    let (_d, store) = store_with(ideas());
    let mut a = app(&store, (120, 36));
    key(&mut a, &store, 't');
    // The first of three decided (employment, review), the others skipped.
    key(&mut a, &store, '4');
    key(&mut a, &store, 'r');
    key(&mut a, &store, ' ');
    key(&mut a, &store, ' ');
    let s = screen(&a);
    assert!(s.contains("Разбор · конец очереди"), "{s}");
    assert!(s.contains("За сеанс разобрано 1 из 3 новых идей."), "{s}");
    assert!(s.contains("По секторам: Занятость 1"), "{s}");
    assert!(s.contains("По стадиям:  рассмотрение 1"), "{s}");
    assert!(s.contains("Пропущено: 2, остаются новыми."), "{s}");
    no_english(&s);
}

#[test]
fn statistics_in_russian_at_two_sizes() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    for (w, h) in [(120, 36), (80, 24)] {
        let (_d, store) = store_with(ideas());
        let mut a = app(&store, (w, h));
        sprout::tui::dispatch(
            &mut a,
            &store,
            Msg::Screen(ScreenMsg::ToggleStats),
            &mut no_editor,
        );
        let s = screen(&a);
        no_english(&s);
        assert!(s.contains("Статистика · 6 идей"), "{s}");
        assert!(s.contains("Идеи по секторам"), "{s}");
        // Whole stage words in the funnel, though Russian's are longer
        // than the column English needs.
        assert!(s.contains("масштабирование"), "{s}");
        insta::assert_snapshot!(format!("stats_ru_{w}x{h}"), s);
    }
}

/// Sixty new ideas: more than a change asks about first.
fn many() -> Vec<Idea> {
    (0..60)
        .map(|n| Idea::new(format!("Идея номер {n}"), NOW))
        .collect()
}

#[test]
fn a_change_to_many_ideas_asks_in_russian() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    for (w, h) in [(120, 36), (80, 24)] {
        let (_d, store) = store_with(many());
        let mut a = app(&store, (w, h));
        key(&mut a, &store, 'V');
        key(&mut a, &store, 'S');
        key(&mut a, &store, 'p');
        let s = screen(&a);
        assert!(s.contains("Сменить стадию у 60 идей на «пилот»?"), "{s}");
        assert!(s.contains("Изменение многих идей"), "{s}");
        assert!(s.contains("потом отменит это одним шагом."), "{s}");
        insta::assert_snapshot!(format!("confirm_ru_{w}x{h}"), s);
        key(&mut a, &store, 'y');
        assert_eq!(
            a.message.as_deref(),
            Some("стадия → пилот для 60 идей · u отменит")
        );
    }
}

#[test]
fn the_idea_form_in_russian_at_two_sizes() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    for (w, h) in [(120, 36), (80, 24)] {
        let (_d, store) = store_with(ideas());
        let mut a = app(&store, (w, h));
        sprout::tui::dispatch(&mut a, &store, Msg::Form(FormMsg::EditIdea), &mut no_editor);
        let s = screen(&a);
        no_english_in_popup(&s);
        // A choice of several words stays on one line: the list wraps
        // between choices.
        assert!(s.contains("без\u{a0}сектора"), "{s}");
        for label in ["Название", "Описание", "Организация", "Сектор", "Стадия"]
        {
            assert!(s.contains(label), "{label} missing at {w}x{h}:\n{s}");
        }
        insta::assert_snapshot!(format!("form_ru_{w}x{h}"), s);
    }
}

fn review_of(store: &Store, id: u64, by: &str, scores: [u8; 5], confidence: u8) {
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
        comment: Some("Сильная команда, скромный бюджет.".into()),
    };
    let rubric = store.rubric().unwrap();
    let made = review(&rubric, by, &given, None, Timestamp(NOW.0 - 3600)).unwrap();
    sprout::ideas::edit(store, &[id], &[Edit::Review(made)], &FixedClock(NOW)).unwrap();
}

#[test]
fn the_review_pane_in_russian_at_two_sizes() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    sprout::store::actor::set_configured_user(Some("olga"));
    for (w, h) in [(120, 36), (80, 24)] {
        let mut idea = Idea::new(
            "Социальное такси для людей на колясках".into(),
            Timestamp(NOW.0 - 86_400),
        );
        idea.summary = "Две машины и диспетчер.".into();
        let (_d, store) = store_with(vec![idea]);
        let id = store.rows().unwrap()[0].id;
        review_of(&store, id, "anna", [4, 5, 3, 2, 4], 2);
        let mut a = app(&store, (w, h));
        key(&mut a, &store, 'R');
        key(&mut a, &store, '4');
        // A digit off the scale: refused, and the pane says why.
        key(&mut a, &store, '7');
        let s = screen(&a);
        no_english_in_popup(&s);
        assert!(s.contains("уверенность"), "{s}");
        assert!(s.contains("[ Сохранить ]"), "{s}");
        assert!(s.contains("итог: оцените каждый критерий"), "{s}");
        insta::assert_snapshot!(format!("review_pane_ru_{w}x{h}"), s);
    }
}

#[test]
fn at_50x16_the_confidence_step_says_its_words_whole() {
    let _ru = sprout::i18n::speak_on_this_thread(Lang::Ru);
    sprout::store::actor::set_configured_user(Some("olga"));
    let (_d, store) = store_with(vec![Idea::new("Социальное такси".into(), NOW)]);
    let mut a = app(&store, (50, 16));
    key(&mut a, &store, 'R');
    for _ in 0..5 {
        key(&mut a, &store, '4');
    }
    // Its row cuts the words at this width; the line below the pane,
    // which says what the step takes, has them whole.
    let s = screen(&a);
    let last_row = s.lines().nth(14).unwrap_or_default();
    assert!(
        last_row.contains("│1 не уверен · 2 почти уверен · 3 уверен "),
        "{s}"
    );
    // The comment's placeholder fits the box whole.
    assert!(s.contains("почему, в паре фраз (необязательно)"), "{s}");
}
