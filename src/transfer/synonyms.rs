//! Vocabulary values as people write them: `Экология`, `Environment`,
//! `НКО`, `Non-profit`, `На рассмотрении`. A value is read by its name,
//! its label, a synonym from the config file (`[synonyms.sector]`), a
//! built-in synonym in English or Russian, or a unique prefix of a name,
//! in that order; each compared ignoring case, spaces and punctuation.

use super::columns::header_key;
use crate::domain::{Barrier, Named, OrgKind, Sector, Stage};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Built-in synonyms of each value, by vocabulary.
const SECTOR: &[(Sector, &[&str])] = &[
    (
        Sector::Health,
        &[
            "healthcare",
            "health care",
            "health and social care",
            "social care",
            "medicine",
            "social protection",
            "здравоохранение",
            "здоровье",
            "медицина",
            "социальная защита",
            "социальное обслуживание",
        ],
    ),
    (
        Sector::Education,
        &[
            "learning",
            "schools",
            "образование",
            "просвещение",
            "обучение",
        ],
    ),
    (
        Sector::Disparities,
        &[
            "inequality",
            "inclusion",
            "equality",
            "неравенство",
            "снижение неравенства",
            "инклюзия",
        ],
    ),
    (
        Sector::Employment,
        &[
            "jobs",
            "work",
            "labour",
            "labor",
            "занятость",
            "трудоустройство",
        ],
    ),
    (
        Sector::Ecology,
        &[
            "environment",
            "environmental",
            "climate",
            "nature",
            "экология",
            "окружающая среда",
            "охрана природы",
        ],
    ),
    (Sector::Other, &["другое", "прочее", "иное"]),
    (Sector::Unclassified, &["не указано", "не определено"]),
];

const STAGE: &[(Stage, &[&str])] = &[
    (
        Stage::New,
        &["новая", "новый", "новое", "submitted", "подана"],
    ),
    (
        Stage::Review,
        &[
            "under review",
            "in review",
            "рассмотрение",
            "на рассмотрении",
            "экспертиза",
        ],
    ),
    (Stage::Incubation, &["incubator", "инкубация", "инкубатор"]),
    (Stage::Pilot, &["piloting", "пилот", "пилотный проект"]),
    (Stage::Scaling, &["scale up", "scale-up", "масштабирование"]),
    (
        Stage::Sustainable,
        &["sustained", "устойчивый", "устойчивое"],
    ),
    (
        Stage::Declined,
        &["rejected", "refused", "отклонено", "отклонена", "отказ"],
    ),
];

const ORG_KIND: &[(OrgKind, &[&str])] = &[
    (
        OrgKind::Nonprofit,
        &[
            "non-profit",
            "not for profit",
            "ngo",
            "npo",
            "charity",
            "нко",
            "некоммерческая организация",
            "благотворительная организация",
            "благотворительный фонд",
        ],
    ),
    (
        OrgKind::SocialEnterprise,
        &[
            "social business",
            "социальное предприятие",
            "социальный бизнес",
        ],
    ),
    (
        OrgKind::SmallBusiness,
        &[
            "sme",
            "малый бизнес",
            "мсп",
            "ип",
            "индивидуальный предприниматель",
        ],
    ),
    (
        OrgKind::Company,
        &["corporation", "business", "компания", "корпорация"],
    ),
    (
        OrgKind::Government,
        &[
            "public sector",
            "municipality",
            "state",
            "государство",
            "госорган",
            "государственное учреждение",
            "муниципалитет",
        ],
    ),
    (
        OrgKind::InitiativeGroup,
        &[
            "community group",
            "grassroots",
            "инициативная группа",
            "группа граждан",
        ],
    ),
    (OrgKind::Unknown, &["неизвестно", "не указано"]),
];

const BARRIER: &[(Barrier, &[&str])] = &[
    (
        Barrier::Funding,
        &[
            "money",
            "finance",
            "финансирование",
            "деньги",
            "нехватка средств",
        ],
    ),
    (
        Barrier::Regulation,
        &["legislation", "law", "регулирование", "законодательство"],
    ),
    (
        Barrier::GovernmentSupport,
        &["state support", "господдержка", "поддержка государства"],
    ),
    (
        Barrier::Participation,
        &["engagement", "участие", "вовлечение", "вовлеченность"],
    ),
    (Barrier::Infrastructure, &["инфраструктура"]),
];

