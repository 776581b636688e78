//! The names a query is written with, in English and in Russian (issue
//! 20): fields (`sector`, `сектор`), the values of the closed vocabularies
//! (`education`, `образование`) and states (`contested`, `спорная`). Both
//! languages are read whatever language the interface speaks, so a saved
//! view or a pasted query means the same to everyone; each is matched by
//! its whole name or any unique prefix, ignoring case (`Стадия:Пил`).
//!
//! The Russian names are the query language's own vocabulary, kept here
//! and not read from the messages: the query must not change meaning when
//! a label is reworded. A test (tests/query_russian.rs) checks that the
//! first word of every Russian label is one of them, so the two do not
//! drift apart.

use crate::domain::text::{clean_line, fold};
use crate::domain::{NameError, Named};

/// The English fields `field:value` knows, for error messages and
/// completion; each term is built from one of these.
pub const FIELDS: &[&str] = &[
    "sector", "stage", "org", "barrier", "region", "tag", "assignee", "funder", "proposer",
    "title", "score", "amount", "created", "updated", "id", "is", "similar", "panel", "reviewer",
    "reviews", "reason",
];

/// Other English spellings of fields, and the field each means.
const ENGLISH_ALIASES: &[(&str, &str)] = &[
    ("org_kind", "org"),
    ("organisation", "org"),
    ("organization", "org"),
    ("barriers", "barrier"),
    ("tags", "tag"),
];

/// The Russian names of the fields, each with the English field it means,
/// the words an officer would type (`этап` beside `стадия`, `метка` beside
/// `тег`). `это:спорная` is `is:contested`: "it is contested"; a Russian
/// `статус:` would take `ст:` away from `стадия`.
pub const RUSSIAN_FIELDS: &[(&str, &str)] = &[
    ("сектор", "sector"),
    ("стадия", "stage"),
    ("этап", "stage"),
    ("организация", "org"),
    ("тип", "org"),
    ("барьер", "barrier"),
    ("барьеры", "barrier"),
    ("регион", "region"),
    ("тег", "tag"),
    ("теги", "tag"),
    ("метка", "tag"),
    ("метки", "tag"),
    ("ответственный", "assignee"),
    ("фонд", "funder"),
    ("заявитель", "proposer"),
    ("название", "title"),
    ("оценка", "score"),
    ("сумма", "amount"),
    ("создана", "created"),
    ("дата", "created"),
    ("обновлена", "updated"),
    ("номер", "id"),
    ("это", "is"),
    ("похожие", "similar"),
    ("панель", "panel"),
    ("рецензент", "reviewer"),
    ("эксперт", "reviewer"),
    ("отзывы", "reviews"),
    ("рецензии", "reviews"),
    ("причина", "reason"),
];

/// The Russian names of each vocabulary's values: (kind, machine name,
/// names). The first name is the Russian label's first word, lower case
/// with `ё` as `е`, or the whole label when that word alone says little
/// (`без-сектора`: its words joined by `-`, as the English names are);
/// the others are the whole label and words an officer might type.
const RUSSIAN_VALUES: &[(&str, &str, &[&str])] = &[
    (
        "sector",
        "health",
        &[
            "здравоохранение",
            "здравоохранение-и-соцзащита",
            "здоровье",
            "соцзащита",
        ],
    ),
    ("sector", "education", &["образование"]),
    (
        "sector",
        "disparities",
        &["снижение-неравенства", "неравенство"],
    ),
    ("sector", "employment", &["занятость", "трудоустройство"]),
    ("sector", "ecology", &["экология"]),
    ("sector", "other", &["другое"]),
    ("sector", "unclassified", &["без-сектора"]),
    ("stage", "new", &["новая"]),
    ("stage", "review", &["рассмотрение"]),
    ("stage", "incubation", &["инкубация"]),
    ("stage", "pilot", &["пилот"]),
    ("stage", "scaling", &["масштабирование"]),
    ("stage", "sustainable", &["устойчивая"]),
    ("stage", "declined", &["отклонена", "отказ"]),
    ("organisation kind", "nonprofit", &["нко"]),
    (
        "organisation kind",
        "social-enterprise",
        &["социальное-предприятие"],
    ),
    ("organisation kind", "small-business", &["малый-бизнес"]),
    ("organisation kind", "company", &["компания"]),
    ("organisation kind", "government", &["госорган"]),
    (
        "organisation kind",
        "initiative-group",
        &["инициативная-группа"],
    ),
    ("organisation kind", "unknown", &["не-указано"]),
    ("barrier", "funding", &["финансирование"]),
    ("barrier", "regulation", &["регулирование"]),
    ("barrier", "government-support", &["господдержка"]),
    ("barrier", "participation", &["вовлеченность"]),
    ("barrier", "infrastructure", &["инфраструктура"]),
];

/// The Russian names of `value`, as the query reads them.
pub fn russian_names<T: Named>(value: T) -> &'static [&'static str] {
    RUSSIAN_VALUES
        .iter()
        .find(|(kind, name, _)| *kind == T::KIND && *name == value.name())
        .map_or(&[], |(_, _, names)| names)
}

