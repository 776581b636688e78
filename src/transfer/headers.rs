//! The names a column's header (or a JSON key) is recognised by, in
//! English and Russian, compared ignoring case, spaces and punctuation.

use crate::domain::text::fold_char;
use std::collections::HashMap;

/// A header or field name as compared: folded to lower case (`ё` as `е`),
/// letters and digits only, so `Project-Name:` and `project name` are one.
pub fn header_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .map(fold_char)
        .collect()
}

/// The names a header is recognised by, for each field. 360Giving's
/// columns are here too; its `Identifier` is not a sprout id (it is text),
/// so it is not taken as `id`.
const HEADERS: &[(&str, &[&str])] = &[
    ("id", &["id", "idea id", "sprout id"]),
    (
        "title",
        &[
            "title",
            "name",
            "project",
            "project name",
            "project title",
            "idea",
            "idea title",
            "название",
            "название проекта",
            "наименование",
            "наименование проекта",
            "проект",
        ],
    ),
    (
        "summary",
        &[
            "summary",
            "description",
            "abstract",
            "project description",
            "short description",
            "описание",
            "описание проекта",
            "аннотация",
            "краткое описание",
            "резюме",
        ],
    ),
    (
        "proposer",
        &[
            "proposer",
            "applicant",
            "organisation",
            "organization",
            "organisation name",
            "organization name",
            "recipient org:name",
            "заявитель",
            "организация",
            "наименование организации",
        ],
    ),
    (
        "org_kind",
        &[
            "org_kind",
            "org",
            "org kind",
            "organisation kind",
            "organization kind",
            "organisation type",
            "organization type",
            "org type",
            "тип организации",
            "форма организации",
            "организационно-правовая форма",
            "опф",
        ],
    ),
    (
        "region",
        &[
            "region",
            "location",
            "beneficiary location:name",
            "регион",
            "субъект рф",
            "субъект",
        ],
    ),
    ("sector", &["sector", "area", "направление", "сфера"]),
    ("stage", &["stage", "стадия", "этап"]),
    (
        "barriers",
        &["barriers", "barrier", "барьеры", "препятствия"],
    ),
    (
        "funder",
        &[
            "funder",
            "funding org:name",
            "funding organisation",
            "funding organization",
            "donor",
            "грантодатель",
        ],
    ),
    (
        "amount",
        &[
            "amount",
            "amount requested",
            "requested",
            "requested amount",
            "amount applied for",
            "сумма",
            "запрашиваемая сумма",
        ],
    ),
    (
        "tags",
        &["tags", "tag", "keywords", "теги", "метки", "ключевые слова"],
    ),
    ("score", &["score", "rating", "оценка", "балл"]),
    ("assignee", &["assignee", "reviewer", "ответственный"]),
    ("notes", &["notes", "заметки"]),
    ("history", &["history", "история"]),
    (
        "created",
        &[
            "created",
            "date",
            "timestamp",
            "submitted",
            "submission date",
            "date submitted",
            "award date",
            "дата",
            "дата подачи",
            "дата заявки",
            "отметка времени",
        ],
    ),
    (
        "updated",
        &["updated", "last modified", "изменено", "дата изменения"],
    ),
    ("archived", &["archived", "в архиве", "архив"]),
    (
        "email",
        &[
            "email",
            "e-mail",
            "email address",
            "contact email",
            "электронная почта",
            "эл почта",
            "почта",
        ],
    ),
    (
        "phone",
        &[
            "phone",
            "telephone",
            "phone number",
            "contact phone",
            "телефон",
        ],
    ),
    (
        "website",
        &["website", "web site", "site", "url", "сайт", "веб-сайт"],
    ),
    ("source_id", &["source_id", "source id"]),
    ("duplicate_of", &["duplicate_of", "duplicate of"]),
    ("not_duplicates", &["not_duplicates", "not duplicates"]),
    (
        "reviewers",
        &["reviewers", "panel", "рецензенты", "эксперты"],
    ),
    (
        "reason",
        &["reason", "decision reason", "причина", "причина решения"],
    ),
];

/// The field a header names, by the names above. A header that does not
/// match as a whole is tried once more without its bracketed parts, so
/// `Amount requested (RUB)` is the amount.
pub fn recognise(header: &str) -> Option<&'static str> {
    // Keyed once: a large JSON file asks for every key of every record.
    static BY_KEY: std::sync::OnceLock<HashMap<String, &'static str>> = std::sync::OnceLock::new();
    let keys = BY_KEY.get_or_init(|| {
        HEADERS
            .iter()
            .flat_map(|(field, names)| names.iter().map(|n| (header_key(n), *field)))
            .collect()
    });
    let by_key = |key: &str| keys.get(key).copied();
    by_key(&header_key(header)).or_else(|| {
        let bare = without_brackets(header);
        (bare.len() < header.len())
            .then(|| by_key(&header_key(&bare)))
            .flatten()
    })
}

fn without_brackets(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| match c {
            '(' | '[' => {
                depth += 1;
                false
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::cells::COLUMNS;

    #[test]
    fn headers_are_recognised_in_english_and_russian_ignoring_case_and_punctuation() {
        for (header, field) in [
            ("Project name", "title"),
            ("PROJECT-NAME", "title"),
            ("Название проекта", "title"),
            ("наименование", "title"),
            ("Краткое описание", "summary"),
            ("Abstract", "summary"),
            ("Субъект РФ", "region"),
            ("Заявитель", "proposer"),
            ("Recipient Org:Name", "proposer"),
            ("Beneficiary Location:Name", "region"),
            ("Funding Org:Name", "funder"),
            ("Amount Applied For", "amount"),
            ("Запрашиваемая сумма", "amount"),
            ("Amount requested (RUB)", "amount"),
            ("Сфера", "sector"),
            ("Timestamp", "created"),
            ("Дата подачи", "created"),
            ("Award Date", "created"),
            ("Org kind", "org_kind"),
            ("Tags", "tags"),
        ] {
            assert_eq!(recognise(header), Some(field), "{header}");
        }
        assert_eq!(recognise("Identifier"), None);
        assert_eq!(recognise("Email Address"), Some("email"));
        assert_eq!(recognise("Телефон"), Some("phone"));
        assert_eq!(recognise("colour"), None);
    }

    #[test]
    fn every_field_has_its_own_name_and_no_header_names_two() {
        let mut seen: Vec<(String, &str)> = Vec::new();
        for (field, names) in HEADERS {
            assert!(COLUMNS.contains(field), "{field}");
            assert!(
                names.iter().any(|n| n == field),
                "{field} lacks its own name"
            );
            for n in names.iter() {
                let k = header_key(n);
                if let Some((_, other)) = seen.iter().find(|(s, o)| *s == k && o != field) {
                    panic!("'{n}' names both {other} and {field}");
                }
                seen.push((k, field));
            }
        }
        assert_eq!(
            HEADERS.len(),
            COLUMNS.len(),
            "every field can be recognised"
        );
    }
}
