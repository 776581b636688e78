//! A rubric as a TOML file, to read (`sprout rubric --set FILE`) and to
//! write (`sprout rubric --toml`): one `[[criterion]]` table each, in the
//! order a review asks them. What [`to_toml`] writes, [`parse`] reads back
//! the same. A mistake is named by its line and field.

use super::rubric::{Criterion, MAX_SCALE, MAX_WEIGHT, Rubric};
use super::rubric_problem::{CriterionField, FIELDS, FileError, FileProblem};
use super::text::clean_line;
use toml_edit::{Item, Table};

/// The rubric as a file a user edits and loads again, after `header`:
/// comment lines in the language spoken (what each field takes), each
/// written as `# LINE`.
pub fn to_toml(rubric: &Rubric, header: &[String]) -> String {
    let mut out = String::new();
    for line in header.iter().map(|l| clean_line(l)) {
        match line.is_empty() {
            true => out.push_str("#\n"),
            false => out.push_str(&format!("# {line}\n")),
        }
    }
    for c in &rubric.criteria {
        out.push_str(&format!(
            "\n[[criterion]]\nname = {}\ndescription = {}\nweight = {}\nscale = \"{}\"\n",
            quoted(&c.name),
            quoted(&c.description),
            c.weight,
            c.scale()
        ));
    }
    out
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_string()
}

/// The criteria of a rubric file, checked, or the first thing wrong with
/// it and its line.
pub fn parse(text: &str) -> Result<Rubric, FileError> {
    let line_of = |span: Option<std::ops::Range<usize>>| {
        let at = span.map_or(0, |s| s.start).min(text.len());
        1 + text[..at].matches('\n').count()
    };
    let doc = toml_edit::Document::parse(text.to_string()).map_err(|e| {
        let line = line_of(e.span());
        // `weight = 99999999999999999999` is past TOML's integers: the
        // field is named, as for any other bad value.
        let field = text
            .lines()
            .nth(line - 1)
            .and_then(|l| l.split_once('='))
            .and_then(|(key, _)| FIELDS.iter().find(|f| **f == key.trim()).copied());
        FileError {
            line,
            problem: FileProblem::NotToml {
                field,
                detail: clean_line(e.message()),
            },
        }
    })?;
    let root = doc.as_table();
    for (key, item) in root.iter() {
        if key != "criterion" {
            return Err(FileError {
                line: line_of(item.span()),
                problem: FileProblem::UnknownKey(clean_line(key)),
            });
        }
    }
    let tables = match root.get("criterion") {
        None => {
            return Err(FileError {
                line: 1,
                problem: FileProblem::NoCriterionTable,
            });
        }
        Some(item) => item.as_array_of_tables().ok_or_else(|| FileError {
            line: line_of(item.span()),
            problem: FileProblem::NotTables,
        })?,
    };
    let mut criteria = Vec::new();
    for table in tables.iter() {
        let at = line_of(table.span());
        let c = criterion(table, &line_of).map_err(|(line, problem)| FileError {
            line: line.unwrap_or(at),
            problem,
        })?;
        criteria.push((at, c));
    }
    // A rubric-wide problem (a name twice) is told at the later criterion.
    let lines: Vec<usize> = criteria.iter().map(|(l, _)| *l).collect();
    let list: Vec<Criterion> = criteria.into_iter().map(|(_, c)| c).collect();
    Rubric::new(list.clone()).map_err(|p| {
        let culprit = p
            .named_twice()
            .and_then(|name| list.iter().rposition(|c| c.name == name))
            .map_or(lines.first().copied().unwrap_or(1), |k| lines[k]);
        FileError {
            line: culprit,
            problem: FileProblem::Rubric(p),
        }
    })
}

/// A criterion's problem and its own line, when it has one (else the
/// table's line is told).
type FieldError = (Option<usize>, FileProblem);

