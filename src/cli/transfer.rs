//! `import` and `export`.

use super::args::{ExportArgs, ImportArgs};
use super::import_views::plan_views;
use super::intake;
use super::progress::Progress;
use super::stdout::{Escape, data_stdout, line, note};
use crate::domain::Clock;
use crate::query::{Query, SortKey};
use crate::store::Store;
use crate::transfer::{
    Exporter, Format, Import, ImportOptions, Problem, TransferError, is_spreadsheet,
    read_document_with, read_sheet,
};
use crate::{Error, search};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// `cannot read FILE: why`, in the language spoken.
fn cannot_read(name: &str, e: &std::io::Error) -> Error {
    Error::Invalid(crate::tr!(
        "err-cannot-read",
        name = name,
        problem = &crate::i18n::io_reason(e)
    ))
}

fn is_stdio(p: &Path) -> bool {
    p.as_os_str() == "-"
}

pub fn import(
    store: &Store,
    a: ImportArgs,
    clock: &dyn Clock,
    config: Option<PathBuf>,
) -> Result<(), Error> {
    let name = if is_stdio(&a.file) {
        "<stdin>".to_string()
    } else {
        a.file.display().to_string()
    };
    let in_file = |e: TransferError| match e {
        TransferError::Unreadable(m) => Error::Invalid(format!("{name}: {m}")),
        TransferError::Invalid { count, problems } => {
            let mut m = format!(
                "{name}: {}",
                TransferError::Invalid {
                    count,
                    problems: vec![]
                }
            );
            for p in problems {
                m.push_str("\n  ");
                m.push_str(&p.to_string());
            }
            Error::Invalid(m)
        }
        other => Error::Transfer(other),
    };
    // The file is read as a stream: its first bytes say what it is, and
    // the rest follows them as the records are read.
    let mut input: Box<dyn Read> = if is_stdio(&a.file) {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(&a.file).map_err(|e| cannot_read(&name, &e))?)
    };
    let mut head = Vec::with_capacity(4096);
    input
        .by_ref()
        .take(4096)
        .read_to_end(&mut head)
        .map_err(|e| cannot_read(&name, &e))?;
    let format = match a.format {
        Some(f) => f.into(),
        None => Format::from_path(&a.file)
            .unwrap_or_else(|| Format::sniff(&String::from_utf8_lossy(&head))),
    };
    let values = intake::values(config.clone(), &a);
    let choices = intake::choices(config.clone(), &a)?;
    let spreadsheet = a.format.is_none() && is_spreadsheet(&a.file, &head);
    if a.sheet.is_some() && !spreadsheet {
        return Err(Error::Usage(crate::tr!(
            "cli-err-sheet",
            name = name.as_str()
        )));
    }
    let columned = spreadsheet || format == Format::Csv;
    if !columned && (!a.map.is_empty() || a.mapping.is_some() || a.save_map.is_some()) {
        return Err(Error::Usage(crate::tr!(
            "cli-err-map-not-columns",
            name = name.as_str(),
            format = format.to_string().as_str()
        )));
    }
    if !columned && a.key.is_some() {
        return Err(Error::Usage(crate::tr!(
            "cli-err-key-not-columns",
            name = name.as_str(),
            format = format.to_string().as_str()
        )));
    }
    // How far through the file the import is, for the time left.
    let read = std::rc::Rc::new(std::cell::Cell::new(0u64));
    let size = (!is_stdio(&a.file) && !spreadsheet)
        .then(|| std::fs::metadata(&a.file).ok().map(|m| m.len()))
        .flatten()
        .filter(|&n| n > 0);
    let document = if spreadsheet {
        // A workbook is a zip (or OLE) archive, read whole.
        let mut bytes = head;
        input
            .read_to_end(&mut bytes)
            .map_err(|e| cannot_read(&name, &e))?;
        read_sheet(&bytes, a.sheet.as_deref(), &choices)
    } else {
        let counted = Counted {
            inner: std::io::Cursor::new(head).chain(input),
            read: std::rc::Rc::clone(&read),
        };
        read_document_with(counted, format, &choices)
    }
    .map_err(in_file)?;
    let mapping = document.mapping.clone();
    if a.dry_run
        && let Some(m) = &mapping
    {
        print!("{}", intake::table(m));
    }
    let options = ImportOptions {
        skip_invalid: a.skip_invalid,
        update: a.update,
        dry_run: a.dry_run,
        values: Some(&values),
    };
    // Into a database without ideas, a whole export is a restore (asked
    // before the import's own ideas are there).
    let empty = store.newest_rows(1)?.is_empty();
    // Each chunk is written as it is checked, and the file is read as it
    // goes, so how many records it has is known only at its end.
    let mut import = Import::begin(store, &options, clock.now())?;
    import.with_rubrics_of(&document.views);
    let verb = if a.dry_run {
        crate::tr!("cli-progress-checking")
    } else {
        crate::tr!("cli-progress-importing")
    };
    let verb = verb.as_str();
    let importing = match size {
        Some(bytes) => Progress::through_file(verb, bytes),
        None => Progress::new(verb, None),
    };
    let checked = import.records(document.records, &values, &|n| match size {
        Some(_) => importing.set_read(verb, n as u64, read.get()),
        None => importing.set(n as u64),
    });
    importing.finish();
    let (views, has_views) = document.views.take();
    let (views, view_problems): (Vec<_>, Vec<_>) = views.into_iter().partition(Result::is_ok);
    let view_problems: Vec<Problem> = view_problems.into_iter().filter_map(Result::err).collect();
    // Whatever refuses the file here drops the import, which takes back
    // what it wrote.
    let mut plan = match checked {
        Err(TransferError::Invalid {
            count,
            mut problems,
        }) => {
            problems.extend(view_problems.iter().cloned());
            return Err(in_file(TransferError::Invalid {
                count: count + view_problems.len(),
                problems,
            }));
        }
        Err(other) => return Err(in_file(other)),
        Ok(_) if !view_problems.is_empty() && !a.skip_invalid => {
            return Err(in_file(TransferError::Invalid {
                count: view_problems.len(),
                problems: view_problems,
            }));
        }
        Ok(plan) => plan,
    };
    plan.invalid += view_problems.len();
    plan.problems.extend(view_problems);
    if let Some(m) = &mapping {
        plan.unknown_fields.extend(m.ignored().map(String::from));
        if let Some(map_name) = &a.save_map {
            intake::save(config, map_name, m)?;
        }
    }
    let restore = has_views && empty;
    let views = plan_views(
        store,
        views.into_iter().flatten(),
        restore,
        import.last_writes(),
    )?;
    let rubrics = super::rubric_import::plan(store, std::mem::take(&mut plan.rubrics))?;
    super::panel::import_plan(store, document.views.take_panel(), import.last_writes())?;
    let conflicts = super::conflicts::plan_import(
        store,
        document.views.take_conflicts(),
        import.last_writes(),
    )?;
    let reasons =
        super::reason_import::plan(store, document.views.take_reasons(), import.last_writes())?;
    for field in &plan.unknown_fields {
        note(&crate::tr!(
            "cli-import-unknown-field",
            name = name.as_str(),
            field = field.as_str()
        ));
    }
    for p in &plan.problems {
        note(&crate::tr!(
            "cli-import-skipped",
            name = name.as_str(),
            problem = &p.to_string()
        ));
    }
    // Said once the records are in (or would be): an import that fails
    // says only why.
    let looks_like = std::mem::take(&mut plan.looks_like);
    let report_near = || {
        for (at, m) in &looks_like {
            note(&crate::tr!(
                "cli-import-looks-like",
                name = name.as_str(),
                line = at.to_string().as_str(),
                id = m.id.to_string().as_str(),
                score = super::words::decimal(f64::from(m.score), 2).as_str()
            ));
        }
    };
    let counts = plan.counts;
    let updated = counts.updated;
    let unchanged = counts.unchanged;
    let skipped = counts.skipped_existing;
    let dry = if a.dry_run { "yes" } else { "no" };
    let mut parts = vec![crate::tr!(
        "cli-import-added",
        dry = dry,
        count = counts.added
    )];
    if let Some((lo, hi)) = counts.added_ids {
        parts[0].push_str(&if lo == hi {
            format!(" (#{lo})")
        } else {
            format!(" (#{lo}–#{hi})")
        });
    }
    if updated > 0 || a.update {
        parts.push(crate::tr!("cli-import-updated", dry = dry, count = updated));
    }
    if unchanged > 0 {
        parts.push(crate::tr!("cli-import-unchanged", count = unchanged));
    }
    // By id, or by the same title, proposer and summary.
    let there = skipped + counts.already_there;
    if there > 0 {
        parts.push(crate::tr!("cli-import-already-there", count = there));
    }
    if views.saved > 0 {
        let what = match (a.dry_run, restore) {
            (true, true) => "would-restore",
            (true, false) => "would-add",
            (false, true) => "restored",
            (false, false) => "added",
        };
        parts.push(crate::tr!(
            "cli-import-views",
            what = what,
            count = views.saved
        ));
    }
    if views.kept > 0 {
        parts.push(crate::tr!("cli-import-views-kept", count = views.kept));
    }
    parts.extend(rubrics.summary(a.dry_run));
    if conflicts > 0 {
        parts.push(crate::tr!(
            "cli-import-conflicts",
            dry = if a.dry_run { "yes" } else { "no" },
            count = conflicts
        ));
    }
    if let Some(part) = reasons.summary(a.dry_run) {
        parts.push(part);
    }
    if !looks_like.is_empty() {
        let n = looks_like.len();
        parts.push(crate::tr!("cli-import-look-alike", count = n));
    }
    if !plan.joined.is_empty() {
        parts.push(joined_summary(&plan.joined));
    }
    if plan.invalid > 0 {
        parts.push(crate::tr!("cli-import-invalid", count = plan.invalid));
    }
    if a.dry_run {
        report_near();
        line(&crate::tr!(
            "cli-import-dry-run",
            parts = parts.join(", ").as_str()
        ))?;
    } else {
        import.finish()?;
        report_near();
        line(&parts.join(", "))?;
    }
    Ok(())
}

