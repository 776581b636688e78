//! `import` written in chunks as the file is read (issue 17 point 7): a
//! file refused at its end, or an import that fails part way, leaves the
//! database exactly as it was, on both engines; records that ask for ids
//! get them whichever chunk they are in.

mod cli_support;
use cli_support::*;

/// `import` in chunks of `chunk` records (and sled batches as small).
fn import_in_chunks(
    db: &Db,
    file: &std::path::Path,
    chunk: &str,
    extra: &[&str],
) -> std::process::Output {
    db.cmd()
        .arg("import")
        .arg(file)
        .args(extra)
        .env("SPROUT_IMPORT_CHUNK", chunk)
        .env("SPROUT_WRITE_CHUNK", chunk)
        .output()
        .unwrap()
}

on_both_engines!(a_bad_last_record_takes_back_every_chunk_written_before_it);
fn a_bad_last_record_takes_back_every_chunk_written_before_it(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "20", "--seed", "3"]);
    let before = db.export("json");
    // 300 new ideas, two of the 20 changed (with --update), and a record
    // the import refuses on the last line.
    let mut file = String::new();
    for n in 0..300 {
        file.push_str(&format!(
            "{{\"title\": \"Imported {n}\", \"summary\": \"boreholes and pumps\"}}\n"
        ));
    }
    file.push_str("{\"id\": 3, \"title\": \"Changed three\"}\n");
    file.push_str("{\"id\": 7, \"title\": \"Seven\", \"stage\": \"pilot\"}\n");
    file.push_str("{\"title\": \"Last\", \"score\": 99}\n");
    let f = db.file("big.jsonl", file.as_bytes());
    let out = import_in_chunks(&db, &f, "16", &["--update"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 invalid record; nothing was imported") && err.contains("line 303"),
        "{err}"
    );
    assert_eq!(
        db.export("json"),
        before,
        "the database is exactly as it was"
    );
    assert_eq!(db.run(&["list", "bore", "--format", "ids"]), "");
    assert_eq!(add(&db, "next", &[]), "21", "no id of the import was used");
}

on_both_engines!(an_unreadable_end_of_file_takes_back_every_chunk);
fn an_unreadable_end_of_file_takes_back_every_chunk(engine: Engine) {
    let db = Db::on(engine);
    db.run(&["demo", "--count", "5", "--seed", "3"]);
    let before = db.export("json");
    let mut file = "title,summary\n".to_string();
    for n in 0..200 {
        file.push_str(&format!("Imported {n},wells\n"));
    }
    // Not text: the rest of the file cannot be read.
    file.push_str("Bad\0,wells\n");
    let f = db.file("open.csv", file.as_bytes());
    let out = import_in_chunks(&db, &f, "16", &["--skip-invalid"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 202"),
        "{out:?}"
    );
    assert_eq!(db.export("json"), before);
    assert_eq!(add(&db, "next", &[]), "6");
}

on_both_engines!(a_record_asking_for_an_id_given_in_an_earlier_chunk_gets_it);
fn a_record_asking_for_an_id_given_in_an_earlier_chunk_gets_it(engine: Engine) {
    let db = Db::on(engine);
    // Chunks of one record: the first record is given #1 and written
    // before the second, which asks for #1, is read.
    let f = db.file(
        "mixed.jsonl",
        b"{\"title\": \"Without an id\", \"summary\": \"wells\"}\n{\"id\": 1, \"title\": \"Asks for one\"}\n{\"title\": \"Also without\"}\n",
    );
    let out = import_in_chunks(&db, &f, "1", &[]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "added 3 ideas (#1–#3)\n"
    );
    for (id, title) in [
        (1, "Asks for one"),
        (2, "Without an id"),
        (3, "Also without"),
    ] {
        let shown = db.run(&["show", &id.to_string()]);
        assert_eq!(
            shown.lines().next(),
            Some(format!("#{id} {title}").as_str())
        );
    }
    assert_eq!(db.run(&["list", "wells", "--format", "ids"]), "2\n");
    // Importing it again adds nothing.
    let again = import_in_chunks(&db, &f, "1", &[]);
    assert_eq!(
        String::from_utf8_lossy(&again.stdout),
        "added 0 ideas, 3 already there (--update refreshes them)\n"
    );
}

on_both_engines!(an_import_of_many_chunks_reports_as_one);
fn an_import_of_many_chunks_reports_as_one(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "There before", &["--proposer", "Rodnik"]);
    let mut file = "title,proposer\nThere before,Rodnik\n".to_string();
    for n in 0..100 {
        file.push_str(&format!("New {n},Someone\n"));
    }
    let f = db.file("many.csv", file.as_bytes());
    let out = import_in_chunks(&db, &f, "7", &[]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "added 100 ideas (#2–#101), 1 already there (--update refreshes them)\n"
    );
    let dry = import_in_chunks(&db, &f, "7", &["--dry-run"]);
    assert!(
        String::from_utf8_lossy(&dry.stdout)
            .ends_with("dry run: would add 0 ideas, 101 already there (--update refreshes them); nothing was written\n"),
        "{dry:?}"
    );
}
