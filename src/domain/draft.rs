//! An idea as editable text: the fields a person edits, each as a string,
//! turned back into an idea with every problem named by field. The form and
//! the external editor both go through it.

use super::idea::{
    FieldRuleError, check_amount, check_line, check_score, check_summary, check_tag, check_title,
};
use super::names::{Barrier, NameError, Named, OrgKind, Sector, Stage};
use super::{Edit, Idea, Timestamp};
use std::collections::BTreeSet;

/// The editable fields, in form order: (name, label).
pub const FIELDS: &[(&str, &str)] = &[
    ("title", "Title"),
    ("summary", "Summary"),
    ("proposer", "Proposer"),
    ("org", "Organisation"),
    ("region", "Region"),
    ("sector", "Sector"),
    ("stage", "Stage"),
    ("barriers", "Barriers"),
    ("funder", "Funder"),
    ("amount", "Amount (₽)"),
    ("tags", "Tags"),
    ("score", "Score"),
    ("assignee", "Assignee"),
];

/// Every editable field as text (lists comma-separated).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub values: Vec<String>,
}

/// A problem with one field: the field's name and what is wrong.
pub type FieldError = (&'static str, FieldProblem);

/// What is wrong with a field's text, as data the faces put into words
/// (`i18n::field_problem`); `Display` is English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Rule(FieldRuleError),
    Name(NameError),
}

impl std::fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldProblem::Rule(e) => write!(f, "{e}"),
            FieldProblem::Name(e) => write!(f, "{e}"),
        }
    }
}

impl From<FieldRuleError> for FieldProblem {
    fn from(e: FieldRuleError) -> FieldProblem {
        FieldProblem::Rule(e)
    }
}

impl From<NameError> for FieldProblem {
    fn from(e: NameError) -> FieldProblem {
        FieldProblem::Name(e)
    }
}

impl Draft {
    pub fn empty() -> Draft {
        let mut d = Draft {
            values: vec![String::new(); FIELDS.len()],
        };
        d.set("org", OrgKind::Unknown.name());
        d.set("sector", Sector::Unclassified.name());
        d.set("stage", Stage::New.name());
        d
    }

    pub fn of(i: &Idea) -> Draft {
        let mut d = Draft::empty();
        d.set("title", &i.title);
        d.set("summary", &i.summary);
        d.set("proposer", &i.proposer);
        d.set("org", i.org_kind.name());
        d.set("region", &i.region);
        d.set("sector", i.sector.name());
        d.set("stage", i.stage.name());
        d.set(
            "barriers",
            &i.barriers
                .iter()
                .map(|b| b.name())
                .collect::<Vec<_>>()
                .join(", "),
        );
        d.set("funder", &i.funder);
        d.set(
            "amount",
            &i.amount.map(|a| a.to_string()).unwrap_or_default(),
        );
        d.set(
            "tags",
            &i.tags.iter().cloned().collect::<Vec<_>>().join(", "),
        );
        d.set("score", &i.score.map(|s| s.to_string()).unwrap_or_default());
        d.set("assignee", &i.assignee);
        d
    }

    fn index(field: &str) -> usize {
        FIELDS.iter().position(|(f, _)| *f == field).unwrap_or(0)
    }

    pub fn get(&self, field: &str) -> &str {
        &self.values[Draft::index(field)]
    }

    pub fn set(&mut self, field: &str, value: &str) {
        let i = Draft::index(field);
        self.values[i] = value.to_string();
    }

