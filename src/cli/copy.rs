//! `sprout copy --from SRC --to DST`: a whole database into a new, empty
//! one, between any two engines (sled and PostgreSQL). Ideas go with their
//! notes and history, as records; the views replace the destination's
//! defaults in the source's order; the id counter is carried over, so an
//! id the source gave out (even to an idea since removed) is not given
//! again. All of it is one commit: a failure leaves the destination empty.

use super::args::CopyArgs;
use super::progress::Progress;
use super::stdout::note;
use crate::Error;
use crate::domain::View;
use crate::store::{Store, is_postgres};
use std::path::Path;

pub fn run(a: CopyArgs) -> Result<(), Error> {
    let shown = |p: &Path| crate::domain::text::printable(&p.display().to_string(), false);
    if a.from == a.to {
        return Err(Error::Usage(crate::tr!(
            "cli-err-copy-same",
            db = &shown(&a.from)
        )));
    }
    // Opening a sled directory that is not there would make an empty one.
    if !is_location(&a.from) && !a.from.exists() {
        return Err(Error::Invalid(crate::tr!(
            "cli-err-copy-no-source",
            db = &shown(&a.from)
        )));
    }
    let from = Store::open(&a.from)?;
    make_parent(&a.to)?;
    let to = Store::open(&a.to)?;
    refuse_unless_empty(&to, &a.to)?;

    let mut writes = to.begin()?;
    let mut ideas = 0usize;
    let reading = Progress::new(&crate::tr!("cli-progress-reading"), None);
    for idea in from.ideas() {
        writes.put(idea?, None);
        ideas += 1;
        if ideas.is_multiple_of(1024) {
            reading.set(ideas as u64);
        }
    }
    reading.finish();
    let views = from.views()?;
    for old in to.views()? {
        writes.delete_view(&old.name);
    }
    for view in &views {
        writes.save_view(None, view.clone());
    }
    // Every version of the rubric, so that reviews keep theirs.
    let rubrics = from.rubrics()?;
    let versions = rubrics.len();
    for rubric in rubrics {
        writes.save_rubric(rubric);
    }
    // And how the panel combines its reviews, and whether it is blind.
    let panel = from.panel_settings()?;
    if panel != Default::default() {
        writes.save_panel_settings(panel);
    }
    // The conflicts of interest, so that assignment still respects them.
    let conflicts = from.declared_conflicts()?;
    if !conflicts.is_empty() {
        writes.set_conflicts(Vec::new(), conflicts);
    }
    // The reasons it added, relabelled or removed: decisions keep theirs.
    for reason in from.stored_reasons()? {
        writes.save_reason(reason);
    }
    writes.keep_ids_below(from.next_id()?);
    let writing = Progress::new(&crate::tr!("cli-progress-copying"), Some(ideas as u64));
    to.commit_large_with(writes, &|n| writing.set(n as u64))?;
    writing.finish();
    to.flush()?;
    // The versions stored beside the default every database has.
    let rubric = match versions {
        0 => String::new(),
        n => format!(", {}", crate::tr!("cli-copy-rubric-versions", count = n)),
    };
    note(&crate::tr!(
        "cli-copy-done",
        ideas = crate::tr!("ideas-count", count = ideas).as_str(),
        rubric = rubric.as_str(),
        views = crate::tr!("cli-views-count", count = views.len()).as_str(),
        from = redacted(&a.from).as_str(),
        to = redacted(&a.to).as_str()
    ));
    Ok(())
}

/// The directory a new sled destination goes in (a URL names a server).
fn make_parent(to: &Path) -> Result<(), Error> {
    match to.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) if !is_location(to) => std::fs::create_dir_all(parent)
            .map_err(|e| super::file_errors::cannot_create(parent, &e)),
        _ => Ok(()),
    }
}

fn is_location(p: &Path) -> bool {
    p.to_str().is_some_and(is_postgres)
}

/// A location as it may be shown: a URL's password hidden.
fn redacted(p: &Path) -> String {
    let text = p.display().to_string();
    crate::domain::text::printable(&crate::store::redacted_location(&text), false)
}

/// A copy goes only into a database with nothing of its own: no ideas,
/// no id given out, and the views a new database starts with.
fn refuse_unless_empty(to: &Store, path: &Path) -> Result<(), Error> {
    let rows = to.rows()?.len();
    let why = if rows > 0 {
        crate::tr!("cli-copy-has-ideas", count = rows)
    } else if to.next_id()? > 1 {
        crate::tr!("cli-copy-has-ids")
    } else if to.views()? != View::defaults() {
        crate::tr!("cli-copy-has-views")
    } else if !to.rubrics()?.is_empty() {
        crate::tr!("cli-copy-has-rubric")
    } else if !to.declared_conflicts()?.is_empty() {
        crate::tr!("cli-copy-has-conflicts")
    } else if !to.stored_reasons()?.is_empty() {
        crate::tr!("cli-copy-has-reasons")
    } else {
        return Ok(());
    };
    Err(Error::Invalid(crate::tr!(
        "cli-err-copy-not-empty",
        db = &redacted(path),
        why = &why
    )))
}

#[cfg(test)]
mod tests {
    use super::redacted;
    use std::path::Path;

    #[test]
    fn a_password_in_a_location_is_not_shown() {
        assert_eq!(
            redacted(Path::new("postgres://olga:hunter2@h/db")),
            "postgres://olga:***@h/db"
        );
        assert_eq!(
            redacted(Path::new("postgres://olga:s3cr@t@h/db")),
            "postgres://olga:***@h/db"
        );
        assert_eq!(
            redacted(Path::new("postgres://olga@h/db")),
            "postgres://olga@h/db"
        );
        assert_eq!(redacted(Path::new("/tmp/a:b@c")), "/tmp/a:b@c");
    }
}
