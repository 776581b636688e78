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
        "review" => review_words(v),
        // A flag is stored as yes or no.
        "archived" if v == "yes" => crate::tr!("history-yes"),
        "archived" if v == "no" => crate::tr!("history-no"),
        _ => printable(v, false),
    }
}

/// A review as its history entry records it (`anna: relevance 4, impact 5
/// · confidence 2 · "comment"`, `Review::describe`), with the criteria by
/// their labels and the words in the language spoken; text of another
/// shape as it is.
fn review_words(v: &str) -> String {
    let Some((who, rest)) = v.split_once(": ") else {
        return printable(v, false);
    };
    let Some((scores, after)) = rest.split_once(" · confidence ") else {
        return printable(v, false);
    };
    let (confidence, comment) = match after.split_once(" · ") {
        Some((c, m)) => (c, Some(m)),
        None => (after, None),
    };
    let scores: Vec<String> = scores
        .split(", ")
        .map(|p| match p.rsplit_once(' ') {
            Some((name, score)) => format!(
                "{} {}",
                super::criterion_label_of(name),
                printable(score, false)
            ),
            None => printable(p, false),
        })
        .collect();
    let mut out = crate::tr!(
        "history-review",
        who = &person(who),
        scores = &scores.join(", "),
        confidence = &printable(confidence, false)
    );
    if let Some(comment) = comment {
        out.push_str(" · ");
        out.push_str(&printable(comment, false));
    }
    out
}

/// One history entry, as [`Change::describe`] says it, with the field and
/// the vocabulary values in the language spoken.
pub fn change(c: &Change) -> String {
    if language() == Lang::En {
        return c.describe();
    }
    if c.field == "reviewers" {
        return crate::domain::history::reviewers_changed(
            &c.from,
            &c.to,
            &field_label("reviewers"),
            &crate::tr!("history-reviewers-unchanged"),
        );
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
    fn a_review_entry_names_its_criteria_in_russian() {
        let made = entry(
            "review",
            "",
            "anna: relevance 4, impact 5, own 3 · confidence 2 · \"Strong · team\"",
        );
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(
            change(&made),
            "отзыв: — → anna: актуальность 4, влияние 5, own 3 · уверенность 2 · \"Strong · team\""
        );
        let odd = entry("review", "", "no colon here");
        assert_eq!(change(&odd), "отзыв: — → no colon here");
        let _en = speak_on_this_thread(Lang::En);
        assert_eq!(change(&made), made.describe());
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
