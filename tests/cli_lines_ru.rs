//! The command line's last English lines, in Russian (issue 20, point 2):
//! `views save`, the extra parts of the import's summary, the saved
//! mapping, refusals of `set` and `copy`, and numbers in tables.
//! English stays as it was.

mod cli_support;
use cli_support::*;

/// A run's (exit code, standard output, standard error), in `lang`.
fn said(db: &Db, lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = db.cmd().args(["--lang", lang]).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

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
