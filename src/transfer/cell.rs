//! One value of an imported record as its checks read it, and a JSON
//! record parsed straight into such values: its keys and text borrowed
//! from the line where JSON lets them be (no escapes), rather than an
//! owned `serde_json` map of owned strings copied again by each check.
//! Lists and objects are still `serde_json` values (tags, notes, history
//! are read from them), and the parser is serde_json's own, so a record's
//! JSON is refused by the same rules and with the same words as before.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::fmt;

/// One value of a record.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Str(Cow<'a, str>),
    /// A list or an object.
    Tree(Cow<'a, Value>),
}

/// A record's keys and values, sorted by key, each key once (the last
/// value given for it, as a `serde_json` map keeps it).
pub type Cells<'a> = Vec<(Cow<'a, str>, Cell<'a>)>;

impl<'a> From<&'a Value> for Cell<'a> {
    fn from(value: &'a Value) -> Self {
        match value {
            Value::Null => Cell::Null,
            Value::Bool(b) => Cell::Bool(*b),
            Value::Number(n) => Cell::Number(n.clone()),
            Value::String(s) => Cell::Str(Cow::Borrowed(s)),
            tree => Cell::Tree(Cow::Borrowed(tree)),
        }
    }
}

/// The cells of a record already read as a map (a CSV row, a sheet's row).
pub fn of_map(map: &Map<String, Value>) -> Cells<'_> {
    map.iter()
        .map(|(k, v)| (Cow::Borrowed(k.as_str()), Cell::from(v)))
        .collect()
}

impl Cell<'_> {
    pub fn is_null(&self) -> bool {
        matches!(self, Cell::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Cell::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The value as `serde_json` has it, for the checks of lists and
    /// objects (reviews, rubrics, extras).
    pub fn to_value(&self) -> Cow<'_, Value> {
        match self {
            Cell::Null => Cow::Owned(Value::Null),
            Cell::Bool(b) => Cow::Owned(Value::Bool(*b)),
            Cell::Number(n) => Cow::Owned(Value::Number(n.clone())),
            Cell::Str(s) => Cow::Owned(Value::String(s.to_string())),
            Cell::Tree(t) => Cow::Borrowed(t.as_ref()),
        }
    }

    /// What kind of value it is, for a problem's message.
    pub fn kind(&self) -> Kind {
        match self {
            Cell::Null => Kind::Null,
            Cell::Bool(_) => Kind::Bool,
            Cell::Number(_) => Kind::Number,
            Cell::Str(_) => Kind::Text,
            Cell::Tree(t) => Kind::of(t),
        }
    }

    /// The value shown in a problem: cleaned and cut short.
    pub fn show(&self) -> String {
        let s = match self {
            Cell::Str(s) => crate::domain::text::clean_line(s),
            other => crate::domain::text::clean_line(&other.to_value().to_string()),
        };
        if s.chars().count() > 40 {
            format!("{}…", s.chars().take(40).collect::<String>())
        } else {
            s
        }
    }

    /// The value as text: text as it is, a number or true/false written out.
    pub fn text(&self) -> Result<Cow<'_, str>, String> {
        match self {
            Cell::Str(s) => Ok(Cow::Borrowed(s)),
            Cell::Number(n) => Ok(Cow::Owned(n.to_string())),
            Cell::Bool(b) => Ok(Cow::Owned(b.to_string())),
            _ => Err(crate::tr!(
                "err-import-expected-text",
                found = &self.kind().words()
            )),
        }
    }

    pub fn number(&self) -> Result<u64, String> {
        match self {
            Cell::Number(n) => n
                .as_u64()
                .ok_or_else(|| crate::tr!("err-import-not-whole", value = &n.to_string())),
            Cell::Str(s) => s
                .trim()
                .parse()
                .map_err(|_| crate::tr!("err-import-not-whole", value = &self.show())),
            _ => Err(crate::tr!(
                "err-import-expected-number",
                found = &self.kind().words()
            )),
        }
    }

    /// A set: a JSON list of text, or text separated by `;` or `,` (as a
    /// web form writes the boxes ticked; no tag or barrier holds either).
    pub fn list(&self) -> Result<Vec<String>, String> {
        match self {
            Cell::Tree(t) if t.is_array() => t
                .as_array()
                .into_iter()
                .flatten()
                .map(|item| Cell::from(item).text().map(Cow::into_owned))
                .collect(),
            Cell::Str(s) => Ok(s
                .split([';', ','])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect()),
            _ => Err(crate::tr!(
                "err-import-expected-list",
                found = &self.kind().words()
            )),
        }
    }

    /// Notes or history: a JSON list, or (in CSV) that list as JSON text.
    pub fn embedded<T: serde::de::DeserializeOwned>(&self) -> Result<Vec<T>, String> {
        let parsed = match self {
            Cell::Str(s) => serde_json::from_str(s),
            Cell::Tree(t) => Vec::<T>::deserialize(t.as_ref()),
            other => serde_json::from_value(other.to_value().into_owned()),
        };
        parsed.map_err(|e| {
            crate::tr!(
                "err-import-not-a-list",
                problem = &super::json_words::problem(&e)
            )
        })
    }
}

/// A JSON record's text parsed: its cells, or what it is when it is not
/// an object (`a list`, `null`, …).
pub enum Parsed<'a> {
    Object(Cells<'a>),
    Not(Kind),
}

/// The kind of a JSON value, as a problem names it (`found a list`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

