//! The themes' colours as the config file names them: what each colour is
//! for ([`Slot`]), the built-in themes (dark, light, high-contrast) and how
//! a colour is written. Plain data, so the config file is read without the
//! terminal library; the UI turns a [`Palette`] into its styles
//! (`tui::theme`).

/// A colour as a terminal takes it: one of the 16 named ones, the
/// terminal's own (`Reset`), a number of its 256-colour palette, or RGB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Colour {
    Reset,
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
    Indexed(u8),
    Rgb(u8, u8, u8),
}

impl Colour {
    /// How the colour is written in the config file: `lightred`, `21`,
    /// `#ff8000`.
    pub fn name(self) -> String {
        match self {
            Colour::Indexed(n) => n.to_string(),
            Colour::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
            other => format!("{other:?}").to_lowercase(),
        }
    }

    /// Reads a colour: a name (`red`, `lightblue`, `darkgray`, and the
    /// ways other programs write them: `light-blue`, `bright red`,
    /// `grey`), `#rrggbb`, or a number 0–255 of the terminal's palette.
    pub fn parse(text: &str) -> Result<Colour, String> {
        let name = text
            .to_lowercase()
            .replace([' ', '-', '_'], "")
            .replace("bright", "light")
            .replace("grey", "gray")
            .replace("silver", "gray")
            .replace("lightblack", "darkgray")
            .replace("lightwhite", "white")
            .replace("lightgray", "white");
        let named = [
            Colour::Reset,
            Colour::Black,
            Colour::Red,
            Colour::Green,
            Colour::Yellow,
            Colour::Blue,
            Colour::Magenta,
            Colour::Cyan,
            Colour::Gray,
            Colour::DarkGray,
            Colour::LightRed,
            Colour::LightGreen,
            Colour::LightYellow,
            Colour::LightBlue,
            Colour::LightMagenta,
            Colour::LightCyan,
            Colour::White,
        ];
        if let Some(c) = named.into_iter().find(|c| c.name() == name) {
            return Ok(c);
        }
        if let Ok(n) = text.parse::<u8>() {
            return Ok(Colour::Indexed(n));
        }
        if let Some(rgb) = hex(text) {
            return Ok(rgb);
        }
        Err(format!(
            "'{text}' is not a colour (a name such as red, lightblue or darkgray; #rrggbb; or 0-255)"
        ))
    }
}

fn hex(text: &str) -> Option<Colour> {
    if !text.starts_with('#') || text.len() != 7 {
        return None;
    }
    let byte = |at: std::ops::Range<usize>| u8::from_str_radix(text.get(at)?, 16).ok();
    Some(Colour::Rgb(byte(1..3)?, byte(3..5)?, byte(5..7)?))
}

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

/// A theme: a set of colours, one per [`Slot`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub name: &'static str,
    colours: [Colour; SLOTS.len()],
}

impl Palette {
    /// The built-in themes' names.
    pub const NAMES: [&'static str; 3] = ["dark", "light", "high-contrast"];

    pub fn named(name: &str) -> Option<Palette> {
        match name {
            "dark" => Some(Palette::dark()),
            "light" => Some(Palette::light()),
            "high-contrast" => Some(Palette::high_contrast()),
            _ => None,
        }
    }

    fn of(name: &'static str, colours: [Colour; SLOTS.len()]) -> Palette {
        Palette { name, colours }
    }

    /// Light colours for a dark terminal background.
    #[rustfmt::skip]
    pub fn dark() -> Palette {
        use Colour::*;
        Palette::of(
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
    pub fn light() -> Palette {
        use Colour::*;
        Palette::of(
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
    pub fn high_contrast() -> Palette {
        use Colour::*;
        Palette::of(
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

    pub fn get(&self, slot: Slot) -> Colour {
        self.colours[slot as usize]
    }

    pub fn set(&mut self, slot: Slot, colour: Colour) {
        self.colours[slot as usize] = colour;
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::dark()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_listed_in_order_and_colours_read_back() {
        for (i, (slot, _, _)) in SLOTS.iter().enumerate() {
            assert_eq!(*slot as usize, i);
        }
        for name in Palette::NAMES {
            let t = Palette::named(name).unwrap();
            for (slot, _, _) in SLOTS {
                assert_eq!(Colour::parse(&t.get(slot).name()), Ok(t.get(slot)));
            }
        }
        assert!(Colour::parse("blurple").is_err());
        assert_eq!(Colour::parse("#ff8000"), Ok(Colour::Rgb(255, 128, 0)));
    }

    #[test]
    fn colours_are_read_the_way_other_programs_write_them() {
        assert_eq!(Colour::parse("Light-Blue"), Ok(Colour::LightBlue));
        assert_eq!(Colour::parse("bright red"), Ok(Colour::LightRed));
        assert_eq!(Colour::parse("grey"), Ok(Colour::Gray));
        assert_eq!(Colour::parse("light_gray"), Ok(Colour::White));
        assert_eq!(Colour::parse("dark_grey"), Ok(Colour::DarkGray));
        assert_eq!(Colour::parse("255"), Ok(Colour::Indexed(255)));
        assert!(Colour::parse("256").is_err());
        assert!(Colour::parse("#ff80").is_err());
    }
}
