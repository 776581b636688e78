//! Importing again adds nothing (issue 17, point 5): a record without an
//! id that is an idea already there (its title, proposer and summary,
//! normalised) is counted as "already there", and `--update` refreshes it
//! with history.

mod cli_support;
mod intake_support;
use cli_support::*;
use intake_support::*;

#[test]
fn the_same_export_imported_twice_adds_nothing_the_second_time() {
    let db = Db::new();
    let text = "Project name,Organisation,Description,Stage\n\
                Clean water,Rodnik,\"Filters, wells.\",new\n\
                Social taxi,Oleg Petrov,Rides,new\n";
    let f = db.file("form.csv", text.as_bytes());
    assert!(import(&db, &f, &[]).starts_with("added 2 ideas (#1–#2)"));
    let out = import(&db, &f, &[]);
    assert_eq!(
        out.trim(),
        "added 0 ideas, 2 already there (--update refreshes them)"
    );
    // Written another way (case, spaces, punctuation): still the same idea.
    // A changed summary is another idea.
    let again = "Project name,Organisation,Description\n\
                 CLEAN  WATER,rodnik,Filters wells\n\
                 Social taxi,Oleg Petrov,Rides at night\n";
    let f2 = db.file("again.csv", again.as_bytes());
    let out = import(&db, &f2, &[]);
    assert!(
        out.starts_with("added 1 idea (#3), 1 already there"),
        "{out}"
    );
    assert_eq!(idea(&db, 3)["summary"], "Rides at night");
    let dry = import(&db, &f2, &["--dry-run"]);
    assert!(dry.contains("would add 0 ideas"), "{dry}");
}

#[test]
fn update_refreshes_an_idea_already_there_and_records_the_change() {
    let db = Db::new();
    let f = db.file(
        "a.csv",
        b"title,proposer,summary,stage\nClean water,Rodnik,Wells,new\n",
    );
    import(&db, &f, &[]);
    let f = db.file(
        "b.csv",
        b"title,proposer,summary,stage\nClean water,Rodnik,Wells,review\n",
    );
    let out = import(&db, &f, &["--update"]);
    assert!(out.starts_with("added 0 ideas, updated 1"), "{out}");
    let v = idea(&db, 1);
    assert_eq!(v["stage"], "review");
    let history = v["history"].as_array().unwrap();
    assert!(
        history.iter().any(|c| c.to_string().contains("review")),
        "the change is in the history: {v}"
    );
    // Once more: nothing to refresh.
    let out = import(&db, &f, &["--update"]);
    assert!(out.contains("1 unchanged"), "{out}");
}

#[test]
fn the_files_own_key_matches_a_record_whose_text_changed() {
    // A web form's export, then the same export a week later: one
    // submission's title was corrected, one is new. By the fingerprint the
    // corrected one would be a new idea; by the form's own key it is the
    // idea already there.
    let db = Db::new();
    let first = "Submission ID,Project name,Organisation\n\
                 A-17,Clean water,Rodnik\n\
                 A-18,Social taxi,Oleg Petrov\n";
    let f = db.file("week1.csv", first.as_bytes());
    let out = ok(
        &db,
        &["import", f.to_str().unwrap(), "--key", "Submission ID"],
    )
    .0;
    assert!(out.starts_with("added 2 ideas (#1–#2)"), "{out}");
    assert_eq!(idea(&db, 1)["source_id"], "A-17", "the key is kept");
    let second = "Submission ID,Project name,Organisation\n\
                  A-17,Clean water for villages,Rodnik\n\
                  A-18,Social taxi,Oleg Petrov\n\
                  A-19,Clean water,Rodnik\n";
    let f2 = db.file("week2.csv", second.as_bytes());
    let args = ["import", f2.to_str().unwrap(), "--key", "submission id"];
    let out = ok(&db, &args).0;
    // A-19 has the text of A-17 as it was, but its own key: a new idea.
    assert!(
        out.starts_with("added 1 idea (#3), 2 already there"),
        "{out}"
    );
    assert_eq!(idea(&db, 3)["source_id"], "A-19");
    let mut update = args.to_vec();
    update.push("--update");
    let out = ok(&db, &update).0;
    assert!(out.contains("updated 1"), "{out}");
    assert_eq!(idea(&db, 1)["title"], "Clean water for villages");

    // Without --key the same file is matched by its text, and the column
    // is kept as an extra field instead.
    let plain = Db::new();
    let f = plain.file("week1.csv", first.as_bytes());
    ok(&plain, &["import", f.to_str().unwrap()]);
    let f2 = plain.file("week2.csv", second.as_bytes());
    let out = ok(&plain, &["import", f2.to_str().unwrap()]).0;
    assert!(
        out.starts_with("added 1 idea (#3), 2 already there"),
        "{out}"
    );
    assert_eq!(idea(&plain, 3)["title"], "Clean water for villages");
}

#[test]
fn a_key_given_twice_in_a_file_or_missing_from_it_is_an_error_naming_where() {
    let db = Db::new();
    let f = db.file(
        "dup.csv",
        b"Submission ID,title\nA-1,Clean water\nA-1,Social taxi\n",
    );
    let e = fails(
        &db,
        &["import", f.to_str().unwrap(), "--key", "Submission ID"],
        1,
    );
    assert!(e.contains("line 3"), "{e}");
    assert!(e.contains("'A-1' is also the key of line 2"), "{e}");
    let e = fails(&db, &["import", f.to_str().unwrap(), "--key", "Form ID"], 1);
    assert!(
        e.contains("--key 'Form ID': the file has no column 'Form ID'"),
        "{e}"
    );
    let j = db.file("ideas.jsonl", b"{\"title\":\"x\"}\n");
    let e = fails(&db, &["import", j.to_str().unwrap(), "--key", "Form ID"], 2);
    assert!(e.contains("--key names a column of CSV files"), "{e}");
    assert_eq!(
        db.run(&["list", "--format", "ids"]).trim(),
        "",
        "nothing written"
    );
}
