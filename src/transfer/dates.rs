//! Dates as people and spreadsheets write them: RFC 3339, `2026-11-24
//! 10:12:03`, `2026-11-24`, `24.11.2026`, `24/11/2026`, and Excel serial day
//! numbers. A date such as `11/12/2026` that reads two ways is refused
//! unless `--date-format` says which way; times without a zone are UTC.

use crate::domain::Timestamp;
use crate::domain::text::clean_line;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Excel serial days from 1970-01-01 up to the end of 2099: outside that
/// a bare number is more likely a year or a count than a date.
pub const SERIAL_RANGE: std::ops::Range<f64> = 25_569.0..73_051.0;

const ISO_DATE_TIMES: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
];
const ISO_DATES: &[&str] = &["%Y-%m-%d", "%Y/%m/%d"];
const TIMES: &[&str] = &[
    "%H:%M:%S%.f",
    "%H:%M:%S",
    "%H:%M",
    "%I:%M:%S %p",
    "%I:%M %p",
];

/// Reads dates, with `--date-format` if one was given.
#[derive(Debug, Clone, Default)]
pub struct DateReader {
    /// chrono items for dates such as `11/12/2026` (`%d/%m/%Y`); a time
    /// after the date is read too.
    pub format: Option<String>,
}

impl DateReader {
    pub fn new(format: Option<String>) -> DateReader {
        DateReader { format }
    }

    /// Reads one date; the error says what was expected.
    pub fn read(&self, input: &str) -> Result<Timestamp, String> {
        let text = input.trim();
        if let Ok(t) = Timestamp::parse(text) {
            return Ok(t);
        }
        if let Some(t) = ISO_DATE_TIMES
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        {
            return Ok(utc(t));
        }
        if let Some(t) = with_time(text, ISO_DATES) {
            return Ok(utc(t));
        }
        let shown = clean_line(text);
        if let Some(format) = &self.format {
            if let Some(t) = NaiveDateTime::parse_from_str(text, format)
                .ok()
                .or_else(|| with_time(text, &[format.as_str()]))
            {
                return Ok(utc(t));
            }
        } else if let Some(t) = slashed(text, &shown)? {
            return Ok(utc(t));
        }
        if let Some(t) = with_time(text, &["%d.%m.%Y"]) {
            return Ok(utc(t));
        }
        if let Some(t) = serial(text) {
            return Ok(t);
        }
        Err(match &self.format {
            Some(f) => crate::tr!("err-date-not-in-format", value = &shown, format = f),
            None => crate::tr!("err-date-not-a-date", value = &shown),
        })
    }
}

fn utc(t: NaiveDateTime) -> Timestamp {
    Timestamp(t.and_utc().timestamp())
}

/// A date in one of `formats`, alone or followed by a time of day, which
/// may end in a zone as Google Forms writes it (`10:12:03 AM GMT+3`).
/// The result is in UTC.
fn with_time(text: &str, formats: &[&str]) -> Option<NaiveDateTime> {
    let (date, time) = match text.split_once(char::is_whitespace) {
        Some((d, t)) => (d, Some(t.trim())),
        None => (text, None),
    };
    let day = formats
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(date, f).ok())?;
    let (at, offset) = match time {
        None => (NaiveTime::MIN, 0),
        Some(t) => {
            let (t, offset) = zone(t)?;
            let at = TIMES
                .iter()
                .find_map(|f| NaiveTime::parse_from_str(t, f).ok())?;
            (at, offset)
        }
    };
    day.and_time(at)
        .checked_sub_signed(chrono::Duration::seconds(offset))
}

