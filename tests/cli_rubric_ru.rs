//! The rubric file in Russian (issue 20, point 2): `rubric --toml` writes
//! its comments in the language spoken and the file reads back either
//! way; a bad file, or a bad rubric in an export, is refused in Russian
//! naming its line and field, and nothing is saved. English as before.

mod cli_support;
use cli_support::*;

#[test]
fn the_rubric_file_speaks_russian_and_reads_back_in_either_language() {
    let db = Db::new();
    let (code, ru, _) = said(&db, "ru", &["rubric", "--toml"]);
    assert_eq!(code, Some(0));
    assert!(
        ru.starts_with("# Версия 1 рубрики этой базы.\n# Измените файл и загрузите его: `sprout rubric --set ФАЙЛ`;"),
        "{ru}"
    );
    assert!(
        ru.contains("# weight: целое число от 1 до 100, относительно других;\n"),
        "{ru}"
    );
    let (_, en, _) = said(&db, "en", &["rubric", "--toml"]);
    assert!(
        en.starts_with("# Version 1 of this database's rubric.\n"),
        "{en}"
    );
    // The criteria are the same whatever the comments' language.
    let body = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(body(&ru), body(&en));
    for (lang, text) in [("en", &en), ("ru", &ru)] {
        let file = db.file(&format!("{lang}.toml"), text.as_bytes());
        let (code, out, err) = said(&db, lang, &["rubric", "--set", file.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err}");
        let want = match lang {
            "ru" => "рубрика не изменилась (версия 1): ничего не сохранено\n",
            _ => "the rubric is unchanged (version 1): nothing was saved\n",
        };
        assert_eq!(out, want);
    }
}

#[test]
fn a_bad_rubric_file_is_refused_in_russian_naming_its_line_and_field() {
    let db = Db::new();
    let before = db.run(&["rubric"]);
    let head = "[[criterion]]\nname = \"fit\"\ndescription = \"d\"\n";
    let cases = [
        (
            format!("{head}weight = 1.5\n"),
            "строка 4: weight: ожидается целое число от 1 до 100",
            "line 4: weight: expected a whole number from 1 to 100",
        ),
        (
            format!("{head}scale = \"1-1\"\n"),
            "строка 4: scale: ожидается \"МИН-МАКС\", например \"1-5\" (от 0 до 100)",
            "line 4: scale: expected \"LOW-HIGH\" such as \"1-5\" (0 to 100)",
        ),
        (
            format!("{head}\n[[criterion]]\nname = \"fit\"\ndescription = \"e\"\n"),
            "строка 5: критерий 'fit' назван дважды",
            "line 5: criterion 'fit' is named twice",
        ),
        (
            format!("{head}wieght = 2\n"),
            "строка 4: неизвестное поле 'wieght' (поля: name, description, weight, scale)",
            "line 4: unknown field 'wieght' (fields: name, description, weight, scale)",
        ),
        (
            format!("{head}\n[[criterion]]\nname = \"Fit\"\ndescription = \"e\"\n"),
            "строка 6: name: 'Fit' должно быть словом в нижнем регистре (a-z, 0-9, _ или -, начиная с буквы)",
            "line 6: name: 'Fit' must be a lower-case word (a-z, 0-9, _ or -, starting with a letter)",
        ),
        (
            "[[criterion]]\nname = \"fit\"\n".to_string(),
            "строка 1: у критерия нет поля description",
            "line 1: criterion without description",
        ),
        (
            "title = \"x\"\n".to_string(),
            "строка 1: неизвестный ключ 'title' (в файле рубрики только таблицы [[criterion]])",
            "line 1: unknown key 'title' (a rubric file has only [[criterion]] tables)",
        ),
        (
            "[criterion\n".to_string(),
            "строка 1: не TOML: ",
            "line 1: not valid TOML: ",
        ),
    ];
    for (text, ru, en) in cases {
        let file = db.file("bad.toml", text.as_bytes());
        let path = file.to_str().unwrap();
        let (code, _, err) = said(&db, "ru", &["rubric", "--set", path]);
        assert_eq!(code, Some(1), "{err}");
        assert!(
            err.starts_with(&format!("ошибка: {path}: {ru}")),
            "{text:?}: {err}"
        );
        assert!(err.ends_with("; ничего не сохранено\n"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        let (code, _, err) = said(&db, "en", &["rubric", "--set", path]);
        assert_eq!(code, Some(1), "{err}");
        assert!(
            err.starts_with(&format!("error: {path}: {en}")),
            "{text:?}: {err}"
        );
    }
    assert_eq!(db.run(&["rubric"]), before, "nothing was saved");
}

#[test]
fn a_bad_rubric_in_an_export_is_refused_in_russian() {
    let db = Db::new();
    let rubric = |criterion: &str| {
        format!(
            r#"{{"views":[],"rubrics":[{{"version":2,"criteria":[{criterion}],"made":"2026-11-26T12:00:00Z","by":"anna"}}],"ideas":[]}}"#
        )
    };
    let cases = [
        (
            rubric(r#"{"name":"Fit","description":"d","weight":1,"min":1,"max":5}"#),
            "rubrics: версия 2: criteria[0].name: 'Fit' должно быть словом в нижнем регистре",
            "rubrics: version 2: criteria[0].name: 'Fit' must be a lower-case word",
        ),
        (
            rubric(r#"{"name":"fit","description":"d","weight":0,"min":1,"max":5}"#),
            "criteria[0].weight: ожидалось целое число от 1 до 100",
            "criteria[0].weight: expected a whole number from 1 to 100",
        ),
        (
            rubric(r#"{"name":"fit","description":"d","weight":1,"min":5,"max":1}"#),
            "criteria[0].min, max: шкала 'fit' должна быть МИН-МАКС, МИН меньше МАКС, не больше 100",
            "criteria[0].min, max: the scale of 'fit' must be LOW-HIGH with LOW below HIGH, at most 100",
        ),
        (
            rubric(r#"{"name":"fit","description":"","weight":1,"min":1,"max":5}"#),
            "criteria[0].description: у 'fit' нет описания",
            "criteria[0].description: 'fit' has no description",
        ),
        (
            rubric("4"),
            "criteria[0].ожидался критерий (объект)",
            "criteria[0].expected a criterion (an object)",
        ),
    ];
    for (k, (file, ru, en)) in cases.iter().enumerate() {
        let path = db.file(&format!("r{k}.json"), file.as_bytes());
        let path = path.to_str().unwrap();
        let (code, _, err) = said(&db, "ru", &["import", path]);
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains(ru), "{err}");
        let (_, _, err) = said(&db, "en", &["import", path]);
        assert!(err.contains(en), "{err}");
    }
    assert_eq!(
        db.run(&["rubric", "--history"]).lines().count(),
        2,
        "nothing was saved"
    );
}
