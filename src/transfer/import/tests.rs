//! Tests of the import: chunks written as the file is read, taken back
//! by a bad last record; a dry run.

use super::*;
use std::cell::Cell;

fn jsonl(lines: &[String]) -> impl Iterator<Item = Raw> + '_ {
    lines
        .iter()
        .enumerate()
        .map(|(n, text)| Raw::Json(n + 1, text.clone()))
}

/// Everything a user could see of a database, and the id it gives next.
fn state(store: &Store) -> (Vec<crate::domain::Idea>, Vec<crate::domain::Row>, u64) {
    let ideas = store.ideas().collect::<Result<_, _>>().unwrap();
    (ideas, store.rows().unwrap(), store.next_id().unwrap())
}

#[test]
fn chunks_are_written_as_the_file_is_read_and_a_bad_last_record_takes_all_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let first = [r#"{"title":"kept","summary":"wells"}"#.to_string()];
    import_records(
        &store,
        jsonl(&first),
        ImportOptions::default(),
        Timestamp(1),
    )
    .unwrap();
    let before = state(&store);
    // 30 good records in chunks of 10, an update of the idea there, and a
    // bad one last.
    let mut lines: Vec<String> = (0..30)
        .map(|n| format!(r#"{{"title":"new {n}","summary":"boreholes"}}"#))
        .collect();
    lines.push(r#"{"id":1,"title":"changed"}"#.into());
    lines.push(r#"{"title":""}"#.into());
    let rows_when_read = Cell::new(0);
    let records = jsonl(&lines).inspect(|raw| {
        if matches!(raw, Raw::Json(26, _)) {
            rows_when_read.set(store.rows().unwrap().len());
        }
    });
    let options = ImportOptions {
        update: true,
        ..ImportOptions::default()
    };
    let mut import = Import::begin(&store, &options, Timestamp(2)).unwrap();
    import.chunk = 10;
    let refused = import.records(records, &Values::default(), &|_| {});
    drop(import);
    match refused {
        Err(TransferError::Invalid { count: 1, problems }) => {
            assert!(
                problems[0].to_string().starts_with("line 32"),
                "{problems:?}"
            )
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("imported a file with a bad record"),
    }
    assert!(
        rows_when_read.get() > 1,
        "the first chunks were written before the end of the file was read"
    );
    assert_eq!(state(&store), before, "everything was taken back");
    assert!(store.summary_ids("bore").unwrap().is_empty());
}

#[test]
fn a_dry_run_writes_nothing_and_counts_what_it_would_do() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let lines: Vec<String> = (0..25)
        .map(|n| format!(r#"{{"title":"idea {n}"}}"#))
        .collect();
    let options = ImportOptions {
        dry_run: true,
        ..ImportOptions::default()
    };
    let mut import = Import::begin(&store, &options, Timestamp(2)).unwrap();
    import.chunk = 10;
    let done = import
        .records(jsonl(&lines), &Values::default(), &|_| {})
        .unwrap();
    import.finish().unwrap();
    assert_eq!(done.counts.added, 25);
    assert_eq!(
        done.counts.added_ids,
        Some((1, 25)),
        "ids go on across chunks"
    );
    assert!(store.rows().unwrap().is_empty());
}

#[test]
fn the_rubric_versions_a_record_carries_are_added_with_its_idea() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    let rubric = r#"{"version":2,"criteria":[{"name":"fit","description":"Fits","weight":1,"min":1,"max":5}],"made":"2026-11-26T12:00:00Z","by":"anna"}"#;
    let line = format!(
        r#"{{"title":"A","reviews":[{{"by":"anna","rubric":2,"scores":[["fit",4]],"confidence":2,"comment":"","time":"2026-11-26T12:00:00Z"}}],"rubrics":[{rubric}]}}"#
    );
    let lines = [line];
    let dry = ImportOptions {
        dry_run: true,
        ..ImportOptions::default()
    };
    let imported = import_records(&store, jsonl(&lines), dry, Timestamp(1)).unwrap();
    assert_eq!(imported.rubrics.added.len(), 1);
    assert!(store.rubrics().unwrap().is_empty(), "a dry run adds none");
    import_records(
        &store,
        jsonl(&lines),
        ImportOptions::default(),
        Timestamp(1),
    )
    .unwrap();
    let stored = store.rubrics().unwrap();
    assert_eq!(stored.len(), 1, "added with the idea, by any caller");
    assert_eq!(stored[0].criteria[0].name, "fit");
    let idea = store.idea(1).unwrap().unwrap();
    assert_eq!(idea.reviews[0].total(&stored[0]), Some(4.0));
}
