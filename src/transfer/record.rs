//! Turning one imported record (a JSON object, or a CSV row seen as one)
//! into an idea, collecting every problem with the field it is in.

use super::cell::{Cell, Cells};
use super::synonyms::Synonymous;
use super::values::Values;
use crate::domain::text::{clean_line, clean_multiline};
use crate::domain::{Barrier, Change, Extras, Idea, Note, OrgKind, Sector, Stage, Timestamp};
use crate::i18n::field_rules::{valid_line, valid_score, valid_summary, valid_tag, valid_title};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// A valid imported record.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// The line the record starts on.
    pub line: usize,
    /// The id the record asks for, if any.
    pub id: Option<u64>,
    /// The idea (its `id` is 0 until the store gives one).
    pub idea: Idea,
    /// The canonical names of the fields the record has.
    pub present: BTreeSet<&'static str>,
    /// One-line fields (a title, a proposer…) whose line breaks became
    /// spaces: said in the import's summary, never done silently.
    pub joined: Vec<&'static str>,
    /// The rubric versions the record carries for its reviews.
    pub rubrics: Vec<crate::domain::Rubric>,
}

/// Fields of one line: a line break in them becomes a space.
const ONE_LINE: &[&str] = &["title", "proposer", "region", "funder", "assignee"];

/// The canonical field name for a key in a file: the names a column's
/// header is recognised by ([`super::columns::recognise`]).
pub fn canonical(key: &str) -> Option<&'static str> {
    if let Some(own) = super::cells::COLUMNS.iter().find(|c| **c == key) {
        return Some(own);
    }
    super::columns::recognise(key)
}

type Problems = Vec<(String, String)>;

/// Validates one record. `now` fills `created`/`updated` when absent.
pub fn incoming(
    line: usize,
    object: &Map<String, Value>,
    now: Timestamp,
) -> Result<Incoming, Problems> {
    incoming_with(line, object, now, &Values::default())
}

/// [`incoming`], reading vocabularies, dates and amounts with `values`.
pub fn incoming_with(
    line: usize,
    object: &Map<String, Value>,
    now: Timestamp,
    values: &Values,
) -> Result<Incoming, Problems> {
    incoming_cells(line, &super::cell::of_map(object), now, values)
}

