//! Errors of the domain in the language spoken. The domain cannot name
//! i18n (i18n reads the domain's vocabularies), so its errors carry their
//! parts as data and are put into words here, where they are shown; their
//! `Display` stays English for logs and for tests that match English.

use crate::domain::NameError;
use crate::domain::amount::AmountError;
use crate::domain::view::{MAX_NAME, ViewNameError};

/// An unknown, ambiguous or empty vocabulary value in words:
/// `сектор: неизвестное значение 'x' (допустимые: health, ...)`.
pub fn name_error(e: &NameError) -> String {
    let kind = kind_word(e.kind);
    let args = [
        ("kind", kind.as_str().into()),
        ("input", e.input.as_str().into()),
        ("valid", e.valid.as_str().into()),
    ];
    let id = match e.problem {
        "ambiguous" => "err-name-ambiguous",
        "empty" => "err-name-empty",
        _ => "err-name-unknown",
    };
    super::texts().get(id, &args)
}

/// A vocabulary's name (`Named::KIND`, such as `organisation kind`) in
/// the language spoken.
pub fn kind_word(kind: &str) -> String {
    let id = format!("err-kind-{}", kind.replace(' ', "-"));
    super::texts().find(&id, &[]).unwrap_or_else(|| kind.into())
}

/// Why a text is not an amount, in words.
pub fn amount_error(e: &AmountError) -> String {
    match e {
        AmountError::NotAnAmount(shown) => crate::tr!("err-amount-not-an-amount", value = shown),
        AmountError::NotWhole(shown) => crate::tr!("err-amount-not-whole", value = shown),
        AmountError::TooLarge(shown) => crate::tr!("err-amount-too-large", value = shown),
    }
}

/// Why a name cannot be a view's, in words.
pub fn view_name_error(e: ViewNameError) -> String {
    match e {
        ViewNameError::Empty => crate::tr!("err-view-name-empty"),
        ViewNameError::TooLong => crate::tr!("err-view-name-too-long", most = MAX_NAME),
    }
}

/// Why a file could not be read or written: the operating system's words
/// in English, the usual reasons in Russian.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let id = match e.kind() {
        NotFound => "err-io-not-found",
        PermissionDenied => "err-io-permission-denied",
        IsADirectory => "err-io-is-a-directory",
        NotADirectory => "err-io-not-a-directory",
        AlreadyExists => "err-io-exists",
        InvalidFilename => "err-io-name-too-long",
        StorageFull => "err-io-disk-full",
        ReadOnlyFilesystem => "err-io-read-only",
        // std's own words for read_to_string of bytes that are not text;
        // sprout's own InvalidData errors say more and stay as they are.
        InvalidData if e.to_string() == "stream did not contain valid UTF-8" => "err-io-not-utf8",
        ConnectionRefused => "err-io-refused",
        _ => return e.to_string(),
    };
    match super::language() {
        super::Lang::En => e.to_string(),
        _ => super::texts().get(id, &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Named, OrgKind, Sector, Stage};
    use crate::i18n::{Lang, speak_on_this_thread};

    #[test]
    fn english_says_what_display_says_and_russian_its_own_words() {
        let cases = [
            Sector::parse("xyz").unwrap_err(),
            Sector::parse("e").unwrap_err(),
            Stage::parse("  ").unwrap_err(),
            OrgKind::parse("zz").unwrap_err(),
        ];
        {
            let _en = speak_on_this_thread(Lang::En);
            for e in &cases {
                assert_eq!(name_error(e), e.to_string());
            }
        }
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(
            name_error(&cases[0]),
            "сектор: неизвестное значение 'xyz' (допустимые: health, education, disparities, employment, ecology, other, unclassified)"
        );
        assert_eq!(
            name_error(&cases[1]),
            "сектор: неоднозначное значение 'e' (подходят: education, employment, ecology)"
        );
        assert!(name_error(&cases[3]).starts_with("вид организации: неизвестное значение 'zz'"));
    }

    #[test]
    fn control_characters_in_the_input_are_cleaned_in_russian_too() {
        let _ru = speak_on_this_thread(Lang::Ru);
        let said = name_error(&Sector::parse("x\u{1b}[31m\u{202e}y").unwrap_err());
        assert!(
            !said
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "{said:?}"
        );
        assert!(said.starts_with("сектор: неизвестное значение"), "{said}");
    }
}
