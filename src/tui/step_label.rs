//! The words of a change's label, `stage → pilot for 3 ideas`, in the
//! language spoken. A label is shown when the change is made, undone and
//! redone, and two labels of one step are joined (`sector → Health,
//! stage → review for #4`): the joining finds the `for` this file puts in.

use crate::domain::{Named, Sector};
use crate::tr;

/// A sector's short word, as triage's keys and the changes of others name
/// it (`health`, `здравоохр.`): seven of them share a line.
pub fn sector_word(s: Sector) -> String {
    crate::i18n::texts()
        .find(&format!("ui-sector-short-{}", s.name()), &[])
        .unwrap_or_else(|| s.name().to_string())
}

/// `#4`, or `3 ideas` as the object of `for` (Russian's genitive:
/// `для 3 идей`).
pub fn whom(ids: &[u64]) -> String {
    match ids {
        [one] => format!("#{one}"),
        many => tr!("ui-step-ideas", count = many.len()),
    }
}

/// What goes between a change and whom it is for: ` for `.
pub fn for_separator() -> String {
    format!(" {} ", tr!("ui-step-for"))
}

/// `what` done to `ids`: `stage → pilot for 3 ideas`.
pub fn label(what: &str, ids: &[u64]) -> String {
    format!("{what}{}{}", for_separator(), whom(ids))
}

/// A label split at its last `for`: the change and whom it is for.
pub fn split(label: &str) -> Option<(&str, &str)> {
    let sep = for_separator();
    label
        .rfind(&sep)
        .map(|i| (&label[..i], &label[i + sep.len()..]))
}

/// The start of a stage change's label: `stage → `.
pub fn stage_prefix() -> String {
    tr!("ui-step-stage", value = "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, speak_on_this_thread};

    #[test]
    fn a_label_splits_at_its_for_in_either_language() {
        for lang in Lang::ALL {
            let _speaking = speak_on_this_thread(lang);
            let made = label(&tr!("ui-step-stage", value = "pilot"), &[4, 5, 6]);
            let (what, whom_) = split(&made).expect("a for to split at");
            assert!(what.starts_with(&stage_prefix()), "{made}");
            assert_eq!(whom_, whom(&[4, 5, 6]), "{made}");
        }
        let _en = speak_on_this_thread(Lang::En);
        assert_eq!(label("archived", &[4]), "archived for #4");
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(whom(&[1, 2, 3]), "3 идей");
        assert_eq!(label("в архив", &[4]), "в архив для #4");
    }
}
