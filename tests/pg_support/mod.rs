//! A database of each test's own on the PostgreSQL server the tests are
//! given (`SPROUT_TEST_PG`), or SKIPPED without one.
#![allow(dead_code)]

use sprout::domain::{Idea, Timestamp};
use sprout::store::Store;
use std::path::Path;

/// A database of one test's own on the test server, dropped when done.
pub struct TestDb {
    admin_url: String,
    name: String,
    pub url: String,
}

/// The value of a variable `.ci/with-postgres` sets, or `None` after
/// saying SKIPPED (under `CI=true` a skip fails instead).
pub fn given(var: &str, test: &str) -> Option<String> {
    if let Some(v) = std::env::var(var).ok().filter(|u| !u.is_empty()) {
        return Some(v);
    }
    let why = format!("SKIPPED: no PostgreSQL (set {var}; .ci/with-postgres does)");
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{why}; under CI=true a skip is a failure");
    }
    eprintln!("{test}: {why}");
    None
}

/// The sprout binary, as a test runs it.
pub fn sprout() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("sprout").unwrap();
    cmd.env_remove("SPROUT_DB").env_remove("SPROUT_CONFIG");
    cmd
}

/// `url` with `user:password@` in place of its user.
pub fn as_user(url: &str, user: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let host = &rest[rest.find('@').map_or(0, |at| at + 1)..];
    format!("{scheme}://{user}:{password}@{host}")
}

impl TestDb {
    /// `None` (after saying SKIPPED) when no server is given.
    pub fn new(test: &str) -> Option<TestDb> {
        let admin_url = given("SPROUT_TEST_PG", test)?;
        // The name is this file's own (a test's name and the process id),
        // never user text.
        let name = format!("sprout_{test}_{}", std::process::id());
        let mut admin = client(&admin_url);
        // Two statements: neither may run inside a transaction block.
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let base = &admin_url[..admin_url.rfind('/').expect("a URL with a database")];
        let url = format!("{base}/{name}");
        Some(TestDb {
            admin_url,
            name,
            url,
        })
    }

    pub fn open(&self) -> Store {
        Store::open(Path::new(&self.url)).unwrap()
    }

    /// A connection of the test's own to its database, to look underneath.
    pub fn sql(&self) -> postgres::Client {
        client(&self.url)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let mut admin = client(&self.admin_url);
        let _ = admin.batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
    }
}

pub fn client(url: &str) -> postgres::Client {
    let mut config: postgres::Config = url.parse().unwrap();
    if let Ok(p) = std::env::var("PGPASSWORD") {
        config.password(p);
    }
    config.connect(postgres::NoTls).unwrap()
}

/// Adds a new idea and gives its id.
pub fn add(store: &Store, title: &str, summary: &str) -> u64 {
    let mut w = store.begin().unwrap();
    let mut idea = Idea::new(title.into(), Timestamp(1));
    idea.summary = summary.into();
    idea.id = w.allocate();
    let id = idea.id;
    w.put(idea, None);
    store.commit(w).unwrap();
    id
}
