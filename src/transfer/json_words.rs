//! What serde_json says is wrong with a JSON text, in the language
//! spoken. Its syntax errors are a fixed few sentences (its `ErrorCode`),
//! each put into words here; anything else it says (a value of the wrong
//! type inside notes or views) is kept as it says it. The position it
//! appends (`at line L column C`) is dropped: the line is told apart.

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
        None => said,
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
    fn other_errors_are_kept_as_serde_json_says_them() {
        let e = serde_json::from_str::<Vec<u8>>("[\"a\"]").unwrap_err();
        assert_eq!(problem(&e), "invalid type: string \"a\", expected u8");
    }
}
