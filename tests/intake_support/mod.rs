//! Helpers of the intake tests: the binary with a config directory of the
//! test's own, the fixtures, and an idea's imported fields.
#![allow(dead_code)]

use crate::cli_support::Db;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The binary with a config directory of the test's own.
pub fn sprout(db: &Db) -> assert_cmd::Command {
    let mut c = db.cmd();
    c.env(
        "SPROUT_CONFIG",
        db.dir.path().join("config").join("config.toml"),
    );
    c
}

pub fn ok(db: &Db, args: &[&str]) -> (String, String) {
    let out = sprout(db).args(args).output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    );
    assert!(out.status.success(), "{args:?}: {stderr}");
    (stdout, stderr)
}

pub fn fails(db: &Db, args: &[&str], code: i32) -> String {
    let out = sprout(db).args(args).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

pub fn idea(db: &Db, id: u64) -> Value {
    serde_json::from_str(&db.run(&["show", &id.to_string(), "--format", "json"])).unwrap()
}

/// The fields of an idea that an import sets, for comparing field by field.
pub fn fields(v: &Value) -> Value {
    let keep = [
        "title", "summary", "proposer", "org_kind", "region", "sector", "stage", "barriers",
        "funder", "amount", "tags", "created", "updated",
    ];
    Value::Object(
        keep.iter()
            .map(|k| (k.to_string(), v[*k].clone()))
            .collect(),
    )
}
