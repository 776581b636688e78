//! The config file with every option at its default, commented: what
//! `sprout config --default` prints, so the file documents itself. Its
//! comments are in the language spoken (a person reads them); its settings
//! and their values are the file's own words in every language.

use super::DEFAULT_DATE_FORMAT;
use crate::keys::{ActionKeys, Context, KeyTable};
use crate::palette::{Palette, SLOTS};

/// The message `id` as comment lines, `# ` before each.
fn comment(out: &mut String, id: &str) {
    for line in crate::i18n::texts().get(id, &[]).lines() {
        out.push_str("# ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// `id` in the language spoken, else `text` (a table row added without a
/// message shows its English words rather than its id).
fn said(id: &str, text: &str) -> String {
    crate::i18n::texts()
        .find(id, &[])
        .unwrap_or_else(|| text.to_string())
}

/// What a binding does, as the UI's help says it (the same messages).
fn binding_help(b: &ActionKeys) -> String {
    let section = b.context.section();
    let own = crate::i18n::texts().find(&format!("ui-key-{section}-{}", b.action), &[]);
    match b.group {
        None => own.unwrap_or_else(|| b.help.to_string()),
        Some(group) => {
            // The file has room for a value's whole label (the UI's help
            // has its short name).
            let value = own
                .or_else(|| crate::i18n::texts().find(b.action, &[]))
                .or_else(|| crate::i18n::texts().find(&format!("ui-name-{}", b.action), &[]))
                .unwrap_or_else(|| b.help.to_string());
            // A group's message is named by the word its actions start
            // with (`sector-health` is in `sector`), as the UI's help does.
            let word = b.action.split('-').next().unwrap_or(b.action);
            let group = said(&format!("ui-keys-{section}-{word}"), group);
            format!("{group}: {value}")
        }
    }
}

/// The config file with every option at its default, commented, so that
/// it documents itself (`sprout config --default`); `keys` is what the UI
/// binds.
pub fn default_file(keys: &dyn KeyTable) -> String {
    let mut out = String::new();
    comment(&mut out, "config-file-head");
    out.push('\n');
    comment(&mut out, "config-file-theme");
    out.push_str("theme = \"dark\"\n\n");
    comment(&mut out, "config-file-db");
    out.push_str("# db = \"postgres://olga@db.example.org/sprout\"\n\n");
    comment(&mut out, "config-file-user");
    out.push_str("# user = \"olga\"\n\n");
    comment(&mut out, "config-file-language");
    out.push_str("# language = \"ru\"\n\n[defaults]\n");
    comment(&mut out, "config-file-sort");
    out.push_str("sort = \"updated\"\n");
    comment(&mut out, "config-file-sidebar");
    out.push_str("sidebar = true\n");
    comment(&mut out, "config-file-date-format");
    out.push_str(&format!("# date_format = \"{DEFAULT_DATE_FORMAT}\"\n"));
    comment(&mut out, "config-file-stale-days");
    out.push_str(&format!(
        "stale_days = {}\n\n",
        crate::domain::row::STALE_DAYS
    ));
    comment(&mut out, "config-file-colours");
    out.push_str("[colors]\n");
    let dark = Palette::dark();
    for (slot, name, what) in SLOTS {
        let setting = format!("# {name} = \"{}\"", dark.get(slot).name());
        let what = said(&format!("config-colour-{name}"), what);
        out.push_str(&format!("{setting:<40} # {what}\n"));
    }
    out.push('\n');
    comment(&mut out, "config-file-synonyms");
    out.push_str("# [synonyms.sector]\n# \"Социальная поддержка\" = \"health\"\n\n");
    comment(&mut out, "config-file-keys");
    let actions = keys.actions();
    for context in Context::ALL {
        let title = said(
            &format!("ui-context-{}", context.section()),
            context.title(),
        );
        out.push_str(&format!("\n[keys.{}]   # {title}\n", context.section()));
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
            let setting = format!("{} = {value}", b.action);
            out.push_str(&format!("{setting:<44} # {}\n", binding_help(b)));
        }
    }
    out
}
