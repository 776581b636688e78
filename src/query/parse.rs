//! The query language of SPEC §4: terms separated by spaces, all of which
//! must hold.

use crate::domain::text::{clean_line, fold};
use crate::domain::{Barrier, OrgKind, Sector, Stage};
use std::fmt;
pub use values::{Compare, Op, When};
use values::{compare, names, texts, when};
pub use words::{FIELDS, RUSSIAN_FIELDS, canonical_field, russian_names, vocabulary_value};
use words::{is_cyrillic, is_me, is_none};

mod values;
mod words;

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<Term>,
}

/// One term of a query. Text is stored folded (lower case, `ё` as `е`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Term {
    /// Fuzzy match on title, proposer, region, tags and funder, or a summary
    /// word starting with it.
    Fuzzy(String),
    /// Exact substring of title, proposer, region, tags or funder.
    Exact(String),
    /// The title starts with it.
    TitlePrefix(String),
    /// The inner term must not hold.
    Not(Box<Term>),
    Sector(Vec<Sector>),
    Stage(Vec<Stage>),
    Org(Vec<OrgKind>),
    Barrier(Vec<Barrier>),
    /// A free-text field contains any of the (folded) values.
    Text(TextField, Vec<String>),
    /// A free-text field is empty (`assignee:none`; for tags, no tags).
    Unset(TextField),
    /// `assignee:me`: assigned to whoever runs the query (the store's
    /// actor), the whole name, ignoring case.
    AssignedToMe,
    /// `score:>=4.2`: the idea's score (the panel's combined score where
    /// the viewer sees reviews, else the quick score) in tenths, as the
    /// list shows it.
    Score(Compare),
    /// `reviews:<2`: how many reviews the viewer sees.
    Reviews(Compare),
    /// `reviewer:anna`: reviewed by someone whose name contains any of
    /// the (folded) values.
    Reviewer(Vec<String>),
    /// `reviewer:me`: reviewed by whoever runs the query.
    ReviewedByMe,
    Amount(Compare),
    /// `created:>=2026-11-01`, `updated:>7d`.
    Time(TimeField, When),
    Id(u64),
    Is(State),
    /// `similar:877`: ideas whose text is nearly #877's, likest first.
    Similar(u64),
    /// `panel:anna,me`: a reviewer asked to review it (`sprout assign`) is
    /// one of these (folded; `me` the store's actor, `none` no reviewer).
    Panel(Vec<String>),
    /// `reason:budget`: the decision's reason, by a key prefix or a word
    /// of its label (folded); `reason:none` is `Unreasoned`.
    Reason(Vec<String>),
    Unreasoned,
}

/// A time every idea has, that `created:` and `updated:` compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeField {
    Created,
    Updated,
}

/// A free-text field that `field:value` filters by substring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Region,
    Tag,
    Assignee,
    Funder,
    Proposer,
}

/// A state that `is:` selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    Archived,
    Marked,
    /// More than 30 days in `new` or `review`.
    Stale,
    /// Has a likely near-copy among the others (not one marked "not a
    /// duplicate"), or is marked a duplicate of another.
    Duplicate,
    /// Reviewers' totals differ by 2 points or more.
    Contested,
}

/// An invalid query, naming the term at fault (none when the fault is the
/// whole query's, such as its length).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct QueryError {
    pub term: String,
    pub problem: String,
}

impl QueryError {
    fn message(&self) -> String {
        if self.term.is_empty() {
            crate::tr!("err-query-whole", problem = &self.problem)
        } else {
            crate::tr!("err-query-term", term = &self.term, problem = &self.problem)
        }
    }

    fn whole(problem: String) -> QueryError {
        QueryError {
            term: String::new(),
            problem,
        }
    }
}

/// The most characters a query may hold: a pasted title (at most 200)
/// with filters fits several times over, and a query stays one line of a
/// terminal or a few. Whatever is longer is a paste of something else.
pub const MAX_QUERY_CHARS: usize = 1_000;

/// The most terms a query may hold: every term must hold, so a query of
/// more than a few dozen finds nothing, and each costs a look-up of its
/// summary words and a test at every row that got past the others.
pub const MAX_TERMS: usize = 100;

