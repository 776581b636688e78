//! The command line in Russian (issue 20): `list`, `show` and `stats`
//! speak the language `--lang`, the config file's `language` or the
//! locale chooses, in that order; the machine formats stay byte for byte
//! the same in every language.
//!
//! Every process here is given its locale explicitly: `.ci/with-postgres`
//! pins `LC_ALL=C.UTF-8`, and a developer's own locale must not decide.

mod cli_support;
use cli_support::*;

/// The locale variables a test sets, every other one removed; the config
/// file is the test's own (`config`, empty unless a test writes it).
fn speaking(db: &Db, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = db.cmd();
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(name);
    }
    let config = db.dir.path().join("config.toml");
    if !config.exists() {
        std::fs::write(&config, "").unwrap();
    }
    cmd.env("SPROUT_CONFIG", &config);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Three ideas of known fields: one a pilot in education, changed since.
fn three_ideas(db: &Db) {
    for (title, sector, stage) in [
        ("Школа цифровых навыков", "education", "pilot"),
        ("Home care visits", "health", "new"),
        ("Ремонт детской площадки", "ecology", "review"),
    ] {
        db.run(&[
            "add",
            "--title",
            title,
            "--sector",
            sector,
            "--stage",
            stage,
            "--org",
            "nonprofit",
            "--barrier",
            "funding",
            "--amount",
            "1500000",
        ]);
    }
    db.run(&["set", "1", "--stage", "scaling"]);
}

/// What `list`, `show 1` and `stats` say in Russian.
fn assert_russian(list: &str, show: &str, stats: &str) {
    let header = list.lines().next().unwrap();
    for word in ["№", "НАЗВАНИЕ", "СЕКТОР", "СТАДИЯ", "РЕГИОН", "ИЗМЕНЕНА"]
    {
        assert!(header.contains(word), "{header}");
    }
    let school = list.lines().find(|l| l.starts_with("#1 ")).unwrap();
    // The stage's label, and the date the Russian way (SPROUT_NOW).
    assert!(school.contains("Масшт."), "{school}");
    assert!(school.ends_with("26.11.2026"), "{school}");
    assert!(!list.contains("2026-11-26"), "{list}");

    for line in [
        "сектор        Образование (education)\n",
        "стадия        Масштабирование\n",
        "организация   НКО\n",
        "сумма         1 500 000 ₽\n",
        "барьеры       Финансирование\n",
        "создана       26.11.2026 12:00 UTC\n",
        "\nИстория\n",
        "  26.11.2026 12:00 UTC",
        "стадия: Пилот → Масштабирование\n",
    ] {
        assert!(show.contains(line), "{line:?} not in:\n{show}");
    }
    assert!(!show.contains("stage"), "{show}");

    assert!(stats.starts_with("3 идеи\n"), "{stats}");
    for line in [
        "\nСЕКТОР ",
        "\nОбразование ",
        "\nВоронка: ",
        "\nСЕКТОР \\ СТАДИЯ ",
        "\nНЕДЕЛЯ С ",
        "\n23.11.2026 ",
    ] {
        assert!(stats.contains(line), "{line:?} not in:\n{stats}");
    }
}

fn list_show_stats(db: &Db, env: &[(&str, &str)], flags: &[&str]) -> [String; 3] {
    let with = |args: &[&str]| {
        let all: Vec<&str> = flags.iter().chain(args).copied().collect();
        speaking(db, env, &all)
    };
    [with(&["list"]), with(&["show", "1"]), with(&["stats"])]
}

