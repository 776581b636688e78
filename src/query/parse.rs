//! The query language of SPEC §4: terms separated by spaces, all of which
//! must hold.

use crate::domain::text::{clean_line, fold};
use crate::domain::{Barrier, Named, OrgKind, Sector, Stage};
use std::fmt;

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
    Score(Compare),
    Amount(Compare),
    /// `created:>=2026-11-01`, `updated:>7d`.
    Time(TimeField, When),
    Id(u64),
    Is(State),
}

/// A time every idea has, that `created:` and `updated:` compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeField {
    Created,
    Updated,
}

/// What a time is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// A calendar day in UTC, as days since 1970-01-01: `>=2026-11-01` is
    /// that day or later, `>2026-11-01` after it, `2026-11-01` during it.
    Day(Op, i64),
    /// An age in seconds: `<30d` is younger than 30 days, `>7d` older than
    /// 7 days, `7d` seven whole days old.
    Age(Op, i64),
}

const DAY: i64 = 86_400;

impl When {
    /// Whether time `t` holds, measured at `now`.
    pub fn holds(self, t: crate::domain::Timestamp, now: crate::domain::Timestamp) -> bool {
        match self {
            When::Day(op, day) => op.holds_for(t.0.div_euclid(DAY), day),
            When::Age(Op::Eq, age) => (now.0 - t.0).div_euclid(DAY) == age / DAY,
            When::Age(op, age) => op.holds_for(now.0 - t.0, age),
        }
    }
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
}

/// A comparison such as `>=4`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Compare {
    pub op: Op,
    pub value: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    Lt,
    Le,
    Eq,
    Ge,
    Gt,
}

impl Compare {
    pub fn holds(self, v: u64) -> bool {
        self.op.holds_for(v, self.value)
    }
}

