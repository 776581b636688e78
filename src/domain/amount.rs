//! Amounts of money as people write them: the one parser behind `add
//! --amount`, the UI's form, import of amount text and the query's
//! `amount:` comparisons, so that what one of them takes all of them take.
//!
//! `1500000`, `1 500 000` (also with a no-break or narrow no-break space,
//! or `_`), `1,500,000`, `300k`, `1.5M`, `1,5 млн`, `2 тыс`, each with or
//! without `₽`, `руб`, `руб.`, `р.` or `rub` after it.

/// Thousands separators: space, no-break space, narrow no-break space,
/// thin space, `_` and `,`.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '_' | ',')
}

/// Currency marks after the number, longest first (compared folded).
const CURRENCY: &[(&str, u64)] = &[
    ("рублей", 1),
    ("рубля", 1),
    ("рубль", 1),
    ("руб.", 1),
    ("руб", 1),
    ("rub", 1),
    ("р.", 1),
    ("р", 1),
    ("₽", 1),
];

/// Multipliers after the number, longest first (compared folded).
const MULTIPLIERS: &[(&str, u64)] = &[
    ("тыс.", 1_000),
    ("тыс", 1_000),
    ("млн.", 1_000_000),
    ("млн", 1_000_000),
    ("k", 1_000),
    ("к", 1_000),
    ("m", 1_000_000),
    ("м", 1_000_000),
];

/// Strips the first of `suffixes` that `text` ends with (case-insensitive).
fn strip<'a>(text: &'a str, suffixes: &[(&str, u64)]) -> (&'a str, Option<u64>) {
    let lower = text.to_lowercase();
    for (suffix, value) in suffixes {
        // Lower-casing keeps these suffixes' lengths, so the byte offset holds.
        if lower.ends_with(suffix) && lower.len() == text.len() {
            return (text[..text.len() - suffix.len()].trim_end(), Some(*value));
        }
    }
    (text, None)
}

/// Why a text is not an amount, with the text as shown (cleaned): the
/// faces put it into the language spoken (`i18n::amount_error`);
/// `Display` is English, a phrase that fits after the field's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountError {
    NotAnAmount(String),
    NotWhole(String),
    TooLarge(String),
}

impl std::fmt::Display for AmountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AmountError::NotAnAmount(shown) => write!(
                f,
                "'{shown}' is not an amount in roubles (such as 450000, 1 500 000, 300k or 1.5M)"
            ),
            AmountError::NotWhole(shown) => write!(f, "'{shown}' is not a whole number of roubles"),
            AmountError::TooLarge(shown) => write!(f, "'{shown}' is too large an amount"),
        }
    }
}