/// A time without its `GMT+3`, `GMT+5:30`, `UTC-04:00` or `GMT` zone, and
/// the zone's offset in seconds (0 when there is none).
fn zone(time: &str) -> Option<(&str, i64)> {
    let Some((rest, last)) = time.rsplit_once(' ') else {
        return Some((time, 0));
    };
    let Some(offset) = last
        .strip_prefix("GMT")
        .or_else(|| last.strip_prefix("UTC"))
    else {
        return Some((time, 0));
    };
    if offset.is_empty() {
        return Some((rest, 0));
    }
    let sign = match offset.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (hours, minutes) = offset[1..].split_once(':').unwrap_or((&offset[1..], "0"));
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    if hours > 14 || minutes > 59 {
        return None;
    }
    Some((rest, sign * (hours * 3600 + minutes * 60)))
}

/// `24/11/2026` (day first) or `11/24/2026` (month first): whichever is a
/// real date. When both are and they differ, the date is ambiguous.
fn slashed(text: &str, shown: &str) -> Result<Option<NaiveDateTime>, String> {
    let day_first = with_time(text, &["%d/%m/%Y"]);
    let month_first = with_time(text, &["%m/%d/%Y"]);
    match (day_first, month_first) {
        (Some(a), Some(b)) if a != b => {
            // chrono names months only in English: Russian shows the
            // two readings as Russians write dates.
            let day = match crate::i18n::language() {
                crate::i18n::Lang::Ru => "%d.%m.%Y",
                crate::i18n::Lang::En => "%-d %B %Y",
            };
            Err(crate::tr!(
                "err-date-ambiguous",
                value = shown,
                first = &a.format(day).to_string(),
                second = &b.format(day).to_string()
            ))
        }
        (Some(a), _) | (None, Some(a)) => Ok(Some(a)),
        (None, None) => Ok(None),
    }
}

/// An Excel serial date: days since 1899-12-30 (which absorbs Excel's
/// phantom 29 February 1900 for every date after it), the fraction being
/// the time of day.
fn serial(text: &str) -> Option<Timestamp> {
    let days: f64 = text.parse().ok()?;
    if !SERIAL_RANGE.contains(&days) {
        return None;
    }
    Some(from_serial(days))
}

