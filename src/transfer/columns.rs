//! Which field of an idea each column of a file goes to: headers recognised
//! by name ([`super::headers`]), overridden by `--map 'Column=field'` and by
//! saved mappings, and checked so that no two columns fill the same field.

use super::cells::{COLUMNS, EXTRAS};
pub use super::headers::{header_key, recognise};
use crate::domain::text::clean_line;
use serde_json::{Map, Value};

/// What `--map COLUMN=ignore` (or `-`) says: the column is left out.
pub const IGNORE: &str = "ignore";

/// The field a `--map` target names: a field's own name, or one of the
/// names its header is recognised by, or `ignore`. `None` inside means
/// ignored.
pub fn target(name: &str) -> Result<Option<&'static str>, String> {
    let key = header_key(name);
    if key == IGNORE || name.trim() == "-" {
        return Ok(None);
    }
    if let Some(field) = COLUMNS.iter().find(|c| header_key(c) == key) {
        return Ok(Some(field));
    }
    recognise(name).map(Some).ok_or_else(|| {
        crate::tr!(
            "err-map-not-a-field",
            name = &clean_line(name),
            fields = &COLUMNS.join(", "),
            ignore = IGNORE
        )
    })
}

/// Columns the user placed: from `--map` (which must name a column of
/// the file) and from a saved mapping (which may name columns this file
/// lacks). Each is (column, field or `None` for ignored).
#[derive(Debug, Clone, Default)]
pub struct Choices {
    pub given: Vec<(String, Option<&'static str>)>,
    pub saved: Vec<(String, Option<&'static str>)>,
    /// The column `--key` names (also in `given`, to `source_id`), for
    /// saying which option named a column the file lacks.
    pub key: Option<String>,
}

impl Choices {
    /// The choice for a header: `--map` first, then the saved mapping.
    fn for_header(&self, header: &str) -> Option<(Option<&'static str>, How)> {
        let key = header_key(header);
        let find = |list: &[(String, Option<&'static str>)]| {
            list.iter()
                .rev()
                .find(|(c, _)| header_key(c) == key)
                .map(|(_, f)| *f)
        };
        find(&self.given)
            .map(|f| (f, How::Given))
            .or_else(|| find(&self.saved).map(|f| (f, How::Saved)))
    }
}

/// How a column got its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// By its header's name.
    Recognised,
    /// By `--map`.
    Given,
    /// By a saved mapping (`--mapping`).
    Saved,
    /// Another column was placed in the field this header names.
    Displaced,
}

/// One column of a file and where its cells go.
#[derive(Debug, Clone)]
pub struct Column {
    /// The header as written, made printable.
    pub header: String,
    pub field: Option<&'static str>,
    pub how: How,
    /// The first values of the column (see [`Mapping::sample`]).
    pub samples: Vec<String>,
}

/// Where every column of a file goes.
#[derive(Debug, Clone)]
pub struct Mapping {
    pub columns: Vec<Column>,
}

/// Values shown for each column in the mapping table.
pub const SAMPLES: usize = 3;
/// Rows read at most to find them.
pub const SAMPLE_ROWS: usize = 1000;

impl Mapping {
    /// Places the columns of a header row found on `line`. Two columns in
    /// one field, or a repeated header, are an error naming both; so is a
    /// `--map` column the file does not have, and a file with no title.
    pub fn resolve(headers: &[String], line: usize, choices: &Choices) -> Result<Mapping, String> {
        for (column, _) in &choices.given {
            if !headers.iter().any(|h| header_key(h) == header_key(column)) {
                let option = if choices.key.as_deref() == Some(column.as_str()) {
                    "--key"
                } else {
                    "--map"
                };
                return Err(crate::tr!(
                    "err-import-no-such-column",
                    option = option,
                    column = &clean_line(column),
                    columns = &headers
                        .iter()
                        .map(|h| clean_line(h))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        let named = |i: usize| format!("{} '{}'", i + 1, clean_line(&headers[i]));
        for (i, h) in headers.iter().enumerate() {
            let key = header_key(h);
            if let Some(j) = headers[..i]
                .iter()
                .position(|other| !key.is_empty() && header_key(other) == key)
            {
                return Err(crate::tr!(
                    "err-import-columns-same-header",
                    line = line,
                    first = &named(j),
                    second = &named(i)
                ));
            }
        }
        let mut columns: Vec<Column> = headers
            .iter()
            .map(|h| {
                let (field, how) = choices
                    .for_header(h)
                    .unwrap_or((recognise(h), How::Recognised));
                Column {
                    header: clean_line(h),
                    field,
                    how,
                    samples: Vec::new(),
                }
            })
            .collect();
        // A column placed by the user takes its field from a column that
        // was only recognised by name.
        for i in 0..columns.len() {
            let Some(field) = columns[i].field else {
                continue;
            };
            if columns[i].how == How::Recognised
                && columns
                    .iter()
                    .any(|c| c.field == Some(field) && c.how != How::Recognised)
            {
                columns[i].field = None;
                columns[i].how = How::Displaced;
            }
        }
        for (i, c) in columns.iter().enumerate() {
            let Some(field) = c.field else { continue };
            if let Some(j) = columns[..i].iter().position(|o| o.field == Some(field)) {
                return Err(crate::tr!(
                    "err-import-columns-same-field",
                    line = line,
                    first = &named(j),
                    second = &named(i),
                    field = field,
                    header = &clean_line(&headers[i])
                ));
            }
        }
        if !columns.iter().any(|c| c.field == Some("title")) {
            return Err(crate::tr!("err-import-no-title-column", line = line));
        }
        Ok(Mapping { columns })
    }

    /// Takes the first non-empty values of a row's cells as samples of
    /// their columns, up to [`SAMPLES`] each, as one printable line.
    pub fn sample<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        for (column, cell) in self.columns.iter_mut().zip(cells) {
            let text = clean_line(cell.as_ref());
            if column.samples.len() < SAMPLES && !text.is_empty() {
                column.samples.push(text);
            }
        }
    }

    /// A row as a record keyed by field name. The cells of columns kept as
    /// extras go in `extras`, as `[header, cell]` pairs; cells of columns
    /// the user left out are left out. A row shorter than the header leaves
    /// fields absent.
    pub fn record(&self, cells: impl IntoIterator<Item = Value>) -> Map<String, Value> {
        let mut extras = Vec::new();
        let mut record: Map<String, Value> = self
            .columns
            .iter()
            .zip(cells)
            .filter_map(|(c, v)| match c.field {
                Some(f) => Some((f.to_string(), v)),
                None => {
                    if self.is_extra(c) && v.as_str().is_some_and(|s| !s.trim().is_empty()) {
                        extras.push(Value::Array(vec![Value::String(c.header.clone()), v]));
                    }
                    None
                }
            })
            .collect();
        if !extras.is_empty() {
            record.insert(EXTRAS.to_string(), Value::Array(extras));
        }
        record
    }

    /// Whether a column's cells are kept as extra fields: it goes to no
    /// field, and the user did not leave it out (`--map 'Column=ignore'`);
    /// but not when the file has a column of extras of its own.
    pub fn is_extra(&self, column: &Column) -> bool {
        column.field.is_none()
            && matches!(column.how, How::Recognised | How::Displaced)
            && !self.columns.iter().any(|c| c.field == Some(EXTRAS))
    }

    /// The headers of the columns left out.
    pub fn ignored(&self) -> impl Iterator<Item = &str> {
        self.columns
            .iter()
            .filter(|c| c.field.is_none() && !self.is_extra(c))
            .map(|c| c.header.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn fields(m: &Mapping) -> Vec<Option<&'static str>> {
        m.columns.iter().map(|c| c.field).collect()
    }

    #[test]
    fn a_mapping_places_recognised_and_given_columns() {
        let choices = Choices {
            given: vec![("What is it called?".into(), Some("title"))],
            saved: vec![("Email".into(), None), ("Not in this file".into(), None)],
            key: None,
        };
        let h = headers(&["What is it called?", "Name", "Email", "Описание"]);
        let m = Mapping::resolve(&h, 1, &choices).unwrap();
        assert_eq!(fields(&m), [Some("title"), None, None, Some("summary")]);
        assert_eq!(m.columns[1].how, How::Displaced);
        // Email was left out by the saved mapping; Name, displaced from the
        // title, is kept as an extra field.
        assert_eq!(m.ignored().collect::<Vec<_>>(), ["Email"]);
        assert!(m.is_extra(&m.columns[1]));
        let r = m.record(["A", "Anna", "a@x", "B"].map(|s| Value::String(s.into())));
        assert_eq!(r.len(), 3);
        assert_eq!(r["title"], "A");
        assert_eq!(r["summary"], "B");
        assert_eq!(r["extras"], serde_json::json!([["Name", "Anna"]]));
    }

    #[test]
    fn repeated_headers_and_shared_fields_are_errors_naming_the_columns() {
        let none = Choices::default();
        for (list, want) in [
            (
                &["title", "title"][..],
                "columns 1 'title' and 2 'title' have the same header",
            ),
            (
                &["title", "Title"][..],
                "columns 1 'title' and 2 'Title' have the same header",
            ),
            (
                &["title", "summary", "summary"][..],
                "columns 2 'summary' and 3 'summary'",
            ),
            (
                &["title", "tags", "Tags"][..],
                "columns 2 'tags' and 3 'Tags'",
            ),
            (
                &["Name", "Project name"][..],
                "columns 1 'Name' and 2 'Project name' both go to title",
            ),
        ] {
            let e = Mapping::resolve(&headers(list), 1, &none).unwrap_err();
            assert!(
                e.starts_with("line 1: ") && e.contains(want),
                "{list:?}: {e}"
            );
        }
        let e = Mapping::resolve(&headers(&["colour"]), 1, &none).unwrap_err();
        assert!(e.contains("no column is the title"), "{e}");
        let given = Choices {
            given: vec![("Nope".into(), Some("title"))],
            saved: vec![],
            key: None,
        };
        let e = Mapping::resolve(&headers(&["title"]), 1, &given).unwrap_err();
        assert!(e.contains("no column 'Nope' (columns: title)"), "{e}");
    }

    #[test]
    fn map_targets_are_fields_their_names_or_ignore() {
        assert_eq!(target("title"), Ok(Some("title")));
        assert_eq!(target("org"), Ok(Some("org_kind")));
        assert_eq!(target("Org kind"), Ok(Some("org_kind")));
        assert_eq!(target("описание"), Ok(Some("summary")));
        assert_eq!(target("ignore"), Ok(None));
        assert_eq!(target("-"), Ok(None));
        let e = target("colour").unwrap_err();
        assert!(
            e.starts_with("'colour' is not a field (fields: id, title,"),
            "{e}"
        );
    }
}
