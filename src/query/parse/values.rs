//! The values of a query's terms as people write them: dates and ages,
//! comparisons, and comma-separated lists of texts or names.

use crate::domain::Named;
use crate::domain::text::{clean_line, fold};

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

pub(super) const DAY: i64 = 86_400;

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

/// `>=2026-11-01`, `<30d`, `>2w` (`<30д`, `>2н`): a day or an age,
/// compared.
pub(super) fn when(value: &str) -> Result<When, String> {
    let bad = || crate::tr!("err-query-not-a-when", value = &clean_line(value));
    let (op, rest) = operator(value.trim());
    let rest = rest.trim();
    let age = |unit: &str, seconds: i64| {
        rest.strip_suffix(unit)
            .and_then(|n| n.trim().parse::<i64>().ok())
            .and_then(|n| n.checked_mul(seconds))
    };
    // Russian ages too: `30д`, `30дн`, `2н`, `2нед`.
    let day = || {
        age("d", DAY)
            .or_else(|| age("д", DAY))
            .or_else(|| age("дн", DAY))
    };
    let week = || {
        age("w", 7 * DAY)
            .or_else(|| age("н", 7 * DAY))
            .or_else(|| age("нед", 7 * DAY))
    };
    if let Some(age) = day().or_else(week) {
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
pub(super) fn texts(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|v| fold(&clean_line(v)))
        .filter(|v| !v.is_empty())
        .collect()
}

/// A comma-separated list of vocabulary names, English or Russian: any of
/// them matches.
pub(super) fn names<T: Named + PartialEq>(value: &str) -> Result<Vec<T>, String> {
    value
        .split(',')
        .filter(|v| !v.trim().is_empty())
        .map(|v| super::words::vocabulary_value(v).map_err(|e| crate::i18n::name_error(&e)))
        .collect()
}

/// The comparison a value starts with (`=` when none), and the rest.
pub(super) fn operator(v: &str) -> (Op, &str) {
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

/// `>=4`, `<3.5`: a score from 0 to 5 with at most one decimal, in
/// tenths (the list shows scores so).
pub(super) fn score(value: &str) -> Result<Compare, String> {
    let (op, rest) = operator(value.trim());
    let rest = rest.trim();
    let bad = || crate::tr!("err-query-not-a-score", value = &clean_line(value));
    let (whole, tenth) = match rest.split_once('.') {
        Some((w, t)) if t.len() == 1 => (w, t),
        Some(_) => return Err(bad()),
        None => (rest, "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || !digits(tenth) {
        return Err(bad());
    }
    let value = whole.parse::<u64>().map_err(|_| bad())?.saturating_mul(10)
        + tenth.parse::<u64>().map_err(|_| bad())?;
    if value > 50 {
        return Err(crate::tr!(
            "err-query-score-range",
            value = &clean_line(rest)
        ));
    }
    Ok(Compare { op, value })
}

pub(super) fn compare(value: &str, money: bool) -> Result<Compare, String> {
    let (op, rest) = operator(value.trim());
    let bad = || crate::tr!("err-query-not-a-comparison", value = &clean_line(value));
    // Amounts are read as everywhere else (`500k`, `1.5M`, `1,500,000`).
    let value = if money {
        crate::domain::amount::parse_amount(rest)
            .map_err(|e| crate::tr!("err-query-amount", problem = &crate::i18n::amount_error(&e)))?
    } else {
        rest.trim().parse().map_err(|_| bad())?
    };
    Ok(Compare { op, value })
}
