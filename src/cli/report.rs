//! `report`: the board pack of the ideas a query selects (issue 18, point
//! 7), as an HTML page or Markdown, to a file or standard output.

use super::board_args::{ReportArgs, ReportFormat};
use crate::domain::{Clock, Idea};
use crate::query::{Query, SortKey};
use crate::report::{Pack, html, markdown};
use crate::stats::Figures;
use crate::store::Store;
use crate::{Error, search};
use std::io::Write;
use std::path::Path;

pub fn run(store: &Store, a: ReportArgs, clock: &dyn Clock) -> Result<(), Error> {
    let text = crate::views::query_text(store, a.view.as_deref(), a.query.as_deref())?;
    let query = Query::parse(&text)?;
    let to_file = a.output.as_deref().filter(|p| p.as_os_str() != "-");
    let format = match (a.format, to_file) {
        (Some(f), _) => f,
        (None, Some(p)) if is_markdown(p) => ReportFormat::Markdown,
        (None, Some(_)) => ReportFormat::Html,
        (None, None) => ReportFormat::Markdown,
    };
    let now = clock.now();
    // The same selection as `sprout stats QUERY`, so the figures agree.
    let selection = search::select(store, &query, false, SortKey::Id, now)?;
    let figures = Figures::of(selection.rows(), now);
    let ideas = read_ideas(store, selection.rows().map(|r| r.id).collect())?;
    let pack = Pack::of(
        &ideas,
        (&store.rubrics()?, &store.reasons()?),
        figures,
        &text,
        &store.actor(),
        now,
        a.anonymous,
    );
    let page = match format {
        ReportFormat::Html => html::render(&pack),
        ReportFormat::Markdown => markdown::render(&pack),
    };
    match to_file {
        Some(path) => {
            write_whole(path, page.as_bytes())?;
            super::stdout::note(&crate::tr!(
                "cli-report-wrote",
                count = ideas.len(),
                path = &path.display().to_string()
            ));
        }
        None => {
            let mut out = super::stdout::data_stdout(super::stdout::Escape::Replace);
            out.write_all(page.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

fn is_markdown(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// The full ideas of `ids`, in a few batches (a server's round trips).
fn read_ideas(store: &Store, ids: Vec<u64>) -> Result<Vec<Idea>, Error> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(1024) {
        for v in store.ideas_with_versions(chunk)?.into_iter().flatten() {
            out.push(v.idea);
        }
    }
    Ok(out)
}

/// Writes `bytes` to `path` whole or not at all: into a file beside it,
/// then renamed over it, so a failure never leaves half a pack where a
/// good one was.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let cannot = |e: &dyn std::fmt::Display| {
        Error::Invalid(crate::tr!(
            "cli-err-cannot-write",
            name = &crate::domain::text::printable(&path.display().to_string(), false),
            problem = &e.to_string()
        ))
    };
    if super::file_errors::is_device(path) {
        return std::fs::write(path, bytes)
            .map_err(|e| super::file_errors::cannot_write(&path.display().to_string(), &e));
    }
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| cannot(&e))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| cannot(&e))?;
    // A temporary file is private (0600); the pack gets the permissions of
    // the file it replaces, or the usual 0644.
    let perms = std::fs::metadata(path)
        .map(|m| m.permissions())
        .unwrap_or_else(|_| {
            use std::os::unix::fs::PermissionsExt;
            std::fs::Permissions::from_mode(0o644)
        });
    tmp.as_file()
        .set_permissions(perms)
        .map_err(|e| cannot(&e))?;
    tmp.persist(path).map_err(|e| cannot(&e.error))?;
    Ok(())
}
