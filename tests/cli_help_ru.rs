//! The command line's own words in Russian (issue 20, point 2): clap's
//! help, headings and refusals, under `--lang ru` or a Russian locale;
//! English keeps clap's wording.

mod cli_support;
use cli_support::*;

/// What a run says (exit code, standard output, standard error) with the
/// locale `locale` and nothing else choosing the language.
fn under(db: &Db, locale: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut cmd = db.cmd();
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(name);
    }
    let config = db.dir.path().join("config.toml");
    std::fs::write(&config, "").unwrap();
    let out = cmd
        .env("SPROUT_CONFIG", &config)
        .env("LC_ALL", locale)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn help(db: &Db, locale: &str, args: &[&str]) -> String {
    let (code, out, err) = under(db, locale, args);
    assert_eq!(code, Some(0), "{args:?}: {err}");
    out
}

const CLAPS_ENGLISH: [&str; 9] = [
    "Usage:",
    "Options:",
    "Commands:",
    "Arguments:",
    "Print help",
    "[OPTIONS]",
    "[default:",
    "possible values",
    "Example",
];

#[test]
fn help_is_russian_under_the_flag_and_the_locale_and_english_stays() {
    let db = Db::new();
    let top = help(&db, "C.UTF-8", &["--lang", "ru", "--help"]);
    assert!(
        top.starts_with("Отбор идей социальных проектов в терминале.\n"),
        "{top}"
    );
    for said in [
        "Использование: sprout [ПАРАМЕТРЫ] [КОМАНДА]",
        "Команды:\n  add          Добавить одну идею и напечатать её номер",
        "Параметры:\n      --db <ПУТЬ>",
        "--lang <ЯЗЫК>",
        "-h, --help\n          Показать справку (кратко: -h)",
        "-V, --version\n          Показать версию",
        "Примеры:\n  sprout --demo ",
    ] {
        assert!(top.contains(said), "{said} not in:\n{top}");
    }
    let import = help(&db, "ru_RU.UTF-8", &["import", "--help"]);
    for said in [
        "Использование: sprout import [ПАРАМЕТРЫ] <ФАЙЛ>",
        "Аргументы:\n  <ФАЙЛ>  Файл для чтения; '-' читает стандартный ввод",
        "--map <СТОЛБЕЦ=ПОЛЕ>",
        "[варианты: csv,",
        "--date-format <ФОРМАТ>",
    ] {
        assert!(import.contains(said), "{said} not in:\n{import}");
    }
    // `sprout help TOPIC` is the command's --help, in Russian too.
    assert_eq!(help(&db, "ru_RU.UTF-8", &["help", "import"]), import);
    let save = help(&db, "ru_RU.UTF-8", &["help", "views", "save"]);
    assert!(
        save.contains("Использование: sprout views save [ПАРАМЕТРЫ] <ИМЯ> <ЗАПРОС>"),
        "{save}"
    );
    let short = help(&db, "ru_RU.UTF-8", &["list", "-h"]);
    assert!(
        short.contains("--format <ФОРМАТ>  Как напечатать идеи [по умолчанию: table] [варианты:"),
        "{short}"
    );
    for text in [&top, &import, &save, &short] {
        for english in CLAPS_ENGLISH {
            assert!(!text.contains(english), "{english} in:\n{text}");
        }
    }
    // English is clap's, as it was.
    let english = help(&db, "C.UTF-8", &["import", "--help"]);
    for said in [
        "Usage: sprout import [OPTIONS] <FILE>",
        "Arguments:\n  <FILE>  File to read",
        "--map <COLUMN=FIELD>",
        "[possible values:",
        "Print help\n",
        "Examples:\n  sprout import ideas.csv",
    ] {
        assert!(english.contains(said), "{said} not in:\n{english}");
    }
    // The query language's help too, its Russian names beside the English.
    let query = help(&db, "ru_RU.UTF-8", &["help", "query"]);
    assert!(query.starts_with("Запрос отбирает идеи."), "{query}");
    assert!(query.contains("сектор:обр стадия:пилот"), "{query}");
    assert!(query.contains("sector:edu  stage:pilot"), "{query}");
    // Completions still know the vocabularies in Russian.
    let bash = help(&db, "ru_RU.UTF-8", &["completions", "bash"]);
    assert!(bash.contains("health education disparities"), "{bash}");
}

#[test]
fn a_refused_command_line_is_one_russian_line_and_exit_2() {
    let db = Db::new();
    for (args, said) in [
        (
            &["list", "--bogus"][..],
            "ошибка: неизвестный параметр '--bogus' (чтобы передать его как значение, пишите '-- --bogus')\n",
        ),
        (
            &["list", "--sortt", "id"],
            "ошибка: неизвестный параметр '--sortt'; может быть, '--sort'?\n",
        ),
        (
            &["lst"],
            "ошибка: неизвестная команда 'lst'; может быть, 'list'?\n",
        ),
        (
            &["list", "--format", "xx"],
            "ошибка: недопустимое значение 'xx' для '--format <ФОРМАТ>' (варианты: table, json, jsonl, csv, ids)\n",
        ),
        (
            &["list", "--limit"],
            "ошибка: для '--limit <ЧИСЛО>' нужно значение, а его нет\n",
        ),
        (
            &["show"],
            "ошибка: не указаны обязательные аргументы: <НОМЕР>\n",
        ),
        (
            &["set", "1", "--archive", "--restore"],
            "ошибка: '--archive' нельзя указывать вместе с '--restore'\n",
        ),
        (
            &["demo", "--count", "many"],
            "ошибка: недопустимое значение 'many' для '--count <ЧИСЛО>': не целое число\n",
        ),
        (
            &["demo", "--duplicates", "60"],
            "ошибка: недопустимое значение '60' для '--duplicates <ПРОЦЕНТ>': 60 — вне диапазона 0..=50\n",
        ),
    ] {
        let (code, out, err) = under(&db, "ru_RU.UTF-8", args);
        assert_eq!((code, out.as_str()), (Some(2), ""), "{args:?}: {err}");
        assert_eq!(err, said, "{args:?}");
    }
    // English keeps clap's words, its tip and its usage.
    let (code, _, err) = under(&db, "C.UTF-8", &["lst"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("error: unrecognized subcommand 'lst'\n\n  tip: a similar subcommand exists: 'list'\n\nUsage: sprout [OPTIONS] [COMMAND]"),
        "{err}"
    );
    // Nothing was made of the refused commands.
    assert!(
        !db.path().exists(),
        "a refused command line opened the database"
    );
}
