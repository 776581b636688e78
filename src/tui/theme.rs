//! Every colour and style of the UI. Sectors and stages also carry a text
//! label everywhere they appear, so nothing depends on colour alone.

use crate::domain::{Sector, Stage};
use ratatui::style::{Color, Modifier, Style};

pub fn sector(s: Sector) -> Style {
    Style::default().fg(match s {
        Sector::Health => Color::LightRed,
        Sector::Education => Color::LightBlue,
        Sector::Disparities => Color::LightMagenta,
        Sector::Employment => Color::Yellow,
        Sector::Ecology => Color::LightGreen,
        Sector::Other => Color::Gray,
        Sector::Unclassified => Color::DarkGray,
    })
}

pub fn stage(s: Stage) -> Style {
    Style::default().fg(match s {
        Stage::New => Color::LightCyan,
        Stage::Review => Color::Yellow,
        Stage::Incubation => Color::LightBlue,
        Stage::Pilot => Color::LightMagenta,
        Stage::Scaling => Color::LightGreen,
        Stage::Sustainable => Color::Green,
        Stage::Declined => Color::DarkGray,
    })
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
    if focused {
        Style::default().fg(Color::LightCyan)
    } else {
        Style::default().fg(Color::DarkGray)
    }
}

pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn header() -> Style {
    Style::default()
        .fg(Color::Gray)
        .add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}

pub fn label() -> Style {
    Style::default().fg(Color::Gray)
}

/// Characters of a title that the query matched.
pub fn matched() -> Style {
    Style::default()
        .fg(Color::LightYellow)
        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// The selected row: reverse video reads on every terminal and without colour.
pub fn selected(focused: bool) -> Style {
    if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default()
            .add_modifier(Modifier::BOLD)
            .bg(Color::DarkGray)
    }
}

pub fn marked() -> Style {
    Style::default()
        .fg(Color::LightYellow)
        .add_modifier(Modifier::BOLD)
}

pub fn error() -> Style {
    Style::default()
        .fg(Color::LightRed)
        .add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    Style::default()
        .fg(Color::LightCyan)
        .add_modifier(Modifier::BOLD)
}

pub fn status() -> Style {
    Style::default().bg(Color::Black).fg(Color::Gray)
}

pub fn checked() -> Style {
    Style::default()
        .fg(Color::LightGreen)
        .add_modifier(Modifier::BOLD)
}