fn criterion(
    table: &Table,
    line_of: &dyn Fn(Option<std::ops::Range<usize>>) -> usize,
) -> Result<Criterion, FieldError> {
    let at = |item: &Item, what: FileProblem| (Some(line_of(item.span())), what);
    for (key, item) in table.iter() {
        if !FIELDS.contains(&key) {
            return Err(at(item, FileProblem::UnknownField(clean_line(key))));
        }
    }
    let text = |field: &'static str| -> Result<(String, Option<usize>), FieldError> {
        match table.get(field) {
            None => Err((None, FileProblem::Without(field))),
            Some(item) => item
                .as_str()
                .map(|s| (s.to_string(), Some(line_of(item.span()))))
                .ok_or_else(|| at(item, FileProblem::ExpectedText(field))),
        }
    };
    // The name as written ([`Criterion::check`] refuses a control
    // character in it); the description is free text, cleaned as a note.
    let (name, name_line) = text("name")?;
    let description = clean_line(&text("description")?.0);
    let weight = match table.get("weight") {
        None => 1,
        Some(item) => item
            .as_integer()
            .and_then(|w| u16::try_from(w).ok())
            .filter(|w| (1..=MAX_WEIGHT).contains(w))
            .ok_or_else(|| at(item, FileProblem::Weight))?,
    };
    let (min, max) = match table.get("scale") {
        None => (1, 5),
        Some(item) => item
            .as_str()
            .and_then(scale)
            .ok_or_else(|| at(item, FileProblem::Scale))?,
    };
    let c = Criterion {
        name,
        description,
        weight,
        min,
        max,
    };
    // A problem of the name (`name '…' must be…`) is told at its line.
    c.check().map_err(|p| {
        let line = (p.field() == Some(CriterionField::Name))
            .then_some(name_line)
            .flatten();
        (line, FileProblem::Rubric(p))
    })?;
    Ok(c)
}

/// `1-5` as (1, 5), if LOW is below HIGH and both are in range.
fn scale(s: &str) -> Option<(u8, u8)> {
    let (low, high) = s.split_once('-')?;
    let low: u8 = low.trim().parse().ok()?;
    let high: u8 = high.trim().parse().ok()?;
    (low < high && high <= MAX_SCALE).then_some((low, high))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_written_reads_back_the_same() {
        let d = Rubric::default_rubric();
        let text = to_toml(&d, &["Version 1 of it".into(), String::new()]);
        assert!(
            text.starts_with("# Version 1 of it\n#\n\n[[criterion]]"),
            "{text}"
        );
        assert_eq!(parse(&text).unwrap().criteria, d.criteria);
        let odd = Rubric::new(vec![Criterion {
            name: "fit".into(),
            description: "Says \"why\" \\ and how".into(),
            weight: 3,
            min: 0,
            max: 10,
        }])
        .unwrap();
        assert_eq!(parse(&to_toml(&odd, &[])).unwrap().criteria, odd.criteria);
    }

    #[test]
    fn a_description_is_cleaned_as_free_text() {
        let r =
            parse("[[criterion]]\nname = \"fit\"\ndescription = \"Fits\\u202e the\\u0007 call\"\n")
                .unwrap();
        assert_eq!(r.criteria[0].description, "Fits the call");
    }

    #[test]
    fn weight_and_scale_default_to_one_and_one_to_five() {
        let r = parse("[[criterion]]\nname = \"fit\"\ndescription = \"d\"\n").unwrap();
        assert_eq!(
            (r.criteria[0].weight, r.criteria[0].scale()),
            (1, "1-5".into())
        );
    }

    #[test]
    fn each_mistake_names_its_line_and_field() {
        let two = "[[criterion]]\nname = \"a\"\ndescription = \"d\"\n\n[[criterion]]\n";
        let cases = [
            ("name = [", "line 1: name: not valid TOML"),
            ("title = \"x\"\n", "line 1: unknown key 'title'"),
            ("", "line 1: no [[criterion]] table"),
            (
                &format!("{two}name = \"b\"\ndescription = \"d\"\nweight = 0\n"),
                "line 8: weight: expected a whole number from 1 to 100",
            ),
            (
                &format!("{two}name = \"b\"\ndescription = \"d\"\nscale = \"5-1\"\n"),
                "line 8: scale: expected \"LOW-HIGH\"",
            ),
            (
                &format!("{two}name = \"b\"\ndescriptoin = \"d\"\n"),
                "line 7: unknown field 'descriptoin'",
            ),
            (
                &format!("{two}name = \"b\"\n"),
                "line 5: criterion without description",
            ),
            (
                &format!("{two}name = \"a\"\ndescription = \"d\"\n"),
                "line 5: criterion 'a' is named twice",
            ),
            (
                &format!("{two}name = \"B\"\ndescription = \"d\"\n"),
                "line 6: name: 'B' must be a lower-case word",
            ),
            (
                &format!("{two}name = \"te\\u0007am\"\ndescription = \"d\"\n"),
                "line 6: name: 'te\u{fffd}am' has a control character",
            ),
            (
                &format!("{two}name = \"b\"\ndescription = \"d\"\nweight = 99999999999\n"),
                "line 8: weight: expected a whole number from 1 to 100",
            ),
            (
                &format!("{two}name = \"b\"\ndescription = \"d\"\nweight = 99999999999999999999\n"),
                "line 8: weight: not valid TOML",
            ),
            (
                "[[criterion]]\nname = 4\n",
                "line 2: name: expected text in quotes",
            ),
        ];
        for (text, want) in cases {
            let got = parse(text).unwrap_err().to_string();
            assert!(got.starts_with(want), "{text:?}: {got}");
        }
    }
}
