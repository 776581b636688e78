//! The query language in Russian (issue 20): every field and every value
//! of the vocabularies by its Russian name, beside the English ones.

use super::*;
use crate::domain::Named;

fn one(q: &str) -> Term {
    let mut t = Query::parse(q).unwrap_or_else(|e| panic!("{q}: {e}")).terms;
    assert_eq!(t.len(), 1, "{q}");
    t.remove(0)
}

/// The Russian query and the English one mean the same.
fn same(russian: &str, english: &str) {
    assert_eq!(
        Query::parse(russian).unwrap_or_else(|e| panic!("{russian}: {e}")),
        Query::parse(english).unwrap_or_else(|e| panic!("{english}: {e}")),
        "{russian} is not {english}"
    );
}

#[test]
fn every_field_has_a_russian_name_that_means_it() {
    let pairs = [
        ("сектор:обр", "sector:edu"),
        ("стадия:пилот", "stage:pilot"),
        ("этап:пилот", "stage:pilot"),
        ("организация:нко", "org:nonprofit"),
        ("тип:нко", "org:nonprofit"),
        ("барьер:фин", "barrier:funding"),
        ("барьеры:фин", "barrier:funding"),
        ("регион:казань", "region:казань"),
        ("тег:молодежь", "tag:молодежь"),
        ("теги:молодежь", "tag:молодежь"),
        ("метка:молодежь", "tag:молодежь"),
        ("ответственный:анна", "assignee:анна"),
        ("фонд:\"наше будущее\"", "funder:\"наше будущее\""),
        ("заявитель:иван", "proposer:иван"),
        ("название:такси", "title:такси"),
        ("оценка:>=4", "score:>=4"),
        ("сумма:<500k", "amount:<500k"),
        ("создана:>=2026-11-01", "created:>=2026-11-01"),
        ("дата:<30d", "created:<30d"),
        ("обновлена:>2w", "updated:>2w"),
        ("номер:42", "id:42"),
        ("это:архив", "is:archived"),
        ("похожие:877", "similar:877"),
        ("панель:анна", "panel:анна"),
        ("рецензент:анна", "reviewer:анна"),
        ("эксперт:анна", "reviewer:анна"),
        ("отзывы:<2", "reviews:<2"),
        ("рецензии:0", "reviews:0"),
        ("причина:бюджет", "reason:бюджет"),
    ];
    for (russian, english) in pairs {
        same(russian, english);
    }
    // Every English field is reached by some Russian name.
    for field in FIELDS {
        assert!(
            RUSSIAN_FIELDS.iter().any(|(_, f)| f == field),
            "{field} has no Russian name"
        );
    }
}

#[test]
fn every_vocabulary_value_has_a_russian_name() {
    fn check<T: Named + PartialEq + std::fmt::Debug>() {
        for v in T::ALL {
            let names = russian_names(*v);
            assert!(
                !names.is_empty(),
                "{} {} has no Russian name",
                T::KIND,
                v.name()
            );
            for n in names {
                assert_eq!(vocabulary_value::<T>(n).as_ref(), Ok(v), "{n}");
                // Upper case, as typed with Shift or Caps Lock.
                assert_eq!(
                    vocabulary_value::<T>(&n.to_uppercase()).as_ref(),
                    Ok(v),
                    "{n}"
                );
            }
        }
    }
    check::<Sector>();
    check::<Stage>();
    check::<OrgKind>();
    check::<Barrier>();
    same("стадия:отклонена", "stage:declined");
    same("стадия:отказ", "stage:declined");
    same("сектор:здравоохранение", "sector:health");
    same("сектор:экология", "sector:ecology");
    same("тип:\"малый бизнес\"", "org:small-business");
    same("барьер:вовлечённость", "barrier:participation");
}

#[test]
fn prefixes_case_and_lists_work_in_russian_as_in_english() {
    same("ст:пил", "stage:pilot");
    same("сек:обр", "sector:education");
    same("Стадия:Пилот", "stage:pilot");
    same("СЕКТОР:ОБРАЗОВАНИЕ", "sector:education");
    same("стадия:пил,инк", "stage:pilot,incubation");
    // Either language's names, in a field of either language.
    same("stage:пилот", "stage:pilot");
    same("стадия:pilot,инк", "stage:pilot,incubation");
    same("!стадия:отк", "!stage:declined");
    // English field names take unique prefixes too now.
    same("sec:edu", "sector:edu");
    assert_eq!(one("Этап:Масш"), Term::Stage(vec![Stage::Scaling]));
}

#[test]
fn an_ambiguous_or_unknown_russian_name_lists_the_candidates() {
    let e = Query::parse("р:казань").unwrap_err();
    assert_eq!(e.term, "р:казань");
    assert_eq!(
        e.problem,
        "ambiguous field 'р' (it could be: регион, рецензент, рецензии)"
    );
    let e = Query::parse("стадя:пилот").unwrap_err();
    assert!(
        e.problem
            .starts_with("unknown field 'стадя' (fields: сектор, стадия, этап,"),
        "{}",
        e.problem
    );
    let e = Query::parse("сектор:з").unwrap_err();
    assert_eq!(
        e.problem,
        "ambiguous sector 'з' (it could be: здравоохранение, занятость)"
    );
    let e = Query::parse("стадия:спящая").unwrap_err();
    assert_eq!(
        e.problem,
        "unknown stage 'спящая' (valid: новая, рассмотрение, инкубация, пилот, \
         масштабирование, устойчивая, отклонена)"
    );
    let e = Query::parse("это:спит").unwrap_err();
    assert_eq!(
        e.problem,
        "unknown state 'спит' (valid: архивная, спорная, дубликат, отмеченная, застрявшая)"
    );
    // English errors read as they did.
    let e = Query::parse("sector:e").unwrap_err();
    assert_eq!(
        e.problem,
        "ambiguous sector 'e' (it could be: education, employment, ecology)"
    );
    assert!(
        Query::parse("colour:red")
            .unwrap_err()
            .problem
            .starts_with("unknown field 'colour' (fields: sector, stage, org")
    );
}

#[test]
fn states_me_none_and_ages_in_russian() {
    same("это:спорная", "is:contested");
    same("это:дубль", "is:duplicate");
    same("это:отмеч", "is:marked");
    same("это:застр", "is:stale");
    same("is:спорная", "is:contested");
    same("ответственный:я", "assignee:me");
    same("рецензент:я", "reviewer:me");
    same("панель:я,анна", "panel:me,анна");
    same("панель:нет", "panel:none");
    same("ответственный:нет", "assignee:none");
    same("регион:нет", "region:none");
    same("причина:нет", "reason:none");
    same("создана:<30д", "created:<30d");
    same("создана:<30дн", "created:<30d");
    same("обновлена:>2н", "updated:>2w");
    same("обновлена:>2нед", "updated:>2w");
    assert!(Query::parse("ответственный:нет,анна").is_err());
}

#[test]
fn cyrillic_words_around_a_colon_are_fields_but_other_scripts_stay_text() {
    // A colon after a word of another script is text, as before.
    assert_eq!(one("東京:駅"), Term::Fuzzy("東京:駅".into()));
    assert_eq!(one("10:30"), Term::Fuzzy("10:30".into()));
    assert!(Query::parse("вода:чистая").is_err(), "a mistyped field");
    // A glued Russian term gets the hint the English one gets.
    let hint = crate::query::glued_term("регион:казаньоценка:>=4").unwrap();
    assert!(hint.contains("before оценка:"), "{hint}");
}
