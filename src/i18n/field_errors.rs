//! The domain's field rules put into words: why a title, a note, a score or
//! an editor's line was refused, and a declared conflict of interest
//! described (`организация 'Green Street'`). The domain keeps them as data
//! (it cannot name i18n); English says exactly what their `Display` says.

use crate::domain::assign_conflicts::{ConflictField, ConflictProblem, DeclaredConflict};
use crate::domain::draft::{FieldProblem, TextProblem, header_fields};
use crate::domain::idea::FieldRuleError;
use crate::domain::text::printable;

/// Why a field's text was refused, a phrase that fits after the field's
/// name (`title is required ...`, `название: обязательное поле ...`).
pub fn field_rule_error(e: &FieldRuleError) -> String {
    match e {
        FieldRuleError::TitleMissing => crate::tr!("err-field-title-missing"),
        FieldRuleError::NoteEmpty => crate::tr!("err-field-note-empty"),
        FieldRuleError::TagEmpty => crate::tr!("err-field-tag-empty"),
        FieldRuleError::TooLong { chars, most } => {
            crate::tr!("err-field-too-long", chars = *chars, most = *most)
        }
        FieldRuleError::NotAScore(shown) => crate::tr!("err-field-not-a-score", value = shown),
        FieldRuleError::Amount(a) => super::amount_error(a),
    }
}

/// What is wrong with a field of the form or the editor's text.
pub fn field_problem(p: &FieldProblem) -> String {
    match p {
        FieldProblem::Rule(e) => field_rule_error(e),
        FieldProblem::Name(e) => super::name_error(e),
    }
}

/// A line of the editor's text that could not be read (`line 3: …`); the
/// field names are the text's own, which stay English.
pub fn text_problem(p: &TextProblem) -> String {
    match p {
        TextProblem::NotFieldValue { line } => {
            crate::tr!("err-draft-not-field-value", line = *line)
        }
        TextProblem::GivenTwice { line, field } => {
            crate::tr!("err-draft-given-twice", line = *line, field = *field)
        }
        TextProblem::UnknownField { line, field } => crate::tr!(
            "err-draft-unknown-field",
            line = *line,
            field = field,
            fields = &header_fields()
        ),
    }
}

/// The field of a declared conflict, in the language spoken.
fn conflict_field(field: ConflictField) -> String {
    match field {
        ConflictField::Proposer => crate::tr!("coi-field-proposer"),
        ConflictField::Org => crate::tr!("coi-field-org"),
        ConflictField::Region => crate::tr!("coi-field-region"),
    }
}

/// Why a conflict cannot be declared, in the language spoken.
pub fn conflict_problem(p: &ConflictProblem) -> String {
    use crate::domain::assign_conflicts::MAX_LEN;
    match *p {
        ConflictProblem::ReviewerEmpty => crate::tr!("err-review-name-empty"),
        ConflictProblem::ValueEmpty(f) => {
            crate::tr!("err-coi-value-empty", field = &conflict_field(f))
        }
        ConflictProblem::ReviewerTooLong => crate::tr!("err-coi-reviewer-too-long", most = MAX_LEN),
        ConflictProblem::ValueTooLong(f) => crate::tr!(
            "err-coi-value-too-long",
            field = &conflict_field(f),
            most = MAX_LEN
        ),
    }
}

/// A declared conflict as a person reads it: `org 'Green Street'`,
/// `организация 'Green Street'`.
pub fn conflict_description(c: &DeclaredConflict) -> String {
    let field = conflict_field(c.field);
    crate::tr!(
        "coi-described",
        field = &field,
        value = &printable(&c.value, false)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;
    use crate::domain::draft::Draft;
    use crate::domain::idea::{check_note, check_score, check_tag, check_title};
    use crate::i18n::{Lang, speak_on_this_thread};

    fn cases() -> Vec<FieldRuleError> {
        vec![
            check_title(" ").unwrap_err(),
            check_title(&"x".repeat(201)).unwrap_err(),
            check_note("").unwrap_err(),
            check_tag(" ").unwrap_err(),
            check_score("9").unwrap_err(),
        ]
    }

    #[test]
    fn english_says_what_the_domain_says_and_russian_its_own_words() {
        {
            let _en = speak_on_this_thread(Lang::En);
            for e in cases() {
                assert_eq!(field_rule_error(&e), e.to_string());
            }
        }
        let _ru = speak_on_this_thread(Lang::Ru);
        let said: Vec<String> = cases().iter().map(field_rule_error).collect();
        assert_eq!(
            said,
            [
                "обязательное поле, не может быть пустым",
                "длина — 201 символ; допустимо не более 200",
                "пустая",
                "метка не может быть пустой",
                "'9' — не оценка от 1 до 5",
            ]
        );
    }

    #[test]
    fn the_form_and_the_editor_text_say_their_problems_in_russian() {
        let _ru = speak_on_this_thread(Lang::Ru);
        let mut d = Draft::empty();
        d.set("sector", "zz");
        d.set("score", "7");
        let errors = d.apply(None, Timestamp(1)).unwrap_err();
        let said: Vec<(&str, String)> =
            errors.iter().map(|(f, p)| (*f, field_problem(p))).collect();
        assert!(
            said.contains(&("title", "обязательное поле, не может быть пустым".into())),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|(f, e)| *f == "sector" && e.starts_with("сектор: неизвестное значение 'zz'")),
            "{said:?}"
        );
        assert!(said.contains(&("score", "'7' — не оценка от 1 до 5".into())));

        let bad = "title: X\ncolour: red\nno colon\ntitle: Y\n\nsummary";
        let problems = Draft::from_text(bad).unwrap_err();
        let said: Vec<String> = problems.iter().map(text_problem).collect();
        assert!(
            said[0].starts_with("строка 2: неизвестное поле 'colour' (поля: title, proposer,"),
            "{said:?}"
        );
        assert_eq!(said[1], "строка 3: ожидается `поле: значение`");
        assert_eq!(said[2], "строка 4: поле title указано дважды");
        let _en = speak_on_this_thread(Lang::En);
        for p in &problems {
            assert_eq!(text_problem(p), p.to_string());
        }
    }

    #[test]
    fn a_conflict_of_interest_is_described_in_the_language_spoken() {
        let c = DeclaredConflict::new(
            "boris",
            ConflictField::Org,
            "Green \u{1b}[31mStreet",
            "anna",
            Timestamp(1),
        )
        .unwrap();
        {
            let _en = speak_on_this_thread(Lang::En);
            assert_eq!(conflict_description(&c), c.describe());
        }
        let _ru = speak_on_this_thread(Lang::Ru);
        let said = conflict_description(&c);
        assert!(said.starts_with("организация 'Green "), "{said}");
        assert!(!said.chars().any(char::is_control), "{said:?}");
        let region = DeclaredConflict::new(
            "boris",
            ConflictField::Region,
            "Пермский край",
            "anna",
            Timestamp(1),
        )
        .unwrap();
        assert_eq!(conflict_description(&region), "регион 'Пермский край'");
    }
}
