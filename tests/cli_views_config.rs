//! The real binary with saved views (save, use, rename, delete) and the
//! config file (its default, its path, a check of one), SPEC §3.

mod cli_support;
use cli_support::*;

on_both_engines!(views_are_saved_used_renamed_and_deleted_from_the_command_line);
fn views_are_saved_used_renamed_and_deleted_from_the_command_line(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "120", "--seed", "3"]);
    assert_eq!(
        db.run(&[
            "views",
            "save",
            "Health pilots",
            "sector:health stage:pilot"
        ]),
        "saved view 'Health pilots': sector:health stage:pilot\n"
    );
    assert_eq!(
        db.fail(&["views", "save", "health PILOTS", "stage:new"], 1),
        "error: a view named 'Health pilots' already exists\n"
    );
    assert!(
        db.fail(&["views", "save", "Odd", "stage:nope"], 1)
            .starts_with("error: view 'Odd': in query term 'stage:nope'")
    );
    let direct = db.run(&["list", "sector:health stage:pilot", "--format", "ids"]);
    assert!(!direct.is_empty());
    assert_eq!(
        db.run(&["list", "--view", "health pilots", "--format", "ids"]),
        direct
    );
    let direct = db.run(&["stats", "sector:health stage:pilot", "--format", "json"]);
    assert_eq!(
        db.run(&["stats", "--view", "Health pilots", "--format", "json"]),
        direct
    );
    // A view and a query together: both must hold.
    assert_eq!(
        db.run(&[
            "export",
            "--view",
            "Inbox",
            "sector:edu",
            "--format",
            "jsonl"
        ]),
        db.run(&["export", "stage:new sector:edu", "--format", "jsonl"])
    );
    assert_eq!(
        db.fail(&["list", "--view", "Nope"], 1),
        "error: there is no view named 'Nope' (views: Inbox, In review, Waiting too long, My queue, My reviews, Health pilots)\n"
    );
    db.run(&["views", "rename", "Health pilots", "Pilots · health"]);
    db.run(&["views", "delete", "in review"]);
    let listed = db.run(&["views"]);
    let count = direct_count(&db, "sector:health stage:pilot");
    let line = listed
        .lines()
        .find(|l| l.starts_with("Pilots · health "))
        .unwrap_or_else(|| panic!("{listed}"));
    assert!(line.contains(" sector:health stage:pilot "), "{line}");
    assert_eq!(
        line.split_whitespace().last(),
        Some(count.to_string().as_str())
    );
    assert!(!listed.contains("In review"));
}

fn direct_count(db: &Db, query: &str) -> usize {
    db.run(&["list", query, "--format", "ids"]).lines().count()
}

on_both_engines!(config_prints_its_default_file_path_and_checks_a_file);
fn config_prints_its_default_file_path_and_checks_a_file(engine: Engine) {
    let db = Db::on(engine);
    let default = db.run(&["config", "--default"]);
    assert!(default.starts_with("# sprout config file."));
    assert!(default.contains("\ntheme = \"dark\"\n"));
    assert!(default.contains("\n[keys.browse]"));
    let home = db.dir.path().join("home");
    let path = db
        .cmd()
        .args(["config", "--path"])
        .env_remove("SPROUT_CONFIG")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("cfg"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(path.stdout).unwrap(),
        format!("{}\n", home.join("cfg/sprout/config.toml").display())
    );
    // The default file is a valid config.
    let good = db.file("good.toml", default.as_bytes());
    assert_eq!(
        db.run(&["--config", good.to_str().unwrap(), "config", "--check"]),
        format!("{}: fine\n", good.display())
    );
    let bad = db.file(
        "bad.toml",
        b"theme = \"light\"\n\n[keys.browse]\nquit = \"Ctrl-\"\n",
    );
    let err = db
        .cmd()
        .args(["config", "--check"])
        .env("SPROUT_CONFIG", &bad)
        .output()
        .unwrap();
    assert_eq!(err.status.code(), Some(1));
    let err = String::from_utf8(err.stderr).unwrap();
    assert!(
        err.starts_with(
            "error: 1 problem in the config file; sprout would start with the defaults\n"
        ),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{}: line 4: keys.browse.quit: 'Ctrl-' is not a key",
            bad.display()
        )),
        "{err}"
    );
}
