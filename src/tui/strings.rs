//! The UI's words, in one place.

pub const APP: &str = "sprout";
pub const WELCOME_TITLE: &str = "Welcome to sprout";
pub const WELCOME: &[&str] = &[
    "This database has no ideas yet. To fill it, quit (q) and run one of:",
    "",
    "  sprout add --title \"Social taxi for wheelchair users\" --sector disparities",
    "  sprout import ideas.csv         (CSV, JSON or JSONL; only a title column is required)",
    "  sprout demo --count 500         (realistic sample ideas)",
    "",
    "or try everything on a throw-away database:  sprout --demo",
    "",
    "Press ? for every key, q to quit.",
];
pub const NO_RESULTS_TITLE: &str = "No ideas match";
pub const NO_RESULTS: &[&str] = &[
    "Widen the search:",
    "  · press / and remove a term, or Esc in the query bar to clear it all",
    "  · untick a filter in the sidebar (Tab to reach it, Space to untick)",
    "  · archived ideas are hidden unless the query says is:archived",
];
pub const TOO_SMALL: &str = "sprout needs a larger window";
pub const HELP_TITLE: &str = " Keys (? or Esc closes) ";
pub const STILL_TYPING: &str = "showing results for the last valid query";
