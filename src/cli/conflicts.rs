//! `conflicts`: list, declare and remove the reviewers' conflicts of
//! interest that `sprout assign` respects; and what an import does with
//! the conflicts of a whole-database export.

use super::assign_args::{ConflictValues, ConflictsAction};
use super::output::{table, terminal_width};
use super::stdout::{line, note};
use crate::Error;
use crate::domain::assign_conflicts::{ConflictField, DeclaredConflict, with_added};
use crate::domain::text::printable;
use crate::domain::{Clock, Row};
use crate::store::{Store, Writes};

pub fn run(store: &Store, action: Option<ConflictsAction>, clock: &dyn Clock) -> Result<(), Error> {
    match action {
        None | Some(ConflictsAction::List) => list(store),
        Some(ConflictsAction::Add { reviewer, values }) => add(store, &reviewer, &values, clock),
        Some(ConflictsAction::Remove { what, values }) => remove(store, &what, &values),
    }
}

/// The flags as (field, value) pairs, in the order of the fields.
fn given(values: &ConflictValues) -> Vec<(ConflictField, &str)> {
    let fields = [
        (ConflictField::Proposer, &values.proposer),
        (ConflictField::Org, &values.org),
        (ConflictField::Region, &values.region),
    ];
    fields
        .into_iter()
        .flat_map(|(field, list)| list.iter().map(move |v| (field, v.as_str())))
        .collect()
}

fn list(store: &Store) -> Result<(), Error> {
    let all = store.declared_conflicts()?;
    if all.is_empty() {
        note(&crate::tr!("cli-conflicts-none"));
        return Ok(());
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let by = if c.by.is_empty() {
                String::new()
            } else {
                format!(
                    " {}",
                    crate::tr!(
                        "cli-conflicts-by",
                        name = crate::i18n::person(&c.by).as_str()
                    )
                )
            };
            vec![
                (n + 1).to_string(),
                printable(&c.reviewer, false),
                crate::i18n::conflict_description(c),
                format!("{}{by}", super::words::date(c.made)),
            ]
        })
        .collect();
    let header = [
        crate::tr!("cli-conflicts-n"),
        crate::tr!("cli-conflicts-reviewer"),
        crate::tr!("cli-conflicts-conflict"),
        crate::tr!("cli-conflicts-declared"),
    ];
    let text = table(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        &rows,
        2,
        terminal_width(),
        &[0],
    );
    let mut out = super::stdout::stdout();
    std::io::Write::write_all(&mut out, text.as_bytes())?;
    std::io::Write::flush(&mut out)?;
    Ok(())
}

/// How many ideas a conflict bars its reviewer from now.
fn matching(rows: &[Row], c: &DeclaredConflict) -> usize {
    rows.iter()
        .filter(|r| c.matches(r.proposer(), &r.region))
        .count()
}

fn ideas(n: usize) -> String {
    crate::tr!("ideas-count", count = n)
}

fn add(
    store: &Store,
    reviewer: &str,
    values: &ConflictValues,
    clock: &dyn Clock,
) -> Result<(), Error> {
    let reviewer = if reviewer.trim().eq_ignore_ascii_case("me") {
        store.actor()
    } else {
        reviewer.to_string()
    };
    let (me, now) = (store.actor(), clock.now());
    let read = store.declared_conflicts()?;
    let mut list = read.clone();
    let mut added = Vec::new();
    for (field, value) in given(values) {
        let c = DeclaredConflict::new(&reviewer, field, value, &me, now).map_err(|p| {
            let e = crate::i18n::conflict_problem(&p);
            Error::Usage(format!(
                "--{} '{}': {e}",
                field.name(),
                printable(value.trim(), false)
            ))
        })?;
        match with_added(&list, c.clone()) {
            Some(next) => {
                list = next;
                added.push(c);
            }
            None => note(&crate::tr!(
                "cli-conflict-there",
                who = printable(&c.reviewer, false).as_str(),
                conflict = crate::i18n::conflict_description(&c).as_str()
            )),
        }
    }
    if added.is_empty() {
        line(&crate::tr!("cli-nothing-saved"))?;
        return Ok(());
    }
    let mut writes = store.begin()?;
    writes.set_conflicts(read, list);
    store.commit(writes)?;
    let rows = store.rows()?;
    for c in &added {
        line(&crate::tr!(
            "cli-conflict-declared",
            who = printable(&c.reviewer, false).as_str(),
            conflict = crate::i18n::conflict_description(c).as_str(),
            ideas = ideas(matching(&rows, c)).as_str()
        ))?;
    }
    Ok(())
}

fn remove(store: &Store, what: &str, values: &ConflictValues) -> Result<(), Error> {
    let me;
    let what = if what.trim().eq_ignore_ascii_case("me") {
        me = store.actor();
        me.as_str()
    } else {
        what
    };
    let read = store.declared_conflicts()?;
    let flags = given(values);
    let gone: Vec<usize> = match what.trim().trim_start_matches('#').parse::<usize>() {
        Ok(n) if flags.is_empty() => {
            if n == 0 || n > read.len() {
                return Err(Error::Invalid(match read.len() {
                    0 => crate::tr!("cli-err-no-conflict-declared", number = n),
                    k => crate::tr!("cli-err-no-conflict", number = n, count = k),
                }));
            }
            vec![n - 1]
        }
        _ if flags.is_empty() => {
            return Err(Error::Usage(crate::tr!(
                "cli-err-conflict-remove-what",
                what = &printable(what, false)
            )));
        }
        _ => {
            let mut gone = Vec::new();
            for (field, value) in flags {
                let wanted = DeclaredConflict::new(what, field, value, "", Default::default())
                    .map_err(|p| {
                        let e = crate::i18n::conflict_problem(&p);
                        Error::Usage(format!("--{}: {e}", field.name()))
                    })?;
                match read.iter().position(|c| c.key() == wanted.key()) {
                    Some(at) if !gone.contains(&at) => gone.push(at),
                    Some(_) => {}
                    None => {
                        return Err(Error::Invalid(crate::tr!(
                            "cli-err-conflict-not-there",
                            who = &printable(what, false),
                            what = &crate::i18n::conflict_description(&wanted)
                        )));
                    }
                }
            }
            gone
        }
    };
    let list: Vec<DeclaredConflict> = read
        .iter()
        .enumerate()
        .filter(|(n, _)| !gone.contains(n))
        .map(|(_, c)| c.clone())
        .collect();
    let mut writes = store.begin()?;
    writes.set_conflicts(read.clone(), list);
    store.commit(writes)?;
    for n in gone {
        let c = &read[n];
        line(&crate::tr!(
            "cli-conflict-removed",
            who = printable(&c.reviewer, false).as_str(),
            conflict = crate::i18n::conflict_description(c).as_str()
        ))?;
    }
    Ok(())
}

/// What an import does with a file's conflicts: adds those this database
/// lacks (the same reviewer, field and value, case and spaces aside, is
/// the same conflict). Returns how many it adds.
pub fn plan_import(
    store: &Store,
    file: Vec<DeclaredConflict>,
    writes: &mut Writes,
) -> Result<usize, Error> {
    if file.is_empty() {
        return Ok(0);
    }
    let read = store.declared_conflicts()?;
    let mut list = read.clone();
    let mut added = 0;
    for c in file {
        if let Some(next) = with_added(&list, c) {
            list = next;
            added += 1;
        }
    }
    if added > 0 {
        writes.set_conflicts(read, list);
    }
    Ok(added)
}
