//! Editing query text as the filter sidebar does: ticking a value adds it
//! to that field's term (`sector:education,health`), unticking removes it.
//! The query text stays the one truth; the sidebar reads its ticks back
//! from the parsed query.

use super::parse::canonical_field;

/// Splits query text on white space outside double quotes, keeping quotes.
fn raw_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Toggles `value` in the (positive) `field:` term of `text`. `same`
/// decides whether a value written in the query is the same value (so that
/// `sector:edu` is unticked by Education). Returns the new query text.
pub fn toggle_value(
    text: &str,
    field: &str,
    value: &str,
    same: impl Fn(&str, &str) -> bool,
) -> String {
    let mut tokens = raw_tokens(text);
    let position = tokens.iter().position(|t| {
        t.split_once(':')
            .is_some_and(|(f, _)| canonical_field(f) == Some(field))
    });
    match position {
        Some(i) => {
            let (written, rest) = tokens[i].split_once(':').unwrap_or_default();
            // The field stays as the user wrote it (`сектор:`, `sec:`).
            let written = written.to_string();
            let mut values: Vec<String> = rest
                .replace('"', "")
                .split(',')
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            let before = values.len();
            values.retain(|v| !same(v, value));
            if values.len() == before {
                values.push(value.to_string());
            }
            if values.is_empty() {
                tokens.remove(i);
            } else {
                tokens[i] = term(&written, &values);
            }
        }
        None => tokens.push(term(field, &[value.to_string()])),
    }
    tokens.join(" ")
}

/// The fields whose value is free text, matched as a substring: a term
/// glued onto their value is searched as text and silently finds nothing.
const TEXT_FIELDS: &[&str] = &["region", "tag", "assignee", "funder", "proposer", "title"];

/// A hint when a text filter's value holds another term (`region:tatarscore:>=4`,
/// a space missing): what it searches for, and where the space goes.
pub fn glued_term(text: &str) -> Option<String> {
    raw_tokens(text).into_iter().find_map(|token| {
        let (field, value) = token.trim_start_matches('!').split_once(':')?;
        let field = canonical_field(field).filter(|f| TEXT_FIELDS.contains(f))?;
        let lower = value.to_lowercase();
        let (_, glued) = super::parse::FIELDS
            .iter()
            .chain(super::parse::RUSSIAN_FIELDS.iter().map(|(f, _)| f))
            .filter_map(|f| lower.find(&format!("{f}:")).map(|at| (at, *f)))
            .min()?;
        Some(format!(
            "'{value}' is searched for in {field}: put a space before {glued}: to make it a term"
        ))
    })
}

fn term(field: &str, values: &[String]) -> String {
    let joined = values.join(",");
    if joined.contains(char::is_whitespace) {
        format!("{field}:\"{joined}\"")
    } else {
        format!("{field}:{joined}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Named, Sector};

    fn same_sector(a: &str, b: &str) -> bool {
        Sector::parse(a).ok() == Sector::parse(b).ok()
    }

    #[test]
    fn ticking_adds_and_unticking_removes() {
        let t = toggle_value("water", "sector", "education", same_sector);
        assert_eq!(t, "water sector:education");
        let t = toggle_value(&t, "sector", "health", same_sector);
        assert_eq!(t, "water sector:education,health");
        let t = toggle_value(&t, "sector", "education", same_sector);
        assert_eq!(t, "water sector:health");
        let t = toggle_value("SECTOR:edu water", "sector", "education", same_sector);
        assert_eq!(t, "water");
    }

    #[test]
    fn a_russian_term_is_ticked_and_unticked_in_its_own_words() {
        let same = |a: &str, b: &str| {
            let parse = crate::query::vocabulary_value::<Sector>;
            matches!((parse(a), parse(b)), (Ok(x), Ok(y)) if x == y)
        };
        let t = toggle_value("вода сектор:обр", "sector", "health", same);
        assert_eq!(t, "вода сектор:обр,health");
        let t = toggle_value(&t, "sector", "education", same);
        assert_eq!(t, "вода сектор:health");
        assert_eq!(toggle_value(&t, "sector", "health", same), "вода");
    }

    #[test]
    fn a_term_glued_onto_a_text_filter_gets_a_hint() {
        let hint = glued_term("water region:tatarscore:>=4").unwrap();
        assert_eq!(
            hint,
            "'tatarscore:>=4' is searched for in region: put a space before score: to make it a term"
        );
        assert!(
            glued_term("!tag:eldersector:health")
                .unwrap()
                .contains("before sector:")
        );
        assert!(glued_term("funder:\"our futurestage:new\"").is_some());
        assert_eq!(glued_term("region:tatar score:>=4"), None);
        assert_eq!(glued_term("sector:edu stage:new"), None);
        assert_eq!(glued_term("water:score:4"), None, "not a field");
        assert_eq!(glued_term("region:tatar"), None);
    }

    #[test]
    fn values_with_spaces_are_quoted_and_negations_left_alone() {
        let eq = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
        let t = toggle_value("!region:moscow", "region", "Perm Krai", eq);
        assert_eq!(t, "!region:moscow region:\"Perm Krai\"");
        let t = toggle_value(&t, "region", "Kazan", eq);
        assert_eq!(t, "!region:moscow region:\"Perm Krai,Kazan\"");
        let q = crate::query::Query::parse(&t).unwrap();
        assert_eq!(q.terms.len(), 2);
        let t = toggle_value(&t, "region", "perm krai", eq);
        assert_eq!(t, "!region:moscow region:Kazan");
    }
}
