//! `add`, `set`, `note` and `demo`: the commands that change ideas.

use super::args::{AddArgs, DemoArgs, NoteArgs, SetArgs};
use crate::domain::{Clock, Edit, Idea};
use crate::i18n::field_rules::{valid_line, valid_score, valid_summary, valid_tag, valid_title};
use crate::store::Store;
use crate::{Error, demo, ideas};

/// A line of the command's result on standard output.
macro_rules! line {
    ($($t:tt)*) => {
        super::stdout::line(&format!($($t)*))?
    };
}

fn field<T>(name: &str, r: Result<T, String>) -> Result<T, Error> {
    r.map_err(|e| Error::Invalid(format!("--{name}: {e}")))
}

/// An amount, or why it is not one in the language spoken.
fn amount_of(text: &str) -> Result<u64, String> {
    crate::domain::amount::parse_amount(text).map_err(|e| crate::i18n::amount_error(&e))
}

pub fn add(store: &Store, a: AddArgs, clock: &dyn Clock) -> Result<(), Error> {
    let now = clock.now();
    let mut idea = Idea::new(field("title", valid_title(&a.title))?, now);
    if let Some(s) = a.summary {
        idea.summary = field("summary", valid_summary(&s))?;
    }
    idea.sector = a.sector.unwrap_or_default();
    idea.stage = a.stage.unwrap_or_default();
    idea.org_kind = a.org.unwrap_or_default();
    for (name, value, slot) in [
        ("region", a.region, &mut idea.region),
        ("proposer", a.proposer, &mut idea.proposer),
        ("funder", a.funder, &mut idea.funder),
    ] {
        if let Some(v) = value {
            *slot = field(name, valid_line(&v))?;
        }
    }
    for t in &a.tags {
        idea.tags.insert(field("tag", valid_tag(t))?);
    }
    idea.barriers.extend(a.barriers);
    if let Some(amount) = a.amount {
        idea.amount = Some(field("amount", amount_of(&amount))?);
    }
    let id = ideas::add(store, idea)?;
    line!("{id}");
    Ok(())
}

pub fn set(store: &Store, a: SetArgs, clock: &dyn Clock) -> Result<(), Error> {
    let mut edits = Vec::new();
    edits.extend(a.sector.map(Edit::Sector));
    edits.extend(a.stage.map(Edit::Stage));
    if let Some(reason) = &a.reason {
        edits.push(Edit::Reason(super::reason_check::check(
            store, &a.ids, a.stage, reason,
        )?));
    }
    if let Some(s) = &a.score {
        let score = match s.trim().to_lowercase().as_str() {
            "none" | "" => None,
            _ => Some(field("score", valid_score(s))?),
        };
        edits.push(Edit::Score(score));
    }
    if let Some(who) = &a.assignee {
        // `me` is whoever runs the command, as `assignee:me` in a query.
        let who = if who.trim().eq_ignore_ascii_case("me") {
            store.actor()
        } else {
            field("assignee", valid_line(who))?
        };
        edits.push(Edit::Assignee(who));
    }
    for t in &a.add_tags {
        edits.push(Edit::AddTag(field("add-tag", valid_tag(t))?));
    }
    for t in &a.remove_tags {
        edits.push(Edit::RemoveTag(field("remove-tag", valid_tag(t))?));
    }
    edits.extend(a.add_barriers.iter().map(|b| Edit::AddBarrier(*b)));
    edits.extend(a.remove_barriers.iter().map(|b| Edit::RemoveBarrier(*b)));
    if a.archive {
        edits.push(Edit::Archived(true));
    }
    if a.restore {
        edits.push(Edit::Archived(false));
    }
    if a.duplicate_of.is_some() || a.not_duplicate.is_some() {
        // Checked before anything is written: the whole command or nothing.
        super::duplicates::check(store, &a)?;
    }
    if edits.is_empty() && a.duplicate_of.is_none() && a.not_duplicate.is_none() {
        return Err(Error::Usage(crate::tr!("cli-err-nothing-to-change")));
    }
    if edits.is_empty() {
        return super::duplicates::set(store, &a, clock);
    }
    let changed: Vec<u64> = ideas::edit_merging(store, &a.ids, &edits, clock.now(), a.overwrite)
        .map_err(|e| match e {
            Error::Clash(c) => Error::Invalid(crate::tr!("cli-err-clash", clash = &c.to_string())),
            e => e,
        })?
        .iter()
        .filter_map(|(_, after)| after.as_ref().map(|a| a.id))
        .collect();
    let list = |ids: &[u64]| {
        ids.iter()
            .map(|i| format!("#{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if changed.is_empty() {
        line!(
            "{}",
            crate::tr!("cli-set-unchanged", ids = list(&a.ids).as_str())
        );
    } else {
        line!(
            "{}",
            crate::tr!("cli-set-updated", ids = list(&changed).as_str())
        );
    }
    if a.duplicate_of.is_some() || a.not_duplicate.is_some() {
        return super::duplicates::set(store, &a, clock);
    }
    Ok(())
}

pub fn note(store: &Store, a: NoteArgs, clock: &dyn Clock) -> Result<(), Error> {
    use crate::domain::idea::{FieldRuleError, check_note};
    let text = check_note(&a.text).map_err(|e| {
        Error::Invalid(match e {
            FieldRuleError::NoteEmpty => crate::tr!("cli-err-note-empty"),
            other => crate::tr!(
                "cli-err-note",
                problem = &crate::i18n::field_rule_error(&other)
            ),
        })
    })?;
    ideas::edit(store, &[a.id], &[Edit::Note(text)], clock)?;
    line!(
        "{}",
        crate::tr!("cli-note-added", id = a.id.to_string().as_str())
    );
    Ok(())
}

pub fn demo(store: &Store, a: DemoArgs, clock: &dyn Clock) -> Result<(), Error> {
    let demo = demo::generate_with_copies(a.count, a.duplicates, a.seed, clock.now());
    let copies = demo.copies.len();
    match put_demo(store, demo.ideas)? {
        Some((first, last)) => line!(
            "{}",
            crate::tr!(
                "cli-demo-added",
                count = a.count,
                first = first.to_string().as_str(),
                last = last.to_string().as_str(),
                copies = copies
            )
        ),
        None => line!("{}", crate::tr!("cli-demo-none")),
    }
    Ok(())
}

/// Adds `count` demo ideas; returns the first and last id given.
pub fn fill_demo(
    store: &Store,
    count: usize,
    seed: u64,
    clock: &dyn Clock,
) -> Result<Option<(u64, u64)>, Error> {
    put_demo(store, demo::generate(count, seed, clock.now()))
}

/// Stores demo ideas under new ids; returns the first and last id given.
fn put_demo(store: &Store, ideas: Vec<Idea>) -> Result<Option<(u64, u64)>, Error> {
    let mut writes = store.begin()?;
    let mut range = None;
    for mut idea in ideas {
        idea.id = writes.allocate();
        let first = range.map_or(idea.id, |(f, _)| f);
        range = Some((first, idea.id));
        writes.put(idea, None);
    }
    store.commit_large(writes)?;
    Ok(range)
}
