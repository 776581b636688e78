//! Which language sprout speaks (issue 20): the config file's `language`,
//! else the locale the environment names (`LC_ALL`, then `LC_MESSAGES`,
//! then `LANG`, as POSIX orders them), else English; `--lang` overrides
//! all of them for one run.

/// A language sprout has messages for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ru];

    /// The code written in the config file and given to `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// `en`, `ru`, also as a locale names them (`ru_RU.UTF-8`, `en-GB`,
    /// `RU`); `None` for a language sprout has no messages for.
    pub fn parse(text: &str) -> Option<Lang> {
        let code = text
            .trim()
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match code.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            _ => None,
        }
    }

    /// The language the environment's locale asks for. The first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides,
    /// as it does for every program: `LC_ALL=C` is English even when
    /// `LANG` is Russian, and a language sprout lacks is English too.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| get(name))
            .find(|value| !value.trim().is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or_default()
    }

    /// The language to speak: `--lang`, else the config file's, else the
    /// environment's.
    pub fn choose(
        flag: Option<Lang>,
        config: Option<Lang>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Lang {
        flag.or(config).unwrap_or_else(|| Lang::from_env(env))
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locales_are_read_as_posix_orders_them() {
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "ru_RU.UTF-8")])), Lang::Ru);
        let c_over_ru = [("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")];
        assert_eq!(Lang::from_env(env(&c_over_ru)), Lang::En);
        let messages = [("LC_MESSAGES", "ru_RU"), ("LANG", "en_US.UTF-8")];
        assert_eq!(Lang::from_env(env(&messages)), Lang::Ru);
        // An empty variable does not count; a language without messages
        // is English.
        let empty = [("LC_ALL", ""), ("LANG", "ru")];
        assert_eq!(Lang::from_env(env(&empty)), Lang::Ru);
        assert_eq!(Lang::from_env(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
    }

    #[test]
    fn the_flag_beats_the_config_file_which_beats_the_locale() {
        let ru = env(&[("LANG", "ru_RU.UTF-8")]);
        assert_eq!(Lang::choose(Some(Lang::En), Some(Lang::Ru), &ru), Lang::En);
        assert_eq!(Lang::choose(None, Some(Lang::En), &ru), Lang::En);
        assert_eq!(Lang::choose(None, None, &ru), Lang::Ru);
        assert_eq!(Lang::parse(" RU "), Some(Lang::Ru));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
