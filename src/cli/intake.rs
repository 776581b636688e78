//! What `import` needs beyond reading records: the config's synonyms and
//! `--date-format`, the column choices of `--map` and `--mapping`, the
//! saved mappings file, and the mapping table that `--dry-run` starts with.

use super::args::ImportArgs;
use super::output::{cut, pad, terminal_width};
use crate::Error;
use crate::transfer::columns::{Choices, Mapping, SAMPLES};
use crate::transfer::dates::DateReader;
use crate::transfer::{Values, saved_maps};
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

/// Where saved mappings are kept: beside the config file.
pub fn mappings_path(config: Option<PathBuf>) -> Result<PathBuf, Error> {
    let (config_file, _) = crate::config::path(config)
        .ok_or_else(|| Error::Invalid(crate::tr!("cli-err-no-config-dir")))?;
    let dir = config_file.parent().map(PathBuf::from).unwrap_or_default();
    Ok(dir.join(saved_maps::FILE_NAME))
}

/// The readers of values: the config file's synonyms (its problems are
/// said as warnings, and the built-in ones used, as everywhere else) and
/// `--date-format`.
pub fn values(config: Option<PathBuf>, a: &ImportArgs) -> Values {
    // No config file is no synonyms of one's own, not a problem to report
    // on every import.
    let found = crate::config::path(config).filter(|(p, _)| p.exists());
    let loaded = super::ui_keys::load_config(found);
    for e in loaded.errors.iter().chain(&loaded.notes) {
        eprintln!("{}", crate::tr!("cli-warning-config", problem = e.as_str()));
    }
    Values {
        synonyms: loaded.config.synonyms,
        dates: DateReader::new(a.date_format.clone()),
    }
}

/// `--mapping NAME` (saved) under `--map` (given).
pub fn choices(config: Option<PathBuf>, a: &ImportArgs) -> Result<Choices, Error> {
    let mut choices = match &a.mapping {
        Some(name) => saved_maps::load(&mappings_path(config)?, name).map_err(Error::Invalid)?,
        None => Choices::default(),
    };
    choices.given = a.map.clone();
    if let Some(key) = &a.key {
        choices.given.push((key.clone(), Some("source_id")));
        choices.key = Some(key.clone());
    }
    Ok(choices)
}

/// Saves the mapping as `--save-map NAME` says, and says where.
pub fn save(config: Option<PathBuf>, name: &str, mapping: &Mapping) -> Result<(), Error> {
    let path = mappings_path(config)?;
    saved_maps::save(&path, name, mapping).map_err(Error::Invalid)?;
    eprintln!(
        "{}",
        crate::tr!(
            "cli-mapping-saved",
            name = &cut(name, 60),
            path = &crate::domain::text::printable(&path.display().to_string(), false),
            word = &shell_word(name)
        )
    );
    Ok(())
}

/// A name as typed in a shell: quoted unless it is plain.
fn shell_word(name: &str) -> String {
    if !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        name.to_string()
    } else {
        format!("'{}'", cut(name, 60).replace('\'', r"'\''"))
    }
}

/// The mapping table: each column, the field it goes to (or "kept as
/// extra", or "ignored"),
/// and its first values, fitted to the terminal (100 columns when piped).
pub fn table(mapping: &Mapping) -> String {
    let width = terminal_width().unwrap_or(100).max(30);
    // The field is the machine name `--map` takes; the rest is words.
    let label = |c: &crate::transfer::columns::Column| match c.field {
        Some(f) => f.to_string(),
        None if mapping.is_extra(c) => crate::tr!("cli-mapping-extra"),
        None => crate::tr!("cli-mapping-ignored"),
    };
    let field_width = mapping
        .columns
        .iter()
        .map(|c| label(c).width())
        .max()
        .unwrap_or(8)
        .max(8);
    // Headers take up to two fifths of what the field leaves, samples the
    // rest: three when they fit at 8 columns each, else fewer.
    let header_width = mapping
        .columns
        .iter()
        .map(|c| c.header.width())
        .max()
        .unwrap_or(0)
        .clamp(6, 32)
        .min(((width - 14) * 2 / 5).max(6));
    let used = 2 + header_width + 2 + field_width + 2;
    let rest = width.saturating_sub(used).max(4);
    let shown = ((rest + 3) / (8 + 3)).clamp(1, SAMPLES);
    let sample_width = (rest - 3 * (shown - 1)) / shown;
    let mut out = String::new();
    out.push_str(&format!(
        "  {}  {}  {}\n",
        pad(&crate::tr!("cli-mapping-column"), header_width),
        pad(&crate::tr!("cli-mapping-field"), field_width),
        crate::tr!("cli-mapping-samples")
    ));
    for c in &mapping.columns {
        let samples: Vec<String> = c
            .samples
            .iter()
            .take(shown)
            .map(|s| cut(s, sample_width))
            .collect();
        let line = format!(
            "  {}  {}  {}",
            pad(&cut(&c.header, header_width), header_width),
            pad(&label(c), field_width),
            if samples.is_empty() {
                crate::tr!("cli-mapping-empty")
            } else {
                samples.join(" · ")
            }
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
