//! Every colour and style of the UI, from a [`Theme`]: dark (the default),
//! light or high-contrast, chosen in the config file, where single colours
//! can also be changed. Sectors and stages also carry a text label
//! everywhere they appear, so nothing depends on colour alone.

use crate::domain::{Sector, Stage};
use ratatui::style::{Color, Modifier, Style};
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::palette::Colour;
pub use crate::palette::{Palette, SLOTS, Slot};

/// A set of colours, one per [`Slot`], as the terminal takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: &'static str,
    colours: [Color; SLOTS.len()],
}

impl Theme {
    /// The built-in themes' names.
    pub const NAMES: [&'static str; 3] = Palette::NAMES;

    pub fn named(name: &str) -> Option<Theme> {
        Palette::named(name).map(|p| Theme::from(&p))
    }

    pub fn dark() -> Theme {
        Theme::from(&Palette::dark())
    }

    pub fn light() -> Theme {
        Theme::from(&Palette::light())
    }

    pub fn high_contrast() -> Theme {
        Theme::from(&Palette::high_contrast())
    }

    pub fn get(&self, slot: Slot) -> Color {
        self.colours[slot as usize]
    }

    pub fn set(&mut self, slot: Slot, colour: Color) {
        self.colours[slot as usize] = colour;
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

/// The config file's theme, in the terminal's colours.
impl From<&Palette> for Theme {
    fn from(p: &Palette) -> Theme {
        let mut colours = [Color::Reset; SLOTS.len()];
        for (slot, _, _) in SLOTS {
            colours[slot as usize] = terminal_colour(p.get(slot));
        }
        Theme {
            name: p.name,
            colours,
        }
    }
}

/// A colour as ratatui names it.
pub fn terminal_colour(c: Colour) -> Color {
    match c {
        Colour::Reset => Color::Reset,
        Colour::Black => Color::Black,
        Colour::Red => Color::Red,
        Colour::Green => Color::Green,
        Colour::Yellow => Color::Yellow,
        Colour::Blue => Color::Blue,
        Colour::Magenta => Color::Magenta,
        Colour::Cyan => Color::Cyan,
        Colour::Gray => Color::Gray,
        Colour::DarkGray => Color::DarkGray,
        Colour::LightRed => Color::LightRed,
        Colour::LightGreen => Color::LightGreen,
        Colour::LightYellow => Color::LightYellow,
        Colour::LightBlue => Color::LightBlue,
        Colour::LightMagenta => Color::LightMagenta,
        Colour::LightCyan => Color::LightCyan,
        Colour::White => Color::White,
        Colour::Indexed(n) => Color::Indexed(n),
        Colour::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

thread_local! {
    /// The theme of the frame being drawn. The app holds its theme; this
    /// only hands it to the style functions below while [`drawing_with`]
    /// runs, so they need not take it as an argument at every call.
    static CURRENT: Cell<Theme> = Cell::new(Theme::dark());
}

/// Runs `draw` with the style functions painting in `theme`, then puts
/// back the theme they had (a frame drawn inside a frame keeps its own).
pub fn drawing_with<R>(theme: Theme, draw: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(|c| c.replace(theme));
    struct Restore(Theme);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(before);
    draw()
}

fn current() -> Theme {
    CURRENT.with(Cell::get)
}

fn fg(slot: Slot) -> Style {
    Style::default().fg(current().get(slot))
}

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
    paint(fg(match s {
        Sector::Health => Slot::SectorHealth,
        Sector::Education => Slot::SectorEducation,
        Sector::Disparities => Slot::SectorDisparities,
        Sector::Employment => Slot::SectorEmployment,
        Sector::Ecology => Slot::SectorEcology,
        Sector::Other => Slot::SectorOther,
        Sector::Unclassified => Slot::SectorUnclassified,
    }))
}

pub fn stage(s: Stage) -> Style {
    paint(fg(match s {
        Stage::New => Slot::StageNew,
        Stage::Review => Slot::StageReview,
        Stage::Incubation => Slot::StageIncubation,
        Stage::Pilot => Slot::StagePilot,
        Stage::Scaling => Slot::StageScaling,
        Stage::Sustainable => Slot::StageSustainable,
        Stage::Declined => Slot::StageDeclined,
    }))
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

/// Text and background of the whole screen: the terminal's own, except in
/// a theme that needs its own background (light).
pub fn screen() -> Style {
    paint(fg(Slot::Text).bg(current().get(Slot::Background)))
}

pub fn border(focused: bool) -> Style {
    paint(fg(if focused {
        Slot::BorderFocus
    } else {
        Slot::Border
    }))
}

pub fn title() -> Style {
    paint(Style::default().add_modifier(Modifier::BOLD))
}

pub fn header() -> Style {
    paint(fg(Slot::Header).add_modifier(Modifier::BOLD))
}

pub fn dim() -> Style {
    paint(fg(Slot::Dim))
}

pub fn label() -> Style {
    paint(fg(Slot::Label))
}

/// Characters of a title that the query matched.
pub fn matched() -> Style {
    paint(fg(Slot::Match).add_modifier(Modifier::BOLD | Modifier::UNDERLINED))
}

/// The selected row: reverse video reads on every terminal and without colour.
pub fn selected(focused: bool) -> Style {
    paint(if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else if colour() {
        Style::default()
            .add_modifier(Modifier::BOLD)
            .bg(current().get(Slot::SelectedBack))
    } else {
        // Without a background colour, underline keeps the row visible.
        Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    })
}

pub fn marked() -> Style {
    paint(fg(Slot::Marked).add_modifier(Modifier::BOLD))
}

/// The list's mark of an idea that looks like another (in the key colour:
/// there are keys to settle it).
pub fn alike() -> Style {
    paint(fg(Slot::Key).add_modifier(Modifier::BOLD))
}

pub fn error() -> Style {
    paint(fg(Slot::Error).add_modifier(Modifier::BOLD))
}

pub fn key() -> Style {
    paint(fg(Slot::Key).add_modifier(Modifier::BOLD))
}

pub fn status() -> Style {
    paint(fg(Slot::StatusText).bg(current().get(Slot::StatusBack)))
}

pub fn checked() -> Style {
    paint(fg(Slot::Checked).add_modifier(Modifier::BOLD))
}

/// A table cell at fullness `level` (0 to 4), emptiest to fullest; without
/// colour, the fullest cells are bold.
pub fn shade(level: usize) -> Style {
    const LEVELS: [Slot; 5] = [
        Slot::Shade1,
        Slot::Shade2,
        Slot::Shade3,
        Slot::Shade4,
        Slot::Shade5,
    ];
    let t = current();
    let style = Style::default()
        .bg(t.get(LEVELS[level.min(4)]))
        .fg(t.get(Slot::ShadeText));
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
    paint(fg(Slot::Bar))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_colour_of_every_theme_reaches_the_terminal_as_ratatui_reads_it() {
        for name in Theme::NAMES {
            let palette = Palette::named(name).unwrap();
            let theme = Theme::named(name).unwrap();
            for (slot, _, _) in SLOTS {
                let written = palette.get(slot).name();
                assert_eq!(
                    written.parse::<Color>(),
                    Ok(theme.get(slot)),
                    "{name} {written}"
                );
            }
        }
    }

    #[test]
    fn the_config_file_reads_colours_exactly_as_ratatui_did() {
        // sprout read colours with ratatui's parser before it had its own.
        let mut inputs: Vec<String> = [
            "red",
            "Light-Blue",
            "bright red",
            "BRIGHT_GREEN",
            "grey",
            "dark grey",
            "silver",
            "lightblack",
            "light white",
            "lightgray",
            "reset",
            "0",
            "255",
            "256",
            "-1",
            "#ff8000",
            "#FF8000",
            "#ff80",
            "ff8000",
            "#gg0000",
            "",
            " ",
            "blurple",
            "light",
            "redd",
        ]
        .map(String::from)
        .to_vec();
        for (slot, _, _) in SLOTS {
            inputs.push(Palette::dark().get(slot).name());
        }
        for text in inputs {
            let ours = Colour::parse(&text).map(terminal_colour).ok();
            assert_eq!(ours, text.parse::<Color>().ok(), "{text:?}");
        }
    }
}
