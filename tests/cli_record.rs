//! The fields of record schema 2 through the command line: contact fields,
//! the source id, extra fields, duplicate links, and who wrote a note or
//! made a change; read from JSON, shown, searched and exported.

mod cli_support;

use cli_support::{Db, import};

const RECORD: &str = r#"[{"id": 1, "title": "Clean water points",
 "summary": "Boreholes for villages.", "proposer": "Anna Petrova",
 "email": "anna@example.org", "phone": "+7 900 000-00-00",
 "website": "https://water.example.org", "source_id": "F-17",
 "duplicate_of": 3, "not_duplicates": [2, 5],
 "extras": [["How did you hear of us?", "Радио Чебоксары"], ["Region code", "21\nand 22"]],
 "notes": [{"time": "2026-11-01T10:00:00Z", "text": "called", "by": "olga"}],
 "history": [{"time": "2026-11-02T10:00:00Z", "field": "stage", "from": "new", "to": "review", "by": "olga"}],
 "stage": "review"},
 {"id": 2, "title": "An idea from an older export",
  "notes": [{"time": "2026-11-01T10:00:00Z", "text": "no author"}]}]"#;

fn db_with_record() -> Db {
    let db = Db::new();
    let file = db.file("in.json", RECORD.as_bytes());
    import(&db, &file, &[]);
    db
}

#[test]
fn show_has_contact_and_extra_fields_only_when_set() {
    let db = db_with_record();
    let shown = db.run(&["show", "1"]);
    for line in [
        "proposer     Anna Petrova\n",
        "e-mail       anna@example.org\n",
        "phone        +7 900 000-00-00\n",
        "website      https://water.example.org\n",
        "source id    F-17\n",
        "duplicate of #3\n",
        "not dup. of  #2, #5\n",
        "\nExtra fields\n  How did you hear of us?: Радио Чебоксары\n  Region code: 21\n    and 22\n",
    ] {
        assert!(shown.contains(line), "{line:?} not in:\n{shown}");
    }
    let plain = db.run(&["show", "2"]);
    for absent in [
        "e-mail",
        "phone",
        "website",
        "source id",
        "duplicate",
        "Extra fields",
    ] {
        assert!(!plain.contains(absent), "{absent} in:\n{plain}");
    }
}

#[test]
fn exports_carry_the_new_fields_and_json_reads_back_exactly() {
    let db = db_with_record();
    let json = db.export("json");
    assert!(
        json.contains(r#""source_id":"F-17","duplicate_of":3,"not_duplicates":[2,5],"extras":[["How did you hear of us?","Радио Чебоксары"],["Region code","21\nand 22"]]}"#),
        "{json}"
    );
    assert!(json.contains(r#""text":"called","by":"olga"}"#), "{json}");
    assert!(json.contains(r#""to":"review","by":"olga"}"#), "{json}");
    // An idea without them is written as before they existed.
    let old = json.lines().find(|l| l.contains("older export")).unwrap();
    assert!(old.ends_with(r#""archived":false}"#), "{old}");
    assert!(
        old.contains(r#"{"time":"2026-11-01T10:00:00Z","text":"no author"}"#),
        "{old}"
    );

    let again = Db::new();
    let file = again.file("out.json", json.as_bytes());
    import(&again, &file, &[]);
    assert_eq!(again.export("json"), json);
    let lines = db.export("jsonl");
    assert_eq!(lines.lines().count(), 2);
    assert!(lines.contains(r#""email":"anna@example.org""#), "{lines}");
}

#[test]
fn csv_has_the_new_columns_and_one_per_extra_field_after_the_fixed_ones() {
    let db = db_with_record();
    let csv = db.export("csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[19..],
        [
            "email",
            "phone",
            "website",
            "source_id",
            "duplicate_of",
            "not_duplicates",
            "reviewers",
            "reason",
            "How did you hear of us?",
            "Region code"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    assert_eq!(
        rows[0][19..],
        [
            "anna@example.org",
            "'+7 900 000-00-00",
            "https://water.example.org",
            "F-17",
            "3",
            "2;5",
            "",
            "",
            "Радио Чебоксары",
            "21\nand 22"
        ]
    );
    assert!(rows[1][19..].iter().all(String::is_empty), "{:?}", &rows[1]);
}

#[test]
fn free_text_search_finds_words_of_extra_fields() {
    let db = db_with_record();
    let listed = db.run(&["list", "чебоксары"]);
    assert!(listed.lines().any(|l| l.starts_with("#1 ")), "{listed}");
    assert!(!listed.lines().any(|l| l.starts_with("#2 ")), "{listed}");
}
