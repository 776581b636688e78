//! The config file with every option at its default, commented: what
//! `sprout config --default` prints, so the file documents itself.

use super::DEFAULT_DATE_FORMAT;
use crate::keys::{Context, KeyTable};
use crate::palette::{Palette, SLOTS};

/// The config file with every option at its default, commented, so that
/// it documents itself (`sprout config --default`); `keys` is what the UI
/// binds.
pub fn default_file(keys: &dyn KeyTable) -> String {
    let mut out = String::new();
    out.push_str(
        "# sprout config file. Copy it to the path `sprout config --path` prints\n\
         # and change what you like; lines left as they are keep the default.\n\
         # A file with an error is reported line by line, and sprout starts with\n\
         # the defaults. NO_COLOR (any value) turns colour off whatever is here.\n\n\
         # Colours: dark (for a dark terminal, using its own background),\n\
         # light (dark text on a white background of its own, on any terminal)\n\
         # or high-contrast.\n\
         theme = \"dark\"\n\n\
         # The database, when neither --db nor $SPROUT_DB gives one: a directory\n\
         # (sled, the default ~/.local/share/sprout/db) or a PostgreSQL URL for\n\
         # a team, e.g. \"postgres://olga@db.example.org/sprout?sslmode=verify-full\"\n\
         # (the password from PGPASSWORD or ~/.pgpass, never written here).\n\
         # db = \"postgres://olga@db.example.org/sprout\"\n\n\
         # Who you are, as changes, notes and `assignee:me` name you on a\n\
         # database of your own (on PostgreSQL it is your role); else $USER.\n\
         # user = \"olga\"\n\n\
         # The language sprout speaks: \"en\" or \"ru\" (--lang ru for one run).\n\
         # Unset, the locale decides: LC_ALL, else LC_MESSAGES, else LANG.\n\
         # language = \"ru\"\n\n\
         [defaults]\n\
         # Order of the list when the query has no words: updated, created,\n\
         # title, score or stage (o cycles it).\n\
         sort = \"updated\"\n\
         # Whether the filter sidebar shows at start (f shows or hides it).\n\
         sidebar = true\n\
         # How dates are written in the detail pane: strftime items, in UTC,\n\
         # e.g. \"%Y-%m-%d %H:%M\" or \"%d.%m.%Y\". Unset, the language's own:\n\
         # RFC 3339 in English, 24.11.2026 14:32 UTC in Russian.\n",
    );
    out.push_str(&format!("# date_format = \"{DEFAULT_DATE_FORMAT}\"\n"));
    out.push_str(
        "# Days in new or review after which an idea waits too long (is:stale,\n\
         # the list's !, and the statistics' waiting figures).\n",
    );
    out.push_str(&format!(
        "stale_days = {}\n\n",
        crate::domain::row::STALE_DAYS
    ));
    out.push_str(
        "# Single colours over the theme: a name (red, lightblue, darkgray…),\n\
         # \"#rrggbb\", or a number 0-255 of the terminal's palette. Shown here\n\
         # with the dark theme's colours; uncomment a line to change it.\n\
         [colors]\n",
    );
    let dark = Palette::dark();
    for (slot, name, what) in SLOTS {
        let setting = format!("# {name} = \"{}\"", dark.get(slot).name());
        out.push_str(&format!("{setting:<40} # {what}\n"));
    }
    out.push_str(
        "\n# More ways of writing a sector, stage, org or barrier, read by import\n\
         # (many English and Russian ones are built in: Экология, НКО, NGO…):\n\
         # [synonyms.sector]\n\
         # \"Социальная поддержка\" = \"health\"\n",
    );
    out.push_str(
        "\n# Keys, by mode. Each action takes a key or a list of keys. A key is a\n\
         # character (j, G, /), Ctrl-x, or a name: Space, Enter, Esc, Tab,\n\
         # Shift-Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End,\n\
         # PgUp, PgDn, F1-F12. Two keys in a row are written with a space: \"g g\".\n\
         # Where text is typed (query, prompt, form) only keys with Ctrl or named\n\
         # keys can be bound. A key you bind is taken from any other action of\n\
         # that mode (sprout says so at start).\n",
    );
    let actions = keys.actions();
    for context in Context::ALL {
        out.push_str(&format!(
            "\n[keys.{}]   # {}\n",
            context.section(),
            context.title()
        ));
        for b in actions.iter().filter(|b| b.context == context) {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|s| format!("\"{}\"", s.config_name()))
                .collect();
            let value = if keys.len() == 1 {
                keys[0].clone()
            } else {
                format!("[{}]", keys.join(", "))
            };
            let what = match b.group {
                Some(g) => format!("{g}: {}", b.help),
                None => b.help.to_string(),
            };
            let setting = format!("{} = {value}", b.action);
            out.push_str(&format!("{setting:<44} # {what}\n"));
        }
    }
    out
}
