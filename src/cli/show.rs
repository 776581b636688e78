//! `show`: one idea, whole, with notes and history.

use super::args::{ShowArgs, ShowFormat};
use super::words;
use crate::Error;
use crate::domain::history::signed;
use crate::domain::text::{group_digits, printable};
use crate::domain::{Idea, Named};
use crate::store::Store;
use std::io::Write;
use unicode_width::UnicodeWidthStr;

pub fn run(store: &Store, a: ShowArgs) -> Result<(), Error> {
    let stored = store.idea(a.id)?.ok_or(Error::NotFound(a.id))?;
    let settings = store.panel_settings()?;
    // Blind review: the reviews this user may not see yet are left out.
    let idea = crate::domain::blind::as_seen_by(&stored, &store.actor(), settings.blind);
    match a.format {
        ShowFormat::Json => {
            let mut out = super::stdout::data_stdout(super::stdout::Escape::Json);
            serde_json::to_writer_pretty(&mut out, &idea).map_err(std::io::Error::from)?;
            writeln!(out)?;
            out.flush()?;
        }
        ShowFormat::Text => {
            let mut out = super::stdout::stdout();
            out.write_all(text(&idea, &store.reasons()?).as_bytes())?;
            let row = scored_row(store, &stored)?;
            let reviews = super::review::shown(&idea, &store.rubrics()?, &row, &settings);
            out.write_all(reviews.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

/// The idea's row, scored as the list scores it (normalising learns
/// every reviewer's scale from the whole database, so only then are all
/// rows read).
fn scored_row(store: &Store, idea: &Idea) -> Result<crate::domain::Row, Error> {
    let book = store.learnt_score_book()?;
    let mut row = crate::domain::Row::of(idea);
    book.score(&mut row);
    Ok(row)
}

/// The idea as readable text; every value made safe to print.
pub fn text(i: &Idea, reasons: &crate::domain::Reasons) -> String {
    let safe = |s: &str| printable(s, false);
    let mut out = format!("#{} {}\n\n", i.id, safe(&i.title));
    let or_dash = |s: String| if s.is_empty() { "—".to_string() } else { s };
    let mut fields = vec![
        (
            "sector",
            format!("{} ({})", crate::i18n::label(i.sector), i.sector.name()),
        ),
        ("stage", words::value(i.stage)),
        ("proposer", or_dash(safe(&i.proposer))),
        ("organisation", words::value(i.org_kind)),
        ("region", or_dash(safe(&i.region))),
        ("funder", or_dash(safe(&i.funder))),
        (
            "amount",
            i.amount
                .map_or("—".into(), |a| format!("{} ₽", group_digits(a))),
        ),
        ("score", i.score.map_or("—".into(), |s| format!("{s}/5"))),
        ("assignee", or_dash(safe(&i.assignee))),
        (
            "tags",
            or_dash(
                i.tags
                    .iter()
                    .map(|t| safe(t))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ),
        (
            "barriers",
            or_dash(
                i.barriers
                    .iter()
                    .map(|b| words::value(*b))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ),
        ("created", words::moment(i.created)),
        ("updated", words::moment(i.updated)),
    ];
    // The contact fields and the links, only when set, after the proposer.
    let contact = [
        ("e-mail", &i.email),
        ("phone", &i.phone),
        ("website", &i.website),
        ("source id", &i.source_id),
    ];
    let mut at = 3;
    for (k, v) in contact {
        if !v.is_empty() {
            fields.insert(at, (k, safe(v)));
            at += 1;
        }
    }
    if !i.reason.is_empty() {
        let label = crate::domain::text::clean_line(&crate::i18n::reason_named(reasons, &i.reason));
        fields.insert(2, ("reason", format!("{label} ({})", safe(&i.reason))));
    }
    if let Some(d) = i.duplicate_of {
        fields.insert(2, ("duplicate of", format!("#{d}")));
    }
    if !i.not_duplicates.is_empty() {
        let ids: Vec<String> = i.not_duplicates.iter().map(|d| format!("#{d}")).collect();
        fields.push(("not dup. of", ids.join(", ")));
    }
    // The reviewers asked (`sprout assign`), only when there are some.
    if !i.reviewers.is_empty() {
        let names: Vec<String> = i.reviewers.iter().map(|r| safe(r)).collect();
        fields.push(("reviewers", names.join(", ")));
    }
    if i.archived {
        fields.push(("archived", crate::tr!("cli-show-yes")));
    }
    // Labels in the language spoken, padded to the longest (Russian ones
    // are longer than English ones); English keeps its 13 columns.
    let fields: Vec<(String, String)> = fields
        .into_iter()
        .map(|(k, v)| (show_label(k), v))
        .collect();
    let width = fields
        .iter()
        .map(|(k, _)| k.width() + 1)
        .max()
        .unwrap_or(0)
        .max(13);
    for (k, v) in fields {
        out.push_str(&format!("{}{v}\n", super::output::pad(&k, width)));
    }
    if !i.summary.is_empty() {
        out.push_str(&format!("\n{}\n", crate::tr!("cli-show-summary")));
        for line in printable(&i.summary, true).lines() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    if !i.extras.is_empty() {
        out.push_str(&format!("\n{}\n", crate::tr!("cli-show-extras")));
        for (name, value) in i.extras.iter() {
            let mut lines = printable(value, true)
                .lines()
                .map(String::from)
                .collect::<Vec<_>>()
                .into_iter();
            let first = lines.next().unwrap_or_default();
            out.push_str(&format!("  {}: {first}\n", safe(name)));
            for l in lines {
                out.push_str(&format!("    {l}\n"));
            }
        }
    }
    if !i.notes.is_empty() {
        out.push_str(&format!("\n{}\n", crate::tr!("cli-show-notes")));
        for n in &i.notes {
            let mut lines = printable(&n.text, true)
                .lines()
                .map(String::from)
                .collect::<Vec<_>>()
                .into_iter();
            let when = signed(words::moment(n.time), &crate::i18n::person(&n.by));
            out.push_str(&format!("  {when}  {}\n", lines.next().unwrap_or_default()));
            let pad = when.chars().count();
            for l in lines {
                out.push_str(&format!("  {:pad$}  {l}\n", ""));
            }
        }
    }
    if !i.history.is_empty() {
        out.push_str(&format!("\n{}\n", crate::tr!("cli-show-history")));
        for c in &i.history {
            let when = signed(words::moment(c.time), &crate::i18n::person(&c.by));
            out.push_str(&format!("  {when}  {}\n", words::change(c)));
        }
    }
    out
}

/// The label of a line of `show`: `sector`, `сектор`.
fn show_label(key: &str) -> String {
    match key {
        "sector" => crate::tr!("cli-show-sector"),
        "stage" => crate::tr!("cli-show-stage"),
        "proposer" => crate::tr!("cli-show-proposer"),
        "organisation" => crate::tr!("cli-show-organisation"),
        "region" => crate::tr!("cli-show-region"),
        "funder" => crate::tr!("cli-show-funder"),
        "amount" => crate::tr!("cli-show-amount"),
        "score" => crate::tr!("cli-show-score"),
        "assignee" => crate::tr!("cli-show-assignee"),
        "tags" => crate::tr!("cli-show-tags"),
        "barriers" => crate::tr!("cli-show-barriers"),
        "created" => crate::tr!("cli-show-created"),
        "updated" => crate::tr!("cli-show-updated"),
        "e-mail" => crate::tr!("cli-show-email"),
        "phone" => crate::tr!("cli-show-phone"),
        "website" => crate::tr!("cli-show-website"),
        "source id" => crate::tr!("cli-show-source-id"),
        "reason" => crate::tr!("cli-show-reason"),
        "duplicate of" => crate::tr!("cli-show-duplicate-of"),
        "not dup. of" => crate::tr!("cli-show-not-duplicate-of"),
        "reviewers" => crate::tr!("cli-show-reviewers"),
        "archived" => crate::tr!("cli-show-archived"),
        other => other.to_string(),
    }
}
