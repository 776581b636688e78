//! Spreadsheets at import (issue 17, point 4): `.xlsx`, `.xls` and `.ods`
//! with Russian headers, read through the same mapping and checks as CSV,
//! with problems named by the sheet's own row numbers.

mod cli_support;
mod intake_support;
use cli_support::*;
use intake_support::*;
use serde_json::{Value, json};

fn regional_ideas() -> [Value; 3] {
    [
        json!({
            "title": "Чистая вода",
            "summary": "Фильтры для трёх сёл",
            "proposer": "Фонд «Родник»",
            "org_kind": "nonprofit",
            "region": "Республика Татарстан",
            "sector": "ecology",
            "stage": "new",
            "barriers": [],
            "funder": "",
            "amount": 1_500_000,
            "tags": ["вода", "село"],
            "created": "2026-11-24T10:12:03Z",
            "updated": "2026-11-24T10:12:03Z",
        }),
        json!({
            "title": "Социальное такси",
            "summary": "Поездки для людей на колясках",
            "proposer": "Иван Петров",
            "org_kind": "initiative-group",
            "region": "Пермский край",
            "sector": "health",
            "stage": "new",
            "barriers": [],
            "funder": "",
            "amount": 450_000,
            "tags": ["транспорт"],
            "created": "2026-11-25T00:00:00Z",
            "updated": "2026-11-25T00:00:00Z",
        }),
        json!({
            "title": "Робототехника в школе",
            "summary": "",
            "proposer": "Лицей № 7",
            "org_kind": "government",
            "region": "Новосибирская область",
            "sector": "education",
            "stage": "new",
            "barriers": [],
            "funder": "",
            "amount": 300_000,
            "tags": [],
            "created": "2027-01-09T00:00:00Z",
            "updated": "2027-01-09T00:00:00Z",
        }),
    ]
}

on_both_engines!(a_sheet_with_russian_headers_is_imported_field_by_field_from_xlsx_xls_and_ods);
fn a_sheet_with_russian_headers_is_imported_field_by_field_from_xlsx_xls_and_ods(engine: Engine) {
    for name in ["regions.xlsx", "regions.xls", "regions.ods"] {
        let db = Db::on(engine);
        let file = fixture(name);
        let (out, stderr) = ok(&db, &["import", file.to_str().unwrap()]);
        assert_eq!(out, "added 3 ideas (#1–#3)\n", "{name}: {stderr}");
        // The sheet's row number goes to no field: it is kept, by name.
        assert!(!stderr.contains("ignoring"), "{name}: {stderr}");
        for (id, want) in (1..).zip(regional_ideas()) {
            let got = idea(&db, id);
            assert_eq!(fields(&got), want, "{name} #{id}");
            assert_eq!(
                got["extras"],
                json!([["№", id.to_string()]]),
                "{name} #{id}"
            );
        }
    }
}

on_both_engines!(a_spreadsheet_through_stdin_is_read_by_its_content);
fn a_spreadsheet_through_stdin_is_read_by_its_content(engine: Engine) {
    let db = Db::on(engine);
    let bytes = std::fs::read(fixture("regions.xlsx")).unwrap();
    let out = sprout(&db)
        .args(["import", "-"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(fields(&idea(&db, 2)), regional_ideas()[1]);
}

on_both_engines!(problems_in_a_sheet_name_its_row_numbers);
fn problems_in_a_sheet_name_its_row_numbers(engine: Engine) {
    let db = Db::on(engine);
    let file = fixture("regions.xlsx");
    let file = file.to_str().unwrap();
    // The archive's header is on row 2, so its rows are 3, 4 and 5.
    let e = fails(&db, &["import", file, "--sheet", "Архив"], 1);
    assert!(e.contains("2 invalid records; nothing was imported"), "{e}");
    assert!(
        e.contains("\n  line 4: sector: unknown sector 'Космос' (valid: health,"),
        "{e}"
    );
    assert!(
        e.contains("\n  line 5: column I ('Запрашиваемая сумма'): the cell holds the spreadsheet error #DIV/0!"),
        "{e}"
    );
    let (out, stderr) = ok(&db, &["import", file, "--sheet", "архив", "--skip-invalid"]);
    assert!(out.starts_with("added 1 idea (#1)"), "{out}{stderr}");
    assert_eq!(idea(&db, 1)["title"], "Старый проект");
    assert_eq!(idea(&db, 1)["created"], "2025-03-01T00:00:00Z");
    let e = fails(&db, &["import", file, "--sheet", "Лист9"], 1);
    assert!(
        e.contains("--sheet: no sheet 'Лист9' (sheets: Заявки, Архив)"),
        "{e}"
    );
    let csv = fixture("grants.csv");
    let e = fails(&db, &["import", csv.to_str().unwrap(), "--sheet", "x"], 2);
    assert!(e.contains("is not a spreadsheet"), "{e}");
    let junk = db.file("broken.xlsx", b"PK\x03\x04 not really a zip");
    let e = fails(&db, &["import", junk.to_str().unwrap()], 1);
    assert!(e.contains("not a spreadsheet sprout can read"), "{e}");
}
