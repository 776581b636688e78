//! The command line's words for people, in the language spoken (issue 20):
//! dates, vocabulary values and history entries as tables and `show`
//! write them. Machine formats (JSON, JSONL, CSV, `--format ids`) never
//! come here, so files stay the same in every language.

use crate::domain::text::printable;
use crate::domain::{Change, Named, Timestamp};
use crate::i18n::{Lang, language};

/// A day as people write it: `2026-11-24` in English, `24.11.2026` in
/// Russian.
pub fn date(t: Timestamp) -> String {
    crate::i18n::day(t)
}

pub use crate::i18n::decimal;

/// An instant, in UTC: RFC 3339 in English (as before), `24.11.2026
/// 21:12 UTC` in Russian.
pub fn moment(t: Timestamp) -> String {
    match language() {
        Lang::En => t.rfc3339(),
        Lang::Ru => t.format("%d.%m.%Y %H:%M UTC"),
    }
}

/// A vocabulary value in a table: its machine name in English (what a
/// query names), its label in Russian (the query language reads Russian
/// labels too).
pub fn value<T: Named>(v: T) -> String {
    match language() {
        Lang::En => v.name().to_string(),
        Lang::Ru => crate::i18n::label(v),
    }
}

/// A sector or stage where a table has many columns (the list, the
/// statistics' cross tables): its name in English, a short label in
/// Russian (`Здравоохр.`), whose full labels would push the table past 80
/// columns.
pub fn short_value<T: Named>(v: T) -> String {
    let id = format!("cli-short-{}-{}", T::KIND.replace(' ', "-"), v.name());
    match language() {
        Lang::En => v.name().to_string(),
        Lang::Ru => crate::i18n::texts()
            .find(&id, &[])
            .unwrap_or_else(|| crate::i18n::label(v)),
    }
}

/// [`value`] of a value known by its machine name (the statistics carry
/// names); a name of no vocabulary `T` is shown as it is.
pub fn value_named<T: Named>(name: &str) -> String {
    match T::ALL.iter().find(|v| v.name() == name) {
        Some(v) => value(*v),
        None => printable(name, false),
    }
}

/// One history entry in the language spoken (see [`crate::i18n::change`]).
pub fn change(c: &Change) -> String {
    crate::i18n::change(c)
}

/// Whether an answer to a `[y/N]` question is yes: `y`, `yes`, and in
/// Russian also `д`, `да`.
pub fn is_yes(answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    matches!(a.as_str(), "y" | "yes")
        || (language() == Lang::Ru && matches!(a.as_str(), "д" | "да"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Stage;
    use crate::i18n::speak_on_this_thread;

    #[test]
    fn dates_are_written_the_russian_way_in_russian_only() {
        let t = Timestamp::parse("2026-11-24T21:12:31Z").unwrap();
        {
            let _ru = speak_on_this_thread(Lang::Ru);
            assert_eq!(date(t), "24.11.2026");
            assert_eq!(moment(t), "24.11.2026 21:12 UTC");
            assert_eq!(value(Stage::Pilot), "Пилот");
        }
        let _en = speak_on_this_thread(Lang::En);
        assert_eq!(date(t), "2026-11-24");
        assert_eq!(moment(t), "2026-11-24T21:12:31Z");
        assert_eq!(value(Stage::Pilot), "pilot");
    }

    #[test]
    fn russian_answers_are_yes_only_in_russian() {
        {
            let _ru = speak_on_this_thread(Lang::Ru);
            for yes in ["y", "Yes", "д", "да", "ДА\n"] {
                assert!(is_yes(yes), "{yes}");
            }
            for no in ["", "n", "нет", "дак"] {
                assert!(!is_yes(no), "{no}");
            }
        }
        let _en = speak_on_this_thread(Lang::En);
        assert!(is_yes("y") && !is_yes("да"));
    }

    #[test]
    fn history_names_fields_and_values_in_russian() {
        let _ru = speak_on_this_thread(Lang::Ru);
        let c = Change {
            field: "stage".into(),
            from: "new".into(),
            to: "review".into(),
            time: Timestamp(0),
            by: String::new(),
        };
        assert_eq!(change(&c), "стадия: Новая → Рассмотрение");
    }
}
