//! TLS as libpq's `sslmode` means it, read from the URL's query string
//! (`?sslmode=verify-full&sslrootcert=/path/ca.crt`), else `PGSSLMODE` and
//! `PGSSLROOTCERT`:
//!
//! - `disable`: never TLS.
//! - `allow`, `prefer` (the default): TLS when the server offers it,
//!   without checking its certificate.
//! - `require`: TLS or nothing; the certificate is checked against the
//!   root certificate only when there is one (as libpq does).
//! - `verify-ca`: TLS, with a certificate signed by the root certificate.
//! - `verify-full`: that, and the certificate names the host.
//!
//! The root certificate is `sslrootcert`, else `~/.postgresql/root.crt`;
//! `sslrootcert=system` trusts the system's certificates.
//!
//! TLS is native-tls (OpenSSL on Linux), through postgres-native-tls, the
//! postgres crate's own author's adapter.

use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Result<SslMode, String> {
        Ok(match text {
            "disable" => SslMode::Disable,
            // libpq's `allow` tries without TLS first; no server sprout
            // meets tells the two apart, so it is `prefer`.
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(crate::tr!(
                    "err-pg-sslmode",
                    mode = &crate::domain::text::printable(other, false)
                ));
            }
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

/// A location split into what the postgres crate reads and the TLS
/// settings it does not.
#[derive(Debug, PartialEq)]
pub struct Split {
    /// The location without `sslmode` and `sslrootcert`.
    pub rest: String,
    pub mode: SslMode,
    pub root_cert: Option<String>,
}

/// Takes the TLS settings out of a location's query string.
pub fn split(location: &str) -> Result<Split, String> {
    let (base, query) = match location.split_once('?') {
        Some((b, q)) => (b, q),
        None => (location, ""),
    };
    let mut mode = None;
    let mut root_cert = None;
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => mode = Some(SslMode::parse(&decode(value))?),
            "sslrootcert" => root_cert = Some(decode(value)),
            _ => kept.push(pair),
        }
    }
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let mode = match mode {
        Some(m) => m,
        None => match env("PGSSLMODE") {
            Some(m) => SslMode::parse(&m).map_err(|e| format!("PGSSLMODE: {e}"))?,
            None => SslMode::Prefer,
        },
    };
    let rest = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok(Split {
        rest,
        mode,
        root_cert: root_cert.or_else(|| env("PGSSLROOTCERT")),
    })
}

/// `%xx` escapes decoded (a path in a URL may be written `%2Fetc%2F…`).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Where the root certificate is, if anywhere: the one asked for, else
/// `~/.postgresql/root.crt` when it exists.
fn root_cert_path(asked: Option<&str>) -> Option<PathBuf> {
    if let Some(p) = asked {
        return Some(PathBuf::from(p));
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".postgresql/root.crt")).filter(|p| p.exists())
}

/// The connector for `mode`, or why there cannot be one.
pub fn connector(
    mode: SslMode,
    root_cert: Option<&str>,
) -> Result<postgres_native_tls::MakeTlsConnector, String> {
    let mut builder = native_tls::TlsConnector::builder();
    let root = root_cert_path(root_cert);
    let system = root_cert == Some("system");
    // libpq: `require` with a root certificate at hand checks against it.
    let mode = match (mode, &root) {
        (SslMode::Require, Some(_)) if !system => SslMode::VerifyCa,
        (m, _) => m,
    };
    match mode {
        SslMode::Disable | SslMode::Prefer | SslMode::Require => {
            builder
                .danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true);
        }
        SslMode::VerifyCa | SslMode::VerifyFull => {
            if !system {
                let Some(path) = root else {
                    return Err(crate::tr!("err-pg-needs-root-cert", mode = mode.name()));
                };
                let pem = std::fs::read(&path).map_err(|e| {
                    crate::tr!(
                        "err-pg-cannot-read-cert",
                        path = &path.display().to_string(),
                        problem = &crate::i18n::io_reason(&e)
                    )
                })?;
                let cert = native_tls::Certificate::from_pem(&pem).map_err(|e| {
                    crate::tr!(
                        "err-pg-not-pem",
                        path = &path.display().to_string(),
                        problem = &e.to_string()
                    )
                })?;
                builder
                    .disable_built_in_roots(true)
                    .add_root_certificate(cert);
            }
            builder.danger_accept_invalid_hostnames(mode == SslMode::VerifyCa);
        }
    }
    let connector = builder
        .build()
        .map_err(|e| crate::tr!("err-pg-cannot-set-up-tls", problem = &e.to_string()))?;
    Ok(postgres_native_tls::MakeTlsConnector::new(connector))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sslmode_and_sslrootcert_are_taken_out_of_the_query_string() {
        let s = split(
            "postgres://o@h/db?connect_timeout=2&sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.crt",
        )
        .unwrap();
        assert_eq!(s.rest, "postgres://o@h/db?connect_timeout=2");
        assert_eq!(s.mode, SslMode::VerifyFull);
        assert_eq!(s.root_cert.as_deref(), Some("/tmp/ca.crt"));
        let plain = split("postgres://o@h/db?sslmode=disable").unwrap();
        assert_eq!(
            (plain.rest.as_str(), plain.mode),
            ("postgres://o@h/db", SslMode::Disable)
        );
        for (text, mode) in [
            ("allow", SslMode::Prefer),
            ("prefer", SslMode::Prefer),
            ("require", SslMode::Require),
            ("verify-ca", SslMode::VerifyCa),
        ] {
            let s = split(&format!("postgres://h/db?sslmode={text}")).unwrap();
            assert_eq!(s.mode, mode, "{text}");
        }
        let e = split("postgres://h/db?sslmode=always").unwrap_err();
        assert!(e.contains("'always' is not one of disable"), "{e}");
    }

    #[test]
    fn verifying_without_a_root_certificate_is_refused_with_what_to_do() {
        let e = connector(SslMode::VerifyFull, Some("/nonexistent/root.crt"))
            .err()
            .unwrap();
        assert!(e.contains("cannot read the root certificate /nonexistent/root.crt"));
        assert!(connector(SslMode::Require, None).is_ok());
        assert!(connector(SslMode::VerifyFull, Some("system")).is_ok());
    }
}
