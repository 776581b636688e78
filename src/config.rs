//! The config file: `~/.config/sprout/config.toml` (the platform config
//! directory), or `--config PATH`, or `$SPROUT_CONFIG`. It holds the
//! theme and single colours, defaults (sort, sidebar, date format) and
//! keybindings. A missing file is fine; a file with an error is reported
//! line by line and sprout starts with the defaults.

use crate::keys::{Context, KeyError, KeyTable, Rebinding, Seq};
use crate::palette::{Colour, Palette, SLOTS};
use crate::query::SortKey;
use problems::{Problems, entries, table};
use std::path::PathBuf;
use toml_edit::{Item, Value};

/// Dates as RFC 3339 in UTC: `2026-11-26T14:12:49Z`.
pub const DEFAULT_DATE_FORMAT: &str = "%Y-%m-%dT%H:%M:%SZ";

/// Everything the config file can set.
#[derive(Debug, Clone)]
pub struct Config {
    pub theme: Palette,
    pub sort: SortKey,
    pub sidebar: bool,
    pub date_format: String,
    /// Whether the file set `date_format` (else the UI writes dates its
    /// language's way: `24.11.2026` in Russian).
    pub date_format_set: bool,
    /// Days in `new` or `review` after which an idea waits too long.
    pub stale_days: i64,
    /// The actions given keys of the user's own, in the file's order; the
    /// UI applies them over its defaults (`tui::keymap::Keymap::configured`).
    pub keys: Vec<Rebinding>,
    /// More ways of writing vocabulary values, for import.
    pub synonyms: crate::transfer::Synonyms,
    /// The database (`db = "…"`): a sled directory or a `postgres://` URL,
    /// used when neither `--db` nor `$SPROUT_DB` gives one.
    pub db: Option<String>,
    /// Who the user is on a database without users of its own (sled):
    /// `user = "…"`; else `$USER` (see `store::actor`).
    pub user: Option<String>,
    /// The language to speak (`language = "ru"`), when `--lang` gives
    /// none; else the locale's (see `i18n::Lang::choose`).
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: Palette::dark(),
            sort: SortKey::Updated,
            sidebar: true,
            date_format: DEFAULT_DATE_FORMAT.into(),
            date_format_set: false,
            stale_days: crate::domain::row::STALE_DAYS,
            keys: Vec::new(),
            synonyms: Default::default(),
            db: None,
            user: None,
            language: None,
        }
    }
}

/// A config as loaded: what to use, and what to tell the user.
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Config,
    /// Errors: when there are any, `config` is the defaults.
    pub errors: Vec<String>,
    /// Keys taken from one action by another (the config still applies).
    pub notes: Vec<String>,
}

/// Where the config file is: `--config`, else `$SPROUT_CONFIG`, else the
/// platform config directory. The flag tells whether the path was asked for
/// (then a missing file is worth a word).
pub fn path(flag: Option<PathBuf>) -> Option<(PathBuf, bool)> {
    if let Some(p) = flag {
        return Some((p, true));
    }
    if let Some(p) = std::env::var_os("SPROUT_CONFIG").filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(p), true));
    }
    directories::ProjectDirs::from("", "", "sprout")
        .map(|d| (d.config_dir().join("config.toml"), false))
}

