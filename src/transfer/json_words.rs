//! What serde_json says is wrong with a JSON text, in the language
//! spoken. Its syntax errors are a fixed few sentences (its `ErrorCode`),
//! each put into words here. What serde says of a value of the wrong
//! shape (inside notes, history or views) follows serde's own few
//! patterns (`invalid type: map, expected a sequence`, ``missing field
//! `time` ``), whose parts are worded where they are common and kept
//! where not. The position it appends (`at line L column C`) is dropped:
//! the line is told apart.

/// serde_json's own sentences and the message each is said by.
const SYNTAX: &[(&str, &str)] = &[
    ("EOF while parsing a list", "json-eof-list"),
    ("EOF while parsing an object", "json-eof-object"),
    ("EOF while parsing a string", "json-eof-string"),
    ("EOF while parsing a value", "json-eof-value"),
    ("expected `:`", "json-expected-colon"),
    ("expected `,` or `]`", "json-expected-comma-or-bracket"),
    ("expected `,` or `}`", "json-expected-comma-or-brace"),
    ("expected ident", "json-expected-ident"),
    ("expected value", "json-expected-value"),
    ("expected `\"`", "json-expected-quote"),
    ("invalid escape", "json-invalid-escape"),
    ("invalid number", "json-invalid-number"),
    ("number out of range", "json-number-out-of-range"),
    ("invalid unicode code point", "json-invalid-code-point"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "json-control-character",
    ),
    ("key must be a string", "json-key-not-string"),
    (
        "lone leading surrogate in hex escape",
        "json-lone-surrogate",
    ),
    ("trailing comma", "json-trailing-comma"),
    ("trailing characters", "json-trailing-characters"),
    ("unexpected end of hex escape", "json-end-of-hex-escape"),
    ("recursion limit exceeded", "json-too-deep"),
];

/// The error in the language spoken, without its position.
pub fn problem(e: &serde_json::Error) -> String {
    let said = strip_position(&e.to_string());
    match SYNTAX.iter().find(|(english, _)| *english == said) {
        Some((_, id)) => crate::i18n::texts().get(id, &[]),
        None if crate::i18n::language() == crate::i18n::Lang::En => said,
        None => shape(&said).unwrap_or(said),
    }
}

/// serde's sentence about a value of the wrong shape in the language
/// spoken, if it is one of serde's patterns.
fn shape(said: &str) -> Option<String> {
    let quoted = |s: &str| s.trim_matches('`').to_string();
    // "FOUND, expected EXPECTED" after one of these leads.
    for (lead, id) in [
        ("invalid type: ", "json-invalid-type"),
        ("invalid value: ", "json-invalid-value"),
    ] {
        if let Some(rest) = said.strip_prefix(lead) {
            let (found, expected) = rest.split_once(", expected ")?;
            let (found, expected) = (part(found), part(expected));
            let args = [
                ("found", crate::i18n::Arg::from(found.as_str())),
                ("expected", crate::i18n::Arg::from(expected.as_str())),
            ];
            return Some(crate::i18n::texts().get(id, &args));
        }
    }
    if let Some(rest) = said.strip_prefix("invalid length ") {
        let (length, expected) = rest.split_once(", expected ")?;
        return Some(crate::tr!(
            "json-invalid-length",
            length = length,
            expected = &part(expected)
        ));
    }
    if let Some(field) = said.strip_prefix("missing field ") {
        return Some(crate::tr!("json-missing-field", field = &quoted(field)));
    }
    if let Some(field) = said.strip_prefix("duplicate field ") {
        return Some(crate::tr!("json-duplicate-field", field = &quoted(field)));
    }
    if let Some(rest) = said.strip_prefix("unknown field ") {
        let field = rest.split_once(", ").map_or(rest, |(f, _)| f);
        return Some(crate::tr!("json-unknown-field", field = &quoted(field)));
    }
    if let Some(rest) = said.strip_prefix("unknown variant ") {
        let (value, expected) = rest.split_once(", expected ")?;
        return Some(crate::tr!(
            "json-unknown-variant",
            value = &quoted(value),
            expected = expected
        ));
    }
    None
}

/// A part of serde's sentence (`map`, `a sequence`, ``integer `5` ``,
/// `struct Note`) in the language spoken; one without words as it is.
fn part(text: &str) -> String {
    let (kind, value) = match text.split_once(' ') {
        Some((k, v)) if v.starts_with('`') || v.starts_with('"') => (k, Some(v)),
        _ => (text, None),
    };
    let id = match kind.trim_start_matches("a ").trim_start_matches("an ") {
        "map" => "json-part-object",
        "sequence" => "json-part-list",
        "string" => "json-part-text",
        "integer" | "u8" | "u16" | "u32" | "u64" | "i64" | "i32" => "json-part-whole-number",
        "floating" | "floating point" => "json-part-number",
        "boolean" => "json-part-bool",
        "null" | "unit value" | "unit" => "json-part-null",
        k if k.starts_with("struct ") || k.starts_with("tuple") => "json-part-record",
        _ => return text.to_string(),
    };
    let word = crate::i18n::texts().get(id, &[]);
    match value {
        Some(v) => format!("{word} {}", v.trim_matches('`')),
        None => word,
    }
}

/// serde_json appends "at line L column C"; the line is given separately.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_syntax_error_has_its_words_in_both_languages() {
        for (english, id) in SYNTAX {
            assert_eq!(crate::i18n::texts().get(id, &[]), *english, "{id}");
        }
        let broken = [
            "[1,",
            "{\"a\"",
            "\"ab",
            "",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\":1 2}",
            "tru",
            "x",
            "\"\\q\"",
            "1e999",
            "{1:2}",
            "[1,]",
            "1 2",
            "\"\u{1}\"",
        ];
        for text in broken {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let said = strip_position(&e.to_string());
            assert!(
                SYNTAX.iter().any(|(english, _)| *english == said),
                "{text:?}: '{said}' has no words"
            );
            assert_eq!(problem(&e), said);
        }
    }

    #[test]
    fn errors_of_shape_are_kept_in_english_and_worded_in_russian() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Note {
            time: i64,
        }
        let wrong = serde_json::from_str::<Vec<u8>>("[\"a\"]").unwrap_err();
        let map = serde_json::from_str::<Vec<u8>>("{}").unwrap_err();
        let missing = serde_json::from_str::<Note>("{}").unwrap_err();
        let note = serde_json::from_str::<Note>("5").unwrap_err();
        assert_eq!(problem(&wrong), "invalid type: string \"a\", expected u8");
        assert_eq!(problem(&missing), "missing field `time`");
        let _ru = crate::i18n::speak_on_this_thread(crate::i18n::Lang::Ru);
        assert_eq!(
            problem(&wrong),
            "неверный тип: текст \"a\", а ожидалось целое число"
        );
        assert_eq!(problem(&map), "неверный тип: объект, а ожидалось список");
        assert_eq!(problem(&missing), "нет поля «time»");
        assert_eq!(
            problem(&note),
            "неверный тип: целое число 5, а ожидалось запись"
        );
    }
}
