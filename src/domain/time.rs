//! Time as whole seconds since the Unix epoch, written as RFC 3339 in every
//! text format, and the clock that is passed in rather than read deep inside.

use chrono::{DateTime, SecondsFormat, Utc};
use std::fmt;

/// A UTC instant with one-second precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub fn seconds(self) -> i64 {
        self.0
    }

    /// RFC 3339 in UTC, e.g. `2026-11-26T21:12:31Z`.
    pub fn rfc3339(self) -> String {
        match DateTime::<Utc>::from_timestamp(self.0, 0) {
            Some(t) => t.to_rfc3339_opts(SecondsFormat::Secs, true),
            None => self.0.to_string(),
        }
    }

    /// Parses RFC 3339 (any offset, fractions dropped) or a bare date
    /// (`2026-11-26`, taken as midnight UTC).
    pub fn parse(input: &str) -> Result<Timestamp, String> {
        let s = input.trim();
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Ok(Timestamp(t.timestamp()));
        }
        if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            && let Some(t) = d.and_hms_opt(0, 0, 0)
        {
            return Ok(Timestamp(t.and_utc().timestamp()));
        }
        Err(format!(
            "'{}' is not a date (expected RFC 3339 such as 2026-11-26T09:30:00Z)",
            crate::domain::text::clean_line(s)
        ))
    }

    /// The time written with a chrono (strftime) format, in UTC. The format
    /// must have been checked (an unknown item would fail to write).
    pub fn format(self, format: &str) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        match DateTime::<Utc>::from_timestamp(self.0, 0) {
            Some(t) if write!(out, "{}", t.format(format)).is_ok() => out,
            _ => self.rfc3339(),
        }
    }

    /// The date part, `2026-11-26`.
    pub fn date(self) -> String {
        self.rfc3339().chars().take(10).collect()
    }

    /// A short age such as `3d`, `5h`, `2mo`, for lists.
    pub fn age(self, now: Timestamp) -> String {
        let s = (now.0 - self.0).max(0);
        match s {
            0..60 => "now".into(),
            60..3600 => format!("{}m", s / 60),
            3600..86_400 => format!("{}h", s / 3600),
            86_400..2_592_000 => format!("{}d", s / 86_400),
            2_592_000..31_536_000 => format!("{}mo", s / 2_592_000),
            _ => format!("{}y", s / 31_536_000),
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.rfc3339())
        } else {
            s.serialize_i64(self.0)
        }
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Timestamp::parse(&s).map_err(serde::de::Error::custom)
        } else {
            i64::deserialize(d).map(Timestamp)
        }
    }
}

/// Where the current time comes from.
pub trait Clock: Send + Sync {
    fn now(&self) -> Timestamp;
}

/// The real clock. `SPROUT_NOW` (RFC 3339) pins it, for reproducible demos
/// and tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        if let Some(t) = std::env::var("SPROUT_NOW")
            .ok()
            .and_then(|v| Timestamp::parse(&v).ok())
        {
            return t;
        }
        Timestamp(Utc::now().timestamp())
    }
}

/// A clock that always says the same time.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trip() {
        let t = Timestamp::parse("2026-11-26T21:12:31Z").unwrap();
        assert_eq!(t.rfc3339(), "2026-11-26T21:12:31Z");
        assert_eq!(Timestamp::parse("2026-11-26T23:12:31+02:00").unwrap(), t);
        assert_eq!(
            Timestamp::parse("2026-11-26").unwrap().rfc3339(),
            "2026-11-26T00:00:00Z"
        );
        assert!(Timestamp::parse("yesterday").is_err());
    }

    #[test]
    fn ages_are_short() {
        let now = Timestamp(1_000_000_000);
        assert_eq!(Timestamp(now.0 - 30).age(now), "now");
        assert_eq!(Timestamp(now.0 - 7200).age(now), "2h");
        assert_eq!(Timestamp(now.0 - 3 * 86_400).age(now), "3d");
        assert_eq!(Timestamp(now.0 - 400 * 86_400).age(now), "1y");
    }
}
