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
            Error::Invalid(crate::tr!(
                "cli-err-rubric-no-version",
                version = n,
                newest = newest
            ))
        })?,
    };
    if a.toml {
        let header = crate::i18n::rubric_file_header(shown.version);
        return write(&rubric_file::to_toml(&shown, &header));
    }
    show(&shown)
}

/// Who made a version and when, for a heading.
fn made(r: &Rubric) -> String {
    if r.made.seconds() == 0 {
        crate::tr!("cli-rubric-default")
    } else {
        crate::tr!(
            "cli-rubric-made",
            by = &crate::i18n::person(&r.by),
            when = super::words::moment(r.made).as_str()
        )
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
    let mut text = crate::tr!(
        "cli-rubric-version",
        version = r.version.to_string().as_str(),
        made = made(r).as_str()
    );
    text.push('\n');
    let header = [
        crate::tr!("cli-rubric-criterion"),
        crate::tr!("cli-rubric-weight"),
        crate::tr!("cli-rubric-scale"),
        crate::tr!("cli-rubric-description"),
    ];
    text.push_str(&table(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
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
    let header = [
        crate::tr!("cli-rubric-versions-version"),
        crate::tr!("cli-rubric-versions-made"),
        crate::tr!("cli-rubric-versions-criteria"),
    ];
    write(&table(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
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
            .map_err(|e| unreadable("<stdin>", &e))?;
        ("<stdin>".to_string(), s)
    } else {
        let name = text::printable(&file.display().to_string(), false);
        let s = std::fs::read_to_string(file).map_err(|e| unreadable(&name, &e))?;
        (name, s)
    };
    let loaded = rubric_file::parse(&content).map_err(|e| {
        Error::Invalid(crate::tr!(
            "cli-err-rubric-refused",
            name = name.as_str(),
            problem = &crate::i18n::rubric_file_error(&e)
        ))
    })?;
    let current = store.rubric()?;
    if loaded.same_criteria(&current) {
        super::stdout::line(&crate::tr!(
            "cli-rubric-unchanged",
            version = current.version.to_string().as_str()
        ))?;
        return Ok(());
    }
    let next = loaded.succeeding(&current, clock.now(), &store.actor());
    let mut writes = store.begin()?;
    writes.save_rubric(next.clone());
    store.commit(writes)?;
    let names: Vec<&str> = next.criteria.iter().map(|c| c.name.as_str()).collect();
    super::stdout::line(&crate::tr!(
        "cli-rubric-saved",
        version = next.version.to_string().as_str(),
        count = next.criteria.len(),
        names = names.join(", ").as_str(),
        before = current.version.to_string().as_str()
    ))?;
    Ok(())
}

fn write(text: &str) -> Result<(), Error> {
    let mut out = super::stdout::stdout();
    std::io::Write::write_all(&mut out, text.as_bytes())?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}

/// A rubric file that could not be read, in the language spoken.
fn unreadable(name: &str, e: &std::io::Error) -> Error {
    Error::Invalid(crate::tr!(
        "cli-err-rubric-unreadable",
        name = name,
        problem = &crate::i18n::io_reason(e)
    ))
}
