//! Nothing dropped (issue 17, point 3, the import side): e-mail, phone and
//! website columns (in English or Russian) go to their fields, and every
//! other column is kept on the idea as a named extra field, which the
//! `--dry-run` mapping table says.

mod cli_support;
mod intake_support;
use cli_support::*;
use intake_support::*;

#[test]
fn other_columns_are_kept_as_extras_and_contacts_go_to_their_fields() {
    let db = Db::new();
    let text = "Название,Эл. почта,Телефон,Сайт,Submission ID,Колонка\n\
                Чистая вода,anna@example.org,+7 900 000-00-00,rodnik.example.org,S-17,\n\
                Такси,,,,S-18,да\n";
    let f = db.file("form.csv", text.as_bytes());
    let (table, _) = ok(&db, &["import", f.to_str().unwrap(), "--dry-run"]);
    let row = |h: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(h))
            .unwrap_or_else(|| panic!("no {h}: {table}"))
            .to_string()
    };
    assert!(row("Эл. почта").contains(" email "), "{table}");
    assert!(row("Телефон").contains(" phone "), "{table}");
    assert!(row("Сайт").contains(" website "), "{table}");
    assert!(row("Submission ID").contains(" kept as extra "), "{table}");
    assert!(row("Колонка").contains(" kept as extra "), "{table}");
    let (out, stderr) = ok(&db, &["import", f.to_str().unwrap()]);
    assert!(out.starts_with("added 2 ideas"), "{out}");
    assert!(!stderr.contains("ignoring"), "nothing is dropped: {stderr}");
    let one = idea(&db, 1);
    assert_eq!(one["email"], "anna@example.org");
    assert_eq!(one["phone"], "+7 900 000-00-00");
    assert_eq!(one["website"], "rodnik.example.org");
    assert_eq!(
        one["extras"],
        serde_json::json!([["Submission ID", "S-17"]])
    );
    assert_eq!(
        idea(&db, 2)["extras"],
        serde_json::json!([["Submission ID", "S-18"], ["Колонка", "да"]])
    );
    // A column left out by the user is left out, and said.
    let db = Db::new();
    let (_, stderr) = ok(
        &db,
        &["import", f.to_str().unwrap(), "--map", "Колонка=ignore"],
    );
    assert!(
        stderr.contains("ignoring unknown field 'Колонка'"),
        "{stderr}"
    );
    assert_eq!(
        idea(&db, 2)["extras"],
        serde_json::json!([["Submission ID", "S-18"]])
    );
}
