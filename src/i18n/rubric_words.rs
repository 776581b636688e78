//! What is wrong with a rubric or a rubric file, and the comments a
//! rubric file starts with, in the language spoken. The file's own words
//! (`[[criterion]]`, `name`, `weight`) are TOML and stay as they are.

use crate::domain::rubric::{MAX_CRITERIA, MAX_DESCRIPTION, MAX_NAME, MAX_SCALE, MAX_WEIGHT};
use crate::domain::rubric_problem::{FileError, FileProblem, RubricProblem};

pub fn rubric_problem(p: &RubricProblem) -> String {
    use RubricProblem::*;
    match p {
        NameEmpty => crate::tr!("err-rubric-name-empty"),
        NameControl(n) => crate::tr!("err-rubric-name-control", name = n.as_str()),
        NameTooLong(n) => crate::tr!(
            "err-rubric-name-too-long",
            name = n.as_str(),
            most = MAX_NAME
        ),
        NameNotWord(n) => crate::tr!("err-rubric-name-not-word", name = n.as_str()),
        NoDescription(n) => crate::tr!("err-rubric-no-description", name = n.as_str()),
        DescriptionTooLong(n) => crate::tr!(
            "err-rubric-description-too-long",
            name = n.as_str(),
            most = MAX_DESCRIPTION
        ),
        Weight(n) => crate::tr!(
            "err-rubric-weight",
            name = n.as_str(),
            most = u32::from(MAX_WEIGHT)
        ),
        Scale(n) => crate::tr!(
            "err-rubric-scale",
            name = n.as_str(),
            most = u32::from(MAX_SCALE)
        ),
        NoCriteria => crate::tr!("err-rubric-no-criteria"),
        TooMany(n) => crate::tr!("err-rubric-too-many", most = MAX_CRITERIA, count = *n),
        NamedTwice(n) => crate::tr!("err-rubric-named-twice", name = n.as_str()),
    }
}

/// A rubric file's problem with its line: `line 8: weight: …`.
pub fn rubric_file_error(e: &FileError) -> String {
    use FileProblem::*;
    let problem = match &e.problem {
        NotToml { field, detail } => {
            let not = crate::tr!("err-rubric-file-not-toml", detail = detail.as_str());
            match field {
                Some(field) => format!("{field}: {not}"),
                None => not,
            }
        }
        UnknownKey(k) => crate::tr!("err-rubric-file-unknown-key", key = k.as_str()),
        NoCriterionTable => crate::tr!("err-rubric-file-no-table"),
        NotTables => crate::tr!("err-rubric-file-not-tables"),
        UnknownField(k) => crate::tr!(
            "err-rubric-file-unknown-field",
            field = k.as_str(),
            fields = crate::domain::rubric_problem::FIELDS.join(", ").as_str()
        ),
        Without(field) => crate::tr!("err-rubric-file-without", field = *field),
        ExpectedText(field) => crate::tr!("err-rubric-file-expected-text", field = *field),
        Weight => crate::tr!("err-rubric-file-weight", most = u32::from(MAX_WEIGHT)),
        Scale => crate::tr!("err-rubric-file-scale", most = u32::from(MAX_SCALE)),
        Rubric(p) => rubric_problem(p),
    };
    crate::tr!(
        "err-rubric-file-line",
        line = e.line,
        problem = problem.as_str()
    )
}

/// The comment lines a rubric file starts with (`sprout rubric --toml`).
pub fn rubric_file_header(version: u32) -> Vec<String> {
    crate::tr!(
        "cli-rubric-toml-header",
        version = version,
        criteria = MAX_CRITERIA,
        name = MAX_NAME,
        description = MAX_DESCRIPTION,
        weight = u32::from(MAX_WEIGHT),
        scale = u32::from(MAX_SCALE)
    )
    .lines()
    .map(str::to_string)
    .collect()
}
