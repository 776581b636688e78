//! The reasons' table and refusals, a refused review and a broken export
//! file in Russian (issue 20, point 2); English as it was.

mod cli_support;
use cli_support::*;

#[test]
fn the_reasons_table_and_a_refused_reason_speak_russian() {
    let db = Db::new();
    let (code, out, _) = said(&db, "ru", &["reasons"]);
    assert_eq!(code, Some(0));
    let budget = out.lines().find(|l| l.starts_with("budget ")).unwrap();
    assert!(budget.contains(" отказ "), "{out}");
    let fit = out.lines().find(|l| l.starts_with("strong-fit ")).unwrap();
    assert!(fit.contains(" принятие "), "{out}");
    let (_, out, _) = said(&db, "en", &["reasons"]);
    let budget = out.lines().find(|l| l.starts_with("budget ")).unwrap();
    assert!(budget.contains(" decline "), "{out}");
    let add = [
        "reasons",
        "add",
        "9late",
        "Пришла поздно",
        "--for",
        "decline",
    ];
    let (code, _, err) = said(&db, "ru", &add);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("ключ '9late' должен быть словом в нижнем регистре"),
        "{err}"
    );
    let none = ["reasons", "add", "none", "Никакая", "--for", "decline"];
    let (code, _, err) = said(&db, "ru", &none);
    assert_eq!(code, Some(1));
    assert_eq!(
        err.trim_end(),
        "ошибка: ключ 'none' занят: reason:none находит идеи без причины"
    );
    let (_, _, err) = said(&db, "en", &none);
    assert_eq!(
        err.trim_end(),
        "error: key 'none' is taken: reason:none finds ideas without a reason"
    );
}

#[test]
fn a_refused_review_and_a_broken_export_file_are_said_in_russian() {
    let db = Db::new();
    db.run(&["add", "--title", "Колодцы"]);
    let (code, _, err) = said(
        &db,
        "ru",
        &["review", "1", "--score", "team=9", "--confidence", "2"],
    );
    assert_eq!(code, Some(1));
    assert!(
        err.contains("у критерия «команда» баллы 1-5; 9 вне диапазона"),
        "{err}"
    );
    let (_, _, err) = said(
        &db,
        "en",
        &["review", "1", "--score", "team=9", "--confidence", "2"],
    );
    assert!(
        err.contains("team is scored 1-5; 9 is out of range"),
        "{err}"
    );
    let file = db.file("broken.json", b"{\"ideas\": 5}");
    let (code, _, err) = said(&db, "ru", &["import", file.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(err.contains("ожидалось '['"), "{err}");
    let (_, _, err) = said(&db, "en", &["import", file.to_str().unwrap()]);
    assert!(err.contains("expected '['"), "{err}");
}

#[test]
fn a_reason_that_does_not_fit_the_decision_is_refused_in_russian() {
    let db = Db::new();
    add(&db, "Water for villages", &[]);
    let set = |lang: &str, stage: &str, reason: &str| {
        said(
            &db,
            lang,
            &["set", "1", "--stage", stage, "--reason", reason],
        )
    };
    let (code, _, err) = set("ru", "declined", "zzz");
    assert_eq!(code, Some(1));
    assert!(
        err.contains("неизвестная причина 'zzz' (причины для отказа: out-of-scope, budget"),
        "{err}"
    );
    let (_, _, err) = set("ru", "declined", "strong");
    assert!(
        err.contains("причина 'strong-fit' — для принятия (инкубация, пилот, масштабирование, устойчивая), а не для стадии «Отклонена»"),
        "{err}"
    );
    let (_, _, err) = set("ru", "new", "budget");
    assert!(err.contains("стадия «Новая» — не решение"), "{err}");
    let (_, _, err) = set("en", "new", "budget");
    assert!(
        err.contains("stage new is not a decision and takes no reason"),
        "{err}"
    );
    let (code, _, err) = said(
        &db,
        "ru",
        &["reasons", "add", "late", "Поздно", "--for", "maybe"],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("'maybe' — не вид решения"), "{err}");
    assert!(
        !db.run(&["show", "1"]).contains("declined"),
        "nothing was changed"
    );
}
