//! The real binary on a temporary database, for the command-line tests.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub const NOW: &str = "2026-11-26T12:00:00Z";

pub struct Db {
    pub dir: tempfile::TempDir,
}

impl Db {
    pub fn new() -> Db {
        Db {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("db")
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
