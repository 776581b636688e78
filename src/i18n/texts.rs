//! The messages of one language, formatted with Project Fluent (plural
//! forms by CLDR's rules: 1 идея, 3 идеи, 25 идей). A message missing in
//! a language falls back to English, then to its id, so a gap shows as
//! English rather than as nothing; the parity test keeps the files whole.

use super::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The messages of each language, in the repository (one file each).
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../locales/en.ftl"),
        Lang::Ru => include_str!("../../locales/ru.ftl"),
    }
}

/// A value given to a message: a number chooses a plural form.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Number(f64),
    Text(&'a str),
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}
impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}
impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Fluent wraps each value in bidi isolation marks (U+2068, U+2069) by
    // default; sprout writes left-to-right text to terminals, which would
    // show them as stray characters, and never shows bidi controls.
    bundle.set_use_isolating(false);
    // The files are ours and checked by the parity test: a syntax error
    // in one is a build defect, and the entries before it still load.
    let resource = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// The messages sprout shows, in one language.
pub struct Texts {
    lang: Lang,
    own: Bundle,
    /// English, for a message the language lacks (none for English).
    english: Option<Bundle>,
}

impl Texts {
    pub fn new(lang: Lang) -> Texts {
        Texts {
            lang,
            own: bundle(lang),
            english: (lang != Lang::En).then(|| bundle(Lang::En)),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with `args`; English where this language lacks
    /// it, its id where English does too.
    pub fn get(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.find(id, args).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with `args`, English where this language lacks
    /// it; `None` where no language has it.
    pub fn find(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent.set(*name, FluentValue::from(*t)),
            }
        }
        let args = (!args.is_empty()).then_some(&fluent);
        for bundle in std::iter::once(&self.own).chain(self.english.as_ref()) {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            );
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_counts_take_their_plural_forms() {
        let ru = Texts::new(Lang::Ru);
        let ideas = |n: usize| ru.get("ideas-count", &[("count", n.into())]);
        assert_eq!(ideas(1), "1 идея");
        assert_eq!(ideas(3), "3 идеи");
        assert_eq!(ideas(25), "25 идей");
        assert_eq!(ideas(21), "21 идея");
        assert_eq!(ideas(112), "112 идей");
        let en = Texts::new(Lang::En);
        assert_eq!(en.get("ideas-count", &[("count", 1usize.into())]), "1 idea");
        assert_eq!(
            en.get("ideas-count", &[("count", 0usize.into())]),
            "0 ideas"
        );
    }

    #[test]
    fn values_carry_no_isolation_marks_and_a_missing_message_is_its_id() {
        let ru = Texts::new(Lang::Ru);
        let said = ru.get("ideas-count", &[("count", 2usize.into())]);
        assert!(!said.contains(['\u{2068}', '\u{2069}']), "{said:?}");
        assert_eq!(ru.get("no-such-message", &[]), "no-such-message");
    }
}
