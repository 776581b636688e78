//! Who did it (issue 16 point 4) on a database of one's own: the config
//! file's `user`, else `$USER`, else a named fallback, recorded on every
//! change and note, shown and exported; and `assignee:me`.

mod cli_support;

use cli_support::{Db, add};

/// The command with who the user is given by `config_user` (in a config
/// file) and `env_user` (`$USER`); `$LOGNAME` is always removed.
fn as_user(db: &Db, config_user: Option<&str>, env_user: Option<&str>, args: &[&str]) -> String {
    let mut cmd = db.cmd();
    cmd.env_remove("LOGNAME").env_remove("USER");
    if let Some(u) = env_user {
        cmd.env("USER", u);
    }
    let config = db.file(
        "who.toml",
        match config_user {
            Some(u) => format!("user = \"{u}\"\n").into_bytes(),
            None => Vec::new(),
        }
        .as_slice(),
    );
    cmd.env("SPROUT_CONFIG", &config);
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_change_and_note_records_who_made_it() {
    let db = Db::new();
    add(&db, "Clean water", &[]);
    as_user(
        &db,
        Some("olga"),
        Some("anna"),
        &["set", "1", "--stage", "review"],
    );
    as_user(
        &db,
        Some("olga"),
        None,
        &["note", "1", "called the proposer"],
    );
    as_user(&db, None, Some("anna"), &["set", "1", "--score", "4"]);
    as_user(&db, None, None, &["set", "1", "--sector", "health"]);
    let json = db.run(&["show", "1", "--format", "json"]);
    let idea: serde_json::Value = serde_json::from_str(&json).unwrap();
    let by: Vec<(&str, &str)> = idea["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["field"].as_str().unwrap(), c["by"].as_str().unwrap()))
        .collect();
    assert_eq!(
        by,
        [
            ("stage", "olga"),
            ("score", "anna"),
            ("sector", "local user")
        ],
        "the config's user first, then $USER, then the fallback"
    );
    assert_eq!(idea["notes"][0]["by"], "olga");
    let shown = db.run(&["show", "1"]);
    assert!(shown.contains("Z · olga  called the proposer\n"), "{shown}");
    assert!(shown.contains("Z · anna  score: — → 4\n"), "{shown}");
    let exported = db.export("jsonl");
    assert!(
        exported.contains(r#""to":"review","by":"olga"}"#),
        "{exported}"
    );
}

#[test]
fn assignee_me_is_whoever_runs_the_query() {
    let db = Db::new();
    for (title, assignee) in [
        ("Clean water", "Olga"),
        ("Social taxi", "olgana"),
        ("Reading club", "anna"),
    ] {
        let id = add(&db, title, &[]);
        db.run(&["set", &id, "--assignee", assignee]);
    }
    let ids = |who: &str| {
        as_user(
            &db,
            Some(who),
            None,
            &["list", "assignee:me", "--format", "ids"],
        )
    };
    assert_eq!(ids("olga"), "1\n", "the whole name, ignoring case");
    assert_eq!(ids("anna"), "3\n");
    assert_eq!(ids("nobody"), "");
    let not_mine = as_user(
        &db,
        None,
        Some("anna"),
        &["list", "!assignee:me", "--format", "ids", "--sort", "id"],
    );
    assert_eq!(not_mine, "1\n2\n");
}

#[test]
fn the_my_queue_view_is_what_is_assigned_to_me_and_not_yet_decided() {
    let db = Db::new();
    for (title, assignee, stage) in [
        ("Clean water", "olga", "new"),
        ("Social taxi", "olga", "review"),
        ("Reading club", "olga", "pilot"),
        ("Sign language course", "olga", "declined"),
        ("Food bank", "anna", "new"),
        ("Repair cafe", "", "new"),
    ] {
        let id = add(&db, title, &[]);
        db.run(&["set", &id, "--stage", stage]);
        if !assignee.is_empty() {
            db.run(&["set", &id, "--assignee", assignee]);
        }
    }
    let queue = |who: &str| {
        as_user(
            &db,
            Some(who),
            None,
            &[
                "list", "--view", "My queue", "--format", "ids", "--sort", "id",
            ],
        )
    };
    assert_eq!(queue("olga"), "1\n2\n", "new and review only, olga's only");
    assert_eq!(queue("anna"), "5\n");
    assert_eq!(queue("boris"), "");
}

#[test]
fn assignee_me_on_the_command_line_is_whoever_runs_it() {
    let db = Db::new();
    let id = add(&db, "Clean water", &[]);
    as_user(&db, Some("olga"), None, &["set", &id, "--assignee", "me"]);
    let shown = db.run(&["list", "--format", "json"]);
    assert!(shown.contains("\"assignee\":\"olga\""), "{shown}");
    assert_eq!(
        as_user(
            &db,
            Some("olga"),
            None,
            &["list", "--view", "My queue", "--format", "ids"]
        ),
        "1\n"
    );
}
