//! Command-line values from the vocabularies (sector, stage, organisation
//! kind, barrier): any unique prefix is accepted, as everywhere in sprout,
//! and the full names are known to clap, so that `--help` lists them and
//! shell completions offer them.

use crate::domain::Named;
use clap::builder::{PossibleValue, TypedValueParser};
use std::marker::PhantomData;

/// Parses one vocabulary's names (or unique prefixes) for clap.
#[derive(Clone)]
pub struct Vocabulary<T>(PhantomData<T>);

impl<T> Vocabulary<T> {
    pub fn new() -> Vocabulary<T> {
        Vocabulary(PhantomData)
    }
}

fn named<T: Named>(s: &str) -> Result<T, String> {
    T::parse(s).map_err(|e| crate::i18n::name_error(&e))
}

impl<T: Named + Send + Sync + Clone> TypedValueParser for Vocabulary<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        // clap's own wrapper of a parsing function words the error.
        named::<T>.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            T::ALL.iter().map(|v| PossibleValue::new(v.name())),
        ))
    }
}