impl Query {
    /// Parses a query; an empty string is the empty query (everything).
    pub fn parse(input: &str) -> Result<Query, QueryError> {
        let input = input.trim();
        let chars = input.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(QueryError::whole(crate::tr!(
                "err-query-too-long",
                chars = &thousands(chars),
                most = &thousands(MAX_QUERY_CHARS)
            )));
        }
        let tokens = tokens(input)?;
        if tokens.len() > MAX_TERMS {
            return Err(QueryError::whole(crate::tr!(
                "err-query-too-many-terms",
                terms = &thousands(tokens.len()),
                most = MAX_TERMS
            )));
        }
        let terms = tokens
            .into_iter()
            .map(|t| term(&t))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Query { terms })
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The fuzzy terms, whose summary hits the caller looks up.
    pub fn fuzzy_terms(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().filter_map(|t| match t {
            Term::Fuzzy(s) => Some(s.as_str()),
            _ => None,
        })
    }

    /// Whether the query asks which ideas have near-copies (`is:duplicate`),
    /// which the caller works out from the near-duplicate index.
    pub fn needs_duplicates(&self) -> bool {
        fn needs(t: &Term) -> bool {
            match t {
                Term::Is(State::Duplicate) => true,
                Term::Not(inner) => needs(inner),
                _ => false,
            }
        }
        self.terms.iter().any(needs)
    }

    /// Whether the query asks who is asked to review the ideas (`panel:`),
    /// which the caller works out from whole ideas.
    pub fn needs_panels(&self) -> bool {
        fn needs(t: &Term) -> bool {
            match t {
                Term::Panel(_) => true,
                Term::Not(inner) => needs(inner),
                _ => false,
            }
        }
        self.terms.iter().any(needs)
    }

    /// Whether the query asks for decisions' reasons (`reason:`), which
    /// the caller reads from the ideas (the rows do not hold them).
    pub fn needs_reasons(&self) -> bool {
        fn needs(t: &Term) -> bool {
            match t {
                Term::Reason(_) | Term::Unreasoned => true,
                Term::Not(inner) => needs(inner),
                _ => false,
            }
        }
        self.terms.iter().any(needs)
    }

    /// The ideas of `similar:N` terms, whose near-copies the caller finds.
    pub fn similar_targets(&self) -> Vec<u64> {
        fn target(t: &Term) -> Option<u64> {
            match t {
                Term::Similar(id) => Some(*id),
                Term::Not(inner) => target(inner),
                _ => None,
            }
        }
        let mut ids: Vec<u64> = self.terms.iter().filter_map(target).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    pub fn has_fuzzy(&self) -> bool {
        self.fuzzy_terms().next().is_some()
    }

    /// Whether the query itself says anything about archived ideas; if not,
    /// they are hidden.
    pub fn mentions_archived(&self) -> bool {
        fn mentions(t: &Term) -> bool {
            match t {
                Term::Is(State::Archived) => true,
                Term::Not(inner) => mentions(inner),
                _ => false,
            }
        }
        self.terms.iter().any(mentions)
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Eq => "=",
            Op::Ge => ">=",
            Op::Gt => ">",
        })
    }
}

/// `1084` as `1,084`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Splits on white space outside double quotes; the quotes are removed.
fn tokens(input: &str) -> Result<Vec<String>, QueryError> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut started = false;
    for c in input.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            c if c.is_whitespace() && !quoted => {
                if started {
                    out.push(std::mem::take(&mut cur));
                    started = false;
                }
            }
            c => {
                cur.push(c);
                started = true;
            }
        }
    }
    if quoted {
        return Err(QueryError {
            term: clean_line(&cur),
            problem: crate::tr!("err-query-open-quote"),
        });
    }
    if started {
        out.push(cur);
    }
    Ok(out)
}

fn term(token: &str) -> Result<Term, QueryError> {
    let error = |problem: String| QueryError {
        term: clean_line(token),
        problem,
    };
    if let Some(rest) = token.strip_prefix('!') {
        if rest.is_empty() {
            return Err(error(crate::tr!("err-query-nothing-after-not")));
        }
        let inner = match term(rest)? {
            Term::Fuzzy(s) => Term::Exact(s),
            other => other,
        };
        return Ok(Term::Not(Box::new(inner)));
    }
    if let Some(rest) = token.strip_prefix('\'') {
        return text_term(rest, Term::Exact, token);
    }
    if let Some(rest) = token.strip_prefix('^') {
        return text_term(rest, Term::TitlePrefix, token);
    }
    if let Some(rest) = token.strip_prefix('#')
        && let Ok(id) = rest.parse()
    {
        return Ok(Term::Id(id));
    }
    if let Some((field, value)) = token.split_once(':')
        && !field.is_empty()
        && field
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '_' || is_cyrillic(c))
    {
        return field_term(field, value).map_err(error);
    }
    Ok(Term::Fuzzy(fold(&clean_line(token))))
}

