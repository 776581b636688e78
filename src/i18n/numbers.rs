//! Numbers with decimals as people of the language write them.

use super::{Lang, language};

/// `x` to `places` decimals: `25.5` in English, `25,5` in Russian.
/// A day as people write it: `2026-11-24` in English, `24.11.2026` in
/// Russian.
pub fn day(t: crate::domain::Timestamp) -> String {
    match super::language() {
        super::Lang::En => t.date(),
        super::Lang::Ru => t.format("%d.%m.%Y"),
    }
}

pub fn decimal(x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    match language() {
        Lang::En => text,
        Lang::Ru => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_decimals_have_a_comma() {
        assert_eq!(decimal(24.56, 1), "24.6");
        let _ru = super::super::speak_on_this_thread(Lang::Ru);
        assert_eq!(decimal(24.56, 1), "24,6");
        assert_eq!(decimal(3.0, 2), "3,00");
    }
}
