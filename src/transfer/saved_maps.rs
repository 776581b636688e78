//! Column mappings saved by name (`import --save-map webform`, reused with
//! `--mapping webform`), in a small TOML file beside the config file: one
//! table a mapping, one `"Column" = "field"` line a column.

use super::columns::{Choices, IGNORE, Mapping, target};
use crate::domain::text::clean_line;
use std::path::Path;
use toml_edit::{DocumentMut, Item, Table, value};

/// The file's name, in the config directory.
pub const FILE_NAME: &str = "mappings.toml";

fn line_of(text: &str, span: Option<std::ops::Range<usize>>) -> usize {
    let at = span.map_or(0, |s| s.start).min(text.len());
    1 + text[..at].matches('\n').count()
}

fn unreadable(file: &str, e: &std::io::Error) -> String {
    crate::tr!(
        "err-map-unreadable",
        file = file,
        problem = &crate::i18n::io_reason(e)
    )
}

/// The saved mapping `name` from the file at `path`, as choices.
pub fn load(path: &Path, name: &str) -> Result<Choices, String> {
    let shown = crate::domain::text::printable(&path.display().to_string(), false);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(crate::tr!(
                "err-map-none-yet",
                name = &clean_line(name),
                file = &shown
            ));
        }
        Err(e) => return Err(unreadable(&shown, &e)),
    };
    // Spans are kept only by the parsed (not the mutable) document.
    let doc = toml_edit::Document::parse(text.clone()).map_err(|e| {
        crate::tr!(
            "err-map-not-toml",
            file = &shown,
            line = line_of(&text, e.span()),
            problem = &clean_line(e.message().trim_end())
        )
    })?;
    let root = doc.as_table();
    let Some(item) = root.get(name) else {
        let saved: Vec<String> = root.iter().map(|(k, _)| clean_line(k)).collect();
        let saved = match saved.is_empty() {
            true => crate::tr!("err-map-none"),
            false => saved.join(", "),
        };
        return Err(crate::tr!(
            "err-map-not-saved",
            name = &clean_line(name),
            file = &shown,
            saved = &saved
        ));
    };
    let Some(table) = item.as_table_like() else {
        return Err(crate::tr!(
            "err-map-not-table",
            file = &shown,
            line = line_of(&text, item.span()),
            name = &clean_line(name)
        ));
    };
    let mut choices = Choices::default();
    for (column, field) in table.iter() {
        let line = line_of(
            &text,
            table
                .get_key_value(column)
                .and_then(|(k, v)| k.span().or_else(|| v.span())),
        );
        let field = field
            .as_str()
            .ok_or_else(|| crate::tr!("err-map-expected-field"))
            .and_then(target)
            .map_err(|problem| {
                crate::tr!(
                    "err-map-line",
                    file = &shown,
                    line = line,
                    problem = &problem
                )
            })?;
        choices.saved.push((column.to_string(), field));
    }
    Ok(choices)
}

/// Saves where every column of `mapping` went as `name`, replacing a
/// mapping of that name and keeping the others. The file is replaced
/// whole, so a failed save leaves the old one.
pub fn save(path: &Path, name: &str, mapping: &Mapping) -> Result<(), String> {
    let shown = crate::domain::text::printable(&path.display().to_string(), false);
    let mut doc = match std::fs::read_to_string(path) {
        Ok(text) => text.parse::<DocumentMut>().map_err(|e| {
            let problem = clean_line(e.message().trim_end());
            crate::tr!(
                "err-map-not-toml-unchanged",
                file = &shown,
                problem = &problem
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut d = DocumentMut::new();
            let header: String = crate::tr!("transfer-map-file-header")
                .lines()
                .map(|l| format!("# {l}\n"))
                .collect();
            d.decor_mut().set_prefix(header + "\n");
            d
        }
        Err(e) => return Err(unreadable(&shown, &e)),
    };
    let mut table = Table::new();
    // A column kept as an extra field is not written: placed by nothing,
    // it is kept as an extra again.
    for c in mapping.columns.iter().filter(|c| !mapping.is_extra(c)) {
        table.insert(&c.header, value(c.field.unwrap_or(IGNORE)));
    }
    doc.insert(name, Item::Table(table));
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| {
        let name = dir.display().to_string();
        crate::tr!(
            "cli-err-cannot-create",
            name = &name,
            problem = &crate::i18n::io_reason(&e)
        )
    })?;
    let cannot_write = |e: &std::io::Error| {
        crate::tr!(
            "cli-err-cannot-write",
            name = &shown,
            problem = &crate::i18n::io_reason(e)
        )
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| cannot_write(&e))?;
    std::io::Write::write_all(&mut tmp, doc.to_string().as_bytes())
        .map_err(|e| cannot_write(&e))?;
    tmp.persist(path).map_err(|e| cannot_write(&e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_mapping_reads_back_and_keeps_the_others() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join(FILE_NAME);
        let headers: Vec<String> = ["What is it called?", "Favourite colour", "Описание"]
            .map(String::from)
            .into();
        let choices = Choices {
            given: vec![("What is it called?".into(), Some("title"))],
            saved: vec![],
            key: None,
        };
        let m = Mapping::resolve(&headers, 1, &choices).unwrap();
        save(&path, "webform", &m).unwrap();
        save(&path, "other one", &m).unwrap();
        let back = load(&path, "webform").unwrap();
        // "Favourite colour", kept as an extra field, is not written down,
        // so that it is kept as one again.
        assert!(m.is_extra(&m.columns[1]));
        assert_eq!(
            back.saved,
            [
                ("What is it called?".to_string(), Some("title")),
                ("Описание".to_string(), Some("summary")),
            ]
        );
        assert_eq!(load(&path, "other one").unwrap().saved.len(), 2);
        let e = load(&path, "nope").unwrap_err();
        assert!(e.ends_with("(saved: webform, other one)"), "{e}");
        let e = load(&dir.path().join("none.toml"), "webform").unwrap_err();
        assert!(e.contains("does not exist yet"), "{e}");
    }

    #[test]
    fn a_broken_entry_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "[webform]\n\"A\" = \"title\"\n\"B\" = \"colour\"\n").unwrap();
        let e = load(&path, "webform").unwrap_err();
        assert!(e.ends_with("line 3: 'colour' is not a field (fields: id, title, summary, proposer, org_kind, region, sector, stage, barriers, funder, amount, tags, score, assignee, notes, history, created, updated, archived, email, phone, website, source_id, duplicate_of, not_duplicates, reviewers, reason, or ignore)"), "{e}");
        std::fs::write(&path, "[webform\n").unwrap();
        assert!(
            load(&path, "webform")
                .unwrap_err()
                .contains("line 1: not valid TOML")
        );
        // A file that cannot be read as TOML is not overwritten.
        let m = Mapping::resolve(&["title".to_string()], 1, &Choices::default()).unwrap();
        assert!(save(&path, "x", &m).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "[webform\n");
    }
}
