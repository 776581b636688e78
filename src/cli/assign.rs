//! `assign`: gives the ideas a query selects their reviewers, fairly (the
//! plan is `domain/assign.rs`'s): shows the plan, asks, and applies it in
//! one commit, each idea's history saying who was added.

use super::assign_args::AssignArgs;
use super::output::{table, terminal_width};
use super::stdout::note;
use crate::domain::assign::{Candidate, IdeaPlan, Plan, plan};
use crate::domain::assign_conflicts::{MAX_LEN, reviewer_key};
use crate::domain::text::{clean_line, printable};
use crate::domain::{Clock, Edit, Idea};
use crate::query::{Query, SortKey};
use crate::store::Store;
use crate::{Error, ideas, search};
use std::io::Write;

pub fn run(store: &Store, a: AssignArgs, clock: &dyn Clock) -> Result<(), Error> {
    if a.undo {
        return super::assign_undo::run(store, a.dry_run, a.yes, clock);
    }
    let reviewers = reviewers(store, a.reviewers.as_deref().unwrap_or_default())?;
    if a.per_idea == 0 {
        return Err(Error::Usage(crate::tr!("cli-err-per-idea-zero")));
    }
    let text = crate::views::query_text(store, a.view.as_deref(), a.query.as_deref())?;
    let query = Query::parse(&text)?;
    let now = clock.now();
    let ids: Vec<u64> = search::select(store, &query, a.archived, SortKey::Id, now)?
        .rows()
        .map(|r| r.id)
        .collect();
    if ids.is_empty() {
        note(&crate::tr!("cli-assign-no-ideas"));
        return Ok(());
    }
    let found: Vec<Idea> = store
        .ideas_with_versions(&ids)?
        .into_iter()
        .flatten()
        .map(|v| v.idea)
        .collect();
    let candidates: Vec<Candidate> = found.iter().map(Candidate::of).collect();
    let conflicts = store.declared_conflicts()?;
    let planned = plan(&candidates, &reviewers, a.per_idea, &conflicts);
    let mut out = super::stdout::stdout();
    out.write_all(shown(&planned, &found, &reviewers, a.per_idea).as_bytes())?;
    out.flush()?;
    let short = planned.short().count();
    if planned.added() == 0 {
        note(&crate::tr!("cli-assign-nothing"));
        return Ok(());
    }
    if a.dry_run {
        note(&crate::tr!("cli-dry-run"));
        return Ok(());
    }
    if !a.yes {
        super::confirm::refuse_without_terminal()?;
        let question = if short > 0 {
            crate::tr!("cli-assign-ask-short", count = short) + " "
        } else {
            crate::tr!(
                "cli-assign-ask",
                assignments = assignments(planned.added()).as_str(),
                ideas = ideas_count(planned.ideas.iter().filter(|i| !i.added.is_empty()).count())
                    .as_str()
            ) + " "
        };
        if !super::confirm::confirmed(&question)? {
            note(&crate::tr!("cli-not-applied"));
            return Ok(());
        }
    }
    let pairs: Vec<(Idea, Idea)> = found
        .iter()
        .zip(&planned.ideas)
        .filter(|(_, p)| !p.added.is_empty())
        .map(|(idea, p)| {
            let mut after = idea.clone();
            let mut all = idea.reviewers.clone();
            all.extend(p.added.iter().cloned());
            after.apply(&Edit::Reviewers(all), now);
            (idea.clone(), after)
        })
        .collect();
    ideas::replace_all(store, &pairs, now, false)?;
    super::stdout::line(&crate::tr!(
        "cli-assign-done",
        assignments = assignments(planned.added()).as_str(),
        ideas = ideas_count(pairs.len()).as_str()
    ))?;
    Ok(())
}

/// `--reviewers anna, Boris,me`: each name cleaned, `me` as who you are,
/// each once (case and spacing aside).
fn reviewers(store: &Store, list: &str) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    for name in list.split(',') {
        let name = clean_line(name);
        if name.is_empty() {
            continue;
        }
        let name = if name.eq_ignore_ascii_case("me") {
            store.actor()
        } else {
            name
        };
        if name.chars().count() > MAX_LEN {
            return Err(Error::Usage(crate::tr!(
                "cli-err-reviewer-too-long",
                most = MAX_LEN
            )));
        }
        let key = reviewer_key(&name);
        if key.is_empty() {
            continue;
        }
        if !out.iter().any(|o| reviewer_key(o) == key) {
            out.push(name);
        }
    }
    if out.is_empty() {
        return Err(Error::Usage(crate::tr!("cli-err-no-reviewers")));
    }
    Ok(out)
}