/// A vocabulary with built-in synonyms.
pub trait Synonymous: Named {
    /// The config table its synonyms are added in (`sector` for
    /// `[synonyms.sector]`).
    const TABLE: &'static str;
    fn built_in() -> &'static [(Self, &'static [&'static str])];
    fn added(user: &Synonyms) -> &[(String, Self)];
    /// The value whose name, label or built-in synonym has this key.
    fn known(key: &str) -> Option<Self>;
}

/// Each vocabulary's built-in synonyms, keyed once for reading many rows.
macro_rules! synonymous {
    ($ty:ty, $table:literal, $list:ident, $field:ident) => {
        impl Synonymous for $ty {
            const TABLE: &'static str = $table;
            fn built_in() -> &'static [(Self, &'static [&'static str])] {
                $list
            }
            fn added(user: &Synonyms) -> &[(String, Self)] {
                &user.$field
            }
            fn known(key: &str) -> Option<Self> {
                static KEYS: OnceLock<HashMap<String, $ty>> = OnceLock::new();
                KEYS.get_or_init(|| keyed::<$ty>()).get(key).copied()
            }
        }
    };
}

synonymous!(Sector, "sector", SECTOR, sector);
synonymous!(Stage, "stage", STAGE, stage);
synonymous!(OrgKind, "org", ORG_KIND, org);
synonymous!(Barrier, "barrier", BARRIER, barrier);

/// Built-in synonyms by key; names and labels go over them.
fn keyed<T: Synonymous>() -> HashMap<String, T> {
    let mut keys: HashMap<String, T> = T::built_in()
        .iter()
        .flat_map(|(v, names)| names.iter().map(move |n| (header_key(n), *v)))
        .collect();
    for v in T::ALL {
        keys.insert(header_key(v.label()), *v);
        keys.insert(header_key(v.name()), *v);
    }
    keys
}

/// Synonyms added in the config file, compared by [`header_key`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synonyms {
    pub sector: Vec<(String, Sector)>,
    pub stage: Vec<(String, Stage)>,
    pub org: Vec<(String, OrgKind)>,
    pub barrier: Vec<(String, Barrier)>,
}

