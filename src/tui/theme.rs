//! Every colour and style of the UI, from a [`Theme`]: dark (the default),
//! light or high-contrast, chosen in the config file, where single colours
//! can also be changed. Sectors and stages also carry a text label
//! everywhere they appear, so nothing depends on colour alone.

use crate::domain::{Sector, Stage};
use ratatui::style::{Color, Modifier, Style};
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

/// What a colour of the theme is for; its name is the key in the config
/// file's `[colors]` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    SectorHealth,
    SectorEducation,
    SectorDisparities,
    SectorEmployment,
    SectorEcology,
    SectorOther,
    SectorUnclassified,
    StageNew,
    StageReview,
    StageIncubation,
    StagePilot,
    StageScaling,
    StageSustainable,
    StageDeclined,
    Border,
    BorderFocus,
    Header,
    Dim,
    Label,
    Match,
    Marked,
    Error,
    Key,
    StatusText,
    StatusBack,
    Checked,
    SelectedBack,
    Bar,
    Shade1,
    Shade2,
    Shade3,
    Shade4,
    Shade5,
    ShadeText,
    Text,
    Background,
}

/// Every slot with its config name and what it colours, in config order.
#[rustfmt::skip]
pub const SLOTS: [(Slot, &str, &str); 36] = [
    (Slot::SectorHealth, "sector-health", "the Health & social care sector"),
    (Slot::SectorEducation, "sector-education", "the Education sector"),
    (Slot::SectorDisparities, "sector-disparities", "the Reducing disparities sector"),
    (Slot::SectorEmployment, "sector-employment", "the Employment sector"),
    (Slot::SectorEcology, "sector-ecology", "the Ecology sector"),
    (Slot::SectorOther, "sector-other", "the Other sector"),
    (Slot::SectorUnclassified, "sector-unclassified", "ideas with no sector yet"),
    (Slot::StageNew, "stage-new", "the new stage"),
    (Slot::StageReview, "stage-review", "the review stage"),
    (Slot::StageIncubation, "stage-incubation", "the incubation stage"),
    (Slot::StagePilot, "stage-pilot", "the pilot stage"),
    (Slot::StageScaling, "stage-scaling", "the scaling stage"),
    (Slot::StageSustainable, "stage-sustainable", "the sustainable stage"),
    (Slot::StageDeclined, "stage-declined", "the declined stage"),
    (Slot::Border, "border", "pane borders"),
    (Slot::BorderFocus, "border-focus", "the border of the focused pane"),
    (Slot::Header, "header", "headings"),
    (Slot::Dim, "dim", "quiet text: counts, times, placeholders"),
    (Slot::Label, "label", "field names in the detail pane"),
    (Slot::Match, "match", "the characters a search matched"),
    (Slot::Marked, "marked", "marked ideas"),
    (Slot::Error, "error", "errors"),
    (Slot::Key, "key", "keys in help and hints"),
    (Slot::StatusText, "status-text", "the status line's text"),
    (Slot::StatusBack, "status-back", "the status line's background"),
    (Slot::Checked, "checked", "ticked filters and the view in use"),
    (Slot::SelectedBack, "selected-back", "the selected row of a pane without focus"),
    (Slot::Bar, "bar", "bars of the statistics view"),
    (Slot::Shade1, "shade-1", "the emptiest cells of the sector × stage table"),
    (Slot::Shade2, "shade-2", "table cells, second level"),
    (Slot::Shade3, "shade-3", "table cells, third level"),
    (Slot::Shade4, "shade-4", "table cells, fourth level"),
    (Slot::Shade5, "shade-5", "the fullest cells of the sector × stage table"),
    (Slot::ShadeText, "shade-text", "numbers on shaded table cells"),
    (Slot::Text, "text", "plain text (reset: the terminal's own)"),
    (Slot::Background, "background", "the background of every pane (reset: the terminal's own)"),
];

/// A set of colours, one per [`Slot`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: &'static str,
    colours: [Color; SLOTS.len()],
}