/// What a name given in a query matched.
enum Lookup<V> {
    Found(V),
    /// A prefix of names of different things: those names.
    Ambiguous(Vec<&'static str>),
    Unknown,
}

/// `wanted` (folded) among `names`: a whole name, else the one thing every
/// name it starts means.
fn lookup<V: Copy + PartialEq>(wanted: &str, names: &[(&'static str, V)]) -> Lookup<V> {
    if let Some((_, v)) = names.iter().find(|(n, _)| *n == wanted) {
        return Lookup::Found(*v);
    }
    let hits: Vec<&(&str, V)> = names
        .iter()
        .filter(|(n, _)| n.starts_with(wanted))
        .collect();
    match hits.first() {
        None => Lookup::Unknown,
        Some((_, v)) if hits.iter().all(|(_, w)| w == v) => Lookup::Found(*v),
        // One name for each thing it could be, the first that matched.
        Some(_) => {
            let mut seen: Vec<V> = Vec::new();
            let mut names = Vec::new();
            for (n, v) in hits {
                if !seen.contains(v) {
                    seen.push(*v);
                    names.push(*n);
                }
            }
            Lookup::Ambiguous(names)
        }
    }
}

/// Whether a name is written in Cyrillic, so that the names offered in an
/// error are the Russian ones.
fn cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic)
}

pub(super) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// Every name of a field, English then Russian, with the field it means.
fn field_names() -> Vec<(&'static str, &'static str)> {
    FIELDS
        .iter()
        .map(|f| (*f, *f))
        .chain(ENGLISH_ALIASES.iter().copied())
        .chain(RUSSIAN_FIELDS.iter().copied())
        .collect()
}

/// The English field a `name:` means, in either language, by its whole
/// name or a unique prefix; the error says why not.
pub fn field(name: &str) -> Result<&'static str, String> {
    let wanted = fold(name);
    match lookup(&wanted, &field_names()) {
        Lookup::Found(f) => Ok(f),
        Lookup::Ambiguous(names) => Err(crate::tr!(
            "err-query-ambiguous-field",
            field = &clean_line(name),
            fields = &names.join(", ")
        )),
        Lookup::Unknown => {
            let fields: Vec<&str> = if cyrillic(name) {
                let mut out: Vec<&str> = Vec::new();
                for (n, _) in RUSSIAN_FIELDS {
                    if !out.contains(n) {
                        out.push(n);
                    }
                }
                out
            } else {
                FIELDS.to_vec()
            };
            Err(crate::tr!(
                "err-query-unknown-field",
                field = &clean_line(name),
                fields = &fields.join(", ")
            ))
        }
    }
}

/// The field a `name:` prefix means (case-insensitive, with aliases and
/// Russian names); `None` for an unknown or ambiguous name.
pub fn canonical_field(name: &str) -> Option<&'static str> {
    field(name).ok()
}

/// A value of a vocabulary in either language, by its whole name or a
/// unique prefix, ignoring case (`пил`, `Pilot`); spaces may stand for the
/// `-` of a name of several words (`"малый бизнес"`).
pub fn vocabulary_value<T: Named + PartialEq>(input: &str) -> Result<T, NameError> {
    let wanted = fold(input.trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-");
    let names: Vec<(&'static str, T)> = T::ALL
        .iter()
        .map(|v| (v.name(), *v))
        .chain(
            T::ALL
                .iter()
                .flat_map(|v| russian_names(*v).iter().map(move |n| (*n, *v))),
        )
        .collect();
    let error = |problem: &'static str, valid: Vec<&str>| NameError {
        kind: T::KIND,
        input: clean_line(input),
        problem,
        valid: valid.join(", "),
    };
    let all = || -> Vec<&str> {
        if cyrillic(input) {
            T::ALL
                .iter()
                .filter_map(|v| russian_names(*v).first().copied())
                .collect()
        } else {
            T::ALL.iter().map(|v| v.name()).collect()
        }
    };
    if wanted.is_empty() {
        return Err(error("empty", all()));
    }
    match lookup(&wanted, &names) {
        Lookup::Found(v) => Ok(v),
        Lookup::Ambiguous(names) => Err(error("ambiguous", names)),
        Lookup::Unknown => Err(error("unknown", all())),
    }
}

/// A state `is:` selects, by its names in either language.
pub(super) fn state<S: Copy + PartialEq>(
    input: &str,
    states: &[(&'static str, S)],
) -> Result<S, String> {
    let wanted = fold(input.trim());
    let valid = |russian: bool| -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut seen: Vec<S> = Vec::new();
        for (n, s) in states {
            if cyrillic(n) == russian && !seen.contains(s) {
                seen.push(*s);
                out.push(n);
            }
        }
        out
    };
    if !wanted.is_empty()
        && let Lookup::Found(s) = lookup(&wanted, states)
    {
        return Ok(s);
    }
    Err(crate::tr!(
        "err-query-unknown-state",
        value = &clean_line(input),
        valid = &valid(cyrillic(input)).join(", ")
    ))
}

/// `me` in either language: whoever runs the query.
pub(super) fn is_me(value: &str) -> bool {
    matches!(fold(value.trim()).as_str(), "me" | "я")
}

/// `none` in either language, folded: the field is empty.
pub(super) fn is_none(folded: &str) -> bool {
    matches!(folded, "none" | "нет")
}
