//! Error messages in Russian (issue 20): the errors people meet most say
//! in Russian what is wrong and where, with the same exit code as in
//! English and nothing changed; English stays word for word as it was; no
//! message carries a password or a control character in either language.

mod cli_support;
use cli_support::*;

/// sprout with `--lang ru`: its exit code and its standard error.
fn in_russian(db: &Db, args: &[&str]) -> (Option<i32>, String) {
    let out = db
        .cmd()
        .arg("--lang")
        .arg("ru")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stderr).expect("UTF-8 on standard error"),
    )
}

fn refused_in_russian(db: &Db, args: &[&str], code: i32) -> String {
    let (got, err) = in_russian(db, args);
    assert_eq!(got, Some(code), "{args:?}: {err}");
    err
}

const SECTORS: &str = "health, education, disparities, employment, ecology, other, unclassified";

on_both_engines!(vocabulary_query_and_id_errors_are_russian_and_change_nothing);
fn vocabulary_query_and_id_errors_are_russian_and_change_nothing(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["add", "--title", "Wells for Kazan", "--sector", "health"]);
    let before = db.export("jsonl");

    // A value the command line's parser refused: clap's exit code 2.
    assert_eq!(
        refused_in_russian(&db, &["add", "--title", "X", "--sector", "xx"], 2),
        format!(
            "ошибка: недопустимое значение 'xx' для '--sector <СЕКТОР>': сектор: неизвестное значение 'xx' (допустимые: {SECTORS})\n"
        )
    );
    assert_eq!(
        refused_in_russian(&db, &["set", "1", "--stage", "s"], 2),
        "ошибка: недопустимое значение 's' для '--stage <СТАДИЯ>': стадия: неоднозначное значение 's' (подходят: scaling, sustainable)\n"
    );
    assert_eq!(
        refused_in_russian(&db, &["show", "x"], 2),
        "ошибка: недопустимое значение 'x' для '<НОМЕР>': 'x' — не номер идеи (целое число от 1)\n"
    );
    // The query language's errors, with the term at fault.
    assert_eq!(
        refused_in_russian(&db, &["list", "sector:e"], 1),
        "ошибка: в условии запроса 'sector:e': сектор: неоднозначное значение 'e' (подходят: education, employment, ecology)\n"
    );
    assert_eq!(
        refused_in_russian(&db, &["list", "wells \"open"], 1),
        "ошибка: в условии запроса 'open': кавычка не закрыта\n"
    );
    let unknown_field = refused_in_russian(&db, &["list", "colour:red"], 1);
    assert!(
        unknown_field.starts_with(
            "ошибка: в условии запроса 'colour:red': неизвестное поле 'colour' (поля: sector, stage,"
        ),
        "{unknown_field}"
    );
    assert_eq!(
        refused_in_russian(&db, &["list", "created:yesterday"], 1),
        "ошибка: в условии запроса 'created:yesterday': 'yesterday' — не дата вида >=2026-11-01 и не возраст вида <30d\n"
    );
    assert_eq!(
        refused_in_russian(&db, &["list", "amount:>lots"], 1),
        "ошибка: в условии запроса 'amount:>lots': для сравнения: 'lots' — не сумма в рублях (например, 450000, 1 500 000, 300k или 1.5M)\n"
    );
    // An idea that is not there, and an amount that is not one.
    assert_eq!(
        refused_in_russian(&db, &["show", "99"], 1),
        "ошибка: идеи #99 нет\n"
    );
    assert_eq!(
        refused_in_russian(&db, &["set", "99", "--stage", "pilot"], 1),
        "ошибка: идеи #99 нет\n"
    );
    assert_eq!(
        refused_in_russian(&db, &["add", "--title", "Y", "--amount", "lots"], 1),
        "ошибка: --amount: 'lots' — не сумма в рублях (например, 450000, 1 500 000, 300k или 1.5M)\n"
    );
    assert_eq!(db.export("jsonl"), before, "nothing changed");

    // English, without --lang (the tests' locale is C), is as it was.
    assert_eq!(db.fail(&["show", "99"], 1), "error: there is no idea #99\n");
    assert_eq!(
        db.fail(&["list", "sector:e"], 1),
        "error: in query term 'sector:e': ambiguous sector 'e' (it could be: education, employment, ecology)\n"
    );
    assert!(
        db.fail(&["add", "--title", "X", "--sector", "xx"], 2).starts_with(&format!(
            "error: invalid value 'xx' for '--sector <SECTOR>': unknown sector 'xx' (valid: {SECTORS})\n"
        ))
    );
    assert_eq!(
        db.fail(&["add", "--title", "Y", "--amount", "lots"], 1),
        "error: --amount: 'lots' is not an amount in roubles (such as 450000, 1 500 000, 300k or 1.5M)\n"
    );
}

