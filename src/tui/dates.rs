//! How the UI writes times in the language spoken: an idea's age in the
//! list (`3d`, `3 дн.`) and the detail's dates (RFC 3339 in English,
//! `24.11.2026 14:12 UTC` in Russian), unless the config file's
//! `date_format` says otherwise. The domain's [`Timestamp::age`] stays
//! English: it is the words of no language in particular.

use crate::domain::Timestamp;
use unicode_width::UnicodeWidthStr;

const MINUTE: i64 = 60;
const HOUR: i64 = 3600;
const DAY: i64 = 86_400;
const MONTH: i64 = 2_592_000;
const YEAR: i64 = 31_536_000;

/// A short age such as `3d` or `3 дн.`, as [`Timestamp::age`] counts it.
pub fn age(t: Timestamp, now: Timestamp) -> String {
    let s = (now.0 - t.0).max(0);
    let (unit, n) = match s {
        0..MINUTE => return crate::tr!("ui-age-now"),
        MINUTE..HOUR => (Unit::Minutes, s / MINUTE),
        HOUR..DAY => (Unit::Hours, s / HOUR),
        DAY..MONTH => (Unit::Days, s / DAY),
        MONTH..YEAR => (Unit::Months, s / MONTH),
        _ => (Unit::Years, s / YEAR),
    };
    match unit {
        Unit::Minutes => crate::tr!("ui-age-minutes", n = n),
        Unit::Hours => crate::tr!("ui-age-hours", n = n),
        Unit::Days => crate::tr!("ui-age-days", n = n),
        Unit::Months => crate::tr!("ui-age-months", n = n),
        Unit::Years => crate::tr!("ui-age-years", n = n),
    }
}

enum Unit {
    Minutes,
    Hours,
    Days,
    Months,
    Years,
}

/// The widest age the language writes (up to 99 years), for the list's
/// column: `11mo` in English, `11 мес.` in Russian.
pub fn widest_age() -> usize {
    let now = Timestamp(100 * YEAR);
    [
        0,
        HOUR - MINUTE,
        DAY - HOUR,
        MONTH - DAY,
        YEAR - MONTH,
        99 * YEAR,
    ]
    .into_iter()
    .map(|ago| age(Timestamp(now.0 - ago), now).width())
    .max()
    .unwrap_or(0)
}

/// The format the detail writes dates in: the config file's when it set
/// one, else the language's own.
pub fn format(configured: Option<&str>) -> String {
    configured.map_or_else(|| crate::tr!("ui-date-format"), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, speak_on_this_thread};

    fn ago(seconds: i64) -> String {
        let now = Timestamp(1_000_000_000);
        age(Timestamp(now.0 - seconds), now)
    }

    #[test]
    fn ages_are_written_the_russian_way_in_russian() {
        let _ru = speak_on_this_thread(Lang::Ru);
        assert_eq!(ago(30), "сейчас");
        assert_eq!(ago(5 * MINUTE), "5 мин");
        assert_eq!(ago(5 * HOUR), "5 ч");
        assert_eq!(ago(3 * DAY), "3 дн.");
        assert_eq!(ago(2 * MONTH), "2 мес.");
        assert_eq!(ago(YEAR), "1 г.");
        assert_eq!(ago(3 * YEAR), "3 г.");
        assert_eq!(ago(5 * YEAR), "5 л.");
        assert_eq!(widest_age(), "11 мес.".chars().count());
    }

    #[test]
    fn english_ages_are_the_domains() {
        let _en = speak_on_this_thread(Lang::En);
        for s in [30, 5 * MINUTE, 7200, 3 * DAY, 2 * MONTH, 400 * DAY] {
            let now = Timestamp(1_000_000_000);
            assert_eq!(ago(s), Timestamp(now.0 - s).age(now), "{s}");
        }
        assert_eq!(widest_age(), 4);
    }

    #[test]
    fn dates_are_the_languages_unless_the_config_file_sets_a_format() {
        let t = Timestamp(1_795_530_769); // 2026-11-24T14:32:49Z
        {
            let _ru = speak_on_this_thread(Lang::Ru);
            assert_eq!(t.format(&format(None)), "24.11.2026 14:32 UTC");
            assert_eq!(t.format(&format(Some("%Y/%m/%d"))), "2026/11/24");
        }
        let _en = speak_on_this_thread(Lang::En);
        assert_eq!(t.format(&format(None)), "2026-11-24T14:32:49Z");
        assert_eq!(format(None), crate::config::DEFAULT_DATE_FORMAT);
    }
}