/// A reader that counts the bytes read through it.
struct Counted<R> {
    inner: R,
    read: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.set(self.read.get() + n as u64);
        Ok(n)
    }
}

/// `put 2 one-line fields on one line (line 2 title, line 5 proposer)`:
/// the line breaks in them became spaces.
fn joined_summary(joined: &[(usize, Vec<&'static str>)]) -> String {
    const SHOWN: usize = 3;
    let n: usize = joined.iter().map(|(_, f)| f.len()).sum();
    let mut places: Vec<String> = joined
        .iter()
        .take(SHOWN)
        .map(|(line, fields)| {
            crate::tr!(
                "cli-import-joined-at",
                line = *line,
                fields = fields
                    .join(&format!(" {} ", crate::tr!("cli-and")))
                    .as_str()
            )
        })
        .collect();
    if joined.len() > SHOWN {
        places.push(crate::tr!(
            "cli-import-joined-more",
            count = joined.len() - SHOWN
        ));
    }
    crate::tr!(
        "cli-import-joined",
        count = n,
        places = places.join(", ").as_str()
    )
}

pub fn export(store: &Store, a: ExportArgs, clock: &dyn Clock) -> Result<(), Error> {
    let text = crate::views::query_text(store, a.view.as_deref(), a.query.as_deref())?;
    let query = Query::parse(&text)?;
    let to_file = a.output.as_deref().filter(|p| !is_stdio(p));
    let format = match (a.format, to_file) {
        (Some(f), _) => f.into(),
        (None, Some(p)) => Format::from_path(p).unwrap_or(Format::Json),
        (None, None) => Format::Json,
    };
    // A backup must hold everything, so archived ideas are included unless
    // the query says otherwise.
    let selection = search::select(store, &query, true, SortKey::Id, clock.now())?;
    let ids: Vec<u64> = selection.rows().map(|r| r.id).collect();
    match to_file {
        Some(path) if super::file_errors::is_device(path) => {
            let cannot = |e: &std::io::Error| {
                super::file_errors::cannot_write(&path.display().to_string(), e)
            };
            let device = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| cannot(&e))?;
            let n = write_ideas(store, &ids, format, std::io::BufWriter::new(device), false)?;
            let to = path.display().to_string();
            note(&crate::tr!("cli-export-done", count = n, to = to.as_str()));
        }
        Some(path) => {
            // Write beside the target and rename, so a failed export never
            // leaves a half-written file where a good one was.
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)
                .map_err(|e| super::file_errors::cannot_write(&path.display().to_string(), &e))?;
            let n = write_ideas(
                store,
                &ids,
                format,
                std::io::BufWriter::new(tmp.as_file_mut()),
                false,
            )?;
            // A temporary file is private (0600); an export gets the
            // permissions of the file it replaces, or the usual 0644.
            let perms = std::fs::metadata(path)
                .map(|m| m.permissions())
                .unwrap_or_else(|_| {
                    use std::os::unix::fs::PermissionsExt;
                    std::fs::Permissions::from_mode(0o644)
                });
            tmp.as_file().set_permissions(perms)?;
            tmp.persist(path).map_err(|e| {
                super::file_errors::cannot_write(&path.display().to_string(), &e.error)
            })?;
            let to = path.display().to_string();
            note(&crate::tr!("cli-export-done", count = n, to = to.as_str()));
        }
        None => {
            write_ideas(store, &ids, format, data_stdout(escape(format)), true)?;
        }
    }
    Ok(())
}

