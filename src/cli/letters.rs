//! `letters`: one letter per idea a query selects, from a template
//! (issue 18, point 8). Every letter is made in memory first, with strict
//! undefined values, so a field the template names that does not exist
//! (`{{ idea.tittle }}`) is an error naming the template's line before
//! anything is written; an existing letter is kept unless `--force`; and
//! the letters are written beside their places and renamed in, so an
//! error leaves no letter half-written.

use super::board_args::LettersArgs;
use crate::domain::text::{clean_line, clean_multiline, group_digits, printable};
use crate::domain::{Clock, Idea, Named};
use crate::query::{Query, SortKey};
use crate::report::{combined, reason_key, reason_label};
use crate::store::Store;
use crate::{Error, search};
use minijinja::{Environment, ErrorKind, UndefinedBehavior, Value, value::Serde};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Serialize)]
struct LetterIdea {
    id: u64,
    title: String,
    summary: String,
    proposer: String,
    email: String,
    phone: String,
    website: String,
    region: String,
    sector: String,
    sector_name: &'static str,
    organisation: String,
    funder: String,
    amount: Option<u64>,
    amount_text: String,
    tags: Vec<String>,
    created: String,
}

#[derive(Serialize)]
struct Letter {
    idea: LetterIdea,
    stage: &'static str,
    decision: String,
    reason: String,
    reason_label: String,
    score: Option<f64>,
    score_text: String,
    reviews: usize,
    officer: String,
    date: String,
}

fn letter(
    idea: &Idea,
    (rubrics, reasons): (&[crate::domain::Rubric], &crate::domain::Reasons),
    officer: &str,
    date: &str,
) -> Letter {
    let (c, _) = combined(idea, rubrics);
    let key = clean_line(reason_key(idea));
    Letter {
        idea: LetterIdea {
            id: idea.id,
            title: clean_line(&idea.title),
            summary: clean_multiline(&idea.summary),
            proposer: clean_line(&idea.proposer),
            email: clean_line(&idea.email),
            phone: clean_line(&idea.phone),
            website: clean_line(&idea.website),
            region: clean_line(&idea.region),
            sector: crate::i18n::label(idea.sector),
            sector_name: idea.sector.name(),
            organisation: crate::i18n::label(idea.org_kind),
            funder: clean_line(&idea.funder),
            amount: idea.amount,
            amount_text: idea
                .amount
                .map_or(String::new(), |a| format!("{} ₽", group_digits(a))),
            tags: idea.tags.iter().map(|t| clean_line(t)).collect(),
            created: super::words::date(idea.created),
        },
        stage: idea.stage.name(),
        decision: crate::i18n::label(idea.stage),
        reason_label: reason_label(reasons, &key),
        reason: key,
        score: c.map(|c| (c.score * 100.0).round() / 100.0),
        score_text: c.map_or(crate::tr!("cli-letters-not-scored"), |c| {
            crate::tr!(
                "cli-letters-score",
                score = super::words::decimal(c.score, 2).as_str()
            )
        }),
        reviews: c.map_or(0, |c| c.reviews),
        officer: clean_line(&crate::i18n::person(officer)),
        date: date.to_string(),
    }
}

/// The file a letter goes in: the idea's id and a slug of its title, with
/// the template's extension (`42-social-taxi-for-wheelchair-users.txt`).
pub fn file_name(id: u64, title: &str, extension: &str) -> String {
    const SLUG_MAX: usize = 48;
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= SLUG_MAX {
            break;
        }
    }
    // Cut at a word's end where the title was longer.
    if slug.chars().count() >= SLUG_MAX
        && let Some(end) = slug.rfind('-')
    {
        slug.truncate(end);
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "idea" } else { slug };
    format!("{id}-{slug}.{extension}")
}

pub fn run(store: &Store, a: LettersArgs, clock: &dyn Clock) -> Result<(), Error> {
    let shown = |p: &Path| printable(&p.display().to_string(), false);
    let source = std::fs::read(&a.template).map_err(|e| {
        Error::Invalid(crate::tr!(
            "err-cannot-read",
            name = &shown(&a.template),
            problem = &crate::i18n::io_reason(&e)
        ))
    })?;
    let source = String::from_utf8(source).map_err(|_| {
        Error::Invalid(crate::tr!(
            "cli-err-template-not-utf8",
            name = &shown(&a.template)
        ))
    })?;
    let name = shown(&a.template);
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| Error::Invalid(e.to_string()))?;
    env.set_syntax(syntax);
    env.add_template_owned(name.clone(), source.clone())
        .map_err(|e| template_error(&name, &source, &e, None))?;
    let template = env
        .get_template(&name)
        .map_err(|e| template_error(&name, &source, &e, None))?;

    let text = crate::views::query_text(store, a.view.as_deref(), Some(&a.query))?;
    let query = Query::parse(&text)?;
    let now = clock.now();
    let selection = search::select(store, &query, false, SortKey::Id, now)?;
    let ids: Vec<u64> = selection.rows().map(|r| r.id).collect();
    if ids.is_empty() {
        super::stdout::line(&crate::tr!("cli-letters-none"))?;
        return Ok(());
    }
    let rubrics = store.rubrics()?;
    let reasons = store.reasons()?;
    let officer = store.actor();
    let date = super::words::date(now);
    let extension = a
        .template
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| !e.is_empty() && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or("txt")
        .to_string();

    // Every letter in memory first: a template that fails on one idea
    // writes none.
    let mut letters: Vec<(PathBuf, String)> = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(1024) {
        for v in store.ideas_with_versions(chunk)?.into_iter().flatten() {
            let idea = v.idea;
            let ctx = Value::from(Serde(letter(&idea, (&rubrics, &reasons), &officer, &date)));
            let body = template
                .render(ctx)
                .map_err(|e| template_error(&name, &source, &e, Some(idea.id)))?;
            let file = a.output.join(file_name(idea.id, &idea.title, &extension));
            letters.push((file, body));
        }
    }

    let existing: Vec<&PathBuf> = letters
        .iter()
        .map(|(p, _)| p)
        .filter(|p| p.exists())
        .collect();
    if !existing.is_empty() && !a.force {
        return Err(Error::Invalid(crate::tr!(
            "cli-err-letter-exists",
            name = &shown(existing[0]),
            more = existing.len() - 1
        )));
    }
    if a.dry_run {
        let mut out = super::stdout::stdout();
        for (p, _) in &letters {
            writeln!(out, "{}", shown(p))?;
        }
        writeln!(
            out,
            "{}",
            crate::tr!("cli-letters-would-write", count = letters.len())
        )?;
        out.flush()?;
        return Ok(());
    }
    write_all(&a.output, &letters)?;
    super::stdout::line(&crate::tr!(
        "cli-letters-wrote",
        count = letters.len(),
        dir = &shown(&a.output)
    ))?;
    Ok(())
}

