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
