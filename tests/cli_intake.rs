//! Intake as it really arrives (issue 17, points 1, 2 and 4): columns
//! mapped by name or by `--map`, mappings saved and reused, values as
//! people write them, and spreadsheets, with the real-world shapes in
//! tests/fixtures/ imported and checked field by field.

mod cli_support;
mod intake_support;
use cli_support::*;
use intake_support::*;
use serde_json::{Value, json};

const FORM_MAP: &[&str] = &[
    "--map",
    "Describe your project in a few sentences=summary",
    "--map",
    "Which region is your project in?=region",
    "--map",
    "What kind of organisation are you?=org",
    "--map",
    "Which area does your project work in?=sector",
    "--map",
    "How much funding do you need (in roubles)?=amount",
    "--map",
    "What stands in your way? (tick all that apply)=barriers",
];

on_both_engines!(a_google_forms_export_is_mapped_saved_reused_and_imported_field_by_field);
fn a_google_forms_export_is_mapped_saved_reused_and_imported_field_by_field(engine: Engine) {
    let db = Db::on(engine);
    let file = fixture("google_forms.csv");
    let file = file.to_str().unwrap();
    let mut args = vec!["import", file, "--dry-run", "--save-map", "webform"];
    args.extend_from_slice(FORM_MAP);
    let (table, stderr) = ok(&db, &args);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["column", "field", "samples"]
    );
    let row = |header: &str| {
        *lines
            .iter()
            .find(|l| l.trim_start().starts_with(header))
            .unwrap_or_else(|| panic!("no row for {header}: {table}"))
    };
    // Each column, its field, and its first values, made printable: the
    // summary's line break is a space here.
    assert!(row("Timestamp").contains(" created "), "{table}");
    assert!(row("Timestamp").contains("2026/11/24 10:1"), "{table}");
    // The applicant's e-mail is a field of its own (record schema 2).
    assert!(row("Email Address").contains(" email "), "{table}");
    assert!(
        row("Email Address").contains("anna@example.org · oleg@example.org"),
        "{table}"
    );
    assert!(row("Project name").contains(" title "), "{table}");
    assert!(
        row("Describe your project").contains(" summary "),
        "{table}"
    );
    assert!(row("Organisation").contains(" proposer "), "{table}");
    assert!(row("What kind of").contains(" org_kind "), "{table}");
    assert!(row("Tags").contains(" tags "), "{table}");
    assert!(!table.contains("villages\non"), "{table}");
    assert_eq!(
        lines.len(),
        13,
        "a header and 11 columns, then the summary: {table}"
    );
    assert_eq!(
        lines[12],
        "dry run: would add 3 ideas (#1–#3); nothing was written"
    );
    assert!(!stderr.contains("ignoring unknown field"), "{stderr}");
    // Saved beside the config file, not in the database.
    let saved = db.dir.path().join("config").join("mappings.toml");
    assert!(
        stderr.contains(&format!(
            "saved the mapping as 'webform' in {}",
            saved.display()
        )),
        "{stderr}"
    );
    let text = std::fs::read_to_string(&saved).unwrap();
    assert!(
        text.contains("[webform]") && text.contains("\"Email Address\" = \"email\""),
        "{text}"
    );
    assert_eq!(
        db.run(&["list", "--format", "ids"]),
        "",
        "a dry run writes no idea"
    );

    // The saved mapping places the long questions without any --map.
    let (out, _) = ok(&db, &["import", file, "--mapping", "webform"]);
    assert_eq!(out, "added 3 ideas (#1–#3)\n");
    assert_eq!(
        fields(&idea(&db, 1)),
        json!({
            "title": "Clean water for Kamsky",
            "summary": "Filters and wells for three villages\non the Kama river.",
            "proposer": "Rodnik Foundation",
            "org_kind": "nonprofit",
            "region": "Republic of Tatarstan",
            "sector": "ecology",
            "stage": "new",
            "barriers": ["funding", "regulation"],
            "funder": "",
            "amount": 1_500_000,
            "tags": ["rural", "water"],
            "created": "2026-11-24T07:12:03Z",
            "updated": "2026-11-24T07:12:03Z",
        })
    );
    assert_eq!(idea(&db, 1)["email"], "anna@example.org");
    assert_eq!(
        fields(&idea(&db, 2)),
        json!({
            "title": "Social taxi",
            "summary": "Rides for wheelchair users, booked by phone.",
            "proposer": "Oleg Petrov",
            "org_kind": "initiative-group",
            "region": "Perm Krai",
            "sector": "health",
            "stage": "new",
            "barriers": ["funding"],
            "funder": "",
            "amount": 450_000,
            "tags": ["transport"],
            "created": "2026-11-24T11:40:51Z",
            "updated": "2026-11-24T11:40:51Z",
        })
    );
    assert_eq!(
        fields(&idea(&db, 3)),
        json!({
            "title": "School robotics club",
            "summary": "",
            "proposer": "Lyceum 7",
            "org_kind": "government",
            "region": "Novosibirsk Oblast",
            "sector": "education",
            "stage": "new",
            "barriers": [],
            "funder": "",
            "amount": 300_000,
            "tags": ["education", "robotics"],
            "created": "2026-11-25T06:05:00Z",
            "updated": "2026-11-25T06:05:00Z",
        })
    );
}