/// Writes every letter into a temporary file in `dir` first (a full disk
/// fails there, with nothing in place), then renames each into place.
fn write_all(dir: &Path, letters: &[(PathBuf, String)]) -> Result<(), Error> {
    let cannot = |p: &Path, e: &dyn std::fmt::Display| {
        Error::Invalid(crate::tr!(
            "cli-err-cannot-write-nothing",
            name = &printable(&p.display().to_string(), false),
            problem = &e.to_string()
        ))
    };
    std::fs::create_dir_all(dir).map_err(|e| cannot(dir, &e))?;
    let mut staged = Vec::with_capacity(letters.len());
    for (path, body) in letters {
        let mut tmp = tempfile::Builder::new()
            .prefix(".sprout-letter-")
            .tempfile_in(dir)
            .map_err(|e| cannot(dir, &e))?;
        tmp.write_all(body.as_bytes())
            .map_err(|e| cannot(path, &e))?;
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(|e| cannot(path, &e))?;
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        tmp.persist(path).map_err(|e| {
            super::file_errors::cannot_write(
                &printable(&path.display().to_string(), false),
                &e.error,
            )
        })?;
    }
    Ok(())
}

/// A template's error as one line: the file and line, and what is wrong
/// (for a missing field, the name as the template wrote it).
fn template_error(name: &str, source: &str, e: &minijinja::Error, idea: Option<u64>) -> Error {
    let at = e.line().map_or(String::new(), |l| {
        crate::tr!("cli-letters-at-line", line = l.to_string().as_str())
    });
    let what = match e.kind() {
        ErrorKind::UndefinedError => {
            let named = e
                .range()
                .and_then(|r| source.get(r))
                .map(clean_line)
                .filter(|s| !s.is_empty());
            match named {
                Some(s) => crate::tr!("cli-letters-no-field", field = &printable(&s, false)),
                None => crate::tr!("cli-letters-no-such-field"),
            }
        }
        kind => match e.detail() {
            Some(d) => format!("{kind}: {}", clean_line(d)),
            None => kind.to_string(),
        },
    };
    let on = idea.map_or(String::new(), |id| {
        crate::tr!("cli-letters-in-letter", id = id.to_string().as_str())
    });
    Error::Invalid(crate::tr!(
        "cli-err-template",
        name = name,
        at = &at,
        what = &what,
        on = &on
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_help_lists_every_field_a_template_gets() {
        let cli = super::super::Cli::command();
        let help = cli
            .find_subcommand("letters")
            .unwrap()
            .get_after_help()
            .unwrap()
            .to_string();
        let idea = Idea::new("A title".into(), crate::domain::Timestamp(0));
        let json = serde_json::to_value(letter(
            &idea,
            (&[], &crate::domain::Reasons::default()),
            "olga",
            "2026-12-01",
        ))
        .unwrap();
        let mut names = Vec::new();
        for (k, v) in json.as_object().unwrap() {
            match v.as_object() {
                Some(inner) => names.extend(inner.keys().map(|f| format!("{k}.{f}"))),
                None => names.push(k.clone()),
            }
        }
        assert!(names.len() > 20, "{names:?}");
        for n in names {
            let listed = help
                .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
                .any(|w| w == n);
            assert!(listed, "`sprout letters --help` does not list {n}");
        }
    }

    #[test]
    fn a_file_name_is_the_id_and_a_slug_of_the_title() {
        assert_eq!(
            file_name(42, "Social taxi: for ALL!", "txt"),
            "42-social-taxi-for-all.txt"
        );
        assert_eq!(file_name(7, "Сад на крыше", "md"), "7-сад-на-крыше.md");
        assert_eq!(
            file_name(3, "../../etc/passwd\u{202E}", "txt"),
            "3-etc-passwd.txt"
        );
        assert_eq!(file_name(5, "!!!", "txt"), "5-idea.txt");
        let long = file_name(9, &"word ".repeat(30), "txt");
        assert!(long.len() <= 60 && long.ends_with("-word.txt"), "{long}");
    }
}
