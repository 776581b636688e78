//! A database of each test's own on the PostgreSQL server the tests are
//! given (`SPROUT_TEST_PG`), or SKIPPED without one.
#![allow(dead_code)]

use sprout::domain::{Idea, Timestamp};
use sprout::store::Store;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// The test server's URL; `None` (after saying SKIPPED for `test`) when no
/// server is given. Under `CI=true` a skip is a failure.
pub fn server(test: &str) -> Option<String> {
    let url = std::env::var("SPROUT_TEST_PG")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() {
        let why = "SKIPPED: no PostgreSQL (set SPROUT_TEST_PG; .ci/with-postgres does)";
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{test}: {why}; under CI=true a skip is a failure");
        }
        eprintln!("{test}: {why}");
    }
    url
}

/// One connection to the server's own database per test binary, shared by
/// its tests to create and drop theirs: a connection costs more than a
/// CREATE DATABASE.
fn admin() -> std::sync::MutexGuard<'static, postgres::Client> {
    static ADMIN: OnceLock<Mutex<postgres::Client>> = OnceLock::new();
    ADMIN
        .get_or_init(|| Mutex::new(client(&admin_url())))
        .lock()
        .unwrap_or_else(|e| e.into_inner())
}

fn admin_url() -> String {
    std::env::var("SPROUT_TEST_PG").expect("SPROUT_TEST_PG names the test server")
}

/// A database of one test's own on the test server, dropped when done.
pub struct TestDb {
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
        server(test)?;
        Some(TestDb::create(test))
    }

    /// A new database on the test server, which must be there.
    pub fn create(test: &str) -> TestDb {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        // The name is this file's own (the process id, a count and the
        // test's name), never user text; what makes it unique comes first,
        // as PostgreSQL cuts names at 63 bytes.
        let n = MADE.fetch_add(1, Ordering::SeqCst);
        let mut name = format!("sprout_{}_{n}_{test}", std::process::id());
        name.retain(|c| c.is_ascii_alphanumeric() || c == '_');
        name.truncate(63);
        {
            let mut admin = admin();
            // Two statements: neither may run inside a transaction block.
            admin
                .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
                .unwrap();
            admin
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .unwrap();
        }
        let admin_url = admin_url();
        let base = &admin_url[..admin_url.rfind('/').expect("a URL with a database")];
        let url = format!("{base}/{name}");
        TestDb { name, url }
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
        let _ = admin().batch_execute(&format!(
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

/// The ids of a packed word chunk (schema 9): a count, then each id's
/// distance from the one before, as LEB128 varints (postcard's encoding
/// of sprout's delta-coded id lists).
pub fn unpack(packed: &[u8]) -> Vec<i64> {
    let mut bytes = packed.iter();
    let mut varint = || {
        let (mut value, mut shift) = (0u64, 0);
        for &b in bytes.by_ref() {
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return value;
            }
            shift += 7;
        }
        panic!("a packed chunk ends inside a number: {packed:?}");
    };
    let count = varint();
    let mut last = 0u64;
    (0..count)
        .map(|_| {
            last = last.wrapping_add(varint());
            last as i64
        })
        .collect()
}

/// Every (word, id) pair of the word table, packed chunks and arrays.
pub fn word_pairs(db: &TestDb) -> Vec<(String, i64)> {
    let mut pairs = Vec::new();
    for r in db
        .sql()
        .query("SELECT word, ids, packed FROM summary_words", &[])
        .unwrap()
    {
        let word: String = r.get(0);
        let ids = match r.get::<_, Option<Vec<u8>>>(2) {
            Some(packed) => unpack(&packed),
            None => r.get::<_, Option<Vec<i64>>>(1).unwrap_or_default(),
        };
        pairs.extend(ids.into_iter().map(|id| (word.clone(), id)));
    }
    pairs.sort();
    pairs
}

/// Writes every packed word chunk as the bigint array schema 8 and before
/// wrote instead, for a test that makes an older database.
pub fn chunks_as_arrays(db: &TestDb) {
    let mut sql = db.sql();
    let rows = sql
        .query(
            "SELECT ctid::text, packed FROM summary_words WHERE packed IS NOT NULL",
            &[],
        )
        .unwrap();
    for r in rows {
        let (ctid, packed): (String, Vec<u8>) = (r.get(0), r.get(1));
        sql.execute(
            "UPDATE summary_words SET ids = $2, packed = NULL WHERE ctid = $1::text::tid",
            &[&ctid, &unpack(&packed)],
        )
        .unwrap();
    }
}

/// The schema version the database says it has.
pub fn schema(db: &TestDb) -> i32 {
    db.sql()
        .query_one("SELECT version FROM sprout_schema", &[])
        .unwrap()
        .get(0)
}
