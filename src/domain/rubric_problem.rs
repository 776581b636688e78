//! What is wrong with a rubric, as data: a criterion's name, description,
//! weight or scale, or the rubric as a whole (none, too many, a name
//! twice); and, for a rubric file, the line it is on. `i18n` puts it into
//! the language spoken; its Display is the English sentence, which starts
//! with the field at fault (`name: …`) where one criterion's name or
//! description is (weight and scale are told by the readers of a file,
//! which check them first, each in its own terms). Kept as data
//! so that a reader of a file (TOML, an export's JSON) can tell which
//! field and which criterion is at fault without reading the words.

use std::fmt;

/// Most criteria a rubric may have: a review is one keystroke a criterion.
pub const MAX_CRITERIA: usize = 12;
/// Longest criterion name, in characters (it is typed in `--score NAME=4`).
pub const MAX_NAME: usize = 24;
/// Longest description, in characters (one line of a review pane).
pub const MAX_DESCRIPTION: usize = 120;
/// Highest weight and highest scale value.
pub const MAX_WEIGHT: u16 = 100;
pub const MAX_SCALE: u8 = 100;

/// A field of a criterion, as a rubric file names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CriterionField {
    Name,
    Description,
    Weight,
    Scale,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricProblem {
    NameEmpty,
    /// The name as an error shows it (`rubric::shown_name`).
    NameControl(String),
    NameTooLong(String),
    NameNotWord(String),
    /// The criterion's name, for the rest.
    NoDescription(String),
    DescriptionTooLong(String),
    Weight(String),
    Scale(String),
    NoCriteria,
    TooMany(usize),
    NamedTwice(String),
}

impl RubricProblem {
    /// The field at fault, when one criterion's field is.
    pub fn field(&self) -> Option<CriterionField> {
        use RubricProblem::*;
        match self {
            NameEmpty | NameControl(_) | NameTooLong(_) | NameNotWord(_) => {
                Some(CriterionField::Name)
            }
            NoDescription(_) | DescriptionTooLong(_) => Some(CriterionField::Description),
            Weight(_) => Some(CriterionField::Weight),
            Scale(_) => Some(CriterionField::Scale),
            NoCriteria | TooMany(_) | NamedTwice(_) => None,
        }
    }

    /// The criterion named twice, for a file to point at its later line.
    pub fn named_twice(&self) -> Option<&str> {
        match self {
            RubricProblem::NamedTwice(name) => Some(name),
            _ => None,
        }
    }
}

impl fmt::Display for RubricProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use RubricProblem::*;
        match self {
            NameEmpty => f.write_str("name: empty; a criterion needs a name"),
            NameControl(n) => write!(
                f,
                "name: '{n}' has a control character or a direction override"
            ),
            NameTooLong(n) => write!(f, "name: '{n}' is longer than {MAX_NAME} characters"),
            NameNotWord(n) => write!(
                f,
                "name: '{n}' must be a lower-case word (a-z, 0-9, _ or -, starting with a letter)"
            ),
            NoDescription(n) => write!(f, "description: '{n}' has no description"),
            DescriptionTooLong(n) => write!(
                f,
                "description: the description of '{n}' is longer than {MAX_DESCRIPTION} characters"
            ),
            Weight(n) => write!(
                f,
                "the weight of '{n}' must be a whole number from 1 to {MAX_WEIGHT}"
            ),
            Scale(n) => write!(
                f,
                "the scale of '{n}' must be LOW-HIGH with LOW below HIGH, at most {MAX_SCALE}"
            ),
            NoCriteria => f.write_str("a rubric needs at least one criterion"),
            TooMany(n) => write!(
                f,
                "a rubric has at most {MAX_CRITERIA} criteria ({n} given)"
            ),
            NamedTwice(n) => write!(f, "criterion '{n}' is named twice"),
        }
    }
}

/// What is wrong with a rubric file (`sprout rubric --set FILE`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// Not TOML; `field` when the line is `KEY = …` of a criterion field,
    /// `detail` the TOML parser's own words (it speaks only English).
    NotToml {
        field: Option<&'static str>,
        detail: String,
    },
    UnknownKey(String),
    NoCriterionTable,
    NotTables,
    UnknownField(String),
    Without(&'static str),
    ExpectedText(&'static str),
    Weight,
    Scale,
    Rubric(RubricProblem),
}

/// A problem of a rubric file and the line it is on (1 for the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub line: usize,
    pub problem: FileProblem,
}

/// The fields of a `[[criterion]]` table, in the order a file lists them.
pub const FIELDS: &[&str] = &["name", "description", "weight", "scale"];

impl fmt::Display for FileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use FileProblem::*;
        match self {
            NotToml { field, detail } => {
                if let Some(field) = field {
                    write!(f, "{field}: ")?;
                }
                write!(f, "not valid TOML: {detail}")
            }
            UnknownKey(k) => write!(
                f,
                "unknown key '{k}' (a rubric file has only [[criterion]] tables)"
            ),
            NoCriterionTable => f.write_str("no [[criterion]] table: a rubric needs at least one"),
            NotTables => f.write_str("criterion must be [[criterion]] tables"),
            UnknownField(k) => write!(f, "unknown field '{k}' (fields: {})", FIELDS.join(", ")),
            Without(field) => write!(f, "criterion without {field}"),
            ExpectedText(field) => write!(f, "{field}: expected text in quotes"),
            Weight => write!(f, "weight: expected a whole number from 1 to {MAX_WEIGHT}"),
            Scale => write!(
                f,
                "scale: expected \"LOW-HIGH\" such as \"1-5\" (0 to {MAX_SCALE})"
            ),
            Rubric(p) => p.fmt(f),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}