impl Synonyms {
    /// The tables the config file may have under `[synonyms]`.
    pub const TABLES: [&'static str; 4] = ["sector", "stage", "org", "barrier"];

    /// Adds `text` as a synonym of `value` (a name or prefix) in `table`.
    /// A text that already is a name or label of that vocabulary is
    /// refused: it would change what sprout's own files mean.
    pub fn add(&mut self, table: &str, text: &str, value: &str) -> Result<(), String> {
        fn push<T: Synonymous>(
            list: &mut Vec<(String, T)>,
            text: &str,
            value: &str,
        ) -> Result<(), String> {
            let target = T::parse(value).map_err(|e| crate::i18n::name_error(&e))?;
            let key = header_key(text);
            if key.is_empty() {
                return Err(crate::tr!("err-synonym-no-letters"));
            }
            if let Some(own) = T::ALL
                .iter()
                .find(|v| header_key(v.name()) == key || header_key(v.label()) == key)
            {
                return Err(crate::tr!(
                    "err-synonym-taken",
                    kind = &crate::i18n::kind_word(T::KIND),
                    name = own.name()
                ));
            }
            list.retain(|(k, _)| *k != key);
            list.push((key, target));
            Ok(())
        }
        match table {
            "sector" => push(&mut self.sector, text, value),
            "stage" => push(&mut self.stage, text, value),
            "org" => push(&mut self.org, text, value),
            "barrier" => push(&mut self.barrier, text, value),
            other => Err(crate::tr!(
                "err-synonym-vocabulary",
                name = &crate::domain::text::clean_line(other),
                tables = &Self::TABLES.join(", ")
            )),
        }
    }

    /// Reads a value of vocabulary `T` as people write it.
    pub fn read<T: Synonymous>(&self, input: &str) -> Result<T, String> {
        // sprout's own files hold the names as they are: no work for them.
        if let Some(v) = T::ALL.iter().find(|v| v.name() == input) {
            return Ok(*v);
        }
        let key = header_key(input);
        if !key.is_empty() {
            if let Some(v) = T::ALL
                .iter()
                .find(|v| header_key(v.name()) == key || header_key(v.label()) == key)
            {
                return Ok(*v);
            }
            if let Some((_, v)) = T::added(self).iter().find(|(k, _)| *k == key) {
                return Ok(*v);
            }
            if let Some(v) = T::known(&key) {
                return Ok(v);
            }
        }
        T::parse(input).map_err(|e| crate::i18n::name_error(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `text` with its letters in random case and random spaces and
    /// punctuation between them, as a hand-typed cell might have.
    fn scrambled(text: &str, seed: &[u8]) -> String {
        let mut out = String::new();
        for (i, c) in text.chars().enumerate() {
            let r = seed[i % seed.len()];
            match r % 5 {
                0 => out.extend(c.to_uppercase()),
                1 => out.extend(c.to_lowercase()),
                2 => {
                    out.push(c);
                    out.push(' ');
                }
                3 => {
                    out.push('-');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn every_way<T: Synonymous + PartialEq + std::fmt::Debug>(
        seed: &[u8],
    ) -> Result<(), TestCaseError> {
        let s = Synonyms::default();
        for v in T::ALL {
            let mut texts = vec![v.name(), v.label()];
            texts.extend(
                T::built_in()
                    .iter()
                    .filter(|(w, _)| w == v)
                    .flat_map(|(_, n)| n.iter().copied()),
            );
            for text in texts {
                let typed = scrambled(text, seed);
                prop_assert_eq!(s.read::<T>(&typed), Ok(*v), "{}", typed);
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn every_name_label_and_synonym_reads_back_however_typed(seed in proptest::collection::vec(any::<u8>(), 1..16)) {
            every_way::<Sector>(&seed)?;
            every_way::<Stage>(&seed)?;
            every_way::<OrgKind>(&seed)?;
            every_way::<Barrier>(&seed)?;
        }

        #[test]
        fn any_text_gives_a_value_or_a_one_line_error(text in "\\PC{0,40}") {
            if let Err(e) = Synonyms::default().read::<Sector>(&text) {
                prop_assert!(!e.contains('\n'));
                prop_assert!(!e.chars().any(crate::domain::text::is_forbidden), "{:?}", e);
            }
        }
    }

    #[test]
    fn no_synonym_belongs_to_two_values() {
        fn check<T: Synonymous + PartialEq + std::fmt::Debug>() {
            let mut seen: Vec<(String, T)> = Vec::new();
            for v in T::ALL {
                seen.push((header_key(v.name()), *v));
                seen.push((header_key(v.label()), *v));
            }
            for (v, names) in T::built_in() {
                for n in names.iter() {
                    let k = header_key(n);
                    if let Some((_, other)) = seen.iter().find(|(s, o)| *s == k && o != v) {
                        panic!("'{n}' is both {other:?} and {v:?}");
                    }
                    seen.push((k, *v));
                }
            }
        }
        check::<Sector>();
        check::<Stage>();
        check::<OrgKind>();
        check::<Barrier>();
    }

    #[test]
    fn values_are_read_in_english_and_russian() {
        let s = Synonyms::default();
        for (text, want) in [
            ("Здравоохранение", Sector::Health),
            ("Социальная защита", Sector::Health),
            ("Образование", Sector::Education),
            ("Экология", Sector::Ecology),
            ("Environment", Sector::Ecology),
            ("ecology", Sector::Ecology),
            ("eco", Sector::Ecology),
            ("Health & social care", Sector::Health),
            ("  ЭКОЛОГИЯ ", Sector::Ecology),
        ] {
            assert_eq!(s.read::<Sector>(text), Ok(want), "{text}");
        }
        for text in [
            "НКО",
            "NGO",
            "Non-profit",
            "nonprofit",
            "Некоммерческая организация",
        ] {
            assert_eq!(s.read::<OrgKind>(text), Ok(OrgKind::Nonprofit), "{text}");
        }
        assert_eq!(
            s.read::<OrgKind>("Social enterprise"),
            Ok(OrgKind::SocialEnterprise)
        );
        assert_eq!(s.read::<Stage>("На рассмотрении"), Ok(Stage::Review));
        assert_eq!(s.read::<Stage>("Rejected"), Ok(Stage::Declined));
        assert_eq!(s.read::<Barrier>("Финансирование"), Ok(Barrier::Funding));
        assert_eq!(
            s.read::<Barrier>("Government support"),
            Ok(Barrier::GovernmentSupport)
        );
        let e = s.read::<Sector>("космос").unwrap_err();
        assert!(
            e.starts_with("unknown sector 'космос' (valid: health,"),
            "{e}"
        );
    }

    #[test]
    fn synonyms_from_the_config_come_before_the_built_in_ones() {
        let mut s = Synonyms::default();
        s.add("sector", "Социальная защита", "disparities").unwrap();
        s.add("sector", "Спорт", "other").unwrap();
        s.add("org", "АНО", "nonprofit").unwrap();
        assert_eq!(
            s.read::<Sector>("социальная  защита"),
            Ok(Sector::Disparities)
        );
        assert_eq!(s.read::<Sector>("спорт"), Ok(Sector::Other));
        assert_eq!(s.read::<OrgKind>("ано"), Ok(OrgKind::Nonprofit));
        assert_eq!(
            s.add("sector", "Health", "education").unwrap_err(),
            "is already the sector 'health'"
        );
        assert!(
            s.add("sector", "x", "space")
                .unwrap_err()
                .contains("unknown sector")
        );
        assert!(
            s.add("colour", "x", "red")
                .unwrap_err()
                .contains("synonyms can be given for")
        );
    }
}
