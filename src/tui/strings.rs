//! The UI's words, in one place, in the language spoken (messages
//! `ui-…` in locales/*.ftl, section ui-main). A key a message names comes
//! from the keymap as a Fluent argument (`{ $quit }`), so it stays true
//! when keys are rebound, in every language.

use super::keymap::Keymap;

pub const APP: &str = "sprout";

pub fn welcome_title() -> String {
    crate::tr!("ui-welcome-title")
}

/// Short enough to be read whole at 50×16: each command fits 48 columns
/// with what it does beside it.
pub fn welcome(keys: &Keymap) -> Vec<String> {
    lines(crate::tr!(
        "ui-welcome",
        quit = &keys.fill("{browse.quit}"),
        help = &keys.fill("{browse.help}"),
    ))
}

pub fn no_results_title() -> String {
    crate::tr!("ui-no-results-title")
}

pub fn no_results(keys: &Keymap) -> Vec<String> {
    lines(crate::tr!(
        "ui-no-results",
        search = &keys.fill("{browse.search}"),
        clear = &keys.fill("{query.clear}"),
        focus = &keys.fill("{browse.focus-next}"),
        choose = &keys.fill("{sidebar.choose}"),
    ))
}

pub fn too_small() -> String {
    crate::tr!("ui-too-small")
}

pub fn help_title(keys: &Keymap) -> String {
    crate::tr!("ui-help-title", close = &keys.fill("{help.close*}"))
}

/// The list's mark of an idea with a likely near-duplicate.
pub const LOOKS_LIKE_MARK: &str = "≈";

/// What the list's marks mean, at the end of help.
pub fn list_marks(keys: &Keymap) -> String {
    crate::tr!(
        "ui-list-marks",
        duplicate = &keys.fill("{browse.mark-duplicate}"),
        not_duplicate = &keys.fill("{browse.not-duplicate}"),
    )
}

pub fn still_typing() -> String {
    crate::tr!("ui-still-typing")
}

/// Its examples each find ideas in `sprout demo` data (tests/tui_popups.rs);
/// in Russian too, once the query language reads Russian names.
pub fn search_placeholder(keys: &Keymap) -> String {
    crate::tr!(
        "ui-search-placeholder",
        search = &keys.fill("{browse.search}")
    )
}

/// A message of several lines as its lines; Fluent keeps a line's own
/// indent past the message's, and `{""}` stands for an empty line.
fn lines(text: String) -> Vec<String> {
    text.split('\n').map(str::to_string).collect()
}

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
