//! Help that stands on its own (`sprout help query`, no references to
//! documents users do not have), completions that know the vocabularies,
//! and the table's score column.

mod cli_support;
use cli_support::*;

#[test]
fn every_help_stands_on_its_own_and_help_query_explains_queries() {
    let db = Db::new();
    let mut helps = vec![db.run(&["--help"]), db.run(&["-h"]), db.run(&["help"])];
    for cmd in [
        "add",
        "list",
        "show",
        "set",
        "note",
        "import",
        "export",
        "stats",
        "demo",
        "views",
        "review",
        "rubric",
        "panel",
        "assign",
        "conflicts",
        "config",
        "completions",
        "help",
    ] {
        let long = db.run(&[cmd, "--help"]);
        assert_eq!(
            db.run(&["help", cmd]),
            long,
            "`sprout help {cmd}` is `{cmd} --help`"
        );
        helps.push(long);
        helps.push(db.run(&[cmd, "-h"]));
    }
    for sub in ["list", "save", "rename", "delete"] {
        helps.push(db.run(&["help", "views", sub]));
    }
    for sub in ["list", "add", "remove"] {
        helps.push(db.run(&["help", "conflicts", sub]));
    }
    let query = db.run(&["help", "query"]);
    helps.push(query.clone());
    for help in &helps {
        for unreachable in ["SPEC", "§", "ARCHITECTURE", "RELIABILITY", ".md"] {
            assert!(!help.contains(unreachable), "{unreachable} in:\n{help}");
        }
    }
    for cmd in ["list", "export", "stats"] {
        assert!(
            db.run(&[cmd, "--help"]).contains("sprout help query"),
            "{cmd}"
        );
    }
    assert!(db.run(&["--help"]).contains("sprout help query"));
    for needle in [
        "sector:edu",
        "stage:pilot,scaling",
        "score:>=4",
        "amount:<500k",
        "is:archived",
        "is:duplicate",
        "similar:42",
        "'social taxi",
        "^clean",
        "!moscow",
        "#42",
        "Examples",
        "initiative-group",
    ] {
        assert!(query.contains(needle), "{needle} missing from:\n{query}");
    }
    let err = db.fail(&["help", "frobnicate"], 2);
    assert!(
        err.contains("possible values") && err.contains("query"),
        "{err}"
    );
    let err = db.fail(&["help", "views", "frobnicate"], 2);
    assert!(
        err.starts_with("error: `sprout views` has no command 'frobnicate'"),
        "{err}"
    );
}

#[test]
fn completions_offer_the_vocabularies_formats_and_sorts() {
    let db = Db::new();
    let bash = db.run(&["completions", "bash"]);
    for values in [
        "health education disparities employment ecology other unclassified",
        "new review incubation pilot scaling sustainable declined",
        "nonprofit social-enterprise small-business company government initiative-group unknown",
        "funding regulation government-support participation infrastructure",
        "table json jsonl csv ids",
        "updated created title score stage id",
        "query add list show",
    ] {
        assert!(bash.contains(values), "bash completions lack {values}");
    }
    for shell in ["zsh", "fish"] {
        let script = db.run(&["completions", shell]);
        assert!(
            script.contains("social-enterprise") && script.contains("sustainable"),
            "{shell}"
        );
    }
    // Prefixes still work, and the error still lists the names.
    db.run(&["add", "--title", "x", "--sector", "edu", "--org", "soc"]);
    let err = db.fail(&["add", "--title", "x", "--sector", "space"], 2);
    assert!(
        err.contains("unknown sector 'space' (valid: health, education"),
        "{err}"
    );
    assert!(
        db.run(&["add", "--help"])
            .contains("[possible values: health, education")
    );
}

on_both_engines!(list_sorted_by_score_shows_the_score);
fn list_sorted_by_score_shows_the_score(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "Low", &[]);
    add(&db, "High", &[]);
    add(&db, "None given", &[]);
    db.run(&["set", "1", "--score", "2"]);
    db.run(&["set", "2", "--score", "5"]);
    let table = db.run(&["list", "--sort", "score"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("ID  TITLE       SCORE  SECTOR"),
        "{table}"
    );
    assert!(lines[1].starts_with("#2  High            5"), "{table}");
    assert!(lines[2].starts_with("#1  Low             2"), "{table}");
    assert!(lines[3].starts_with("#3  None given      —"), "{table}");
    assert!(
        !db.run(&["list"]).contains("SCORE"),
        "other sorts keep their columns"
    );
}

#[test]
fn help_has_an_example_for_every_command() {
    let db = Db::new();
    for cmd in [
        "add",
        "list",
        "show",
        "set",
        "note",
        "import",
        "export",
        "stats",
        "demo",
        "review",
        "rubric",
        "panel",
        "assign",
        "conflicts",
        "completions",
    ] {
        let help = db.run(&[cmd, "--help"]);
        assert!(help.contains("Example"), "{cmd} --help has no example");
    }
    assert!(db.run(&["--help"]).contains("Examples"));
    assert!(db.run(&["completions", "bash"]).contains("sprout"));
    let err = db.fail(&["frobnicate"], 2);
    assert!(err.starts_with("error: unrecognized subcommand"), "{err}");
}

#[test]
fn help_names_the_language_flag_and_what_it_changes() {
    let db = Db::new();
    let help = db.run(&["--help"]);
    let line = help
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("--lang <LANG>"))
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(line.contains("en or ru"), "{help}");
    assert!(line.contains("screens"), "{line}");
}