/// The instant of an Excel serial day number in [`SERIAL_RANGE`].
pub fn from_serial(days: f64) -> Timestamp {
    const EPOCH_TO_1970: i64 = 25_569;
    let seconds = ((days - EPOCH_TO_1970 as f64) * 86_400.0).round() as i64;
    Timestamp(seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(text: &str) -> Result<String, String> {
        DateReader::default().read(text).map(|t| t.rfc3339())
    }

    #[test]
    fn the_ways_dates_are_written() {
        for (text, want) in [
            ("2026-11-24T10:12:03Z", "2026-11-24T10:12:03Z"),
            ("2026-11-24T13:12:03+03:00", "2026-11-24T10:12:03Z"),
            ("2026-11-24 10:12:03", "2026-11-24T10:12:03Z"),
            ("2026-11-24 10:12", "2026-11-24T10:12:00Z"),
            ("2026-11-24T10:12:03.250", "2026-11-24T10:12:03Z"),
            ("2026-11-24", "2026-11-24T00:00:00Z"),
            ("2026/11/24 10:12:03", "2026-11-24T10:12:03Z"),
            ("24.11.2026", "2026-11-24T00:00:00Z"),
            ("24.11.2026 9:05", "2026-11-24T09:05:00Z"),
            ("24/11/2026", "2026-11-24T00:00:00Z"),
            ("11/24/2026 10:12:03", "2026-11-24T10:12:03Z"),
            ("11/24/2026 10:12:03 PM", "2026-11-24T22:12:03Z"),
            ("2026/11/24 10:12:03 AM GMT+3", "2026-11-24T07:12:03Z"),
            ("2026/11/24 1:02:03 PM GMT+5:30", "2026-11-24T07:32:03Z"),
            ("2026/11/24 10:12:03 AM GMT", "2026-11-24T10:12:03Z"),
            ("24.11.2026 10:12 UTC-04:00", "2026-11-24T14:12:00Z"),
            ("05/05/2026", "2026-05-05T00:00:00Z"),
            ("46350", "2026-11-24T00:00:00Z"),
            ("46350.5", "2026-11-24T12:00:00Z"),
            ("25569", "1970-01-01T00:00:00Z"),
        ] {
            assert_eq!(read(text).as_deref(), Ok(want), "{text}");
        }
    }

    #[test]
    fn an_ambiguous_date_is_refused_until_the_format_is_given() {
        let e = read("11/12/2026").unwrap_err();
        assert_eq!(
            e,
            "'11/12/2026' could be 11 December 2026 or 12 November 2026; say which with --date-format %d/%m/%Y or %m/%d/%Y"
        );
        let us = DateReader::new(Some("%m/%d/%Y".into()));
        assert_eq!(
            us.read("11/12/2026").unwrap().rfc3339(),
            "2026-11-12T00:00:00Z"
        );
        assert_eq!(
            us.read("11/12/2026 09:30:00").unwrap().rfc3339(),
            "2026-11-12T09:30:00Z"
        );
        // The format given is the one slashed dates are read by.
        assert!(
            us.read("24/11/2026")
                .unwrap_err()
                .contains("--date-format %m/%d/%Y")
        );
        // Unambiguous forms still read.
        assert_eq!(
            us.read("24.11.2026").unwrap().rfc3339(),
            "2026-11-24T00:00:00Z"
        );
        let eu = DateReader::new(Some("%d/%m/%Y %H:%M".into()));
        assert_eq!(
            eu.read("11/12/2026 08:00").unwrap().rfc3339(),
            "2026-12-11T08:00:00Z"
        );
    }

    #[test]
    fn what_is_not_a_date_says_so() {
        for text in [
            "",
            "yesterday",
            "2026",
            "31.02.2026",
            "24.11.2026 10:12 GMT+99",
            "24.11.2026 10:12 GMTx",
            "32/01/2026",
            "13/13/2026",
            "1e9",
            "NaN",
            "\u{1b}[2J",
        ] {
            let e = read(text).unwrap_err();
            assert!(e.contains("is not a date"), "{text}: {e}");
            assert!(!e.contains('\u{1b}'), "{e}");
        }
    }

    proptest! {
        #[test]
        fn every_written_form_of_a_time_reads_back(secs in 0i64..4_102_444_800) {
            let t = chrono::DateTime::from_timestamp(secs, 0).unwrap().naive_utc();
            let r = DateReader::default();
            for text in [
                t.format("%Y-%m-%d %H:%M:%S").to_string(),
                t.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                t.format("%d.%m.%Y %H:%M:%S").to_string(),
            ] {
                prop_assert_eq!(r.read(&text), Ok(Timestamp(secs)), "{}", text);
            }
            let day = Timestamp(secs - secs.rem_euclid(86_400));
            prop_assert_eq!(r.read(&t.format("%d.%m.%Y").to_string()), Ok(day));
            let us = DateReader::new(Some("%m/%d/%Y".into()));
            prop_assert_eq!(us.read(&t.format("%m/%d/%Y %H:%M:%S").to_string()), Ok(Timestamp(secs)));
            // Slashed without a format: read right, or refused as ambiguous.
            match r.read(&t.format("%d/%m/%Y").to_string()) {
                Ok(got) => prop_assert_eq!(got, day),
                Err(e) => prop_assert!(e.contains("could be"), "{}", e),
            }
        }

        #[test]
        fn excel_serials_are_whole_days_from_1899_12_30(days in 25_569u32..73_051) {
            let t = DateReader::default().read(&days.to_string()).unwrap();
            let epoch = NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
            let want = epoch + chrono::Days::new(days as u64);
            prop_assert_eq!(t.rfc3339(), format!("{}T00:00:00Z", want.format("%Y-%m-%d")));
        }

        #[test]
        fn any_text_gives_a_date_or_a_one_line_error(text in "\\PC{0,30}") {
            if let Err(e) = DateReader::default().read(&text) {
                prop_assert!(!e.contains('\n'));
            }
        }
    }
}
