//! `review`: a reviewer's review of one idea, made or changed, and the
//! reviews as `show` lists them.

use super::panel_args::ReviewArgs;
use crate::Error;
use crate::domain::history::signed;
use crate::domain::review::{Given, review};
use crate::domain::text::printable;
use crate::domain::{Clock, Edit, Idea, Review, Rubric};
use crate::domain::{panel, rubric};
use crate::ideas;
use crate::store::Store;

pub fn run(store: &Store, a: ReviewArgs, postgres: bool, clock: &dyn Clock) -> Result<(), Error> {
    let reviewer = match a.reviewer.as_deref() {
        // On a shared server a review is its role's: a name typed there
        // would let anyone sign for anyone.
        Some(_) if postgres => {
            return Err(Error::Usage(crate::tr!("cli-err-review-as-on-postgres")));
        }
        Some(name) => name.to_string(),
        None => store.actor(),
    };
    let given = Given {
        scores: a
            .scores
            .iter()
            .map(|s| parse_score(s))
            .collect::<Result<_, _>>()?,
        confidence: a.confidence,
        comment: a.comment.clone(),
    };
    if given.scores.is_empty() && given.confidence.is_none() && given.comment.is_none() {
        return Err(Error::Usage(crate::tr!("cli-err-review-nothing")));
    }
    let idea = store.idea(a.id)?.ok_or(Error::NotFound(a.id))?;
    let current = store.rubric()?;
    let earlier = idea.review_by(&reviewer);
    let made = review(&current, &reviewer, &given, earlier, clock.now()).map_err(|e| {
        Error::Invalid(crate::tr!(
            "cli-err-review-refused",
            id = a.id.to_string().as_str(),
            problem = &crate::i18n::review_problem(&e)
        ))
    })?;
    let who = crate::i18n::person(&made.by);
    if earlier.is_some_and(|e| same_but_time(e, &made)) {
        super::stdout::line(&crate::tr!(
            "cli-review-unchanged",
            who = who.as_str(),
            id = a.id.to_string().as_str()
        ))?;
        return Ok(());
    }
    let changed = if earlier.is_some() { "yes" } else { "no" };
    let total = made
        .total(&current)
        .map_or("—".into(), |t| super::words::decimal(t, 2));
    ideas::edit(store, &[a.id], &[Edit::Review(made)], clock)?;
    super::stdout::line(&crate::tr!(
        "cli-review-saved",
        changed = changed,
        who = who.as_str(),
        id = a.id.to_string().as_str(),
        total = total.as_str(),
        version = current.version.to_string().as_str()
    ))?;
    Ok(())
}

/// Whether two reviews differ only in when they were made.
fn same_but_time(a: &Review, b: &Review) -> bool {
    Review {
        time: b.time,
        ..a.clone()
    } == *b
}

/// `impact=4` as (`impact`, 4).
fn parse_score(s: &str) -> Result<(String, u8), Error> {
    let bad = || {
        Error::Usage(crate::tr!(
            "cli-err-score-form",
            value = &printable(s, false)
        ))
    };
    let (name, value) = s.split_once('=').ok_or_else(bad)?;
    if name.trim().is_empty() {
        return Err(bad());
    }
    let value = value.trim();
    let value: u8 = match value.parse() {
        Ok(v) => v,
        // A whole number, but past any scale: say that, not the form.
        Err(_) if is_whole_number(value) => {
            return Err(Error::Usage(crate::tr!(
                "cli-err-score-outside",
                value = &printable(s, false),
                number = &printable(value, false)
            )));
        }
        Err(_) => return Err(bad()),
    };
    Ok((name.trim().to_lowercase(), value))
}

/// `-1`, `4`, `99999999999999999999`: a whole number of any size.
fn is_whole_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// The reviews of an idea for `show` (those its viewer may see, see
/// [`crate::domain::blind`]): the combined score as the list has it
/// (`row`, scored by the store) and how it was made, then each reviewer's
/// total (by the rubric version it was made with), confidence, scores and
/// comment.
pub fn shown(
    idea: &Idea,
    rubrics: &[Rubric],
    row: &crate::domain::Row,
    settings: &panel::PanelSettings,
) -> String {
    if idea.reviews.is_empty() {
        return String::new();
    }
    let totals: Vec<Option<f64>> = idea
        .reviews
        .iter()
        .map(|r| rubric::version(rubrics, r.rubric).and_then(|rb| r.total(&rb)))
        .collect();
    let mut out = format!("\n{}\n", crate::tr!("cli-reviews"));
    if let Some(score) = row.reviews.combined() {
        let n = totals.iter().flatten().count();
        let normalised = if settings.normalise { "yes" } else { "no" };
        let of = match n {
            1 => crate::tr!("cli-reviews-one", normalised = normalised),
            _ => crate::tr!(
                "cli-reviews-combined-of",
                how = settings.combine.name(),
                count = n,
                normalised = normalised,
                spread =
                    super::words::decimal(f64::from(row.reviews.spread()) / 1000.0, 2).as_str()
            ),
        };
        let contested = if row.reviews.contested() {
            crate::tr!("cli-reviews-contested")
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {}\n",
            crate::tr!(
                "cli-reviews-combined",
                score = super::words::decimal(f64::from(score) / 1000.0, 2).as_str(),
                of = of.as_str(),
                contested = contested.as_str()
            )
        ));
    }
    for (r, total) in idea.reviews.iter().zip(totals) {
        let total = total.map_or("—".into(), |t| super::words::decimal(t, 2));
        out.push_str(&format!(
            "  {}  {}\n",
            signed(super::words::moment(r.time), &crate::i18n::person(&r.by)),
            crate::tr!(
                "cli-review-line",
                total = total.as_str(),
                confidence = r.confidence.to_string().as_str(),
                rubric = r.rubric.to_string().as_str()
            )
        ));
        let scores: Vec<String> = r
            .scores
            .iter()
            .map(|(c, s)| format!("{} {s}", crate::i18n::criterion_label_of(c)))
            .collect();
        out.push_str(&format!("    {}\n", scores.join(", ")));
        for line in printable(&r.comment, true).lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse_score;

    #[test]
    fn a_score_out_of_every_scale_says_so_and_a_bad_form_says_the_form() {
        assert_eq!(parse_score("Impact=4").unwrap(), ("impact".to_string(), 4));
        for out in ["relevance=-1", "relevance=99999999999999999999", "team=256"] {
            let err = parse_score(out).unwrap_err().to_string();
            assert!(err.contains("is outside every scale"), "{out}: {err}");
        }
        for bad in ["relevance", "=4", "relevance=four", "relevance=-"] {
            let err = parse_score(bad).unwrap_err().to_string();
            assert!(err.contains("expected NAME=N"), "{bad}: {err}");
        }
    }
}
