//! What the command line's parser refused, in the language spoken. clap
//! words its errors in English; a value a parser of ours refused (an
//! unknown sector, a bad `--date-format`, an id that is not one) is the
//! error people meet most, so in Russian it is said again in Russian,
//! with our parser's own reason. The language is known before the config
//! file is read only from `--lang` and the locale.

use crate::i18n::Lang;
use std::ffi::OsString;

/// The language of a run whose command line is not yet parsed: `--lang`
/// (`--lang ru`, `--lang=ru`), else the locale's.
pub fn early_language(args: impl IntoIterator<Item = OsString>) -> Lang {
    let mut args = args.into_iter().skip(1);
    let mut flag = None;
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = args.next().and_then(|v| v.to_str().and_then(Lang::parse));
        } else if let Some(v) = arg.strip_prefix("--lang=") {
            flag = Lang::parse(v);
        }
    }
    Lang::choose(flag, None, |name| std::env::var(name).ok())
}

/// A value clap refused, as one line in the language spoken; `None` where
/// clap's own English words stand (English, or another kind of refusal).
pub fn refused_value(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if crate::i18n::language() == Lang::En || e.kind() != ErrorKind::ValueValidation {
        return None;
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg)?;
    let value = text(ContextKind::InvalidValue)?;
    let problem = std::error::Error::source(e)?.to_string();
    let line = crate::tr!(
        "err-bad-value",
        value = &value,
        arg = &arg,
        problem = &problem
    );
    Some(crate::tr!("err-line", message = &line))
}