on_both_engines!(an_import_refused_in_russian_names_line_and_field_and_imports_nothing);
fn an_import_refused_in_russian_names_line_and_field_and_imports_nothing(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["add", "--title", "Already here"]);
    let before = db.export("jsonl");
    let file = db.file(
        "bad.csv",
        b"title,sector,amount,created\nWells,xx,100,2026-01-01\nRoads,health,lots,2026-01-01\nSchools,health,5,11/12/2026\nGood,health,5,2026-01-02\n",
    );
    let name = file.to_str().unwrap();
    let err = refused_in_russian(&db, &["import", name], 1);
    assert_eq!(
        err,
        format!(
            "ошибка: {name}: 3 недопустимые записи; ничего не импортировано (--skip-invalid импортирует допустимые)\n  \
             строка 2: sector: сектор: неизвестное значение 'xx' (допустимые: {SECTORS})\n  \
             строка 3: amount: 'lots' — не сумма в рублях (например, 450000, 1 500 000, 300k или 1.5M)\n  \
             строка 4: created: '11/12/2026' может быть 11.12.2026 или 12.11.2026; уточните --date-format %d/%m/%Y или %m/%d/%Y\n"
        )
    );
    // One record: the singular, and a column where the CSV says where.
    let one = db.file("one.csv", b"title,sector\n\"Wells\" x,health\n");
    let err = refused_in_russian(&db, &["import", one.to_str().unwrap()], 1);
    assert!(
        err.contains(": 1 недопустимая запись; ничего не импортировано")
            && err.contains("\n  строка 2, столбец "),
        "{err}"
    );
    let err = refused_in_russian(&db, &["import", name, "--date-format", "%d/%Q"], 2);
    assert_eq!(
        err,
        "ошибка: недопустимое значение '%d/%Q' для '--date-format <ФОРМАТ>': '%d/%Q' — не формат даты с днём, месяцем и годом (например, %d/%m/%Y или %m/%d/%Y)\n"
    );
    let missing = db.dir.path().join("missing.csv");
    let missing = missing.to_str().unwrap();
    assert_eq!(
        refused_in_russian(&db, &["import", missing], 1),
        format!("ошибка: не удаётся прочитать {missing}: нет такого файла или каталога\n")
    );
    assert_eq!(db.export("jsonl"), before, "nothing imported");
    // English is as it was.
    let err = db.fail(&["import", name], 1);
    assert!(
        err.starts_with(&format!(
            "error: {name}: 3 invalid records; nothing was imported (--skip-invalid imports the valid ones)\n  line 2: sector: unknown sector 'xx'"
        )),
        "{err}"
    );
    assert!(
        err.contains("'11/12/2026' could be 11 December 2026 or 12 November 2026"),
        "{err}"
    );
}