    /// The idea this draft describes: `base` changed (tracked fields through
    /// edits, so they enter the history), or a new idea when `base` is None.
    pub fn apply(&self, base: Option<&Idea>, now: Timestamp) -> Result<Idea, Vec<FieldError>> {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut check = |field: &'static str, r: Result<String, FieldRuleError>| -> String {
            r.unwrap_or_else(|e| {
                errors.push((field, e.into()));
                String::new()
            })
        };
        let title = check("title", check_title(self.get("title")));
        let summary = check("summary", check_summary(self.get("summary")));
        let proposer = check("proposer", check_line(self.get("proposer")));
        let region = check("region", check_line(self.get("region")));
        let funder = check("funder", check_line(self.get("funder")));
        let assignee = check("assignee", check_line(self.get("assignee")));
        let named = |field: &'static str| -> Option<String> {
            let v = self.get(field).trim();
            if v.is_empty() {
                None
            } else {
                Some(v.to_string())
            }
        };
        let org = named("org")
            .map(|v| OrgKind::parse(&v))
            .unwrap_or(Ok(OrgKind::Unknown));
        let sector = named("sector")
            .map(|v| Sector::parse(&v))
            .unwrap_or(Ok(Sector::Unclassified));
        let stage = named("stage")
            .map(|v| Stage::parse(&v))
            .unwrap_or(Ok(Stage::New));
        let amount = named("amount").map(|v| check_amount(&v)).transpose();
        let score = named("score")
            .filter(|v| v != "none" && v != "—")
            .map(|v| check_score(&v))
            .transpose();
        let barriers: Result<BTreeSet<Barrier>, NameError> = split(self.get("barriers"))
            .map(|b| Barrier::parse(&b))
            .collect();
        let tags: Result<BTreeSet<String>, FieldRuleError> =
            split(self.get("tags")).map(|t| check_tag(&t)).collect();
        macro_rules! take {
            ($field:literal, $r:expr) => {
                match $r {
                    Ok(v) => Some(v),
                    Err(e) => {
                        errors.push(($field, FieldProblem::from(e)));
                        None
                    }
                }
            };
        }
        let org = take!("org", org);
        let sector = take!("sector", sector);
        let stage = take!("stage", stage);
        let amount = take!("amount", amount);
        let score = take!("score", score);
        let barriers = take!("barriers", barriers);
        let tags = take!("tags", tags);
        if !errors.is_empty() {
            return Err(errors);
        }
        let (
            Some(org),
            Some(sector),
            Some(stage),
            Some(amount),
            Some(score),
            Some(barriers),
            Some(tags),
        ) = (org, sector, stage, amount, score, barriers, tags)
        else {
            return Err(errors);
        };
        let mut idea = base
            .cloned()
            .unwrap_or_else(|| Idea::new(title.clone(), now));
        let before = idea.clone();
        idea.title = title;
        idea.summary = summary;
        idea.proposer = proposer;
        idea.org_kind = org;
        idea.region = region;
        idea.barriers = barriers;
        idea.funder = funder;
        idea.amount = amount;
        idea.tags = tags;
        if base.is_some() {
            for edit in [
                Edit::Sector(sector),
                Edit::Stage(stage),
                Edit::Score(score),
                Edit::Assignee(assignee),
            ] {
                idea.apply(&edit, now);
            }
            idea.record_changes(&before, now);
            if idea != before {
                idea.updated = now;
            }
        } else {
            idea.sector = sector;
            idea.stage = stage;
            idea.score = score;
            idea.assignee = assignee;
        }
        Ok(idea)
    }

    /// The draft as a text file for an external editor: a header of
    /// `field: value` lines, a blank line, then the summary.
    pub fn to_text(&self, id: Option<u64>) -> String {
        let what = id.map_or("a new idea".to_string(), |id| format!("idea #{id}"));
        self.to_text_headed(&format!(
            "Editing {what}. One `field: value` per line; the summary follows the first blank line.\n\
             Lines starting with # are ignored. Save and quit to apply; an empty title cancels."
        ))
    }

    /// [`Draft::to_text`] under `header`'s lines (the faces' words for
    /// them, as comments), then the names each vocabulary field takes.
    pub fn to_text_headed(&self, header: &str) -> String {
        self.to_text_worded(header, "comma-separated")
    }

    /// [`Draft::to_text_headed`] with the faces' word for a list field
    /// (`comma-separated`).
    pub fn to_text_worded(&self, header: &str, list: &str) -> String {
        let names = |all: &[&str]| all.join(", ");
        let mut out: String = header.lines().map(|l| format!("# {l}\n")).collect();
        out.push_str(&format!(
            "# org: {}\n# sector: {}\n# stage: {}\n# barriers ({list}): {}\n",
            names(&OrgKind::ALL.iter().map(|v| v.name()).collect::<Vec<_>>()),
            names(&Sector::ALL.iter().map(|v| v.name()).collect::<Vec<_>>()),
            names(&Stage::ALL.iter().map(|v| v.name()).collect::<Vec<_>>()),
            names(&Barrier::ALL.iter().map(|v| v.name()).collect::<Vec<_>>()),
        ));
        for (i, (field, _)) in FIELDS.iter().enumerate() {
            if *field != "summary" {
                out.push_str(&format!("{field}: {}\n", self.values[i]));
            }
        }
        out.push('\n');
        out.push_str(self.get("summary"));
        out.push('\n');
        out
    }

    /// Reads [`Draft::to_text`]'s format back; problems by line.
    pub fn from_text(text: &str) -> Result<Draft, Vec<TextProblem>> {
        let mut d = Draft::empty();
        let mut problems = Vec::new();
        let mut lines = text.lines().enumerate();
        let mut seen = BTreeSet::new();
        for (n, line) in lines.by_ref() {
            if line.trim().is_empty() {
                break;
            }
            if line.trim_start().starts_with('#') {
                continue;
            }
            let line_no = n + 1;
            let Some((field, value)) = line.split_once(':') else {
                problems.push(TextProblem::NotFieldValue { line: line_no });
                continue;
            };
            let field = field.trim().to_lowercase();
            match FIELDS.iter().find(|(f, _)| *f == field && *f != "summary") {
                Some((f, _)) => {
                    if !seen.insert(*f) {
                        problems.push(TextProblem::GivenTwice {
                            line: line_no,
                            field: f,
                        });
                    }
                    d.set(f, value.trim());
                }
                None => problems.push(TextProblem::UnknownField {
                    line: line_no,
                    field: crate::domain::text::clean_line(&field),
                }),
            }
        }
        let summary: Vec<&str> = lines.map(|(_, l)| l).collect();
        d.set("summary", summary.join("\n").trim());
        if problems.is_empty() {
            Ok(d)
        } else {
            Err(problems)
        }
    }
}

