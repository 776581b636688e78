//! What the command line's parser refused, in the language spoken. clap
//! words its errors in English, over several lines (a tip, the usage, a
//! pointer to `--help`); in another language each refusal is one line
//! said from what clap knows of it: an unknown flag or command with its
//! "did you mean", a value not among the possible ones, a missing
//! argument, and a value a parser of ours refused (an unknown sector, a
//! bad `--date-format`) with our parser's own reason. The language is
//! known before the command line is parsed from `--lang`, the config
//! file's `language` and the locale.

use crate::i18n::Lang;
use std::ffi::OsString;

/// The language of a run whose command line is not yet parsed: `--lang`
/// (`--lang ru`, `--lang=ru`), else the config file's (`--config`,
/// `$SPROUT_CONFIG` or the usual place), else the locale's.
pub fn early_language(args: impl IntoIterator<Item = OsString>) -> Lang {
    let mut args = args.into_iter().skip(1);
    let (mut flag, mut config) = (None, None);
    while let Some(arg) = args.next() {
        if arg == "--config" {
            config = args.next().map(std::path::PathBuf::from);
            continue;
        }
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = args.next().and_then(|v| v.to_str().and_then(Lang::parse));
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            flag = Lang::parse(v);
        } else if let Some(v) = arg.strip_prefix("--config=") {
            config = Some(v.into());
        }
    }
    // The config file's language too, so that `--help` and a refused
    // argument speak it as the rest of the run will.
    let configured = crate::config::language_in(crate::config::path(config).as_ref());
    Lang::choose(flag, configured, |name| std::env::var(name).ok())
}

/// What clap refused, as one line in the language spoken; `None` where
/// clap's own English words stand (English, or help it shows). Each kind
/// of refusal is said from the context clap gives (the argument, the
/// value, what it suggests), with clap's "did you mean" kept.
pub fn refused_line(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ErrorKind};
    if crate::i18n::language() == Lang::En {
        return None;
    }
    let text = |kind| context_text(e, kind);
    let arg = || text(ContextKind::InvalidArg).unwrap_or_default();
    let value = || text(ContextKind::InvalidValue).unwrap_or_default();
    let mut line = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::ValueValidation => crate::tr!(
            "err-bad-value",
            value = &value(),
            arg = &arg(),
            problem = &problem(e)
        ),
        ErrorKind::InvalidValue if value().is_empty() => {
            crate::tr!("cli-refused-no-value", arg = &arg())
        }
        ErrorKind::InvalidValue => {
            let line = crate::tr!("cli-refused-value", value = &value(), arg = &arg());
            match text(ContextKind::ValidValue) {
                Some(values) => crate::tr!("cli-refused-valid", line = &line, values = &values),
                None => line,
            }
        }
        ErrorKind::UnknownArgument => crate::tr!("cli-refused-argument", arg = &arg()),
        ErrorKind::InvalidSubcommand => crate::tr!(
            "cli-refused-command",
            command = &text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => crate::tr!("cli-refused-missing", args = &arg()),
        ErrorKind::MissingSubcommand => crate::tr!(
            "cli-refused-no-command",
            command = &text(ContextKind::InvalidSubcommand).unwrap_or_default(),
            commands = &text(ContextKind::ValidSubcommand).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => match text(ContextKind::PriorArg) {
            Some(prior) if prior != arg() => {
                crate::tr!("cli-refused-conflict", arg = &arg(), other = &prior)
            }
            _ => crate::tr!("cli-refused-twice", arg = &arg()),
        },
        ErrorKind::NoEquals => crate::tr!("cli-refused-no-equals", arg = &arg()),
        ErrorKind::TooManyValues => {
            crate::tr!("cli-refused-too-many", value = &value(), arg = &arg())
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => crate::tr!(
            "cli-refused-count",
            arg = &arg(),
            count = number(e, ContextKind::MinValues)
                .or_else(|| number(e, ContextKind::ExpectedNumValues))
                .unwrap_or_default()
        ),
        ErrorKind::InvalidUtf8 => crate::tr!("cli-refused-utf8"),
        _ => crate::tr!("cli-refused-other"),
    };
    let suggested = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(text);
    if let Some(suggestion) = suggested {
        line = crate::tr!(
            "cli-refused-suggest",
            line = &line,
            suggestion = &suggestion
        );
    } else if e.kind() == ErrorKind::UnknownArgument && arg().starts_with('-') {
        line = crate::tr!("cli-refused-as-value", line = &line, arg = &arg());
    }
    Some(crate::tr!("err-line", message = &line))
}

/// Why a value parser refused a value. Ours say it in the language
/// spoken; clap's numbers ("invalid digit found in string", "60 is not
/// in 0..=50") are said again in it.
fn problem(e: &clap::Error) -> String {
    use std::num::IntErrorKind;
    let Some(source) = std::error::Error::source(e) else {
        return String::new();
    };
    if let Some(number) = source.downcast_ref::<std::num::ParseIntError>() {
        return match number.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
                crate::tr!("cli-refused-number-too-big")
            }
            _ => crate::tr!("cli-refused-not-a-number"),
        };
    }
    let text = source.to_string();
    match text.split_once(" is not in ") {
        Some((value, range)) => crate::tr!("cli-refused-range", value = value, range = range),
        None => text,
    }
}

/// A context value as text; a list as clap lists it, `a, b`.
fn context_text(e: &clap::Error, kind: clap::error::ContextKind) -> Option<String> {
    use clap::error::ContextValue;
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn number(e: &clap::Error, kind: clap::error::ContextKind) -> Option<i64> {
    match e.get(kind)? {
        clap::error::ContextValue::Number(n) => Some(*n as i64),
        _ => None,
    }
}
