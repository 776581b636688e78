//! The closed vocabularies of SPEC §1 (sectors, stages, organisation kinds,
//! barriers) and the one rule for parsing them: case-insensitive, by full
//! name or unique prefix, with an error that lists the valid names.

use std::fmt;

/// A value of one of the closed vocabularies.
pub trait Named: Sized + Copy + 'static {
    /// What the vocabulary is called in error messages ("sector").
    const KIND: &'static str;
    /// Every value, in display order.
    const ALL: &'static [Self];
    /// The machine name used on the command line, in queries, CSV and JSON.
    fn name(self) -> &'static str;
    /// The human label shown in the UI and tables.
    fn label(self) -> &'static str;

    /// Parses a full name or a unique prefix, case-insensitively.
    fn parse(input: &str) -> Result<Self, NameError> {
        parse_named(input)
    }
}

/// An unknown or ambiguous vocabulary value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem} {kind} '{input}' ({}: {valid})", if *problem == "ambiguous" { "it could be" } else { "valid" })]
pub struct NameError {
    pub kind: &'static str,
    pub input: String,
    pub problem: &'static str,
    /// The valid names; for an ambiguous prefix, only those it starts.
    pub valid: String,
}

fn parse_named<T: Named>(input: &str) -> Result<T, NameError> {
    let wanted = input.trim().to_lowercase();
    let error = |problem| NameError {
        kind: T::KIND,
        input: crate::domain::text::clean_line(input),
        problem,
        valid: T::ALL
            .iter()
            .map(|v| v.name())
            .filter(|n| problem != "ambiguous" || n.starts_with(&wanted))
            .collect::<Vec<_>>()
            .join(", "),
    };
    if wanted.is_empty() {
        return Err(error("empty"));
    }
    if let Some(exact) = T::ALL.iter().find(|v| v.name() == wanted) {
        return Ok(*exact);
    }
    let mut hits = T::ALL.iter().filter(|v| v.name().starts_with(&wanted));
    match (hits.next(), hits.next()) {
        (Some(one), None) => Ok(*one),
        (Some(_), Some(_)) => Err(error("ambiguous")),
        _ => Err(error("unknown")),
    }
}

/// Defines a vocabulary enum with its names, labels and serde form.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $ty:ident, $kind:literal, [$($var:ident = $name:literal : $label:literal),+ $(,)?]) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty { $($var),+ }

        impl Named for $ty {
            const KIND: &'static str = $kind;
            const ALL: &'static [Self] = &[$($ty::$var),+];
            fn name(self) -> &'static str { match self { $($ty::$var => $name),+ } }
            fn label(self) -> &'static str { match self { $($ty::$var => $label),+ } }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.name()) }
        }

        impl std::str::FromStr for $ty {
            type Err = NameError;
            fn from_str(s: &str) -> Result<Self, NameError> { <$ty as Named>::parse(s) }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if s.is_human_readable() {
                    s.serialize_str(self.name())
                } else {
                    s.serialize_u8(self.index() as u8)
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use serde::de::Error;
                if d.is_human_readable() {
                    let s = String::deserialize(d)?;
                    <$ty as Named>::parse(&s).map_err(D::Error::custom)
                } else {
                    let i = u8::deserialize(d)? as usize;
                    <$ty as Named>::ALL.get(i).copied()
                        .ok_or_else(|| D::Error::custom(format!("bad {} index {i}", $kind)))
                }
            }
        }

        impl $ty {
            /// Position in [`Named::ALL`]; stable, used by the record codec.
            pub fn index(self) -> usize {
                <$ty as Named>::ALL.iter().position(|v| *v == self).unwrap_or(0)
            }
        }
    };
}

vocabulary!(
    /// Where an idea works (SPEC §1).
    Sector, "sector", [
        Health = "health": "Health & social care",
        Education = "education": "Education",
        Disparities = "disparities": "Reducing disparities",
        Employment = "employment": "Employment",
        Ecology = "ecology": "Ecology",
        Other = "other": "Other",
        Unclassified = "unclassified": "Unclassified",
    ]
);

vocabulary!(
    /// Where an idea is in the support pipeline, in pipeline order.
    Stage, "stage", [
        New = "new": "New",
        Review = "review": "Review",
        Incubation = "incubation": "Incubation",
        Pilot = "pilot": "Pilot",
        Scaling = "scaling": "Scaling",
        Sustainable = "sustainable": "Sustainable",
        Declined = "declined": "Declined",
    ]
);