#[test]
fn a_database_in_use_is_said_in_russian_with_who_holds_it() {
    let db = Db::new();
    db.run(&["add", "--title", "Wells"]);
    let _held = sprout::store::Store::open(&db.path()).unwrap();
    let err = refused_in_russian(&db, &["list"], 1);
    let expected = format!(
        "ошибка: база данных {} занята другим процессом sprout (pid {}, с ",
        db.path().display(),
        std::process::id()
    );
    assert!(err.starts_with(&expected), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_newer_schema_is_said_in_russian_and_the_database_is_left_alone() {
    let db = Db::new();
    db.run(&["add", "--title", "Wells"]);
    {
        // Written as a future sprout would, straight into sled.
        let tree = sled::open(db.path()).unwrap();
        tree.insert(b"mschema", &[99u8]).unwrap();
        tree.flush().unwrap();
    }
    let err = refused_in_russian(&db, &["list"], 1);
    assert!(
        err.starts_with(
            "ошибка: база данных записана более новой версией sprout (схема 99, эта читает до "
        ) && err
            .trim_end()
            .ends_with("); обновите sprout, чтобы открыть её"),
        "{err}"
    );
    let tree = sled::open(db.path()).unwrap();
    assert_eq!(tree.get(b"mschema").unwrap().as_deref(), Some(&[99u8][..]));
}

/// A PostgreSQL server that is not there: the URL's password and
/// PGPASSWORD's are in no message, in either language; Russian is chosen
/// by `--lang` or by the locale (LC_ALL removed, LANG Russian).
#[test]
fn a_refused_postgresql_connection_is_russian_and_carries_no_password() {
    let db = Db::new();
    let url = "postgres://anna:s3cret-url@127.0.0.1:1/sprout";
    let run = |lang: Option<&str>, env_lang: Option<&str>| {
        let mut cmd = db.cmd();
        cmd.env("PGPASSWORD", "s3cret-env").env_remove("PGPASSFILE");
        if let Some(l) = env_lang {
            cmd.env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", l);
        }
        if let Some(l) = lang {
            cmd.args(["--lang", l]);
        }
        let out = cmd.args(["--db", url, "list"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    for (said, russian) in [
        (run(Some("ru"), None), true),
        (run(None, Some("ru_RU.UTF-8")), true),
        (run(None, None), false),
        (run(Some("en"), Some("ru_RU.UTF-8")), false),
    ] {
        assert!(
            !said.contains("s3cret") && !said.contains("url@"),
            "a password in: {said}"
        );
        assert_eq!(said.lines().count(), 1, "{said}");
        let start = if russian {
            "ошибка: не удаётся открыть базу данных postgres://anna:***@127.0.0.1:1/sprout: сервер не принимает соединений: проверьте адрес и порт в URL и запущен ли PostgreSQL ("
        } else {
            "error: cannot open database postgres://anna:***@127.0.0.1:1/sprout: "
        };
        assert!(said.starts_with(start), "{said}");
    }
}

#[test]
fn a_read_only_role_is_refused_in_russian_with_nothing_changed() {
    let Some(test) = pg_support::TestDb::new("errors_ru_read_only") else {
        return;
    };
    let admin = |args: &[&str]| {
        let out = pg_support::sprout()
            .arg("--db")
            .arg(&test.url)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    admin(&["admin", "roles"]);
    admin(&["add", "--title", "Wells for Kazan"]);
    let role = format!("board_ru_{}", std::process::id());
    let password = format!("pw-ru-{}", std::process::id());
    let mut sql = test.sql();
    sql.batch_execute(&format!(
        "DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN PASSWORD '{password}' IN ROLE sprout_reader"
    ))
    .unwrap();
    let url = pg_support::as_user(&test.url, &role, &password);
    let before = admin(&["export", "--format", "jsonl"]);
    let out = pg_support::sprout()
        .env_remove("PGPASSWORD")
        .args([
            "--lang", "ru", "--db", &url, "set", "1", "--stage", "declined",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        err,
        format!(
            "ошибка: роль {role} может только читать эту базу данных: ничего не изменено (чтобы вносить изменения, попросите её владельца выполнить GRANT sprout_officer TO {role})\n"
        )
    );
    assert!(!err.contains(&password));
    assert_eq!(admin(&["export", "--format", "jsonl"]), before);
    let _ = sql.batch_execute(&format!("DROP OWNED BY {role}; DROP ROLE IF EXISTS {role}"));
}

#[test]
fn config_file_errors_are_russian_with_their_line() {
    let db = Db::new();
    let config = db.file("config.toml", b"theme = \"dark\"\nstale_days = \"x\"\n");
    let config = config.to_str().unwrap();
    let err = refused_in_russian(&db, &["--config", config, "config", "--check"], 1);
    assert!(
        err.starts_with(
            "ошибка: 1 ошибка в файле настроек; sprout запустился бы с настройками по умолчанию\n  "
        ) && err.contains("строка 2: stale_days: "),
        "{err}"
    );
    let broken = db.file("broken.toml", b"theme = \"dark\"\n\ntheme = [\n");
    let err = refused_in_russian(
        &db,
        &["--config", broken.to_str().unwrap(), "config", "--check"],
        1,
    );
    assert!(err.contains("строка 3: не TOML: "), "{err}");
}

/// What a person typed is echoed cleaned, in Russian as in English: no
/// escape sequence, C1 control or bidi override reaches the terminal.
#[test]
fn control_characters_in_input_are_cleaned_in_russian_errors() {
    let db = Db::new();
    db.run(&["add", "--title", "Wells"]);
    let hostile = "x\u{1b}]52;c;SGVsbG8=\u{7}\u{9b}31m\u{202e}y";
    let bad = |c: char| {
        c.is_control() && c != '\n'
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    };
    for args in [
        vec!["list".to_string(), format!("sector:{hostile}")],
        vec!["list".to_string(), format!("is:{hostile}")],
        vec!["list".to_string(), format!("created:{hostile}")],
        vec![
            "add".to_string(),
            "--title".to_string(),
            "T".to_string(),
            "--sector".to_string(),
            hostile.to_string(),
        ],
        vec!["show".to_string(), hostile.to_string()],
        vec![
            "add".to_string(),
            "--title".to_string(),
            "T".to_string(),
            "--amount".to_string(),
            hostile.to_string(),
        ],
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, err) = in_russian(&db, &args);
        assert!(matches!(code, Some(1 | 2)), "{args:?}: {err}");
        assert!(err.starts_with("ошибка: "), "{err}");
        assert!(!err.chars().any(bad), "{args:?}: {err:?}");
    }
}

/// A file where the database should be, and a salvage of a database that
/// is not there: said in Russian, exit 1, the file left as it was.
#[test]
fn a_database_that_cannot_be_opened_is_said_in_russian() {
    let db = Db::new();
    let file = db.file("not-a-db", b"just text\n");
    let out = db
        .cmd()
        .args(["--lang", "ru", "--db", file.to_str().unwrap(), "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!(
            "ошибка: не удаётся открыть базу данных {}: это файл, а не каталог базы данных\n",
            file.display()
        )
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"just text\n");
    let missing = db.path().with_file_name("nowhere");
    let out = db
        .cmd()
        .args([
            "--lang",
            "ru",
            "--db",
            missing.to_str().unwrap(),
            "--salvage",
            "export",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.ends_with(": там нет базы данных\n"), "{err}");
    assert!(!missing.exists());
}