on_both_engines!(list_show_and_stats_speak_russian_with_the_flag);
fn list_show_and_stats_speak_russian_with_the_flag(engine: Engine) {
    let db = Db::on(engine);
    three_ideas(&db);
    let [list, show, stats] = list_show_stats(&db, &[], &["--lang", "ru"]);
    assert_russian(&list, &show, &stats);
    // The flag beats a locale that says English.
    let [list, show, stats] = list_show_stats(&db, &[("LC_ALL", "en_US.UTF-8")], &["--lang", "ru"]);
    assert_russian(&list, &show, &stats);
    // Counts take Russian plural forms: 1 идея, 3 идеи (above), 25 идей.
    let one = speaking(&db, &[], &["--lang", "ru", "stats", "stage:scaling"]);
    assert!(one.starts_with("1 идея\n"), "{one}");
    db.run(&["demo", "--count", "22", "--seed", "3"]);
    let many = speaking(&db, &[], &["--lang", "ru", "stats"]);
    assert!(many.starts_with("25 идей\n"), "{many}");
}

on_both_engines!(the_locale_chooses_russian_unless_lc_all_says_otherwise);
fn the_locale_chooses_russian_unless_lc_all_says_otherwise(engine: Engine) {
    let db = Db::on(engine);
    three_ideas(&db);
    let [list, show, stats] = list_show_stats(&db, &[("LANG", "ru_RU.UTF-8")], &[]);
    assert_russian(&list, &show, &stats);
    let messages = [("LC_MESSAGES", "ru_RU.UTF-8"), ("LANG", "en_GB.UTF-8")];
    let [list, show, stats] = list_show_stats(&db, &messages, &[]);
    assert_russian(&list, &show, &stats);
    // LC_ALL=C overrides LANG, as it does for every program: English.
    let c = [("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")];
    let [list, show, stats] = list_show_stats(&db, &c, &[]);
    assert!(list.starts_with("ID  TITLE "), "{list}");
    assert!(list.contains(" scaling "), "{list}");
    assert!(show.contains("\nstage        scaling\n"), "{show}");
    assert!(
        show.contains("\ncreated      2026-11-26T12:00:00Z\n"),
        "{show}"
    );
    assert!(stats.starts_with("3 ideas\n"), "{stats}");
}

