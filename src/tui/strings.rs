//! The UI's words, in one place. `{mode.action}` stands for the key bound
//! to that action now (see [`super::keymap::Keymap::fill`]).

pub const APP: &str = "sprout";
pub const WELCOME_TITLE: &str = "Welcome to sprout";
/// Short enough to be read whole at 50×16: each command fits 48 columns
/// with what it does beside it.
pub const WELCOME: &[&str] = &[
    "No ideas here yet. Quit ({browse.quit}) and run one of:",
    "",
    "  sprout demo --count 500      sample ideas",
    "  sprout import ideas.csv      CSV, JSON, Excel",
    "  sprout add --title 'Idea'    one by hand",
    "",
    "or try it all on a throw-away database:",
    "  sprout --demo",
    "",
    "{browse.help} shows every key, {browse.quit} quits.",
];
pub const NO_RESULTS_TITLE: &str = "No ideas match";
pub const NO_RESULTS: &[&str] = &[
    "Widen the search:",
    "  · press {browse.search} and remove a term, or {query.clear} in the query bar to clear it all",
    "  · untick a filter in the sidebar ({browse.focus-next} to reach it, {sidebar.choose} to untick)",
    "  · archived ideas are hidden unless the query says is:archived",
];
pub const TOO_SMALL: &str = "sprout needs a larger window";
pub const HELP_TITLE: &str = " Keys ({help.close*} closes) ";
/// The list's mark of an idea with a likely near-duplicate.
pub const LOOKS_LIKE_MARK: &str = "≈";
/// What the list's marks mean, at the end of help.
pub const LIST_MARKS: &str = "Marks in the list: ● marked · ! waiting too long in new or review · ≈ looks like another idea nobody has settled (the detail's Similar ideas says which; {browse.mark-duplicate} or {browse.not-duplicate} settles it; is:duplicate lists them all).";
pub const STILL_TYPING: &str = "showing results for the last valid query";
/// Its examples each find ideas in `sprout demo` data (tests/tui_popups.rs).
pub const SEARCH_PLACEHOLDER: &str =
    "press {browse.search} to search: taxi, sector:edu, stage:new, region:tatar, score:>=4 …";

/// As many of the ` · `-separated hints as fit in `room`, dropping the
/// first ones.
pub fn fitting_hints(hints: &str, room: usize) -> String {
    let parts: Vec<&str> = hints.split(" · ").collect();
    (0..parts.len())
        .map(|skip| parts[skip..].join(" · "))
        .find(|h| h.chars().count() <= room)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_that_do_not_fit_drop_from_the_front() {
        let hints = "Tab next field · Ctrl-s save · Esc cancel";
        assert_eq!(fitting_hints(hints, 100), hints);
        assert_eq!(fitting_hints(hints, 30), "Ctrl-s save · Esc cancel");
        assert_eq!(fitting_hints(hints, 12), "Esc cancel");
        assert_eq!(fitting_hints(hints, 3), "");
    }
}
