//! How an import reads the values of a record that are not plain text:
//! vocabularies with their synonyms, dates, and amounts.

use super::dates::DateReader;
use super::synonyms::{Synonymous, Synonyms};
use crate::domain::Timestamp;

/// The readers of one import: the config file's synonyms and the
/// `--date-format` given.
#[derive(Debug, Clone, Default)]
pub struct Values {
    pub synonyms: Synonyms,
    pub dates: DateReader,
}

impl Values {
    pub fn named<T: Synonymous>(&self, text: &str) -> Result<T, String> {
        self.synonyms.read(text)
    }

    pub fn date(&self, text: &str) -> Result<Timestamp, String> {
        self.dates.read(text)
    }

    /// Amounts go through the domain's one amount parser
    /// ([`crate::domain::idea::valid_amount`]); there is deliberately no
    /// second one here.
    pub fn amount(&self, text: &str) -> Result<u64, String> {
        crate::domain::amount::parse_amount(text).map_err(|e| crate::i18n::amount_error(&e))
    }
}
