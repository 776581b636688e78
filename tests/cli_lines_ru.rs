//! The command line's last English lines, in Russian (issue 20, point 2):
//! `views save`, the extra parts of the import's summary, the saved
//! mapping, refusals of `set` and `copy`, and numbers in tables.
//! English stays as it was.

mod cli_support;
use cli_support::*;

fn ok(db: &Db, lang: &str, args: &[&str]) -> (String, String) {
    let (code, out, err) = said(db, lang, args);
    assert_eq!(code, Some(0), "{args:?}: {err}");
    (out, err)
}

#[test]
fn views_save_says_its_line_in_russian_and_english_as_before() {
    let db = Db::new();
    add(&db, "Wells", &["--stage", "pilot"]);
    let (out, _) = ok(&db, "ru", &["views", "save", "Пилоты", "стадия:пилот"]);
    assert_eq!(out, "вид 'Пилоты' сохранён: стадия:пилот\n");
    let (out, _) = ok(
        &db,
        "ru",
        &["views", "save", "Лучшие", "стадия:пилот", "--sort", "score"],
    );
    assert_eq!(out, "вид 'Лучшие' сохранён: стадия:пилот, порядок score\n");
    let (out, _) = ok(&db, "en", &["views", "save", "Pilots", "stage:pilot"]);
    assert_eq!(out, "saved view 'Pilots': stage:pilot\n");
}

#[test]
fn the_import_summary_and_the_saved_mapping_are_russian_whole() {
    let db = Db::new();
    add(&db, "Wells", &[]);
    db.run(&["conflicts", "add", "anna", "--org", "Green Town"]);
    db.run(&["views", "save", "Pilots", "stage:pilot"]);
    let backup = db.dir.path().join("backup.json");
    db.run(&["export", "-o", backup.to_str().unwrap()]);
    // Into a new database, a whole export is a restore: its views and its
    // conflict of interest come with it.
    let other = Db::new();
    let (out, _) = ok(
        &other,
        "ru",
        &["import", backup.to_str().unwrap(), "--dry-run"],
    );
    assert_eq!(
        out,
        "пробный запуск: будет добавлено: 1 идея (#1), будет восстановлено видов: 6, \
         будет добавлено конфликтов интересов: 1; ничего не записано\n"
    );
    let (out, _) = ok(&other, "ru", &["import", backup.to_str().unwrap()]);
    assert_eq!(
        out,
        "добавлено: 1 идея (#1), восстановлено видов: 6, добавлено конфликтов интересов: 1\n"
    );
    let (out, _) = ok(&Db::new(), "en", &["import", backup.to_str().unwrap()]);
    assert_eq!(
        out,
        "added 1 idea (#1), restored 6 views, added 1 conflict of interest\n"
    );

    let form = db.file("form.csv", "Название проекта,Что-то\nШкола,x\n".as_bytes());
    let config = db.dir.path().join("config.toml");
    std::fs::write(&config, "").unwrap();
    let (out, err) = ok(
        &db,
        "ru",
        &[
            "--config",
            config.to_str().unwrap(),
            "import",
            form.to_str().unwrap(),
            "--save-map",
            "анкета",
        ],
    );
    assert_eq!(out, "добавлено: 1 идея (#2)\n");
    let mappings = db.dir.path().join("mappings.toml");
    assert!(
        err.contains(&format!(
            "сопоставление сохранено как 'анкета' в {} (его возьмёт --mapping анкета)\n",
            mappings.display()
        )),
        "{err}"
    );
}