on_both_engines!(without_the_mapping_the_long_questions_are_shown_kept_as_extras);
fn without_the_mapping_the_long_questions_are_shown_kept_as_extras(engine: Engine) {
    let db = Db::on(engine);
    let file = fixture("google_forms.csv");
    let (table, _) = ok(&db, &["import", file.to_str().unwrap(), "--dry-run"]);
    let line = table
        .lines()
        .find(|l| l.contains("Which area does"))
        .unwrap();
    assert!(line.contains(" kept as extra "), "{table}");
    let e = fails(
        &db,
        &["import", file.to_str().unwrap(), "--mapping", "webform"],
        1,
    );
    assert!(e.contains("--mapping: no saved mapping 'webform'"), "{e}");
}

on_both_engines!(a_360giving_grants_file_is_imported_field_by_field);
fn a_360giving_grants_file_is_imported_field_by_field(engine: Engine) {
    let db = Db::on(engine);
    let file = fixture("grants.csv");
    let (out, stderr) = ok(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(out, "added 2 ideas (#1–#2)\n");
    // Columns that go to no field are kept as extra fields, not dropped.
    assert!(!stderr.contains("ignoring"), "{stderr}");
    let extras = idea(&db, 1)["extras"].to_string();
    for kept in [
        "Identifier",
        "Currency",
        "Amount Awarded",
        "Recipient Org:Identifier",
    ] {
        assert!(extras.contains(&format!("[\"{kept}\",")), "{extras}");
    }
    assert_eq!(
        fields(&idea(&db, 1)),
        json!({
            "title": "Community garden",
            "summary": "Raised beds and a tool shed for the estate's residents.",
            "proposer": "Greenway Trust",
            "org_kind": "unknown",
            "region": "Leeds",
            "sector": "unclassified",
            "stage": "new",
            "barriers": [],
            "funder": "Example Foundation",
            "amount": 12_000,
            "tags": [],
            "created": "2026-03-15T00:00:00Z",
            "updated": "2026-04-01T09:30:00Z",
        })
    );
    assert_eq!(
        fields(&idea(&db, 2)),
        json!({
            "title": "Digital skills, for older people",
            "summary": "Weekly sessions in two libraries, \"no question too small\".",
            "proposer": "Silver Surfers CIC",
            "org_kind": "unknown",
            "region": "Bristol",
            "sector": "unclassified",
            "stage": "new",
            "barriers": [],
            "funder": "Example Foundation",
            "amount": 8_500,
            "tags": [],
            "created": "2026-05-02T00:00:00Z",
            "updated": "2026-05-10T14:00:00Z",
        })
    );
}

on_both_engines!(a_repeated_header_is_an_error_naming_the_line_and_columns);
fn a_repeated_header_is_an_error_naming_the_line_and_columns(engine: Engine) {
    let db = Db::on(engine);
    add(&db, "already here", &[]);
    let before = db.export("json");
    for (header, want) in [
        (
            "title,title",
            "line 1: columns 1 'title' and 2 'title' have the same header",
        ),
        (
            "title,Title",
            "line 1: columns 1 'title' and 2 'Title' have the same header",
        ),
        (
            "title,summary,summary",
            "line 1: columns 2 'summary' and 3 'summary' have the same header",
        ),
        (
            "title,tags,Tags",
            "line 1: columns 2 'tags' and 3 'Tags' have the same header",
        ),
        (
            "Name,Project name",
            "line 1: columns 1 'Name' and 2 'Project name' both go to title",
        ),
    ] {
        let cells = vec!["x"; header.split(',').count()].join(",");
        let f = db.file("dup.csv", format!("{header}\n{cells}\n").as_bytes());
        let e = fails(&db, &["import", f.to_str().unwrap()], 1);
        assert!(
            e.starts_with("error: ") && e.contains(want),
            "{header}: {e}"
        );
    }
    // Two keys for one field in a JSON record too.
    let f = db.file("dup.jsonl", br#"{"title": "a", "Title": "b"}"#);
    let e = fails(&db, &["import", f.to_str().unwrap()], 1);
    assert!(
        e.contains("line 1: title: given twice, as 'Title' and 'title'"),
        "{e}"
    );
    assert_eq!(db.export("json"), before, "nothing changed");
}

on_both_engines!(map_chooses_a_column_over_one_recognised_by_name);
fn map_chooses_a_column_over_one_recognised_by_name(engine: Engine) {
    let db = Db::on(engine);
    let f = db.file(
        "people.csv",
        "Name,Your idea,Описание\nAnna Ivanova,Reading club,Books for the village\n".as_bytes(),
    );
    let f = f.to_str().unwrap();
    let (out, _) = ok(
        &db,
        &[
            "import",
            f,
            "--map",
            "your idea=title",
            "--map",
            "NAME=proposer",
        ],
    );
    assert_eq!(out, "added 1 idea (#1)\n");
    let i = idea(&db, 1);
    assert_eq!(
        (i["title"].as_str(), i["proposer"].as_str()),
        (Some("Reading club"), Some("Anna Ivanova"))
    );
    assert_eq!(i["summary"], "Books for the village");
    // Mistakes in --map are named.
    let e = fails(&db, &["import", f, "--map", "Name=colour"], 2);
    assert!(
        e.contains("'colour' is not a field (fields: id, title,"),
        "{e}"
    );
    let e = fails(&db, &["import", f, "--map", "Nmae=title"], 1);
    assert!(
        e.contains(
            "--map 'Nmae': the file has no column 'Nmae' (columns: Name, Your idea, Описание)"
        ),
        "{e}"
    );
    let e = fails(&db, &["import", f, "--map", "title"], 2);
    assert!(e.contains("'title' is not COLUMN=FIELD"), "{e}");
    let json = db.file("a.json", br#"[{"title": "x"}]"#);
    let e = fails(
        &db,
        &["import", json.to_str().unwrap(), "--map", "a=title"],
        2,
    );
    assert!(
        e.contains("place the columns of CSV files and spreadsheets"),
        "{e}"
    );
    let e = fails(
        &db,
        &["import", "-", "--format", "csv", "--mapping", "x"],
        1,
    );
    assert!(e.contains("no saved mapping 'x'"), "{e}");
    let e = db.fail(&["import", f, "--date-format", "%d/%m"], 2);
    assert!(
        e.contains("'%d/%m' is not a date format with a day, a month and a year"),
        "{e}"
    );
}

on_both_engines!(vocabulary_and_dates_are_read_as_people_write_them);
fn vocabulary_and_dates_are_read_as_people_write_them(engine: Engine) {
    let db = Db::on(engine);
    let csv = "Название,Сфера,Тип организации,Стадия,Барьеры,Дата подачи\n\
        Один,Экология,НКО,На рассмотрении,\"Финансирование, регулирование\",2026-11-24 10:12:03\n\
        Два,Environment,NGO,pilot,Funding,24.11.2026\n\
        Три,Здравоохранение,Non-profit,Rejected,,46350\n\
        Четыре,Социальная защита,Social enterprise,,,2026-11-24\n\
        Пять,Образование,,,,24/11/2026\n";
    let f = db.file("ru.csv", csv.as_bytes());
    let (out, _) = ok(&db, &["import", f.to_str().unwrap()]);
    assert_eq!(out, "added 5 ideas (#1–#5)\n");
    let got: Vec<(Value, Value, Value, Value, Value)> = (1..=5)
        .map(|id| {
            let i = idea(&db, id);
            (
                i["sector"].clone(),
                i["org_kind"].clone(),
                i["stage"].clone(),
                i["barriers"].clone(),
                i["created"].clone(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                json!("ecology"),
                json!("nonprofit"),
                json!("review"),
                json!(["funding", "regulation"]),
                json!("2026-11-24T10:12:03Z")
            ),
            (
                json!("ecology"),
                json!("nonprofit"),
                json!("pilot"),
                json!(["funding"]),
                json!("2026-11-24T00:00:00Z")
            ),
            (
                json!("health"),
                json!("nonprofit"),
                json!("declined"),
                json!([]),
                json!("2026-11-24T00:00:00Z")
            ),
            (
                json!("health"),
                json!("social-enterprise"),
                json!("new"),
                json!([]),
                json!("2026-11-24T00:00:00Z")
            ),
            (
                json!("education"),
                json!("unknown"),
                json!("new"),
                json!([]),
                json!("2026-11-24T00:00:00Z")
            ),
        ]
    );
}

on_both_engines!(an_ambiguous_date_is_refused_naming_the_line_until_date_format_says_which);
fn an_ambiguous_date_is_refused_naming_the_line_until_date_format_says_which(engine: Engine) {
    let db = Db::on(engine);
    let f = db.file(
        "us.csv",
        b"title,created\nFirst,11/24/2026\nSecond,11/12/2026 09:30\n",
    );
    let f = f.to_str().unwrap();
    let e = fails(&db, &["import", f], 1);
    assert!(
        e.contains("\n  line 3: created: '11/12/2026 09:30' could be 11 December 2026 or 12 November 2026; say which with --date-format %d/%m/%Y or %m/%d/%Y"),
        "{e}"
    );
    assert_eq!(db.run(&["list", "--format", "ids"]), "");
    let (out, _) = ok(&db, &["import", f, "--date-format", "%m/%d/%Y"]);
    assert_eq!(out, "added 2 ideas (#1–#2)\n");
    assert_eq!(idea(&db, 1)["created"], "2026-11-24T00:00:00Z");
    assert_eq!(idea(&db, 2)["created"], "2026-11-12T09:30:00Z");
    // With the other reading, 11/24 is no date at all.
    let db = Db::on(engine);
    let e = fails(&db, &["import", f, "--date-format", "%d/%m/%Y"], 1);
    assert!(
        e.contains("line 2: created: '11/24/2026' is not a date in --date-format %d/%m/%Y"),
        "{e}"
    );
}

on_both_engines!(synonyms_in_the_config_file_extend_the_vocabulary);
fn synonyms_in_the_config_file_extend_the_vocabulary(engine: Engine) {
    let db = Db::on(engine);
    let f = db.file(
        "sport.csv",
        "title,sector,org\nМини-футбол,Спорт,АНО\n".as_bytes(),
    );
    let f = f.to_str().unwrap();
    let e = fails(&db, &["import", f], 1);
    assert!(e.contains("line 2: sector: unknown sector 'Спорт'"), "{e}");
    let dir = db.dir.path().join("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[synonyms.sector]\n\"Спорт\" = \"other\"\n\n[synonyms.org]\n\"АНО\" = \"nonprofit\"\n",
    )
    .unwrap();
    let (out, _) = ok(&db, &["config", "--check"]);
    assert!(out.ends_with(": fine\n"), "{out}");
    ok(&db, &["import", f]);
    let i = idea(&db, 1);
    assert_eq!(
        (i["sector"].as_str(), i["org_kind"].as_str()),
        (Some("other"), Some("nonprofit"))
    );
    std::fs::write(
        dir.join("config.toml"),
        "[synonyms.sector]\n\"Спорт\" = \"sports\"\n",
    )
    .unwrap();
    let e = fails(&db, &["config", "--check"], 1);
    assert!(
        e.contains("line 2: synonyms.sector.Спорт: unknown sector 'sports'"),
        "{e}"
    );
}
