//! A change refused for a clash with someone else's, in the language
//! spoken: `#42: olga set the stage to pilot 10 s ago; yours (declined) was
//! not saved` (what [`Clashes`] says in English), `#42: olga изменил(а)
//! поле «стадия» на «Пилот» 10 с назад; ваше («Отклонена») не сохранено`.
//! `ideas` cannot name i18n, so the words are put together here.

use crate::i18n::{Lang, field_label, field_value, language, person};
use crate::ideas::Clashes;
use crate::tr;

/// The status line's words for a refused change.
pub fn clashes_line(c: &Clashes) -> String {
    if language() == Lang::En {
        return c.to_string();
    }
    let id = &c.id.to_string();
    let who = c
        .who
        .as_deref()
        .map_or_else(|| tr!("conflict-someone-else"), person);
    let Some(first) = c.clashes.first() else {
        return tr!("clash-changed-by", id = id, who = &who);
    };
    let field = first.field;
    let shown = |v: &str| {
        if v.is_empty() {
            tr!("clash-none")
        } else {
            short(&field_value(field, v))
        }
    };
    let ago = ago(c.now.0 - first.when.0);
    let label = &field_label(field);
    let whole_text = matches!(field, "summary" | "title");
    let mut out = if whole_text {
        tr!(
            "clash-changed-text",
            id = id,
            who = &who,
            field = label,
            ago = &ago
        )
    } else {
        tr!(
            "clash-set",
            id = id,
            who = &who,
            field = label,
            theirs = &shown(&first.theirs),
            ago = &ago
        )
    };
    out.push_str(&match c.clashes.len() {
        1 if whole_text => tr!("clash-yours-not-saved"),
        1 => tr!("clash-yours-value-not-saved", mine = &shown(&first.mine)),
        n => tr!("clash-more-not-saved", count = n - 1),
    });
    out
}

/// A value cut to a few words: the message is one line.
fn short(v: &str) -> String {
    crate::domain::text::cut_to(v, 40)
}

/// `10 с назад`, `3 мин назад`, `2 ч назад`, `4 дн. назад`.
fn ago(seconds: i64) -> String {
    let s = seconds.max(0);
    match s {
        0..60 => tr!("clash-ago-seconds", n = s),
        60..3600 => tr!("clash-ago-minutes", n = s / 60),
        3600..86_400 => tr!("clash-ago-hours", n = s / 3600),
        _ => tr!("clash-ago-days", n = s / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;
    use crate::i18n::speak_on_this_thread;
    use crate::ideas::Clash;

    fn told(clashes: Vec<Clash>) -> Clashes {
        Clashes {
            id: 42,
            who: Some("olga".into()),
            clashes,
            now: Timestamp(210),
        }
    }

    fn clash(field: &'static str, theirs: &str, mine: &str) -> Clash {
        Clash {
            field,
            theirs: theirs.into(),
            mine: mine.into(),
            when: Timestamp(200),
        }
    }

    #[test]
    fn english_is_what_clashes_say_and_russian_names_the_field_and_values() {
        let stage = told(vec![clash("stage", "pilot", "declined")]);
        {
            let _en = speak_on_this_thread(Lang::En);
            assert_eq!(clashes_line(&stage), stage.to_string());
        }
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(
            clashes_line(&stage),
            "#42: olga изменил(а) поле «стадия» на «Пилот» 10 с назад; ваше («Отклонена») не сохранено"
        );
        let title = told(vec![clash("title", "A", "B")]);
        assert_eq!(
            clashes_line(&title),
            "#42: olga изменил(а) поле «название» 10 с назад; ваше изменение не сохранено"
        );
        let mut many = told(vec![
            clash("region", "Пермь", ""),
            clash("funder", "x", "y"),
            clash("amount", "1", "2"),
        ]);
        many.who = None;
        many.now = Timestamp(200 + 3 * 86_400);
        assert_eq!(
            clashes_line(&many),
            "#42: кто-то другой изменил(а) поле «регион» на «Пермь» 3 дн. назад (и ещё 2 поля); ваше изменение не сохранено"
        );
    }
}