on_both_engines!(the_config_files_language_is_followed_and_the_flag_beats_it);
fn the_config_files_language_is_followed_and_the_flag_beats_it(engine: Engine) {
    let db = Db::on(engine);
    three_ideas(&db);
    db.file("config.toml", b"language = \"ru\"\n");
    // The config file beats the locale.
    let english_locale = [("LANG", "en_US.UTF-8")];
    let [list, show, stats] = list_show_stats(&db, &english_locale, &[]);
    assert_russian(&list, &show, &stats);
    // And --lang beats the config file.
    let [list, _, stats] = list_show_stats(&db, &english_locale, &["--lang", "en"]);
    assert!(list.starts_with("ID  TITLE "), "{list}");
    assert!(stats.starts_with("3 ideas\n"), "{stats}");
    // A language sprout does not speak is one line naming file and line.
    let bad = db.file("bad.toml", b"theme = \"dark\"\nlanguage = \"fr\"\n");
    let out = db
        .cmd()
        .args(["config", "--check"])
        .env("SPROUT_CONFIG", &bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    let said = format!(
        "{}: line 2: language: unknown language 'fr' (languages: en, ru)",
        bad.display()
    );
    assert!(err.lines().any(|l| l.trim() == said), "{err}");
    // Checking a good file says so in the file's language.
    let good = db.dir.path().join("config.toml");
    let checked = speaking(&db, &english_locale, &["config", "--check"]);
    assert_eq!(checked, format!("{}: в порядке\n", good.display()));
    // The default file documents the setting.
    let default = db.run(&["config", "--default"]);
    assert!(default.contains("\n# language = \"ru\"\n"), "{default}");
}

on_both_engines!(machine_formats_are_the_same_in_every_language);
fn machine_formats_are_the_same_in_every_language(engine: Engine) {
    let db = Db::on(engine);
    three_ideas(&db);
    db.run(&["demo", "--count", "30", "--seed", "5"]);
    db.run(&["note", "1", "позвонить заявителю"]);
    for args in [
        &["list", "--format", "json"][..],
        &["list", "--format", "jsonl"],
        &["list", "--format", "csv"],
        &["list", "--format", "ids"],
        &["show", "1", "--format", "json"],
        &["stats", "--format", "json"],
        &["export", "--format", "csv"],
    ] {
        let in_russian: Vec<&str> = ["--lang", "ru"].iter().chain(args).copied().collect();
        let in_english: Vec<&str> = ["--lang", "en"].iter().chain(args).copied().collect();
        let ru = speaking(&db, &[], &in_russian);
        let en = speaking(&db, &[], &in_english);
        assert!(!ru.is_empty(), "{args:?}");
        assert_eq!(ru, en, "{args:?} differs between languages");
    }
    // JSON keeps machine names, not labels.
    let json = speaking(
        &db,
        &[],
        &["--lang", "ru", "list", "stage:scaling", "--format", "json"],
    );
    assert!(json.contains("\"stage\":\"scaling\""), "{json}");
    assert!(!json.contains("Масштаб"), "{json}");
}

on_both_engines!(summaries_of_changes_speak_russian);
fn summaries_of_changes_speak_russian(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "5", "--seed", "2"]);
    let ru = |args: &[&str]| {
        let all: Vec<&str> = ["--lang", "ru"].iter().chain(args).copied().collect();
        speaking(&db, &[], &all)
    };
    assert_eq!(
        ru(&[
            "reasons",
            "add",
            "costly",
            "Слишком дорого",
            "--for",
            "decline"
        ]),
        "добавлена причина 'costly' (Слишком дорого) для отклонения\n"
    );
    assert_eq!(
        ru(&["set", "2", "--duplicate-of", "1"]),
        "#2 отмечена как дубликат #1 (отклонена)\n"
    );
    assert_eq!(
        ru(&["set", "2", "--duplicate-of", "1"]),
        "без изменений: уже как нужно\n"
    );
    let file = db.dir.path().join("all.jsonl");
    db.run(&["export", "-o", file.to_str().unwrap()]);
    assert_eq!(
        ru(&["import", file.to_str().unwrap(), "--dry-run"]),
        "пробный запуск: будет добавлено: 0 идей, уже есть: 5 (--update обновит их); ничего не записано\n"
    );
    assert_eq!(ru(&["note", "3", "позвонить"]), "заметка добавлена к #3\n");
}

/// The config file's language is known before the command line is
/// parsed, so `--help` and a refused argument speak it; and a file with
/// an error elsewhere still names its language, so what is said about
/// the error is said in it.
#[test]
fn the_config_files_language_speaks_for_help_refusals_and_its_own_errors() {
    let db = Db::new();
    let config = db.dir.path().join("config.toml");
    std::fs::write(&config, "language = \"ru\"\n").unwrap();
    let run = |args: &[&str]| {
        let mut cmd = db.cmd();
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
            cmd.env_remove(name);
        }
        cmd.env("SPROUT_CONFIG", &config).env("LANG", "C");
        cmd.args(args).output().unwrap()
    };
    let help = String::from_utf8(run(&["--help"]).stdout).unwrap();
    assert!(help.starts_with("Отбор идей"), "{help}");
    let bogus = run(&["bogus"]);
    let said = String::from_utf8(bogus.stderr).unwrap();
    assert_eq!(bogus.status.code(), Some(2));
    assert!(
        said.starts_with("ошибка: неизвестная команда 'bogus'"),
        "{said}"
    );
    std::fs::write(&config, "language = \"ru\"\ntheme = \"neon\"\n").unwrap();
    let check = run(&["config", "--check"]);
    let said = String::from_utf8(check.stderr).unwrap();
    assert_eq!(check.status.code(), Some(1), "{said}");
    assert!(said.contains("неизвестная тема 'neon'"), "{said}");
    std::fs::write(&config, [0xff, 0xfe, b'\n']).unwrap();
    let check = run(&["--lang", "ru", "config", "--check"]);
    let said = String::from_utf8(check.stderr).unwrap();
    assert!(
        said.contains("не удалось прочитать: это не текст в UTF-8"),
        "{said}"
    );
}