impl Theme {
    /// The built-in themes' names.
    pub const NAMES: [&'static str; 3] = ["dark", "light", "high-contrast"];

    pub fn named(name: &str) -> Option<Theme> {
        match name {
            "dark" => Some(Theme::dark()),
            "light" => Some(Theme::light()),
            "high-contrast" => Some(Theme::high_contrast()),
            _ => None,
        }
    }

    fn of(name: &'static str, colours: [Color; SLOTS.len()]) -> Theme {
        Theme { name, colours }
    }

    /// Light colours for a dark terminal background.
    #[rustfmt::skip]
    pub fn dark() -> Theme {
        use Color::*;
        Theme::of(
            "dark",
            [
                LightRed, LightBlue, LightMagenta, Yellow, LightGreen, Gray, DarkGray, // sectors
                LightCyan, Yellow, LightBlue, LightMagenta, LightGreen, Green, DarkGray, // stages
                DarkGray, LightCyan, Gray, DarkGray, Gray, LightYellow, LightYellow, LightRed, // border … error
                LightCyan, Gray, Black, LightGreen, DarkGray, Cyan, // key … bar
                Indexed(22), Indexed(28), Indexed(34), Indexed(40), Indexed(46), Black, // shades, shade text
                Reset, Reset, // the terminal's own text and background
            ],
        )
    }

    /// Dark colours on a white background of its own, so that it reads
    /// the same on a dark terminal.
    #[rustfmt::skip]
    pub fn light() -> Theme {
        use Color::*;
        Theme::of(
            "light",
            [
                Red, Blue, Magenta, Indexed(130), Indexed(28), Indexed(240), Indexed(245), // sectors
                Indexed(25), Indexed(130), Blue, Magenta, Indexed(28), Indexed(22), Indexed(245), // stages
                Indexed(248), Blue, Black, Indexed(242), Indexed(238), Indexed(160), Indexed(166), Red, // border … error
                Blue, Black, Indexed(253), Indexed(28), Indexed(252), Blue, // key … bar
                Indexed(194), Indexed(157), Indexed(120), Indexed(77), Indexed(34), Black, // shades, shade text
                Indexed(16), Indexed(231), // black text on white, whatever the terminal's colours
            ],
        )
    }

    /// Bright, saturated colours and no dim text, for low vision or a
    /// washed-out screen.
    #[rustfmt::skip]
    pub fn high_contrast() -> Theme {
        use Color::*;
        Theme::of(
            "high-contrast",
            [
                LightRed, LightBlue, LightMagenta, LightYellow, LightGreen, White, White, // sectors
                LightCyan, LightYellow, LightBlue, LightMagenta, LightGreen, Green, White, // stages
                White, LightYellow, White, White, White, LightYellow, LightYellow, LightRed, // border … error
                LightYellow, Black, White, LightGreen, Blue, LightCyan, // key … bar
                Indexed(22), Indexed(28), Indexed(34), Indexed(40), Indexed(46), Black, // shades, shade text
                Reset, Reset, // the terminal's own text and background
            ],
        )
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

/// How a colour is written in the config file.
pub fn colour_name(c: Color) -> String {
    match c {
        Color::Indexed(n) => n.to_string(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        other => format!("{other:?}").to_lowercase(),
    }
}

/// Reads a colour: a name (`red`, `lightblue`, `darkgray`), `#rrggbb`, or
/// a number 0–255 of the terminal's palette.
pub fn parse_colour(text: &str) -> Result<Color, String> {
    text.parse::<Color>().map_err(|_| {
        format!(
            "'{text}' is not a colour (a name such as red, lightblue or darkgray; #rrggbb; or 0-255)"
        )
    })
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
    fn slots_are_listed_in_order_and_colours_read_back() {
        for (i, (slot, _, _)) in SLOTS.iter().enumerate() {
            assert_eq!(*slot as usize, i);
        }
        for name in Theme::NAMES {
            let t = Theme::named(name).unwrap();
            for (slot, _, _) in SLOTS {
                assert_eq!(parse_colour(&colour_name(t.get(slot))), Ok(t.get(slot)));
            }
        }
        assert!(parse_colour("blurple").is_err());
        assert_eq!(parse_colour("#ff8000"), Ok(Color::Rgb(255, 128, 0)));
    }
}