/// How a format escapes what must not reach a terminal.
pub fn escape(format: Format) -> Escape {
    match format {
        Format::Json | Format::Jsonl => Escape::Json,
        Format::Csv => Escape::Replace,
    }
}

/// The extra-field columns a CSV export of `ids` needs, read before its
/// header is written (one more pass over the ideas, for CSV only).
pub fn csv_extra_columns(store: &Store, ids: &[u64], format: Format) -> Result<Vec<String>, Error> {
    let mut names = crate::transfer::ExtraColumns::default();
    if format == Format::Csv {
        for &id in ids {
            if let Some(idea) = store.idea(id)? {
                names.add(&idea);
            }
        }
    }
    Ok(names.finish())
}

fn write_ideas<W: Write>(
    store: &Store,
    ids: &[u64],
    format: Format,
    out: W,
    to_stdout: bool,
) -> Result<usize, Error> {
    let views = store.views()?;
    let rubrics = store.rubrics()?;
    let conflicts = store.declared_conflicts()?;
    let reasons = store.stored_reasons()?;
    let extras = csv_extra_columns(store, ids, format)?;
    let panel = store.panel_settings()?;
    let whole = crate::transfer::Whole {
        rubrics: &rubrics,
        panel: Some(&panel),
        conflicts: &conflicts,
        reasons: &reasons,
    };
    let mut e = Exporter::with_whole(format, out, Some(&views), &whole, extras)?;
    // Ideas written to the terminal itself need no progress line among them.
    let to_screen = to_stdout && std::io::stdout().is_terminal();
    let progress = if to_screen {
        Progress::hidden()
    } else {
        Progress::new(
            &crate::tr!("cli-progress-exporting"),
            Some(ids.len() as u64),
        )
    };
    for (n, &id) in ids.iter().enumerate() {
        if let Some(idea) = store.idea(id)? {
            e.write(&idea)?;
        }
        if n % 1024 == 0 {
            progress.set(n as u64);
        }
    }
    progress.finish();
    Ok(e.finish()?)
}