/// Reads the config file at `path`, its keys checked against what the UI
/// can bind (`keys`); see [`Loaded`].
pub fn load(path: Option<(PathBuf, bool)>, keys: &dyn KeyTable) -> Loaded {
    let Some((path, asked)) = path else {
        return Loaded::default();
    };
    let name = path.display().to_string();
    match std::fs::read_to_string(&path) {
        Ok(text) => match parse(&text, keys) {
            Ok((config, notes)) => Loaded {
                config,
                errors: Vec::new(),
                notes: notes.into_iter().map(|n| format!("{name}: {n}")).collect(),
            },
            Err(errors) => Loaded {
                // The database still: a wrong colour must not send the
                // changes of a team's officer to a local database instead.
                config: Config {
                    db: db_of(&text),
                    language: language_of(&text),
                    ..Config::default()
                },
                errors: errors.into_iter().map(|e| format!("{name}: {e}")).collect(),
                notes: Vec::new(),
            },
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !asked => Loaded::default(),
        Err(e) => Loaded {
            config: Config::default(),
            errors: vec![crate::tr!(
                "config-unreadable",
                name = name.as_str(),
                problem = &crate::i18n::io_reason(&e)
            )],
            notes: Vec::new(),
        },
    }
}

/// The language a config file names, read before anything else so that
/// what is said about the file, and `--help`, is said in it: `None` where
/// there is no file, it is not TOML or it names no language sprout speaks.
pub fn language_in(path: Option<&(PathBuf, bool)>) -> Option<crate::i18n::Lang> {
    language_of(&std::fs::read_to_string(&path?.0).ok()?)
}

/// The `language = "…"` of config text, if it is valid TOML that names
/// a language sprout speaks.
fn language_of(text: &str) -> Option<crate::i18n::Lang> {
    let doc = toml_edit::Document::parse(text.to_string()).ok()?;
    crate::i18n::Lang::parse(doc.as_table().get("language")?.as_str()?)
}

/// The `db = "…"` of config text, if it is valid TOML that has one.
fn db_of(text: &str) -> Option<String> {
    let doc = toml_edit::Document::parse(text.to_string()).ok()?;
    let db = doc.as_table().get("db")?.as_str()?.trim();
    (!db.is_empty()).then(|| db.to_string())
}

/// Reads config text: the config and notes, or every error found.
pub fn parse(text: &str, keys: &dyn KeyTable) -> Result<(Config, Vec<String>), Vec<String>> {
    let doc = toml_edit::Document::parse(text.to_string()).map_err(|e| {
        let line = 1 + text[..e.span().map_or(0, |s| s.start).min(text.len())]
            .matches('\n')
            .count();
        vec![crate::tr!(
            "err-config-toml",
            line = line,
            problem = e.message().trim_end()
        )]
    })?;
    let mut p = Problems::new(text);
    let mut config = Config::default();
    let root = doc.as_table();
    // The theme first, so that [colors] go over it wherever they are.
    let mut names: Vec<&str> = root.iter().map(|(name, _)| name).collect();
    names.sort_by_key(|n| *n != "theme");
    for name in names {
        let Some((key, item)) = root.get_key_value(name) else {
            continue;
        };
        let span = key.span().or_else(|| item.span());
        match name {
            "theme" => match item.as_str() {
                Some(t) => match Palette::named(t) {
                    Some(theme) => config.theme = theme,
                    None => p.add(
                        span,
                        name,
                        crate::tr!(
                            "config-problem-theme",
                            theme = t,
                            themes = Palette::NAMES.join(", ").as_str()
                        ),
                    ),
                },
                None => p.add(span, name, crate::tr!("config-problem-theme-quotes")),
            },
            "user" => match item.as_str().map(crate::domain::text::clean_line) {
                Some(u) if !u.is_empty() && u.chars().count() <= 100 => config.user = Some(u),
                _ => p.add(span, name, crate::tr!("config-problem-user")),
            },
            "language" => match item.as_str() {
                Some(l) => match crate::i18n::Lang::parse(l) {
                    Some(lang) => config.language = Some(lang),
                    None => p.add(
                        span,
                        name,
                        crate::tr!("config-problem-language", language = l),
                    ),
                },
                None => p.add(span, name, crate::tr!("config-problem-language-quotes")),
            },
            "colors" => colours(&mut p, item, &mut config.theme),
            "defaults" => defaults(&mut p, item, &mut config),
            "keys" => read_keys(&mut p, item, keys, &mut config.keys),
            "synonyms" => synonyms::read(&mut p, item, &mut config.synonyms),
            "db" => match item.as_str().filter(|d| !d.trim().is_empty()) {
                Some(d) => config.db = Some(d.to_string()),
                None => p.add(span, name, crate::tr!("config-problem-db")),
            },
            other => p.add(span, other, crate::tr!("config-problem-setting")),
        }
    }
    if !p.list.is_empty() {
        return Err(p.list);
    }
    let notes = keys.rebind_notes(&config.keys);
    Ok((config, notes))
}

fn colours(p: &mut Problems, item: &Item, theme: &mut Palette) {
    let Some(t) = table(p, item, "colors") else {
        return;
    };
    for (name, span, value) in entries(t) {
        let path = format!("colors.{name}");
        let Some((slot, _, _)) = SLOTS.iter().find(|s| s.1 == name) else {
            p.add(span, &path, crate::tr!("config-problem-colour-name"));
            continue;
        };
        match value.as_str().map(Colour::parse) {
            Some(Ok(c)) => theme.set(*slot, c),
            Some(Err(_)) => {
                let text = value.as_str().unwrap_or_default();
                p.add(
                    span,
                    &path,
                    crate::tr!("config-problem-colour", text = text),
                )
            }
            None => p.add(span, &path, crate::tr!("config-problem-colour-quotes")),
        }
    }
}

fn defaults(p: &mut Problems, item: &Item, config: &mut Config) {
    let Some(t) = table(p, item, "defaults") else {
        return;
    };
    for (name, span, value) in entries(t) {
        let path = format!("defaults.{name}");
        match name {
            "sort" => {
                let found = value
                    .as_str()
                    .and_then(|s| SortKey::CYCLE.into_iter().find(|k| k.name() == s));
                match found {
                    Some(k) => config.sort = k,
                    None => p.add(
                        span,
                        &path,
                        crate::tr!(
                            "config-problem-one-of",
                            names = SortKey::CYCLE.map(|k| k.name()).join(", ").as_str()
                        ),
                    ),
                }
            }
            "sidebar" => match value.as_bool() {
                Some(b) => config.sidebar = b,
                None => p.add(span, &path, crate::tr!("config-problem-bool")),
            },
            "date_format" => match value.as_str() {
                Some(f) => match check_date_format(f) {
                    Ok(()) => {
                        config.date_format = f.to_string();
                        config.date_format_set = true;
                    }
                    Err(e) => p.add(span, &path, e),
                },
                None => p.add(span, &path, crate::tr!("config-problem-format-quotes")),
            },
            "stale_days" => match value.as_integer() {
                Some(n @ 1..=3650) => config.stale_days = n,
                _ => p.add(span, &path, crate::tr!("config-problem-days")),
            },
            _ => p.add(span, &path, crate::tr!("config-problem-default")),
        }
    }
}

/// Whether chrono can write dates in this format (an unknown `%` item
/// would make it fail while drawing).
fn check_date_format(f: &str) -> Result<(), String> {
    use chrono::format::{Item, StrftimeItems};
    if StrftimeItems::new(f).any(|i| matches!(i, Item::Error)) {
        return Err(crate::tr!("config-problem-format", format = f));
    }
    Ok(())
}

fn read_keys(p: &mut Problems, item: &Item, ui: &dyn KeyTable, out: &mut Vec<Rebinding>) {
    let Some(t) = table(p, item, "keys") else {
        return;
    };
    for (section, span, item) in entries(t) {
        let Some(context) = Context::from_section(section) else {
            p.add(
                span,
                &format!("keys.{section}"),
                crate::tr!(
                    "config-problem-mode",
                    modes = Context::ALL.map(|c| c.section()).join(", ").as_str()
                ),
            );
            continue;
        };
        let Some(actions) = table(p, item, &format!("keys.{section}")) else {
            continue;
        };
        for (action, span, value) in entries(actions) {
            let path = format!("keys.{section}.{action}");
            if !ui.has_action(context, action) {
                p.add(
                    span,
                    &path,
                    crate::tr!("config-problem-action", mode = section),
                );
                continue;
            }
            match seqs(value, context) {
                Ok(keys) => out.push(Rebinding {
                    context,
                    action: action.to_string(),
                    keys,
                }),
                Err(e) => p.add(span, &path, e),
            }
        }
    }
}

/// The keys of one action: a string or a list of strings.
fn seqs(item: &Item, context: Context) -> Result<Vec<Seq>, String> {
    let texts: Vec<&str> = match item {
        Item::Value(Value::String(s)) => vec![s.value().as_str()],
        Item::Value(Value::Array(a)) => a
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| crate::tr!("config-problem-keys-quotes"))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(crate::tr!("config-problem-key-quotes")),
    };
    let mut out = Vec::new();
    for text in texts {
        let seq = Seq::parse(text).map_err(|e| key_problem(&e))?;
        if context.takes_text() && !seq.bindable_in_text() {
            return Err(crate::tr!("config-problem-text-key", key = text));
        }
        out.push(seq);
    }
    Ok(out)
}

/// Why a text is not a key, in the language spoken.
fn key_problem(e: &KeyError) -> String {
    match e {
        KeyError::Space => crate::tr!("config-problem-key-space"),
        KeyError::Empty => crate::tr!("config-problem-key-empty"),
        KeyError::TooMany(text) => crate::tr!("config-problem-key-too-many", key = text.as_str()),
        KeyError::Unknown(text) => crate::tr!(
            "config-problem-key-unknown",
            key = text.as_str(),
            names = crate::keys::NAMED_KEYS.join(", ").as_str()
        ),
    }
}

pub use command::command;
pub use template::default_file;

mod command;
mod problems;
mod synonyms;
mod template;