fn ideas_count(n: usize) -> String {
    crate::tr!("ideas-count", count = n)
}

fn assignments(n: usize) -> String {
    crate::tr!("cli-assignments", count = n)
}

/// An idea's reviewers for the table: those it had, then `+` those added.
fn reviewers_cell(p: &IdeaPlan) -> String {
    let mut parts: Vec<String> = p.kept.iter().map(|r| printable(r, false)).collect();
    parts.extend(p.added.iter().map(|r| format!("+{}", printable(r, false))));
    if p.missing > 0 {
        parts.push(format!(
            "({})",
            crate::tr!("cli-assign-short", count = p.missing)
        ));
    }
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join(" ")
    }
}

/// The plan as `assign` prints it: the ideas and their reviewers, each
/// reviewer's load, the conflicts avoided, and the ideas left short.
fn shown(p: &Plan, found: &[Idea], reviewers: &[String], per_idea: usize) -> String {
    let width = terminal_width();
    let mut text = crate::tr!(
        "cli-assign-plan",
        ideas = ideas_count(p.ideas.len()).as_str(),
        reviewers = reviewers.len(),
        per_idea = per_idea,
        assignments = assignments(p.added()).as_str()
    );
    text.push_str("\n\n");
    let rows: Vec<Vec<String>> = found
        .iter()
        .zip(&p.ideas)
        .map(|(idea, i)| {
            vec![
                format!("#{}", i.id),
                printable(&idea.title, false),
                reviewers_cell(i),
            ]
        })
        .collect();
    let header = [
        crate::tr!("cli-assign-idea"),
        crate::tr!("cli-assign-title"),
        crate::tr!("cli-assign-reviewers"),
    ];
    text.push_str(&table(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        &rows,
        1,
        width,
        &[],
    ));
    text.push('\n');
    let loads: Vec<Vec<String>> = p
        .loads
        .iter()
        .map(|l| {
            vec![
                printable(&l.reviewer, false),
                l.before.to_string(),
                format!("+{}", l.added),
                l.total().to_string(),
            ]
        })
        .collect();
    let header = [
        crate::tr!("cli-assign-reviewer"),
        crate::tr!("cli-assign-had"),
        crate::tr!("cli-assign-added"),
        crate::tr!("cli-assign-load"),
    ];
    text.push_str(&table(
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        &loads,
        0,
        width,
        &[1, 2, 3],
    ));
    let totals: Vec<usize> = p.loads.iter().map(|l| l.total()).collect();
    if let (Some(lo), Some(hi)) = (totals.iter().min(), totals.iter().max())
        && hi - lo > 1
    {
        text.push_str(&crate::tr!(
            "cli-assign-uneven",
            lo = lo.to_string().as_str(),
            hi = hi.to_string().as_str()
        ));
        text.push('\n');
    }
    let id_width = p
        .ideas
        .iter()
        .map(|i| i.id.to_string().len())
        .max()
        .unwrap_or(1)
        + 1;
    let avoided: Vec<String> = p
        .ideas
        .iter()
        .flat_map(|i| {
            i.barred.iter().map(move |(r, c)| {
                let id = format!("#{}", i.id);
                format!(
                    "  {id:<id_width$}  {}: {}\n",
                    printable(r, false),
                    crate::i18n::conflict_description(c)
                )
            })
        })
        .collect();
    if !avoided.is_empty() {
        text.push_str(&format!(
            "\n{}\n",
            crate::tr!("cli-assign-avoided", count = avoided.len())
        ));
        text.extend(avoided);
    }
    let short: Vec<&IdeaPlan> = p.short().collect();
    if !short.is_empty() {
        text.push_str(&format!(
            "\n{}\n",
            crate::tr!(
                "cli-assign-cannot",
                ideas = ideas_count(short.len()).as_str(),
                per_idea = per_idea
            )
        ));
        for i in short {
            let has = i.kept.len() + i.added.len();
            let why = if i.barred.is_empty() {
                crate::tr!("cli-assign-too-few")
            } else {
                let barred: Vec<String> = i
                    .barred
                    .iter()
                    .map(|(r, c)| {
                        format!(
                            "{} ({})",
                            printable(r, false),
                            crate::i18n::conflict_description(c)
                        )
                    })
                    .collect();
                crate::tr!("cli-assign-barred", names = barred.join(", ").as_str())
            };
            let id = format!("#{}", i.id);
            let gets = crate::tr!(
                "cli-assign-gets",
                has = has.to_string().as_str(),
                per_idea = per_idea,
                why = why.as_str()
            );
            text.push_str(&format!("  {id:<id_width$}  {gets}\n"));
        }
    }
    text
}
