//! Connecting as PostgreSQL users expect: TLS by `sslmode`, the password
//! file, and `db = "…"` in the config file beneath `--db` and `SPROUT_DB`.
//! The server is `.ci/with-postgres`'s: TLS on with a self-signed
//! certificate, and a database (`SPROUT_TEST_PG_TLS_ONLY`) that pg_hba.conf
//! opens to TLS connections only.

mod pg_support;
use pg_support::{TestDb, given, sprout};
use sprout::store::Store;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn with(url: &str, query: &str) -> String {
    format!("{url}?{query}")
}

#[test]
fn sslmode_require_and_verify_full_reach_a_server_that_takes_only_tls() {
    let Some(url) = given("SPROUT_TEST_PG_TLS_ONLY", "tls") else {
        return;
    };
    let root = given("SPROUT_TEST_PG_ROOT_CERT", "tls").unwrap();
    let store = Store::open(Path::new(&with(&url, "sslmode=require"))).expect("require");
    store.next_id().unwrap();
    let full = with(
        &url,
        &format!("sslmode=verify-full&sslrootcert={root}&connect_timeout=5"),
    );
    Store::open(Path::new(&full)).expect("verify-full with the server's certificate");
    // The same through the command line, the URL in SPROUT_DB.
    sprout()
        .env("SPROUT_DB", &full)
        .args(["list", "--format", "json"])
        .assert()
        .success();
}

#[test]
fn a_certificate_nobody_vouches_for_fails_verification_in_one_line() {
    let Some(url) = given("SPROUT_TEST_PG_TLS_ONLY", "tls_verify") else {
        return;
    };
    // The system's roots do not know the throw-away server's certificate.
    let e = Store::open(Path::new(&with(
        &url,
        "sslmode=verify-ca&sslrootcert=system",
    )))
    .err()
    .expect("an unknown certificate is refused")
    .to_string();
    assert!(!e.contains('\n'), "{e}");
    assert!(
        e.contains("TLS certificate was not accepted (self-signed certificate)"),
        "says it is the certificate: {e}"
    );
}

#[test]
fn sslmode_disable_to_a_tls_only_server_is_one_clear_line_without_the_password() {
    let Some(url) = given("SPROUT_TEST_PG_TLS_ONLY", "tls_disable") else {
        return;
    };
    let password = std::env::var("PGPASSWORD").unwrap_or_default();
    let out = sprout()
        .args(["--db", &with(&url, "sslmode=disable"), "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: cannot open database"), "{err}");
    assert!(
        err.contains("the server takes only TLS connections: use sslmode=require"),
        "{err}"
    );
    assert!(password.is_empty() || !err.contains(&password), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_password_file_gives_the_password_and_one_others_can_read_is_ignored() {
    let Some(db) = TestDb::new("pgpass") else {
        return;
    };
    let password = std::env::var("PGPASSWORD").unwrap();
    let port = db
        .url
        .rsplit(':')
        .next()
        .unwrap()
        .split('/')
        .next()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pgpass");
    std::fs::write(
        &file,
        format!(
            "# the team's server\n127.0.0.1:{port}:nothere:sprout:wrong\n127.0.0.1:{port}:*:sprout:{password}\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let run = || {
        sprout()
            .env_remove("PGPASSWORD")
            .env("PGPASSFILE", &file)
            .args(["--db", &db.url, "add", "--title", "From pgpass"])
            .output()
            .unwrap()
    };
    let out = run();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "1");

    // Readable by others: ignored as libpq ignores it, and the line says so.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("has group or world access"), "{err}");
    assert!(err.contains("chmod 0600"), "{err}");
    assert!(!err.contains(&password), "{err}");
    assert_eq!(db.open().rows().unwrap().len(), 1, "nothing more written");
}

#[test]
fn db_in_the_config_file_is_used_below_db_and_sprout_db() {
    let dir = tempfile::tempdir().unwrap();
    let [from_config, from_env, from_flag] =
        ["config-db", "env-db", "flag-db"].map(|n| dir.path().join(n));
    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("db = \"{}\"\n", from_config.display())).unwrap();
    let add = |title: &str, env: Option<&Path>, flag: Option<&Path>| {
        let mut cmd = sprout();
        cmd.arg("--config").arg(&config);
        if let Some(e) = env {
            cmd.env("SPROUT_DB", e);
        }
        if let Some(f) = flag {
            cmd.arg("--db").arg(f);
        }
        cmd.args(["add", "--title", title]).assert().success();
    };
    add("config", None, None);
    add("env", Some(&from_env), None);
    add("flag", Some(&from_env), Some(&from_flag));
    let titles = |db: &Path| {
        let out = sprout()
            .arg("--db")
            .arg(db)
            .args(["list", "--format", "csv"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(titles(&from_config).contains("config"));
    assert!(!titles(&from_config).contains("env"));
    assert!(titles(&from_env).contains("env"));
    assert!(!titles(&from_env).contains("flag"));
    assert!(titles(&from_flag).contains("flag"));

    // A config with a mistake elsewhere still names the database.
    std::fs::write(
        &config,
        format!("theme = \"nope\"\ndb = \"{}\"\n", from_config.display()),
    )
    .unwrap();
    add("despite a bad theme", None, None);
    assert!(titles(&from_config).contains("despite a bad theme"));
}