/// [`incoming_with`] of a record's cells, sorted by key as a map has them.
pub(super) fn incoming_cells(
    line: usize,
    object: &Cells<'_>,
    now: Timestamp,
    values: &Values,
) -> Result<Incoming, Problems> {
    let mut problems: Problems = Vec::new();
    let mut present = BTreeSet::new();
    let mut idea = Idea::new(String::new(), now);
    let mut id = None;
    let mut title_seen = false;
    let mut updated_seen = false;
    let mut keys: Vec<(&'static str, &str)> = Vec::new();
    let mut joined = Vec::new();
    let mut rubrics = Vec::new();
    for (key, value) in object {
        let key: &str = key;
        if key == super::cells::EXTRAS {
            match extras(&value.to_value()) {
                Ok(e) if e.is_empty() => {}
                Ok(e) => {
                    present.insert(super::cells::EXTRAS);
                    idea.extras = e;
                }
                Err(e) => problems.push((key.to_string(), e)),
            }
            continue;
        }
        if key == super::json_reviews::REVIEWS {
            match super::json_reviews::reviews(&value.to_value()) {
                Ok(r) if r.is_empty() => {}
                Ok(r) => {
                    present.insert(super::json_reviews::REVIEWS);
                    idea.reviews = r;
                }
                Err(field_and_why) => problems.push(field_and_why),
            }
            continue;
        }
        // The rubric versions this idea's reviews were made with (a JSONL
        // line or an idea of a plain array carries its own).
        if key == super::json_rubrics::RUBRICS {
            match super::json_rubrics::list(&value.to_value()) {
                Ok(r) => rubrics = r,
                Err(e) => problems.push((key.to_string(), e)),
            }
            continue;
        }
        let Some(field) = canonical(key) else {
            continue;
        };
        // `title` and `Title` in one object: which one is meant is unknown.
        if let Some((_, first)) = keys.iter().find(|(f, _)| *f == field) {
            problems.push((
                field.to_string(),
                crate::tr!(
                    "err-import-given-twice",
                    first = &clean_line(first),
                    second = &clean_line(key)
                ),
            ));
            continue;
        }
        keys.push((field, key));
        if value.is_null()
            || value.as_str().is_some_and(|s| s.trim().is_empty()) && field != "title"
        {
            continue;
        }
        present.insert(field);
        if ONE_LINE.contains(&field) && value.as_str().is_some_and(|s| s.contains(['\n', '\r'])) {
            joined.push(field);
        }
        let mut fail = |msg: String| problems.push((field.to_string(), msg));
        match field {
            "id" => match idea_id(value) {
                Err(e) => fail(e),
                Ok(n) => id = Some(n),
            },
            "title" => {
                title_seen = true;
                match value.text().and_then(|t| valid_title(&t)) {
                    Ok(t) => idea.title = t,
                    Err(e) => fail(e),
                }
            }
            "summary" => set(
                value.text().and_then(|t| valid_summary(&t)),
                &mut idea.summary,
                fail,
            ),
            "proposer" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.proposer,
                fail,
            ),
            "region" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.region,
                fail,
            ),
            "funder" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.funder,
                fail,
            ),
            "assignee" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.assignee,
                fail,
            ),
            "email" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.email,
                fail,
            ),
            "phone" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.phone,
                fail,
            ),
            "website" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.website,
                fail,
            ),
            "source_id" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.source_id,
                fail,
            ),
            "duplicate_of" => set(idea_id(value).map(Some), &mut idea.duplicate_of, fail),
            "not_duplicates" => set(
                value.list().and_then(|l| {
                    l.iter()
                        .map(|i| idea_id(&Cell::Str(i.as_str().into())))
                        .collect()
                }),
                &mut idea.not_duplicates,
                fail,
            ),
            "reviewers" => set(
                value
                    .list()
                    .and_then(|l| l.iter().map(|r| valid_line(r)).collect()),
                &mut idea.reviewers,
                fail,
            ),
            "reason" => set(
                value.text().and_then(|t| valid_line(&t)),
                &mut idea.reason,
                fail,
            ),
            "org_kind" => set(named::<OrgKind>(value, values), &mut idea.org_kind, fail),
            "sector" => set(named::<Sector>(value, values), &mut idea.sector, fail),
            "stage" => set(named::<Stage>(value, values), &mut idea.stage, fail),
            "barriers" => {
                let parsed: Result<BTreeSet<Barrier>, String> = value
                    .list()
                    .and_then(|l| l.iter().map(|b| values.named::<Barrier>(b)).collect());
                set(parsed, &mut idea.barriers, fail)
            }
            "tags" => {
                let parsed: Result<BTreeSet<String>, String> = value
                    .list()
                    .and_then(|l| l.iter().map(|t| valid_tag(t)).collect());
                set(parsed, &mut idea.tags, fail)
            }
            "amount" => set(
                match value {
                    Cell::Number(_) => value.number(),
                    _ => value.text().and_then(|t| values.amount(&t)),
                }
                .map(Some),
                &mut idea.amount,
                fail,
            ),
            "score" => set(
                match value {
                    Cell::Number(n) => valid_score(&n.to_string()),
                    _ => value.text().and_then(|t| valid_score(&t)),
                }
                .map(Some),
                &mut idea.score,
                fail,
            ),
            "notes" => set(
                value.embedded::<Note>().map(clean_notes),
                &mut idea.notes,
                fail,
            ),
            "history" => set(
                value.embedded::<Change>().map(clean_history),
                &mut idea.history,
                fail,
            ),
            "created" => set(time(value, values), &mut idea.created, fail),
            "updated" => {
                updated_seen = true;
                set(time(value, values), &mut idea.updated, fail)
            }
            "archived" => set(boolean(value), &mut idea.archived, fail),
            _ => {}
        }
    }
    if !title_seen {
        problems.push(("title".into(), crate::tr!("err-import-title-missing")));
    }
    if !updated_seen && present.contains("created") {
        idea.updated = idea.created;
    }
    if problems.is_empty() {
        Ok(Incoming {
            line,
            id,
            idea,
            present,
            joined,
            rubrics,
        })
    } else {
        Err(problems)
    }
}

fn set<T>(result: Result<T, String>, slot: &mut T, mut fail: impl FnMut(String)) {
    match result {
        Ok(v) => *slot = v,
        Err(e) => fail(e),
    }
}

fn idea_id(value: &Cell<'_>) -> Result<u64, String> {
    match value.number() {
        Ok(0) | Err(_) => Err(crate::tr!("err-cli-not-an-id", value = &value.show())),
        // The most either engine keeps: PostgreSQL's bigint.
        Ok(n) if n > i64::MAX as u64 => Err(crate::tr!(
            "err-import-id-too-large",
            value = n.to_string().as_str(),
            most = i64::MAX.to_string().as_str()
        )),
        Ok(n) => Ok(n),
    }
}