/// Parses an amount of whole roubles.
pub fn parse_amount(input: &str) -> Result<u64, AmountError> {
    let shown = crate::domain::text::clean_line(input);
    let bad = || AmountError::NotAnAmount(shown.clone());
    let text = input.trim();
    let (text, _) = strip(text, CURRENCY);
    let (text, multiplier) = strip(text, MULTIPLIERS);
    let multiplier = multiplier.unwrap_or(1);
    if text.is_empty() || text.starts_with('-') {
        return Err(bad());
    }
    // The fraction: after a point, or after a comma that does not start a
    // group of three (`1,5 млн`), and only a multiplier can make it whole.
    let (whole, fraction) = match text.rsplit_once('.') {
        Some((w, f)) => (w, f),
        None => match text.rsplit_once(',') {
            Some((w, f)) if multiplier > 1 && f.len() != 3 && !w.contains(',') => (w, f),
            _ => (text, ""),
        },
    };
    if !fraction.chars().all(|c| c.is_ascii_digit()) || (text.contains('.') && fraction.is_empty())
    {
        return Err(bad());
    }
    // Groups of three after the first, if the number is grouped at all.
    let groups: Vec<&str> = whole.split(is_group_separator).collect();
    let grouped_right = groups
        .iter()
        .all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && (groups.len() == 1
            || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)));
    if !grouped_right {
        return Err(bad());
    }
    let digits: String = groups.concat();
    let whole: u64 = digits.parse().map_err(|_| bad())?;
    let scale = 10u64.checked_pow(fraction.len() as u32).ok_or_else(bad)?;
    let fraction: u64 = if fraction.is_empty() {
        0
    } else {
        fraction.parse().map_err(|_| bad())?
    };
    let part = fraction.checked_mul(multiplier).ok_or_else(bad)?;
    if part % scale != 0 {
        return Err(AmountError::NotWhole(shown));
    }
    whole
        .checked_mul(multiplier)
        .and_then(|w| w.checked_add(part / scale))
        .ok_or_else(|| AmountError::TooLarge(shown.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_ways_people_write_amounts() {
        for (text, want) in [
            ("1500000", 1_500_000),
            ("1 500 000", 1_500_000),
            ("1\u{a0}500\u{a0}000", 1_500_000),
            ("1\u{202f}500\u{202f}000", 1_500_000),
            ("1,500,000", 1_500_000),
            ("1,500,000 ₽", 1_500_000),
            ("1 500 000₽", 1_500_000),
            ("1 500 000 руб", 1_500_000),
            ("1 500 000 руб.", 1_500_000),
            ("1500000 р.", 1_500_000),
            ("1 500_000", 1_500_000),
            ("300k", 300_000),
            ("300 K", 300_000),
            ("300к", 300_000),
            ("1.5M", 1_500_000),
            ("1.5m ₽", 1_500_000),
            ("1,5 млн", 1_500_000),
            ("2 тыс. руб.", 2_000),
            ("2.25k", 2_250),
            ("1,500k", 1_500_000),
            ("0", 0),
            ("  450000  ", 450_000),
            ("1500.00", 1_500),
        ] {
            assert_eq!(parse_amount(text), Ok(want), "{text:?}");
        }
    }

    #[test]
    fn what_is_not_an_amount_says_so() {
        for text in [
            "",
            "lots",
            "-3",
            "1,5",
            "15,00,000",
            "1 50 000",
            "1.5",
            "1.2.3",
            "1..5k",
            "k",
            "1e6",
            "₽",
            "12,",
            "1.",
            "5 000 000 000 000 000 000 000",
        ] {
            let e = parse_amount(text).unwrap_err().to_string();
            assert!(!e.contains('\n'), "{e}");
        }
        assert_eq!(
            parse_amount("1.2345k").unwrap_err().to_string(),
            "'1.2345k' is not a whole number of roubles"
        );
        assert!(
            parse_amount("lots")
                .unwrap_err()
                .to_string()
                .contains("300k")
        );
    }

    /// `n` with its digits in groups of three joined by `sep`.
    fn grouped(n: u64, sep: &str) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn every_way_of_writing_a_number_reads_back(
            n in 0u64..10_000_000_000_000,
            sep in prop::sample::select(vec!["", " ", "\u{a0}", "\u{202f}", ",", "_"]),
            currency in prop::sample::select(vec!["", " ₽", "₽", " руб", " руб.", " р."]),
        ) {
            let text = format!("{}{currency}", grouped(n, sep));
            prop_assert_eq!(parse_amount(&text), Ok(n), "{:?}", text);
        }

        #[test]
        fn thousands_and_millions_read_back(k in 0u64..10_000_000, tenths in 0u64..10) {
            prop_assert_eq!(parse_amount(&format!("{k}k")), Ok(k * 1_000));
            prop_assert_eq!(parse_amount(&format!("{k}.{tenths}M")), Ok(k * 1_000_000 + tenths * 100_000));
            prop_assert_eq!(parse_amount(&format!("{k},{tenths} млн")), Ok(k * 1_000_000 + tenths * 100_000));
        }

        #[test]
        fn any_text_is_an_amount_or_an_error_never_a_panic(text in "\\PC{0,20}") {
            let _ = parse_amount(&text);
        }
    }
}