vocabulary!(
    /// Who proposes an idea.
    OrgKind, "organisation kind", [
        Nonprofit = "nonprofit": "Nonprofit",
        SocialEnterprise = "social-enterprise": "Social enterprise",
        SmallBusiness = "small-business": "Small business",
        Company = "company": "Company",
        Government = "government": "Government",
        InitiativeGroup = "initiative-group": "Initiative group",
        Unknown = "unknown": "Unknown",
    ]
);

vocabulary!(
    /// What stands in an idea's way.
    Barrier, "barrier", [
        Funding = "funding": "Funding",
        Regulation = "regulation": "Regulation",
        GovernmentSupport = "government-support": "Government support",
        Participation = "participation": "Participation",
        Infrastructure = "infrastructure": "Infrastructure",
    ]
);

// The vocabulary macro cannot put #[default] on a variant.
#[allow(clippy::derivable_impls)]
impl Default for Sector {
    fn default() -> Self {
        Sector::Unclassified
    }
}
#[allow(clippy::derivable_impls)]
impl Default for Stage {
    fn default() -> Self {
        Stage::New
    }
}
#[allow(clippy::derivable_impls)]
impl Default for OrgKind {
    fn default() -> Self {
        OrgKind::Unknown
    }
}

impl Sector {
    /// The digit key that sets this sector (SPEC §1).
    pub fn key(self) -> char {
        match self {
            Sector::Unclassified => '0',
            other => char::from(b'1' + other.index() as u8),
        }
    }
    /// The sector a digit key sets.
    pub fn from_key(c: char) -> Option<Sector> {
        Sector::ALL.iter().copied().find(|s| s.key() == c)
    }
}

impl Stage {
    /// The letter key that sets this stage (SPEC §1).
    pub fn key(self) -> char {
        match self {
            Stage::New => 'n',
            Stage::Review => 'r',
            Stage::Incubation => 'i',
            Stage::Pilot => 'p',
            Stage::Scaling => 'c',
            Stage::Sustainable => 's',
            Stage::Declined => 'd',
        }
    }
    /// The stage a letter key sets.
    pub fn from_key(c: char) -> Option<Stage> {
        Stage::ALL.iter().copied().find(|s| s.key() == c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_and_unique_prefixes_parse_case_insensitively() {
        assert_eq!(Sector::parse("Education").unwrap(), Sector::Education);
        assert_eq!(Sector::parse("edu").unwrap(), Sector::Education);
        assert_eq!(Sector::parse("DIS").unwrap(), Sector::Disparities);
        assert_eq!(Stage::parse("inc").unwrap(), Stage::Incubation);
        assert_eq!(OrgKind::parse("social").unwrap(), OrgKind::SocialEnterprise);
        assert_eq!(Barrier::parse("gov").unwrap(), Barrier::GovernmentSupport);
    }

    #[test]
    fn ambiguous_and_unknown_values_list_the_valid_names() {
        // An ambiguous prefix lists only the names it starts.
        let err = Stage::parse("s").unwrap_err();
        assert_eq!(err.problem, "ambiguous");
        assert_eq!(
            err.to_string(),
            "ambiguous stage 's' (it could be: scaling, sustainable)"
        );
        assert_eq!(
            Sector::parse("E").unwrap_err().to_string(),
            "ambiguous sector 'E' (it could be: education, employment, ecology)"
        );
        let err = Sector::parse("space").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("unknown sector 'space' (valid: health,")
        );
        assert_eq!(Sector::parse("").unwrap_err().problem, "empty");
    }

    #[test]
    fn an_exact_name_wins_over_a_longer_name_it_prefixes() {
        // "company" is not a prefix problem, but a full name must win even if
        // another name starts with it.
        assert_eq!(OrgKind::parse("company").unwrap(), OrgKind::Company);
    }

    #[test]
    fn keys_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_key(s.key()), Some(*s));
        }
        for s in Stage::ALL {
            assert_eq!(Stage::from_key(s.key()), Some(*s));
        }
        assert_eq!(Sector::Health.key(), '1');
        assert_eq!(Sector::Other.key(), '6');
        assert_eq!(Sector::Unclassified.key(), '0');
    }
}
