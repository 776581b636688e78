//! `rubric`: show the rubric (now, or an older version), print it as a
//! file, list its versions, or load a changed one as the next version.

use super::output::{table, terminal_width};
use super::panel_args::RubricArgs;
use crate::Error;
use crate::domain::rubric::{self, Rubric};
use crate::domain::{Clock, rubric_file, text};
use crate::store::Store;
use std::io::Read;

pub fn run(store: &Store, a: RubricArgs, clock: &dyn Clock) -> Result<(), Error> {
    if let Some(file) = &a.set {
        return set(store, file, clock);
    }
    let stored = store.rubrics()?;
    if a.history {
        return history(&stored);
    }
    let shown = match a.at {
        None => rubric::current(&stored),
        Some(n) => rubric::version(&stored, n).ok_or_else(|| {
            let newest = rubric::current(&stored).version;
            Error::Invalid(format!(
                "the rubric has no version {n} (versions 1 to {newest})"
            ))
        })?,
    };
    if a.toml {
        return write(&rubric_file::to_toml(&shown));
    }
    show(&shown)
}

/// Who made a version and when, for a heading.
fn made(r: &Rubric) -> String {
    if r.made.seconds() == 0 {
        "the default".into()
    } else {
        format!("by {}, {}", r.by, r.made.rfc3339())
    }
}

fn show(r: &Rubric) -> Result<(), Error> {
    let rows: Vec<Vec<String>> = r
        .criteria
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                c.weight.to_string(),
                c.scale(),
                crate::i18n::criterion_description(c),
            ]
        })
        .collect();
    let mut text = format!("rubric version {} ({})\n", r.version, made(r));
    text.push_str(&table(
        &["CRITERION", "WEIGHT", "SCALE", "DESCRIPTION"],
        &rows,
        3,
        terminal_width(),
        &[1],
    ));
    write(&text)
}

fn history(stored: &[Rubric]) -> Result<(), Error> {
    let mut all = vec![Rubric::default_rubric()];
    all.retain(|d| !stored.iter().any(|s| s.version == d.version));
    all.extend(stored.iter().cloned());
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|r| {
            let names: Vec<&str> = r.criteria.iter().map(|c| c.name.as_str()).collect();
            vec![r.version.to_string(), made(r), names.join(", ")]
        })
        .collect();
    write(&table(
        &["VERSION", "MADE", "CRITERIA"],
        &rows,
        2,
        terminal_width(),
        &[0],
    ))
}

/// Loads a rubric file as the next version, unless it changes nothing.
fn set(store: &Store, file: &std::path::Path, clock: &dyn Clock) -> Result<(), Error> {
    let (name, content) = if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::Invalid(format!("<stdin>: cannot read it: {e}")))?;
        ("<stdin>".to_string(), s)
    } else {
        let name = text::printable(&file.display().to_string(), false);
        let s = std::fs::read_to_string(file)
            .map_err(|e| Error::Invalid(format!("{name}: cannot read it: {e}")))?;
        (name, s)
    };
    let loaded = rubric_file::parse(&content)
        .map_err(|e| Error::Invalid(format!("{name}: {e}; nothing was saved")))?;
    let current = store.rubric()?;
    if loaded.same_criteria(&current) {
        super::stdout::line(&format!(
            "the rubric is unchanged (version {}): nothing was saved",
            current.version
        ))?;
        return Ok(());
    }
    let next = loaded.succeeding(&current, clock.now(), &store.actor());
    let mut writes = store.begin()?;
    writes.save_rubric(next.clone());
    store.commit(writes)?;
    super::stdout::line(&format!(
        "saved the rubric as version {} ({} {}: {}); reviews made before keep version {}",
        next.version,
        next.criteria.len(),
        if next.criteria.len() == 1 {
            "criterion"
        } else {
            "criteria"
        },
        next.criteria
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        current.version
    ))?;
    Ok(())
}

fn write(text: &str) -> Result<(), Error> {
    let mut out = super::stdout::stdout();
    std::io::Write::write_all(&mut out, text.as_bytes())?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}