fn text_term(rest: &str, make: fn(String) -> Term, token: &str) -> Result<Term, QueryError> {
    let text = fold(&clean_line(rest));
    if text.is_empty() {
        return Err(QueryError {
            term: clean_line(token),
            problem: crate::tr!("err-query-nothing-to-match"),
        });
    }
    Ok(make(text))
}

/// The states `is:` selects, by their names in English and in Russian.
const STATES: &[(&str, State)] = &[
    ("archived", State::Archived),
    ("contested", State::Contested),
    ("duplicate", State::Duplicate),
    ("marked", State::Marked),
    ("stale", State::Stale),
    ("архивная", State::Archived),
    ("архив", State::Archived),
    ("спорная", State::Contested),
    ("дубликат", State::Duplicate),
    ("дубль", State::Duplicate),
    ("отмеченная", State::Marked),
    ("отмечена", State::Marked),
    ("застрявшая", State::Stale),
    ("залежалая", State::Stale),
];

/// The term `field:value`, the field named in English or in Russian.
fn field_term(written: &str, value: &str) -> Result<Term, String> {
    // An unknown field is the fault, whatever its value.
    let field = words::field(written)?;
    if value.trim().is_empty() {
        return Err(crate::tr!("err-query-needs-value", field = &fold(written)));
    }
    Ok(match field {
        "sector" => Term::Sector(names(value)?),
        "stage" => Term::Stage(names(value)?),
        "org" => Term::Org(names(value)?),
        "barrier" => Term::Barrier(names(value)?),
        "region" => text_or_none(TextField::Region, value)?,
        "tag" => text_or_none(TextField::Tag, value)?,
        "assignee" if is_me(value) => Term::AssignedToMe,
        "assignee" => text_or_none(TextField::Assignee, value)?,
        "funder" => text_or_none(TextField::Funder, value)?,
        "proposer" => text_or_none(TextField::Proposer, value)?,
        "title" => Term::Text(TextField::Title, texts(value)),
        "created" => Term::Time(TimeField::Created, when(value)?),
        "updated" => Term::Time(TimeField::Updated, when(value)?),
        "score" => Term::Score(values::score(value)?),
        "reviews" => Term::Reviews(compare(value, false)?),
        "reviewer" if is_me(value) => Term::ReviewedByMe,
        "reviewer" => Term::Reviewer(texts(value)),
        "amount" => Term::Amount(compare(value, true)?),
        "id" => Term::Id(
            value
                .trim_start_matches('#')
                .parse()
                .map_err(|_| not_an_id(value))?,
        ),
        "similar" => Term::Similar(
            value
                .trim_start_matches('#')
                .parse()
                .map_err(|_| not_an_id(value))?,
        ),
        "panel" => Term::Panel(reviewer_names(field, value)?),
        "reason" => match texts(value).as_slice() {
            [none] if is_none(none) => Term::Unreasoned,
            values if values.iter().any(|v| is_none(v)) => {
                return Err(crate::tr!(
                    "err-query-none-alone",
                    value = &clean_line(value)
                ));
            }
            values => Term::Reason(values.to_vec()),
        },
        "is" => Term::Is(words::state(value, STATES)?),
        other => return Err(format!("unknown field '{other}'")),
    })
}

/// `'x' is not an idea id`, in the language spoken.
fn not_an_id(value: &str) -> String {
    crate::tr!("err-query-not-an-id", value = &clean_line(value))
}

/// The names of `panel:anna,boris`, each as a reviewer's key (case and
/// spacing aside), `me` and `none` as such.
fn reviewer_names(field: &str, value: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = value
        .split(',')
        .map(crate::domain::assign_conflicts::reviewer_key)
        .filter(|n| !n.is_empty())
        // `я` and `нет` are `me` and `none`, which the search resolves.
        .map(|n| match n.as_str() {
            "я" => "me".to_string(),
            "нет" => "none".to_string(),
            _ => n,
        })
        .collect();
    if names.is_empty() {
        return Err(crate::tr!("err-query-needs-reviewer", field = field));
    }
    Ok(names)
}

/// A text filter, or `none` for an empty field.
fn text_or_none(field: TextField, value: &str) -> Result<Term, String> {
    let values = texts(value);
    if !values.iter().any(|v| is_none(v)) {
        return Ok(Term::Text(field, values));
    }
    if values.len() > 1 {
        return Err(crate::tr!(
            "err-query-none-alone-field",
            value = &clean_line(value)
        ));
    }
    Ok(Term::Unset(field))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_russian;
