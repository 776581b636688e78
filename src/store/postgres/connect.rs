//! Connecting to a PostgreSQL server from a `postgres://` location: the
//! password from `PGPASSWORD` or the password file when the URL has none,
//! TLS by `sslmode`, and every error in one line that never carries the
//! password (a URL's, the environment's or the password file's).

use super::{pgpass, tls};
use crate::store::StoreError;
use postgres::config::SslMode;
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

/// Opens a connection to the server `location` names. The password is
/// the URL's, else `PGPASSWORD`'s, else the password file's (libpq's
/// order); TLS is as the URL's `sslmode` says (see `tls.rs`).
pub fn connect(location: &str) -> Result<postgres::Client, StoreError> {
    let env_password = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty());
    let fail = |msg: &str| failure(location, env_password.as_deref(), msg);
    let split = tls::split(location).map_err(|e| fail(&e))?;
    let mut config = postgres::Config::from_str(&split.rest)
        .map_err(|e| fail(&crate::tr!("err-pg-not-a-url", problem = &e.to_string())))?;
    if config.get_user().is_none()
        && let Ok(user) = std::env::var("USER")
    {
        config.user(&user);
    }
    let mut pgpass_note = None;
    let mut file_password = None;
    if config.get_password().is_none() {
        if let Some(p) = &env_password {
            config.password(p);
        } else if let Some(file) = pgpass::path() {
            let found = wanted(&config, &mut |w| pgpass::lookup(&file, w));
            pgpass_note = found.ignored;
            if let Some(p) = found.password {
                config.password(p.as_bytes());
                file_password = Some(p);
            }
        }
    }
    config.application_name("sprout");
    let connected = match split.mode {
        tls::SslMode::Disable => {
            config.ssl_mode(SslMode::Disable);
            config.connect(postgres::NoTls)
        }
        mode => {
            config.ssl_mode(match mode {
                tls::SslMode::Prefer => SslMode::Prefer,
                _ => SslMode::Require,
            });
            let connector =
                tls::connector(mode, split.root_cert.as_deref()).map_err(|e| fail(&e))?;
            config.connect(connector)
        }
    };
    connected.map_err(|e| {
        let mut msg = describe(&e);
        let english = crate::i18n::language() == crate::i18n::Lang::En;
        if is_connection_refused(&e) {
            // The client's words are English; the officer's own language
            // says what to check (English keeps the client's words alone).
            let problem = if english {
                msg.clone()
            } else {
                crate::tr!("err-io-refused")
            };
            msg = crate::tr!("err-pg-refused", problem = &problem);
        } else if !english && msg.contains("failed to lookup address information") {
            msg = crate::tr!("err-pg-no-such-host");
        }
        if let Some(reason) = certificate_refused(&msg) {
            msg = crate::tr!("err-pg-certificate", reason = &reason);
        }
        if msg.ends_with("password missing") {
            msg = format!("{msg}: {}", crate::tr!("err-pg-password-missing"));
        }
        if is_tls_only_refusal(&e) {
            msg = format!("{msg}; {}", crate::tr!("err-pg-tls-only"));
        }
        if let Some(note) = &pgpass_note {
            msg = format!("{msg} ({note})");
        }
        let msg = match &file_password {
            Some(p) => msg.replace(p.as_str(), "***"),
            None => msg,
        };
        failure(location, env_password.as_deref(), &msg)
    })
}

/// The fields of a connection a password file line is matched on, as
/// libpq takes them: a socket directory or no host is `localhost`, the
/// port 5432 unless given, the database the user's name unless given.
fn wanted<T>(config: &postgres::Config, with: &mut dyn FnMut(&pgpass::Wanted<'_>) -> T) -> T {
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.as_str(),
        _ => "localhost",
    };
    let user = config.get_user().unwrap_or_default();
    with(&pgpass::Wanted {
        host,
        port: config.get_ports().first().copied().unwrap_or(5432),
        database: config.get_dbname().unwrap_or(user),
        user,
    })
}

/// For a TLS handshake that failed on the server's certificate, OpenSSL's
/// reason ("self-signed certificate", "certificate has expired"), else
/// `None`.
fn certificate_refused(msg: &str) -> Option<String> {
    if !msg.contains("certificate verify failed") {
        return None;
    }
    let reason = msg
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map_or_else(
            || crate::tr!("err-pg-certificate-unverified"),
            |(r, _)| r.to_string(),
        );
    Some(reason)
}

/// Whether nothing listens where the URL points (no server, a wrong host
/// or port): the operating system refused the connection.
fn is_connection_refused(e: &postgres::Error) -> bool {
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        if c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
        {
            return true;
        }
        cause = c.source();
    }
    false
}

/// Whether the server refused a connection without TLS because its
/// `pg_hba.conf` takes only TLS ones (its message ends "no encryption").
fn is_tls_only_refusal(e: &postgres::Error) -> bool {
    e.as_db_error().is_some_and(|d| {
        *d.code() == postgres::error::SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            && d.message().contains("no encryption")
    })
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
        // OpenSSL's errors repeat themselves down the chain.
        let c_text = c.to_string();
        if !text.contains(&c_text) {
            text = format!("{text}: {c_text}");
        }
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
