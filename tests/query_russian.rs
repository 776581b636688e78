//! The query language in Russian (issue 20): Russian names of fields and
//! values find what the English ones find, on both engines and whatever
//! language the interface speaks; and the query's Russian value names do
//! not drift from the Russian labels people read.

mod cli_support;
use cli_support::*;
use sprout::domain::{Barrier, Named, OrgKind, Sector, Stage};
use sprout::i18n::{Lang, Texts};
use sprout::query::vocabulary_value;

/// Every Russian label's first word, lower case, is a name the query reads
/// for that value: what an officer sees in the sidebar, they can type.
#[test]
fn the_first_word_of_every_russian_label_is_read_by_the_query() {
    fn check<T: Named + PartialEq + std::fmt::Debug>(ru: &Texts) {
        for v in T::ALL {
            let id = format!("{}-{}", T::KIND.replace(' ', "-"), v.name());
            let label = ru.find(&id, &[]).unwrap_or_else(|| panic!("{id}"));
            let word = label.split_whitespace().next().unwrap().to_lowercase();
            assert_eq!(
                vocabulary_value::<T>(&word).as_ref(),
                Ok(v),
                "{id}: the label {label:?} starts with {word:?}"
            );
            // And the whole label, quoted in a query, as it is shown.
            assert_eq!(vocabulary_value::<T>(&label).as_ref(), Ok(v), "{label:?}");
        }
    }
    let ru = Texts::new(Lang::Ru);
    check::<Sector>(&ru);
    check::<Stage>(&ru);
    check::<OrgKind>(&ru);
    check::<Barrier>(&ru);
}

fn ids(db: &Db, lang: &str, query: &str) -> String {
    db.run(&[
        "--lang", lang, "list", query, "--format", "ids", "--sort", "id",
    ])
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

on_both_engines!(russian_and_english_names_find_the_same_ideas);
fn russian_and_english_names_find_the_same_ideas(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "300", "--seed", "3"]);
    let pairs = [
        ("стадия:пилот сектор:обр", "stage:pilot sector:edu"),
        ("Стадия:Пилот,Инк", "stage:pilot,incubation"),
        ("ст:отк", "stage:declined"),
        ("сек:здрав барьер:фин", "sector:health barrier:funding"),
        ("тип:нко !этап:новая", "org:nonprofit !stage:new"),
        ("оценка:>=3 сумма:<2m", "score:>=3 amount:<2m"),
        ("ответственный:нет", "assignee:none"),
    ];
    for (russian, english) in pairs {
        let found = ids(&db, "en", english);
        assert!(!found.is_empty(), "{english} finds nothing in the demo");
        // In either language of the interface.
        assert_eq!(ids(&db, "en", russian), found, "{russian}");
        assert_eq!(ids(&db, "ru", russian), found, "{russian} in Russian");
        assert_eq!(ids(&db, "ru", english), found, "{english} in Russian");
    }
    // A saved view in Russian works from an English interface.
    db.run(&["views", "save", "Пилоты", "стадия:пилот"]);
    assert_eq!(
        db.run(&[
            "list",
            "--view",
            "Пилоты",
            "--format",
            "ids",
            "--sort",
            "id"
        ])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" "),
        ids(&db, "en", "stage:pilot")
    );
    // A wrong name is an error naming the term and the Russian names.
    let err = db.fail(&["list", "стадия:спящая"], 1);
    assert!(
        err.contains("in query term 'стадия:спящая': unknown stage 'спящая' (valid: новая,"),
        "{err}"
    );
}