#[test]
fn refusals_of_set_and_copy_are_russian_and_change_nothing() {
    let db = Db::new();
    add(&db, "Wells", &[]);
    let before = db.export("jsonl");
    let (code, _, err) = said(&db, "ru", &["set", "1"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.starts_with("ошибка: менять нечего: укажите --sector, --stage,"),
        "{err}"
    );
    let (code, _, err) = said(&db, "ru", &["note", "1", " "]);
    assert_eq!((code, err.as_str()), (Some(1), "ошибка: заметка пуста\n"));

    // A file's own problems, where the import says them.
    let csv = db.file("quotes.csv", b"title\n\"Wells\" x\n");
    let (code, _, err) = said(&db, "ru", &["import", csv.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.ends_with(
            "\n  строка 2, столбец 8: текст после закрывающей кавычки ячейки; возьмите в кавычки всю ячейку\n"
        ),
        "{err}"
    );

    let full = Db::new();
    add(&full, "Already here", &[]);
    let to = full.path();
    let (code, _, err) = said(
        &db,
        "ru",
        &[
            "copy",
            "--from",
            db.path().to_str().unwrap(),
            "--to",
            to.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(
        err,
        format!(
            "ошибка: {} не пуста: в ней 1 идея; копируйте только в новую базу (ничего не записано)\n",
            to.display()
        )
    );
    assert_eq!(db.export("jsonl"), before);
}

#[test]
fn percentages_and_scores_take_the_russian_decimal_comma() {
    let db = Db::new();
    for title in ["One", "Two", "Three"] {
        add(&db, title, &["--sector", "health"]);
    }
    let (ru, _) = ok(&db, "ru", &["stats"]);
    assert!(
        ru.lines()
            .any(|l| l.starts_with("Здравоохранение и соцзащита") && l.ends_with("100,0")),
        "{ru}"
    );
    let (en, _) = ok(&db, "en", &["stats"]);
    assert!(en.contains("100.0"), "{en}");
    assert!(!en.contains("100,0"), "{en}");
}

/// A refused run's standard error, in `lang`, checking it failed.
fn refused(db: &Db, lang: &str, args: &[&str]) -> String {
    let (code, _, err) = said(db, lang, args);
    assert_ne!(code, Some(0), "{args:?} was not refused");
    err
}

#[test]
fn refusals_about_views_are_russian_and_english_as_before() {
    let db = Db::new();
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["views", "delete", "nothere"],
            "ошибка: вида с именем 'nothere' нет (виды: Входящие, Рассмотрение, Долго ждут, Моя очередь, Мои рецензии)\n",
            "error: there is no view named 'nothere' (views: Inbox, In review, Waiting too long, My queue, My reviews)\n",
        ),
        (
            &["views", "save", "inbox", "stage:new"],
            "ошибка: вид с именем 'Inbox' уже есть\n",
            "error: a view named 'Inbox' already exists\n",
        ),
        (
            &["views", "save", " ", "stage:new"],
            "ошибка: имя вида пустое\n",
            "error: the view name is empty\n",
        ),
        (
            &["views", "save", &"x".repeat(41), "stage:new"],
            "ошибка: имя вида длиннее 40 символов\n",
            "error: the view name is longer than 40 characters\n",
        ),
    ];
    for (args, ru, en) in cases {
        assert_eq!(refused(&db, "ru", args), ru);
        assert_eq!(refused(&db, "en", args), en);
    }
    // A default view answers to the name it reads as, too.
    let by_russian_name = db
        .cmd()
        .args([
            "--lang",
            "ru",
            "list",
            "--view",
            "входящие",
            "--format",
            "ids",
        ])
        .output()
        .unwrap();
    assert_eq!(by_russian_name.status.code(), Some(0));
    let listed = db.cmd().args(["--lang", "ru", "views"]).output().unwrap();
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert!(
        listed.lines().any(|l| l.starts_with("Входящие ")),
        "{listed}"
    );
    let ru = refused(&db, "ru", &["views", "save", "X", "colour:red"]);
    assert!(
        ru.starts_with("ошибка: вид 'X': в условии запроса 'colour:red': неизвестное поле"),
        "{ru}"
    );
    let en = refused(&db, "en", &["views", "save", "X", "colour:red"]);
    assert!(
        en.starts_with("error: view 'X': in query term 'colour:red': unknown field"),
        "{en}"
    );
    // With no views at all, the refusal says how to save one.
    for name in [
        "Inbox",
        "In review",
        "Waiting too long",
        "My queue",
        "My reviews",
    ] {
        db.run(&["views", "delete", name]);
    }
    assert_eq!(
        refused(&db, "ru", &["list", "--view", "nothere"]),
        "ошибка: вида с именем 'nothere' нет (видов нет; сохраните вид: `sprout views save ИМЯ ЗАПРОС`)\n"
    );
    assert_eq!(
        refused(&db, "en", &["list", "--view", "nothere"]),
        "error: there is no view named 'nothere' (there are no views; save one with `sprout views save NAME QUERY`)\n"
    );
}

#[test]
fn letters_write_dates_the_russian_way_in_russian_and_as_before_in_english() {
    let db = Db::new();
    add(&db, "Wells", &[]);
    let template = db.file("t.txt", b"{{ date }} {{ idea.created }}\n");
    for (lang, want) in [
        ("ru", "26.11.2026 26.11.2026\n"),
        ("en", "2026-11-26 2026-11-26\n"),
    ] {
        let out = db.dir.path().join(format!("letters-{lang}"));
        ok(
            &db,
            lang,
            &[
                "letters",
                "id:1",
                "--template",
                template.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
        );
        let letter = std::fs::read_to_string(out.join("1-wells.txt")).unwrap();
        assert_eq!(letter, want, "{lang}");
    }
}

#[test]
fn an_import_names_what_is_wrong_with_reviews_and_views_in_russian() {
    let db = Db::new();
    let review = r#"{"by":"anna","rubric":1,"scores":[["team",4]],"confidence":7,"comment":"","time":"2026-11-26T12:00:00Z"}"#;
    let cases = [
        (
            format!(r#"{{"ideas":[{{"id":1,"title":"Wells","reviews":[{review}]}}]}}"#),
            "строка 1: reviews[0].confidence: ожидалось 1 (не уверен), 2 (скорее уверен) или 3 (уверен)",
            "line 1: reviews[0].confidence: expected 1 (unsure), 2 (fairly sure) or 3 (sure)",
        ),
        (
            r#"{"ideas":[{"id":1,"title":"Wells","reviews":5}]}"#.to_string(),
            "строка 1: reviews: ожидался список рецензий",
            "line 1: reviews: expected a list of reviews",
        ),
        (
            r#"{"ideas":[{"id":1,"title":"Wells","reviews":[{"bye":"anna"}]}]}"#.to_string(),
            "строка 1: reviews[0]: неизвестное поле 'bye' (поля: by, rubric, scores, confidence, comment, time)",
            "line 1: reviews[0]: unknown field 'bye' (fields: by, rubric, scores, confidence, comment, time)",
        ),
        (
            r#"{"views":[{"name":"a","query":"stage:new","sort":"zz"}],"ideas":[]}"#.to_string(),
            "вид 'a': неизвестный порядок 'zz' (порядки: updated, created, title, score, stage, id)",
            "view 'a': unknown sort 'zz' (sorts: updated, created, title, score, stage, id)",
        ),
        (
            r#"{"views":[{"name":" ","query":"stage:new"}],"ideas":[]}"#.to_string(),
            "view: имя вида пустое",
            "view: the view name is empty",
        ),
    ];
    for (k, (file, ru, en)) in cases.iter().enumerate() {
        let path = db.file(&format!("h{k}.json"), file.as_bytes());
        let path = path.to_str().unwrap();
        let err = refused(&db, "ru", &["import", path]);
        assert!(err.contains(ru), "{err}");
        let err = refused(&db, "en", &["import", path]);
        assert!(err.contains(en), "{err}");
    }
    // Nothing was imported by any of them.
    assert_eq!(db.run(&["list", "--format", "ids"]), "");
}

#[test]
fn an_import_names_what_is_wrong_with_a_record_or_its_columns_in_russian() {
    let db = Db::new();
    let cases: [(&str, &[u8], &str, &str); 5] = [
        (
            "ids.csv",
            b"id,title\nabc,x\n",
            "строка 2: id: 'abc' — не номер идеи (целое число от 1)",
            "line 2: id: 'abc' is not an idea id (a whole number from 1)",
        ),
        (
            "archived.csv",
            b"title,archived\nx,maybe\n",
            "строка 2: archived: 'maybe' — не «да» и не «нет» (yes или no)",
            "line 2: archived: 'maybe' is not yes or no",
        ),
        (
            "twice.json",
            br#"[{"title":"a","Title":"b"}]"#,
            "строка 1: title: указано дважды, как 'Title' и как 'title'; оставьте одно",
            "line 1: title: given twice, as 'Title' and 'title'; keep one",
        ),
        (
            "untitled.json",
            br#"[{"summary":"a"}]"#,
            "строка 1: title: обязательно и не указано",
            "line 1: title: is required and missing",
        ),
        (
            "no-title.csv",
            b"id,summary\n1,x\n",
            "строка 1: ни один столбец не стал названием",
            "line 1: no column is the title (the header row names the columns; \
             --map 'Column=title' says which one is)",
        ),
    ];
    for (name, file, ru, en) in cases {
        let path = db.file(name, file);
        let path = path.to_str().unwrap();
        let err = refused(&db, "ru", &["import", path]);
        assert!(err.contains(ru), "{err}");
        let err = refused(&db, "en", &["import", path]);
        assert!(err.contains(en), "{err}");
    }
    assert_eq!(db.run(&["list", "--format", "ids"]), "");
}

#[test]
fn an_export_with_a_bad_reason_or_rubric_is_refused_in_russian() {
    let db = Db::new();
    let reason = r#"{"key":"late","label":"Too late","fits":"decline","removed":false,"made":"2026-11-26T12:00:00Z","by":"anna"}"#;
    let upper = reason.replace("\"late\"", "\"Late\"");
    let cases = [
        (
            format!(r#"{{"views":[],"reasons":[{reason},{reason}],"ideas":[]}}"#),
            "reasons: 'late': встречается дважды",
            "reasons: 'late': it is there twice",
        ),
        (
            format!(r#"{{"views":[],"reasons":[{upper}],"ideas":[]}}"#),
            "reasons: 'Late': ключ должен быть строчными буквами",
            "reasons: 'Late': the key must be lower-case",
        ),
        (
            r#"{"views":[],"rubrics":5,"ideas":[]}"#.to_string(),
            "rubrics: ожидался список версий рубрики",
            "rubrics: expected a list of rubric versions",
        ),
    ];
    for (k, (file, ru, en)) in cases.iter().enumerate() {
        let path = db.file(&format!("e{k}.json"), file.as_bytes());
        let path = path.to_str().unwrap();
        let err = refused(&db, "ru", &["import", path]);
        assert!(err.contains(ru), "{err}");
        let err = refused(&db, "en", &["import", path]);
        assert!(err.contains(en), "{err}");
    }
    assert_eq!(db.run(&["reasons"]).matches("late").count(), 0);
}
