//! Connecting to a PostgreSQL server from a `postgres://` location: the
//! password from `PGPASSWORD` when the URL has none, and every error in one
//! line that never carries the password (a URL's or the environment's).

use crate::store::StoreError;
use std::path::PathBuf;
use std::str::FromStr;

/// Whether a database location names a PostgreSQL server rather than a
/// sled directory.
pub fn is_postgres(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// The password as written in a location's user info (`user:password@`),
/// percent-encoded or not.
fn raw_password(location: &str) -> Option<&str> {
    let (_, rest) = location.split_once("://")?;
    let authority = &rest[..rest.find('/').unwrap_or(rest.len())];
    let userinfo = &authority[..authority.rfind('@')?];
    userinfo.split_once(':').map(|(_, p)| p)
}

/// The location with any password in it replaced by `***`, for messages.
pub fn redacted(location: &str) -> String {
    match raw_password(location) {
        Some(p) if !p.is_empty() => location.replacen(&format!(":{p}@"), ":***@", 1),
        _ => location.into(),
    }
}

/// Opens a connection to the server `location` names.
pub fn connect(location: &str) -> Result<postgres::Client, StoreError> {
    let env_password = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
    let mut config = postgres::Config::from_str(location).map_err(|e| {
        failure(
            location,
            env_password.as_deref(),
            &format!("not a valid PostgreSQL URL: {e}"),
        )
    })?;
    if config.get_password().is_none()
        && let Some(p) = &env_password
    {
        config.password(p);
    }
    config.application_name("sprout");
    config
        .connect(postgres::NoTls)
        .map_err(|e| failure(location, env_password.as_deref(), &describe(&e)))
}

/// A server's error in words: its own message where it sent one (a wrong
/// password, a missing database), else the client's.
pub fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return db.message().to_string();
    }
    // The client's own error names its kind ("error connecting to
    // server"); the cause ("Connection refused") is in its source.
    let mut text = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        text = format!("{text}: {c}");
        cause = c.source();
    }
    text
}

/// A failure to open `location`, with every password scrubbed out.
fn failure(location: &str, env_password: Option<&str>, msg: &str) -> StoreError {
    StoreError::Open {
        path: PathBuf::from(redacted(location)),
        msg: scrub(msg, location, env_password),
    }
}

/// `text` without any password the location or the environment holds.
pub fn scrub(text: &str, location: &str, env_password: Option<&str>) -> String {
    let mut out = crate::domain::text::printable(text, false);
    let url_password = postgres::Config::from_str(location).ok().and_then(|c| {
        c.get_password()
            .map(|p| String::from_utf8_lossy(p).into_owned())
    });
    // Longest first, so that no part of one is left beside another's `***`.
    let mut secrets: Vec<&str> = [
        url_password.as_deref(),
        raw_password(location),
        env_password,
    ]
    .into_iter()
    .flatten()
    .collect();
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for secret in secrets {
        if !secret.is_empty() {
            out = out.replace(secret, "***");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_is_postgres_only_by_its_scheme() {
        assert!(is_postgres("postgres://u@h/db"));
        assert!(is_postgres("postgresql://h/db"));
        assert!(!is_postgres("/home/u/postgres://x"));
        assert!(!is_postgres("db"));
    }

    #[test]
    fn a_password_in_a_url_is_hidden() {
        let hidden = "postgres://olga:***@h:5/db";
        assert_eq!(redacted("postgres://olga:s3cr%40t@h:5/db"), hidden);
        assert_eq!(redacted("postgres://olga:s3cr@t@h:5/db"), hidden);
        assert_eq!(redacted("postgres://olga@h/db"), "postgres://olga@h/db");
        assert_eq!(redacted("postgres://h/db"), "postgres://h/db");
        // Decoded, as written, and from the environment: all three hidden.
        let url = "postgres://o:s3cr%40t@h/db";
        let msg = scrub("bad s3cr@t, s3cr%40t and env-pw", url, Some("env-pw"));
        assert_eq!(msg, "bad ***, *** and ***");
    }

    #[test]
    fn a_refused_connection_is_one_line_without_the_password() {
        // Port 1 on the loopback: nothing listens there.
        let url = "postgres://olga:hunter2@127.0.0.1:1/db?connect_timeout=2";
        let e = connect(url).err().expect("nothing listens on port 1");
        let text = e.to_string();
        assert!(!text.contains("hunter2"), "{text}");
        assert!(!text.contains('\n'), "{text}");
        assert!(
            text.starts_with("cannot open database postgres://olga:***@127.0.0.1:1/db"),
            "{text}"
        );
        assert!(text.contains("refused"), "says why: {text}");
    }
}
