//! The domain's field rules with their reasons in the language spoken:
//! what the command line and import say of a value they refuse. The
//! domain's own `valid_*` keep English words for its internal checks.

use super::field_rule_error;
use crate::domain::idea::{
    check_line, check_note, check_score, check_summary, check_tag, check_title,
};

pub fn valid_title(input: &str) -> Result<String, String> {
    check_title(input).map_err(|e| field_rule_error(&e))
}

pub fn valid_summary(input: &str) -> Result<String, String> {
    check_summary(input).map_err(|e| field_rule_error(&e))
}

pub fn valid_line(input: &str) -> Result<String, String> {
    check_line(input).map_err(|e| field_rule_error(&e))
}

pub fn valid_note(input: &str) -> Result<String, String> {
    check_note(input).map_err(|e| field_rule_error(&e))
}

pub fn valid_score(input: &str) -> Result<u8, String> {
    check_score(input).map_err(|e| field_rule_error(&e))
}

pub fn valid_tag(input: &str) -> Result<String, String> {
    check_tag(input).map_err(|e| field_rule_error(&e))
}

#[cfg(test)]
mod tests {
    use crate::i18n::{Lang, speak_on_this_thread};

    #[test]
    fn a_refused_value_is_said_in_the_language_spoken_and_a_good_one_kept() {
        let english = super::valid_score("9").unwrap_err();
        assert_eq!(english, crate::domain::idea::valid_score("9").unwrap_err());
        let _ru = speak_on_this_thread(Lang::Ru);
        let russian = super::valid_score("9").unwrap_err();
        assert_ne!(russian, english);
        assert!(
            russian.chars().any(|c| ('а'..='я').contains(&c)),
            "{russian}"
        );
        assert_eq!(
            super::valid_title("  Чистая\nвода ").unwrap(),
            "Чистая вода"
        );
    }
}
