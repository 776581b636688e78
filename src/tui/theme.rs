//! Every colour and style of the UI. Sectors and stages also carry a text
//! label everywhere they appear, so nothing depends on colour alone.

use crate::domain::{Sector, Stage};
use ratatui::style::{Color, Modifier, Style};
use std::sync::atomic::{AtomicU8, Ordering};

/// 0 = not decided yet, 1 = colour, 2 = no colour.
static COLOUR: AtomicU8 = AtomicU8::new(0);

/// Whether the UI uses colour: not when `NO_COLOR` is set to anything
/// non-empty (no-color.org). Then everything that colour would say is said
/// with text, symbols, bold, underline or reverse video instead.
pub fn colour() -> bool {
    match COLOUR.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let on = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            COLOUR.store(if on { 1 } else { 2 }, Ordering::Relaxed);
            on
        }
    }
}

/// Turns colour on or off (tests; `NO_COLOR` otherwise decides).
pub fn set_colour(on: bool) {
    COLOUR.store(if on { 1 } else { 2 }, Ordering::Relaxed);
}

/// A style as the terminal gets it: without colours under `NO_COLOR`.
fn paint(style: Style) -> Style {
    if colour() {
        style
    } else {
        Style {
            fg: None,
            bg: None,
            ..style
        }
    }
}

/// Marks the focused pane's title when colour cannot.
pub fn focus_mark(focused: bool) -> &'static str {
    if focused && !colour() { "» " } else { "" }
}

pub fn sector(s: Sector) -> Style {
    paint(Style::default().fg(match s {
        Sector::Health => Color::LightRed,
        Sector::Education => Color::LightBlue,
        Sector::Disparities => Color::LightMagenta,
        Sector::Employment => Color::Yellow,
        Sector::Ecology => Color::LightGreen,
        Sector::Other => Color::Gray,
        Sector::Unclassified => Color::DarkGray,
    }))
}

pub fn stage(s: Stage) -> Style {
    paint(Style::default().fg(match s {
        Stage::New => Color::LightCyan,
        Stage::Review => Color::Yellow,
        Stage::Incubation => Color::LightBlue,
        Stage::Pilot => Color::LightMagenta,
        Stage::Scaling => Color::LightGreen,
        Stage::Sustainable => Color::Green,
        Stage::Declined => Color::DarkGray,
    }))
}

/// Four-letter sector labels for narrow lists.
pub fn sector_short(s: Sector) -> &'static str {
    match s {
        Sector::Health => "hlth",
        Sector::Education => "educ",
        Sector::Disparities => "disp",
        Sector::Employment => "empl",
        Sector::Ecology => "ecol",
        Sector::Other => "othr",
        Sector::Unclassified => "----",
    }
}

/// Four-letter stage labels for narrow lists.
pub fn stage_short(s: Stage) -> &'static str {
    match s {
        Stage::New => "new",
        Stage::Review => "revw",
        Stage::Incubation => "incb",
        Stage::Pilot => "pilt",
        Stage::Scaling => "scal",
        Stage::Sustainable => "sust",
        Stage::Declined => "decl",
    }
}

pub fn border(focused: bool) -> Style {
    paint(if focused {
        Style::default().fg(Color::LightCyan)
    } else {
        Style::default().fg(Color::DarkGray)
    })
}

pub fn title() -> Style {
    paint(Style::default().add_modifier(Modifier::BOLD))
}

pub fn header() -> Style {
    paint(
        Style::default()
            .fg(Color::Gray)
            .add_modifier(Modifier::BOLD),
    )
}

pub fn dim() -> Style {
    paint(Style::default().fg(Color::DarkGray))
}

pub fn label() -> Style {
    paint(Style::default().fg(Color::Gray))
}

/// Characters of a title that the query matched.
pub fn matched() -> Style {
    paint(
        Style::default()
            .fg(Color::LightYellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
    )
}

/// The selected row: reverse video reads on every terminal and without colour.
pub fn selected(focused: bool) -> Style {
    paint(if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else if colour() {
        Style::default()
            .add_modifier(Modifier::BOLD)
            .bg(Color::DarkGray)
    } else {
        // Without a background colour, underline keeps the row visible.
        Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    })
}

pub fn marked() -> Style {
    paint(
        Style::default()
            .fg(Color::LightYellow)
            .add_modifier(Modifier::BOLD),
    )
}

pub fn error() -> Style {
    paint(
        Style::default()
            .fg(Color::LightRed)
            .add_modifier(Modifier::BOLD),
    )
}

pub fn key() -> Style {
    paint(
        Style::default()
            .fg(Color::LightCyan)
            .add_modifier(Modifier::BOLD),
    )
}

pub fn status() -> Style {
    paint(Style::default().bg(Color::Black).fg(Color::Gray))
}

pub fn checked() -> Style {
    paint(
        Style::default()
            .fg(Color::LightGreen)
            .add_modifier(Modifier::BOLD),
    )
}

/// A table cell at fullness `level` (0 to 4), lightest to darkest green;
/// without colour, the fullest cells are bold.
pub fn shade(level: usize) -> Style {
    const LEVELS: [u8; 5] = [22, 28, 34, 40, 46];
    let style = Style::default()
        .bg(Color::Indexed(LEVELS[level.min(4)]))
        .fg(Color::Black);
    if colour() {
        style
    } else if level >= 3 {
        Style::default().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    }
}

/// Bars of the statistics that have no colour of their own.
pub fn bar() -> Style {
    paint(Style::default().fg(Color::Cyan))
}
