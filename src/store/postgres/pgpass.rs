//! The password file as libpq reads it: `PGPASSFILE`, else `~/.pgpass`.
//! Each line is `hostname:port:database:username:password`; a field of
//! just `*` matches anything; `\` escapes a `:` or a `\`; lines starting
//! with `#` are comments; the first line that matches wins. A file that
//! its group or others may read is ignored, as libpq ignores it (and the
//! reason is kept, to be said if the server then wants a password).

use std::path::{Path, PathBuf};

/// What a connection is to: the fields a password file line is matched on.
pub struct Wanted<'a> {
    pub host: &'a str,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// What looking in the password file found.
#[derive(Debug, Default, PartialEq)]
pub struct Found {
    pub password: Option<String>,
    /// Why a file that is there was not read, in libpq's words.
    pub ignored: Option<String>,
}

/// The password file's path: `PGPASSFILE`, else `~/.pgpass`.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PGPASSFILE").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| Path::new(&h).join(".pgpass"))
}

/// The password for `wanted` in the file at `path`, if there is one.
pub fn lookup(path: &Path, wanted: &Wanted<'_>) -> Found {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return Found::default();
    };
    let name = path.display();
    if !meta.is_file() {
        return Found {
            password: None,
            ignored: Some(crate::tr!(
                "err-pg-pgpass-not-plain",
                name = &name.to_string()
            )),
        };
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return Found {
            password: None,
            ignored: Some(crate::tr!("err-pg-pgpass-open", name = &name.to_string())),
        };
    }
    let Ok(text) = std::fs::read_to_string(path) else {
        return Found::default();
    };
    Found {
        password: find(&text, wanted),
        ignored: None,
    }
}

/// The password of the first line of `text` that matches `wanted`.
pub fn find(text: &str, wanted: &Wanted<'_>) -> Option<String> {
    let port = wanted.port.to_string();
    let want = [wanted.host, port.as_str(), wanted.database, wanted.user];
    text.lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .find_map(|line| {
            let fields = split(line)?;
            let matches = fields[..4]
                .iter()
                .zip(want)
                .all(|(field, value)| field == "*" || field == value);
            matches.then(|| fields[4].clone())
        })
}

/// A line's five fields, unescaped; `None` for a line with fewer. The
/// password is the rest of the line, colons and all.
fn split(line: &str) -> Option<[String; 5]> {
    let mut fields: Vec<String> = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    fields.last_mut()?.push(next);
                }
            }
            ':' if fields.len() < 5 => fields.push(String::new()),
            c => fields.last_mut()?.push(c),
        }
    }
    fields.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    const WANTED: Wanted<'static> = Wanted {
        host: "db.example.org",
        port: 5432,
        database: "sprout",
        user: "olga",
    };

    #[test]
    fn the_first_matching_line_wins_and_a_star_matches_anything() {
        let text = "# team server\n\
                    other.host:5432:sprout:olga:not-this\n\
                    db.example.org:5433:sprout:olga:not-this-port\n\
                    db.example.org:5432:*:olga:first\n\
                    *:*:*:*:fallback\n";
        assert_eq!(find(text, &WANTED).as_deref(), Some("first"));
        let anna = Wanted {
            user: "anna",
            ..WANTED
        };
        assert_eq!(find(text, &anna).as_deref(), Some("fallback"));
        assert_eq!(find("other:*:*:*:x\n", &WANTED), None);
        // A star inside a field is a plain character, as in libpq.
        assert_eq!(find("db.*:*:*:*:x\n", &WANTED), None);
    }

    #[test]
    fn backslashes_escape_colons_and_the_password_keeps_its_colons() {
        let wanted = Wanted {
            host: "h:1",
            ..WANTED
        };
        assert_eq!(
            find("h\\:1:5432:sprout:olga:pa\\:ss\\\\w:rd\n", &wanted).as_deref(),
            Some("pa:ss\\w:rd")
        );
        assert_eq!(find("too:few:fields\n", &WANTED), None);
        assert_eq!(
            find("*:*:*:*:crlf\r\n", &WANTED).as_deref(),
            Some("crlf"),
            "a file written on Windows"
        );
    }

    #[test]
    fn a_file_others_can_read_is_ignored_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(&file, "*:*:*:*:secret\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        let found = lookup(&file, &WANTED);
        assert_eq!(found.password, None);
        let why = found.ignored.expect("says why");
        assert!(why.contains("group or world access"), "{why}");
        assert!(!why.contains("secret"), "{why}");

        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(lookup(&file, &WANTED).password.as_deref(), Some("secret"));
        assert_eq!(
            lookup(&dir.path().join("missing"), &WANTED),
            Found::default()
        );
    }
}
