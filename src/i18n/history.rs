//! An idea's history entries as a person reads them, in the language
//! spoken: `stage: new → review` in English (what [`Change::describe`]
//! says), `стадия: Новая → Рассмотрение` in Russian. `show` and the
//! detail pane both write them so.

use super::{Lang, label, language};
use crate::domain::text::printable;
use crate::domain::{Barrier, Change, Named, OrgKind, Sector, Stage};

/// A person's name as shown, cleaned: the name the store records when
/// nothing says who the user is ("local user") in the language spoken.
pub fn person(name: &str) -> String {
    if name == crate::domain::history::LOCAL_USER {
        crate::tr!("actor-local-user")
    } else {
        printable(name, false)
    }
}

/// The label of a field of an idea, as history entries name it; a field
/// sprout has no word for (an extra one) is shown as it is.
pub fn field_label(name: &str) -> String {
    let id = format!("history-field-{}", name.replace([' ', '_'], "-"));
    match super::texts().find(&id, &[]) {
        Some(label) if language() != Lang::En => label,
        _ => printable(name, false),
    }
}

/// A value of the vocabulary `T` known by its machine name, by its label;
/// a name of no value of `T` as it is.
fn labelled<T: Named>(name: &str) -> String {
    match T::ALL.iter().find(|v| v.name() == name) {
        Some(v) => label(*v),
        None => printable(name, false),
    }
}

/// A value of the field `field` as a person reads it: a vocabulary's
/// machine name (`pilot`, `health`) by its label, anything else cleaned.
pub fn field_value(field: &str, v: &str) -> String {
    match field {
        "sector" => labelled::<Sector>(v),
        "stage" => labelled::<Stage>(v),
        "org" | "org_kind" | "organisation" => labelled::<OrgKind>(v),
        "barriers" => v
            .split(',')
            .map(|b| labelled::<Barrier>(b.trim()))
            .collect::<Vec<_>>()
            .join(", "),
        _ => printable(v, false),
    }
}

/// One history entry, as [`Change::describe`] says it, with the field and
/// the vocabulary values in the language spoken.
pub fn change(c: &Change) -> String {
    if language() == Lang::En || c.field == "reviewers" {
        return c.describe();
    }
    if c.field == "summary" && c.describe() == "summary changed" {
        return crate::tr!("history-summary-changed");
    }
    let shown = |v: &str| -> String {
        if v.is_empty() {
            return "—".into();
        }
        field_value(&c.field, v)
    };
    format!(
        "{}: {} → {}",
        field_label(&c.field),
        shown(&c.from),
        shown(&c.to)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;
    use crate::i18n::speak_on_this_thread;

    fn entry(field: &str, from: &str, to: &str) -> Change {
        Change {
            time: Timestamp(0),
            field: field.into(),
            from: from.into(),
            to: to.into(),
            by: String::new(),
        }
    }

    #[test]
    fn an_entry_reads_in_russian_and_stays_as_describe_says_in_english() {
        let stage = entry("stage", "new", "review");
        let evil = entry("region", "", "Kazan\u{1b}[2J\u{202e}");
        {
            let _ru = speak_on_this_thread(Lang::Ru);
            assert_eq!(change(&stage), "стадия: Новая → Рассмотрение");
            let said = change(&evil);
            assert!(said.starts_with("регион: — → Kazan"), "{said}");
            assert!(!said.contains(['\u{1b}', '\u{202e}']), "{said:?}");
        }
        let _en = speak_on_this_thread(Lang::En);
        assert_eq!(change(&stage), stage.describe());
        assert_eq!(change(&stage), "stage: new → review");
    }
}