/// A line of an editor's text that [`Draft::from_text`] cannot read, as
/// data the faces put into words; `Display` is English (`line 3: …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    NotFieldValue { line: usize },
    GivenTwice { line: usize, field: &'static str },
    UnknownField { line: usize, field: String },
}

/// The fields a header line may name, in form order (`title, proposer, …`).
pub fn header_fields() -> String {
    FIELDS
        .iter()
        .filter(|(f, _)| *f != "summary")
        .map(|(f, _)| *f)
        .collect::<Vec<_>>()
        .join(", ")
}

impl std::fmt::Display for TextProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextProblem::NotFieldValue { line } => {
                write!(f, "line {line}: expected `field: value`")
            }
            TextProblem::GivenTwice { line, field } => {
                write!(f, "line {line}: {field} is given twice")
            }
            TextProblem::UnknownField { line, field } => write!(
                f,
                "line {line}: unknown field '{field}' (fields: {})",
                header_fields()
            ),
        }
    }
}

/// A comma- (or semicolon-) separated list, trimmed, without empties.
fn split(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idea() -> Idea {
        let mut i = Idea::new("Clean water".into(), Timestamp(10));
        i.id = 4;
        i.summary = "Line one\n\tindented".into();
        i.tags.insert("water".into());
        i.barriers.insert(Barrier::Funding);
        i.amount = Some(5000);
        i
    }

    #[test]
    fn an_idea_survives_the_draft_unchanged() {
        let i = idea();
        let back = Draft::of(&i).apply(Some(&i), Timestamp(99)).unwrap();
        assert_eq!(back, i, "no change, no new updated time, no history");
    }

    #[test]
    fn tracked_changes_enter_the_history() {
        let i = idea();
        let mut d = Draft::of(&i);
        d.set("sector", "edu");
        d.set("score", "4");
        let after = d.apply(Some(&i), Timestamp(99)).unwrap();
        assert_eq!(after.sector, Sector::Education);
        assert_eq!(after.history.len(), 2);
        assert_eq!(after.updated, Timestamp(99));
    }

    #[test]
    fn problems_are_named_by_field() {
        let mut d = Draft::empty();
        d.set("sector", "space");
        d.set("amount", "lots");
        d.set("score", "9");
        d.set("barriers", "funding, walls");
        let errors = d.apply(None, Timestamp(1)).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["title", "sector", "amount", "score", "barriers"]);
    }

    #[test]
    fn text_round_trip_and_errors_with_lines() {
        let i = idea();
        let text = Draft::of(&i).to_text(Some(4));
        assert!(text.contains("title: Clean water\n"));
        assert!(text.ends_with("\nLine one\n\tindented\n"));
        assert_eq!(Draft::from_text(&text).unwrap(), Draft::of(&i));
        let bad = "title: x\ncolour: red\nnonsense\n\nsummary";
        let e = Draft::from_text(bad).unwrap_err();
        assert!(
            e[0].to_string()
                .starts_with("line 2: unknown field 'colour'"),
            "{e:?}"
        );
        assert_eq!(e[1].to_string(), "line 3: expected `field: value`");
    }
}
