//! Progress of long imports and exports.

use std::io::IsTerminal;

/// Progress of a long import or export on standard error: a count, the
/// rate and the time left, redrawn in place; nothing when standard error is
/// not a terminal, or for fewer than [`PROGRESS_FROM`] items.
pub struct Progress(indicatif::ProgressBar);

/// Smaller jobs finish before a progress line would help
/// (`SPROUT_PROGRESS_FROM` changes it, for the tests).
pub const PROGRESS_FROM: u64 = 20_000;

fn progress_from() -> u64 {
    std::env::var("SPROUT_PROGRESS_FROM")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(PROGRESS_FROM)
}

impl Progress {
    /// `what` is a verb (`checking`, `writing`); `total` when it is known.
    pub fn new(what: &str, total: Option<u64>) -> Progress {
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
        if total.is_some_and(|t| t < progress_from()) || !std::io::stderr().is_terminal() {
            return Progress(ProgressBar::hidden());
        }
        // indicatif's placeholders, put where the language puts the words.
        let template = match total {
            Some(_) => crate::tr!(
                "cli-progress-total",
                done = "{done}",
                total = "{total}",
                rate = "{rate}",
                left = "{eta}"
            ),
            None => crate::tr!("cli-progress-count", done = "{done}", rate = "{rate}"),
        };
        let style = ProgressStyle::with_template(&format!("{{msg}} {template}"))
            .unwrap_or_else(|_| ProgressStyle::default_spinner())
            .with_key(
                "done",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = w.write_str(&crate::domain::text::group_digits(state.pos()));
                },
            )
            .with_key(
                "total",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let total = state.len().unwrap_or_default();
                    let _ = w.write_str(&crate::domain::text::group_digits(total));
                },
            )
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let rate = crate::domain::text::group_digits(state.per_sec() as u64);
                    let _ = w.write_str(&crate::tr!("cli-progress-rate", rate = rate.as_str()));
                },
            );
        let style = with_time_left(style);
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr_with_hz(4))
            .with_style(style)
            .with_message(what.to_string());
        Progress(bar)
    }

    /// Progress through a file of `bytes` bytes, as ideas read: the count,
    /// their rate and, from how much of the file is read, the time left.
    /// Shown once [`PROGRESS_FROM`] ideas are read (the file's size does
    /// not say how many it holds).
    pub fn through_file(what: &str, bytes: u64) -> Progress {
        use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
        if !std::io::stderr().is_terminal() {
            return Progress(ProgressBar::hidden());
        }
        let left = crate::tr!("cli-progress-left", left = "{eta}");
        let style = ProgressStyle::with_template(&format!("{{msg}} · {left}"))
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        let style = with_time_left(style);
        let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::hidden())
            .with_style(style)
            .with_message(what.to_string());
        Progress(bar)
    }

    /// For [`Progress::through_file`]: `ideas` read, `bytes` of the file.
    pub fn set_read(&self, what: &str, ideas: u64, bytes: u64) {
        let bar = &self.0;
        if bar.is_hidden() && ideas >= progress_from() && std::io::stderr().is_terminal() {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
        }
        let secs = bar.elapsed().as_secs_f64().max(1e-3);
        let group = crate::domain::text::group_digits;
        let rate = crate::tr!(
            "cli-progress-rate",
            rate = group((ideas as f64 / secs) as u64).as_str()
        );
        let count = crate::tr!(
            "cli-progress-count",
            done = group(ideas).as_str(),
            rate = rate.as_str()
        );
        bar.set_message(format!("{what} {count}"));
        self.set(bytes);
    }

    /// No progress line at all.
    pub fn hidden() -> Progress {
        Progress(indicatif::ProgressBar::hidden())
    }

    pub fn set(&self, done: u64) {
        let done = self.0.length().map_or(done, |len| done.min(len));
        self.0.set_position(done);
    }

    /// Takes the line away again, before the command's own summary.
    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// The time left as a Russian reader writes it: `40 с`, `3 мин`, `1 ч 5 мин`
/// (indicatif's own `{eta}` is `40s`, `3m`).
fn time_left(left: std::time::Duration) -> String {
    let secs = left.as_secs();
    match secs {
        0..60 => crate::tr!("cli-progress-seconds", count = secs),
        60..3600 => crate::tr!("cli-progress-minutes", count = secs / 60),
        _ => crate::tr!(
            "cli-progress-hours",
            hours = secs / 3600,
            minutes = secs % 3600 / 60
        ),
    }
}

/// indicatif writes the time left in English (`3m`); another language
/// gets its own words for it.
fn with_time_left(style: indicatif::ProgressStyle) -> indicatif::ProgressStyle {
    match crate::i18n::language() {
        crate::i18n::Lang::En => style,
        _ => style.with_key(
            "eta",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = w.write_str(&time_left(state.eta()));
            },
        ),
    }
}