impl Kind {
    pub fn of(v: &Value) -> Kind {
        match v {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::Text,
            Value::Array(_) => Kind::List,
            Value::Object(_) => Kind::Object,
        }
    }

    /// In the language spoken; `null` is JSON's word in any.
    pub fn words(self) -> String {
        match self {
            Kind::Null => "null".to_string(),
            Kind::Bool => crate::tr!("transfer-kind-bool"),
            Kind::Number => crate::tr!("transfer-kind-number"),
            Kind::Text => crate::tr!("transfer-kind-string"),
            Kind::List => crate::tr!("transfer-kind-list"),
            Kind::Object => crate::tr!("transfer-kind-object"),
        }
    }
}

/// Parses one record's JSON text (a JSONL line, an item of an array).
pub fn parse(json: &str) -> Result<Parsed<'_>, serde_json::Error> {
    let parsed = serde_json::from_str::<Top>(json)?.0;
    Ok(match parsed {
        Parsed::Object(mut cells) => {
            // As a map: sorted by key, the last of a key given twice.
            cells.reverse();
            cells.sort_by(|a, b| a.0.cmp(&b.0));
            cells.dedup_by(|later, kept| later.0 == kept.0);
            Parsed::Object(cells)
        }
        not => not,
    })
}

/// The whole text of a record.
struct Top<'a>(Parsed<'a>);

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TopVisitor).map(Top)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Parsed<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an idea object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut cells = Vec::with_capacity(map.size_hint().unwrap_or(32));
        while let Some((key, cell)) = map.next_entry::<Text<'de>, Cell<'de>>()? {
            cells.push((key.0, cell));
        }
        Ok(Parsed::Object(cells))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        // Read to its end, so that broken JSON inside is still refused.
        Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(Parsed::Not(Kind::List))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Parsed::Not(Kind::Null))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Parsed::Not(Kind::Bool))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Parsed::Not(Kind::Number))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Parsed::Not(Kind::Number))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Parsed::Not(Kind::Number))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Parsed::Not(Kind::Text))
    }
}

/// Text borrowed from the record when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(s.to_string())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> Deserialize<'de> for Cell<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CellVisitor)
    }
}

struct CellVisitor;

impl<'de> Visitor<'de> for CellVisitor {
    type Value = Cell<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Cell::Null)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Self::Value, E> {
        Ok(Cell::Bool(b))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        Ok(Cell::Number(n.into()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        Ok(Cell::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        // As serde_json's own value: a number it cannot hold is null.
        Ok(Number::from_f64(n).map_or(Cell::Null, Cell::Number))
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cell::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cell::Str(Cow::Owned(s.to_string())))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Cell::Str(Cow::Owned(s)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let v = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        Ok(Cell::Tree(Cow::Owned(v)))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let v = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Cell::Tree(Cow::Owned(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cells a `serde_json` map of the same text gives.
    fn as_map(json: &str) -> Option<Vec<(String, Value)>> {
        let map: Map<String, Value> = serde_json::from_str(json).ok()?;
        Some(map.into_iter().collect())
    }

    fn cells(json: &str) -> Option<Vec<(String, Value)>> {
        match parse(json).ok()? {
            Parsed::Object(cells) => Some(
                cells
                    .into_iter()
                    .map(|(k, c)| (k.into_owned(), c.to_value().into_owned()))
                    .collect(),
            ),
            Parsed::Not(_) => None,
        }
    }

    #[test]
    fn a_record_reads_as_serde_jsons_map_of_it_would() {
        for json in [
            r#"{"title": "Wells", "id": 7, "score": 4.5, "archived": false, "x": null}"#,
            r#"{"b": 1, "a": 2, "b": 3, "tags": ["w", "r"], "notes": [{"text": "n"}]}"#,
            r#"{"title": "a \"quoted\" \u0416 line\nbreak", "amount": -3, "big": 1e300}"#,
            r#"{}"#,
        ] {
            assert_eq!(cells(json), as_map(json), "{json}");
        }
        let json = r#"{"title": "plain", "t\u00e9": "esc\taped"}"#;
        let Ok(Parsed::Object(c)) = parse(json) else {
            panic!("an object")
        };
        // Sorted by bytes: "title" before "té".
        assert!(matches!(&c[0].1, Cell::Str(Cow::Borrowed("plain"))));
        assert!(
            matches!(&c[1].0, Cow::Owned(k) if k == "té"),
            "escaped: owned"
        );
        assert!(
            matches!(&c[1].1, Cell::Str(Cow::Owned(_))),
            "escaped: owned"
        );
    }

    #[test]
    fn what_is_not_an_object_or_not_json_is_said_as_before() {
        for (json, kind) in [
            ("[1, 2]", Kind::List),
            ("null", Kind::Null),
            ("true", Kind::Bool),
            ("-4", Kind::Number),
            ("\"s\"", Kind::Text),
        ] {
            assert!(
                matches!(parse(json), Ok(Parsed::Not(k)) if k == kind),
                "{json}"
            );
        }
        let deep = format!("{{\"a\": {}1{}}}", "[".repeat(200), "]".repeat(200));
        for json in [
            r#"{"title": "a""#,
            r#"{"title" "a"}"#,
            r#"{"title": "\ud800"}"#,
            "[1, }",
            deep.as_str(),
            r#"{"a": 1} x"#,
        ] {
            let ours = parse(json).err().map(|e| e.to_string());
            let theirs = serde_json::from_str::<Value>(json)
                .err()
                .map(|e| e.to_string());
            assert!(ours.is_some(), "{json}");
            assert_eq!(ours, theirs, "{json}");
        }
    }
}