/// The extra fields: a list of `[name, value]` pairs as sprout writes
/// them (in a CSV cell, that list as JSON text), or an object of named
/// values as a person might write one; each is cleaned by [`Extras::set`].
fn extras(value: &Value) -> Result<Extras, String> {
    let expected = || crate::tr!("err-import-extras-expected");
    let parsed;
    let value = match value {
        Value::String(s) if s.trim().is_empty() => return Ok(Extras::default()),
        Value::String(s) => {
            parsed = serde_json::from_str::<Value>(s).map_err(|_| expected())?;
            &parsed
        }
        other => other,
    };
    let pairs: Vec<(&str, &Value)> = match value {
        Value::Null => Vec::new(),
        Value::Object(o) => o.iter().map(|(n, v)| (n.as_str(), v)).collect(),
        Value::Array(items) => items
            .iter()
            .map(|item| match item.as_array().map(Vec::as_slice) {
                Some([Value::String(n), v]) => Ok((n.as_str(), v)),
                _ => Err(crate::tr!(
                    "err-import-extras-found",
                    expected = &expected(),
                    found = &Cell::from(item).show()
                )),
            })
            .collect::<Result<_, _>>()?,
        other => {
            return Err(crate::tr!(
                "err-import-extras-found",
                expected = &expected(),
                found = &Cell::from(other).kind().words()
            ));
        }
    };
    let mut extras = Extras::default();
    for (name, v) in pairs {
        match v {
            Value::Null => {}
            Value::Array(_) | Value::Object(_) => {
                return Err(crate::tr!(
                    "err-import-extra-not-text",
                    name = &clean_line(name),
                    found = &Cell::from(v).kind().words()
                ));
            }
            _ => {
                extras.set(name, &Cell::from(v).text()?);
            }
        }
    }
    Ok(extras)
}

fn named<T: Synonymous>(value: &Cell<'_>, values: &Values) -> Result<T, String> {
    value.text().and_then(|t| values.named::<T>(&t))
}

fn clean_notes(notes: Vec<Note>) -> Vec<Note> {
    notes
        .into_iter()
        .map(|n| Note {
            time: n.time,
            text: clean_multiline(&n.text),
            by: clean_line(&n.by),
        })
        .filter(|n| !n.text.is_empty())
        .collect()
}

/// History from a file is text like any other: an entry written by
/// sprout is already clean and stays as it is, so the round trip is exact.
fn clean_history(history: Vec<Change>) -> Vec<Change> {
    history
        .into_iter()
        .map(|c| Change {
            time: c.time,
            field: clean_line(&c.field),
            from: clean_multiline(&c.from),
            to: clean_multiline(&c.to),
            by: clean_line(&c.by),
        })
        .collect()
}

fn time(value: &Cell<'_>, values: &Values) -> Result<Timestamp, String> {
    value.text().and_then(|t| values.date(&t))
}

fn boolean(value: &Cell<'_>) -> Result<bool, String> {
    match value {
        Cell::Bool(b) => Ok(*b),
        Cell::Number(n) if n.as_u64() == Some(0) => Ok(false),
        Cell::Number(n) if n.as_u64() == Some(1) => Ok(true),
        Cell::Str(s) => match s.trim().to_lowercase().as_str() {
            "true" | "yes" | "y" | "1" => Ok(true),
            "false" | "no" | "n" | "0" | "" => Ok(false),
            _ => Err(crate::tr!("err-import-not-yes-no", value = &value.show())),
        },
        _ => Err(crate::tr!(
            "err-import-expected-bool",
            found = &value.kind().words()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(v: Value) -> Result<Incoming, Problems> {
        incoming(7, v.as_object().unwrap(), Timestamp(1000))
    }

    #[test]
    fn a_full_record_is_read() {
        let i = parse(json!({
            "ID": 12, "Title": " Clean  water ", "org": "nonprofit", "sector": "eco",
            "barriers": "funding; regulation", "tags": ["Water", "Rural Areas"],
            "amount": "1 200 000", "score": 4, "archived": "yes", "created": "2026-01-01"
        }))
        .unwrap();
        assert_eq!(i.id, Some(12));
        assert_eq!(i.idea.title, "Clean water");
        assert_eq!(i.idea.sector, Sector::Ecology);
        assert_eq!(i.idea.org_kind, OrgKind::Nonprofit);
        assert_eq!(i.idea.barriers.len(), 2);
        assert_eq!(
            i.idea.tags.iter().collect::<Vec<_>>(),
            ["rural-areas", "water"]
        );
        assert_eq!(i.idea.amount, Some(1_200_000));
        assert!(i.idea.archived);
        assert_eq!(i.idea.created.rfc3339(), "2026-01-01T00:00:00Z");
        assert_eq!(i.idea.updated, i.idea.created);
    }

    #[test]
    fn every_problem_is_listed_with_its_field() {
        let e =
            parse(json!({"sector": "space", "score": 9, "amount": "lots", "id": 0})).unwrap_err();
        let fields: Vec<_> = e.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["amount", "id", "score", "sector", "title"]);
        assert!(e[3].1.contains("valid: health"), "{}", e[3].1);
    }

    #[test]
    fn empty_optional_cells_are_absent() {
        let i = parse(json!({"title": "x", "score": "", "amount": null, "sector": ""})).unwrap();
        assert_eq!(i.idea.score, None);
        assert_eq!(i.idea.sector, Sector::Unclassified);
        assert_eq!(i.present.iter().copied().collect::<Vec<_>>(), ["title"]);
        assert!(parse(json!({"title": ""})).is_err());
    }
}
