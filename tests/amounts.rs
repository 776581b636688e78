//! One amount parser everywhere (issue 13, defect 11): what a query's
//! `amount:` takes, `add --amount`, the UI's form and an import take too.

// Both support modules carry the engines helper; this file needs the
// command line's Db and the UI's harness, and uses neither's engines.
#![allow(clippy::duplicate_mod)]
mod cli_support;
mod common;
use cli_support::Db;
use crossterm::event::{KeyCode, KeyModifiers};

const WRITTEN: &[(&str, u64)] = &[
    ("300k", 300_000),
    ("1.5M", 1_500_000),
    ("1 500 000", 1_500_000),
    ("1,500,000 ₽", 1_500_000),
    ("1500000", 1_500_000),
    ("1\u{202f}500\u{202f}000 руб", 1_500_000),
    ("2\u{a0}500\u{a0}000 р.", 2_500_000),
];

#[test]
fn add_takes_every_way_of_writing_an_amount() {
    let db = Db::new();
    for (n, (text, want)) in WRITTEN.iter().enumerate() {
        let id = cli_support::add(&db, &format!("Idea {n}"), &["--amount", text]);
        let json = db.run(&["show", &id, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["amount"], *want, "{text:?}");
    }
    // And the query finds them by the same writing.
    assert_eq!(
        db.run(&["list", "amount:>=1.5M", "--format", "ids", "--sort", "id"]),
        "2\n3\n4\n5\n6\n7\n"
    );
    assert_eq!(db.run(&["list", "amount:<500k", "--format", "ids"]), "1\n");
    let err = db.fail(&["add", "--title", "x", "--amount", "1.2345k"], 1);
    assert_eq!(
        err.trim(),
        "error: --amount: '1.2345k' is not a whole number of roubles"
    );
    let err = db.fail(&["add", "--title", "x", "--amount", "lots"], 1);
    assert!(err.contains("--amount: 'lots' is not an amount"), "{err}");
}

#[test]
fn import_reads_amount_text_the_same_way() {
    let db = Db::new();
    let csv = db.file(
        "ideas.csv",
        "title,amount\nA,300k\nB,\"1,500,000 ₽\"\nC,1 500 000\nD,1.5M\n".as_bytes(),
    );
    cli_support::import(&db, &csv, &[]);
    let json = db.file(
        "ideas.jsonl",
        "{\"title\": \"E\", \"amount\": \"2\u{202f}000\u{202f}000 руб\"}\n{\"title\": \"F\", \"amount\": 700000}\n"
            .as_bytes(),
    );
    cli_support::import(&db, &json, &[]);
    let out = db.run(&["export", "--format", "jsonl"]);
    let amounts: Vec<u64> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["amount"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(
        amounts,
        [300_000, 1_500_000, 1_500_000, 1_500_000, 2_000_000, 700_000]
    );
}

#[test]
fn the_form_takes_300k() {
    let (_d, store) = common::store_with(common::ideas());
    let mut app = common::app(&store, (120, 36));
    let id = app.selected_row().unwrap().id;
    common::press(&mut app, &store, KeyCode::Char('e'), KeyModifiers::NONE);
    // Tab to the amount field (title, summary, proposer, org, region,
    // sector, stage, barriers, funder, amount).
    for _ in 0..9 {
        common::press(&mut app, &store, KeyCode::Tab, KeyModifiers::NONE);
    }
    // Clear whatever amount is there.
    for _ in 0..20 {
        common::press(&mut app, &store, KeyCode::Backspace, KeyModifiers::NONE);
    }
    common::type_text(&mut app, &store, "300k");
    assert!(
        app.overlays.form().unwrap().error("amount").is_none(),
        "{:?}",
        app.overlays.form().unwrap().error("amount")
    );
    common::press(&mut app, &store, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(app.overlays.form().is_none(), "saved");
    assert_eq!(store.idea(id).unwrap().unwrap().amount, Some(300_000));
}