impl Op {
    /// Whether `v` compares so with `value`.
    pub fn holds_for<T: Ord>(self, v: T, value: T) -> bool {
        match self {
            Op::Lt => v < value,
            Op::Le => v <= value,
            Op::Eq => v == value,
            Op::Ge => v >= value,
            Op::Gt => v > value,
        }
    }
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
            format!("the query {}", self.problem)
        } else {
            format!("in query term '{}': {}", self.term, self.problem)
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

/// The fields `field:value` knows, for error messages and completion.
pub const FIELDS: &[&str] = &[
    "sector", "stage", "org", "barrier", "region", "tag", "assignee", "funder", "proposer",
    "title", "score", "amount", "created", "updated", "id", "is",
];

impl Query {
    /// Parses a query; an empty string is the empty query (everything).
    pub fn parse(input: &str) -> Result<Query, QueryError> {
        let input = input.trim();
        let chars = input.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(QueryError::whole(format!(
                "is {} characters long; at most {} are allowed",
                thousands(chars),
                thousands(MAX_QUERY_CHARS)
            )));
        }
        let tokens = tokens(input)?;
        if tokens.len() > MAX_TERMS {
            return Err(QueryError::whole(format!(
                "has {} terms; at most {MAX_TERMS} are allowed",
                thousands(tokens.len())
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
            problem: "a quote is not closed".into(),
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
            return Err(error("nothing follows '!'".into()));
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
        && field.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
    {
        return field_term(&field.to_ascii_lowercase(), value).map_err(error);
    }
    Ok(Term::Fuzzy(fold(&clean_line(token))))
}

fn text_term(rest: &str, make: fn(String) -> Term, token: &str) -> Result<Term, QueryError> {
    let text = fold(&clean_line(rest));
    if text.is_empty() {
        return Err(QueryError {
            term: clean_line(token),
            problem: "nothing to match follows".into(),
        });
    }
    Ok(make(text))
}

fn field_term(field: &str, value: &str) -> Result<Term, String> {
    if value.trim().is_empty() {
        return Err(format!("{field}: needs a value"));
    }
    let Some(field) = canonical_field(field) else {
        return Err(format!(
            "unknown field '{}' (fields: {})",
            clean_line(field),
            FIELDS.join(", ")
        ));
    };
    Ok(match field {
        "sector" => Term::Sector(names(value)?),
        "stage" => Term::Stage(names(value)?),
        "org" => Term::Org(names(value)?),
        "barrier" => Term::Barrier(names(value)?),
        "region" => text_or_none(TextField::Region, value)?,
        "tag" => text_or_none(TextField::Tag, value)?,
        "assignee" => text_or_none(TextField::Assignee, value)?,
        "funder" => text_or_none(TextField::Funder, value)?,
        "proposer" => text_or_none(TextField::Proposer, value)?,
        "title" => Term::Text(TextField::Title, texts(value)),
        "created" => Term::Time(TimeField::Created, when(value)?),
        "updated" => Term::Time(TimeField::Updated, when(value)?),
        "score" => {
            let c = compare(value, false)?;
            if c.value > 5 {
                return Err(format!("score is 1 to 5, not {}", c.value));
            }
            Term::Score(c)
        }
        "amount" => Term::Amount(compare(value, true)?),
        "id" => Term::Id(
            value
                .trim_start_matches('#')
                .parse()
                .map_err(|_| format!("'{}' is not an idea id", clean_line(value)))?,
        ),
        "is" => match value.to_lowercase().as_str() {
            v if !v.is_empty() && "archived".starts_with(v) => Term::Is(State::Archived),
            v if !v.is_empty() && "marked".starts_with(v) => Term::Is(State::Marked),
            v if !v.is_empty() && "stale".starts_with(v) => Term::Is(State::Stale),
            _ => {
                return Err(format!(
                    "unknown state '{}' (valid: archived, marked, stale)",
                    clean_line(value)
                ));
            }
        },
        other => return Err(format!("unknown field '{other}'")),
    })
}

/// The field a `name:` prefix means (case-insensitive, with aliases).
pub fn canonical_field(name: &str) -> Option<&'static str> {
    let name = name.to_ascii_lowercase();
    Some(match name.as_str() {
        "org_kind" | "organisation" | "organization" => "org",
        "barriers" => "barrier",
        "tags" => "tag",
        other => FIELDS.iter().find(|f| **f == other)?,
    })
}

/// A text filter, or `none` for an empty field.
fn text_or_none(field: TextField, value: &str) -> Result<Term, String> {
    let values = texts(value);
    if !values.iter().any(|v| v == "none") {
        return Ok(Term::Text(field, values));
    }
    if values.len() > 1 {
        return Err(format!(
            "'none' stands alone (for ideas without one); '{}' lists more",
            clean_line(value)
        ));
    }
    Ok(Term::Unset(field))
}

/// `>=2026-11-01`, `<30d`, `>2w`: a day or an age, compared.
fn when(value: &str) -> Result<When, String> {
    let bad = || {
        format!(
            "'{}' is not a date such as >=2026-11-01 or an age such as <30d",
            clean_line(value)
        )
    };
    let (op, rest) = operator(value.trim());
    let rest = rest.trim();
    let age = |unit: &str, seconds: i64| {
        rest.strip_suffix(unit)
            .and_then(|n| n.trim().parse::<i64>().ok())
            .and_then(|n| n.checked_mul(seconds))
    };
    if let Some(age) = age("d", DAY).or_else(|| age("w", 7 * DAY)) {
        return Ok(When::Age(op, age));
    }
    let day = chrono::NaiveDate::parse_from_str(rest, "%Y-%m-%d").map_err(|_| bad())?;
    Ok(When::Day(
        op,
        day.and_hms_opt(0, 0, 0)
            .ok_or_else(bad)?
            .and_utc()
            .timestamp()
            .div_euclid(DAY),
    ))
}

/// A comma-separated list of texts, folded: any of them matches.
fn texts(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|v| fold(&clean_line(v)))
        .filter(|v| !v.is_empty())
        .collect()
}

/// A comma-separated list of vocabulary names: any of them matches.
fn names<T: Named>(value: &str) -> Result<Vec<T>, String> {
    value
        .split(',')
        .filter(|v| !v.trim().is_empty())
        .map(|v| T::parse(v).map_err(|e| e.to_string()))
        .collect()
}

/// The comparison a value starts with (`=` when none), and the rest.
fn operator(v: &str) -> (Op, &str) {
    [
        (">=", Op::Ge),
        ("<=", Op::Le),
        (">", Op::Gt),
        ("<", Op::Lt),
        ("=", Op::Eq),
    ]
    .iter()
    .find_map(|(p, op)| v.strip_prefix(p).map(|r| (*op, r)))
    .unwrap_or((Op::Eq, v))
}

fn compare(value: &str, money: bool) -> Result<Compare, String> {
    let (op, rest) = operator(value.trim());
    let bad = || {
        format!(
            "'{}' is not a comparison such as >=4 or <500000",
            clean_line(value)
        )
    };
    // Amounts are read as everywhere else (`500k`, `1.5M`, `1,500,000`).
    let value = if money {
        crate::domain::amount::parse_amount(rest).map_err(|e| format!("{e} to compare with"))?
    } else {
        rest.trim().parse().map_err(|_| bad())?
    };
    Ok(Compare { op, value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(q: &str) -> Term {
        let mut t = Query::parse(q).unwrap().terms;
        assert_eq!(t.len(), 1, "{q}");
        t.remove(0)
    }

    #[test]
    fn plain_exact_prefix_and_negated_terms() {
        assert_eq!(one("Вода"), Term::Fuzzy("вода".into()));
        assert_eq!(one("'Ёлка"), Term::Exact("елка".into()));
        assert_eq!(one("^Clean"), Term::TitlePrefix("clean".into()));
        assert_eq!(
            one("!pilot"),
            Term::Not(Box::new(Term::Exact("pilot".into())))
        );
        assert_eq!(
            one("!sector:health"),
            Term::Not(Box::new(Term::Sector(vec![Sector::Health])))
        );
        assert_eq!(one("#42"), Term::Id(42));
    }

    #[test]
    fn field_filters_with_prefixes_lists_and_quotes() {
        assert_eq!(one("sector:edu"), Term::Sector(vec![Sector::Education]));
        assert_eq!(
            one("stage:pilot,inc"),
            Term::Stage(vec![Stage::Pilot, Stage::Incubation])
        );
        assert_eq!(one("org:nonprofit"), Term::Org(vec![OrgKind::Nonprofit]));
        assert_eq!(one("barrier:fund"), Term::Barrier(vec![Barrier::Funding]));
        assert_eq!(
            one("funder:\"Our Future\""),
            Term::Text(TextField::Funder, vec!["our future".into()])
        );
        assert_eq!(
            one("REGION:Kazan"),
            Term::Text(TextField::Region, vec!["kazan".into()])
        );
        assert_eq!(one("is:archived"), Term::Is(State::Archived));
        assert_eq!(
            one("region:\"Perm Krai\",Kazan"),
            Term::Text(TextField::Region, vec!["perm krai".into(), "kazan".into()])
        );
        assert!(Query::parse("is:archived").unwrap().mentions_archived());
        assert!(!Query::parse("water").unwrap().mentions_archived());
    }

    #[test]
    fn comparisons() {
        assert_eq!(
            one("score:>=4"),
            Term::Score(Compare {
                op: Op::Ge,
                value: 4
            })
        );
        assert_eq!(
            one("score:3"),
            Term::Score(Compare {
                op: Op::Eq,
                value: 3
            })
        );
        assert_eq!(
            one("amount:<500000"),
            Term::Amount(Compare {
                op: Op::Lt,
                value: 500_000
            })
        );
        assert_eq!(
            one("amount:>2m"),
            Term::Amount(Compare {
                op: Op::Gt,
                value: 2_000_000
            })
        );
        // The same amounts as `add --amount` and the form take.
        for (q, value) in [
            ("amount:>=1.5M", 1_500_000),
            ("amount:<1,500,000", 1_500_000),
            ("amount:\"<=1 500 000 ₽\"", 1_500_000),
            ("amount:300к", 300_000),
        ] {
            let Term::Amount(c) = one(q) else {
                panic!("{q}")
            };
            assert_eq!(c.value, value, "{q}");
        }
        assert!(Query::parse("amount:<1.2345k").is_err());
        assert!(
            Compare {
                op: Op::Le,
                value: 3
            }
            .holds(3)
        );
        assert!(
            !Compare {
                op: Op::Lt,
                value: 3
            }
            .holds(3)
        );
    }

    #[test]
    fn errors_name_the_term() {
        let e = Query::parse("water colour:red").unwrap_err();
        assert_eq!(e.term, "colour:red");
        assert!(
            e.problem.starts_with("unknown field 'colour'"),
            "{}",
            e.problem
        );
        let e = Query::parse("stage:s").unwrap_err();
        assert!(e.to_string().contains("ambiguous stage 's'"), "{e}");
        assert_eq!(
            Query::parse("sector:e").unwrap_err().to_string(),
            "in query term 'sector:e': ambiguous sector 'e' (it could be: education, employment, ecology)"
        );
        let e = Query::parse("score:>=9").unwrap_err();
        assert_eq!(e.term, "score:>=9");
        assert!(Query::parse("score:lots").is_err());
        assert!(Query::parse("sector:").is_err());
        assert!(Query::parse("!").is_err());
        assert!(Query::parse("funder:\"open").is_err());
        assert!(Query::parse("is:sleeping").is_err());
    }

    #[test]
    fn dates_ages_and_absence() {
        let day = |d: &str| crate::domain::Timestamp::parse(d).unwrap().0 / 86_400;
        assert_eq!(
            one("created:>=2026-11-01"),
            Term::Time(TimeField::Created, When::Day(Op::Ge, day("2026-11-01")))
        );
        assert_eq!(
            one("created:<30d"),
            Term::Time(TimeField::Created, When::Age(Op::Lt, 30 * 86_400))
        );
        assert_eq!(
            one("updated:>2w"),
            Term::Time(TimeField::Updated, When::Age(Op::Gt, 14 * 86_400))
        );
        assert_eq!(one("assignee:none"), Term::Unset(TextField::Assignee));
        assert_eq!(one("tag:None"), Term::Unset(TextField::Tag));
        assert_eq!(
            one("!assignee:anna"),
            Term::Not(Box::new(Term::Text(
                TextField::Assignee,
                vec!["anna".into()]
            )))
        );
        for bad in [
            "created:yesterday",
            "created:>=2026-13-01",
            "updated:>7x",
            "created:d",
        ] {
            let e = Query::parse(bad).unwrap_err();
            assert!(e.problem.contains("such as >=2026-11-01"), "{bad}: {e}");
        }
        assert!(Query::parse("assignee:none,anna").is_err());
        // At noon on 2026-11-26, an idea made at 08:00 on 2026-11-01.
        let now = crate::domain::Timestamp::parse("2026-11-26T12:00:00Z").unwrap();
        let made = crate::domain::Timestamp::parse("2026-11-01T08:00:00Z").unwrap();
        let holds = |q: &str| {
            let Term::Time(_, w) = one(q) else {
                panic!("{q}")
            };
            w.holds(made, now)
        };
        assert!(holds("created:>=2026-11-01") && holds("created:2026-11-01"));
        assert!(!holds("created:>2026-11-01") && holds("created:<=2026-11-01"));
        assert!(holds("created:<30d") && !holds("created:<25d"));
        assert!(holds("created:>25d") && holds("created:25d") && !holds("created:24d"));
    }

    #[test]
    fn a_query_is_bounded_in_length_and_terms() {
        let long = "ab ".repeat(361) + "zzzz";
        let e = Query::parse(&long).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the query is 1,087 characters long; at most 1,000 are allowed"
        );
        let many = "a ".repeat(101);
        let e = Query::parse(&many).unwrap_err();
        assert_eq!(
            e.to_string(),
            "the query has 101 terms; at most 100 are allowed"
        );
        assert_eq!(Query::parse(&"a ".repeat(100)).unwrap().terms.len(), 100);
        let padded = format!("{}water{}", " ".repeat(600), " ".repeat(600));
        assert_eq!(
            Query::parse(&padded).unwrap().terms.len(),
            1,
            "ends trimmed"
        );
        assert!(Query::parse(&"x".repeat(1_000)).is_ok());
        assert!(
            Query::parse(&"ж".repeat(1_001)).is_err(),
            "characters, not bytes"
        );
    }

    #[test]
    fn words_with_colons_that_are_not_fields_stay_fuzzy() {
        assert_eq!(one("10:30"), Term::Fuzzy("10:30".into()));
        assert!(Query::parse("").unwrap().is_empty());
        assert_eq!(Query::parse("  a   b ").unwrap().terms.len(), 2);
    }
}
