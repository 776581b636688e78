//! The real binary on a temporary database, for the command-line tests:
//! on sled ([`Db::new`]), or on either engine ([`Db::on`], for the tests
//! [`on_both_engines!`] runs on both).
#![allow(dead_code)]

#[path = "../engines/mod.rs"]
mod engines;
pub use engines::*;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub const NOW: &str = "2026-11-26T12:00:00Z";

pub struct Db {
    /// Files a test writes beside the database (imports, exports, config);
    /// on sled the database itself too.
    pub dir: tempfile::TempDir,
    /// The database, when it is not in `dir`.
    elsewhere: Option<Fresh>,
}

impl Db {
    /// A sled database.
    pub fn new() -> Db {
        Db::on(Engine::Sled)
    }
    /// A fresh database on `engine`.
    pub fn on(engine: Engine) -> Db {
        Db {
            dir: tempfile::tempdir().unwrap(),
            elsewhere: (engine != Engine::Sled).then(|| Fresh::new(engine)),
        }
    }
    /// Where the database is, as `--db` and `SPROUT_DB` take it.
    pub fn path(&self) -> PathBuf {
        match &self.elsewhere {
            Some(fresh) => fresh.location(),
            None => self.dir.path().join("db"),
        }
    }
    /// A connection to the database underneath, on PostgreSQL only.
    pub fn sql(&self) -> postgres::Client {
        let fresh = self.elsewhere.as_ref().expect("a PostgreSQL database");
        fresh.sql().expect("a PostgreSQL database")
    }
    pub fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        p
    }
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("sprout").unwrap();
        c.env("SPROUT_DB", self.path())
            .env("SPROUT_NOW", NOW)
            .env_remove("COLUMNS");
        c
    }
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    pub fn fail(&self, args: &[&str], code: i32) -> String {
        let out = self.cmd().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    }
    pub fn export(&self, format: &str) -> String {
        self.run(&["export", "--format", format])
    }
}

pub fn add(db: &Db, title: &str, extra: &[&str]) -> String {
    let mut args = vec!["add", "--title", title];
    args.extend_from_slice(extra);
    db.run(&args).trim().to_string()
}

pub fn import(db: &Db, path: &Path, extra: &[&str]) -> String {
    let mut args = vec!["import", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    db.run(&args)
}

/// A run's (exit code, standard output, standard error) in `lang`.
pub fn said(db: &Db, lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = db.cmd().args(["--lang", lang]).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
