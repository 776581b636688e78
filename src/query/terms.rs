//! Evaluating one non-fuzzy term against a row, and the order of rows.

use super::context::Context;
use super::fuzzy::{Fuzzy, Pattern};
use super::parse::{Query, State, Term, TextField, TimeField};
use super::sort::SortKey;
use crate::domain::Row;
use crate::domain::text::fold;
use std::cmp::Ordering;

/// Adds the character positions of `needle` in `hay` (both folded).
pub fn substring(hay: &str, needle: &str, out: &mut Vec<usize>) {
    if let Some(byte) = hay.find(needle) {
        let start = hay[..byte].chars().count();
        out.extend(start..start + needle.chars().count());
    }
}

/// The folded text a row is searched in (the fields of
/// [`Row::search_text`]): its own title and proposer, and its region, tags
/// and funder.
pub struct Searchable<'a> {
    /// Title and proposer.
    pub own: &'a str,
    pub names: [&'a str; 3],
}

impl Searchable<'_> {
    fn contains(&self, p: &str) -> bool {
        self.own.contains(p) || self.names.iter().any(|n| n.contains(p))
    }
}

/// Whether a non-fuzzy term holds for a row.
pub fn holds(term: &Term, row: &Row, text: &Searchable, ctx: &Context) -> bool {
    match term {
        Term::Fuzzy(p) | Term::Exact(p) => text.contains(p.as_str()),
        Term::TitlePrefix(p) => text.own.starts_with(p.as_str()),
        Term::Not(inner) => !holds(inner, row, text, ctx),
        Term::Sector(v) => v.contains(&row.sector),
        Term::Stage(v) => v.contains(&row.stage),
        Term::Org(v) => v.contains(&row.org_kind),
        Term::Barrier(v) => v.iter().any(|b| row.has_barrier(*b)),
        Term::Text(field, values) => {
            let contains = |t: &str| {
                let t = fold(t);
                values.iter().any(|v| t.contains(v.as_str()))
            };
            match field {
                TextField::Title => contains(row.title()),
                TextField::Region => contains(&row.region),
                TextField::Tag => row.tags.iter().any(|t| contains(t)),
                TextField::Assignee => contains(&row.assignee),
                TextField::Funder => contains(&row.funder),
                TextField::Proposer => contains(row.proposer()),
            }
        }
        Term::AssignedToMe => !ctx.me.is_empty() && fold(&row.assignee) == ctx.me,
        Term::Unset(field) => match field {
            TextField::Title => row.title().is_empty(),
            TextField::Region => row.region.is_empty(),
            TextField::Tag => row.tags.iter().next().is_none(),
            TextField::Assignee => row.assignee.is_empty(),
            TextField::Funder => row.funder.is_empty(),
            TextField::Proposer => row.proposer().is_empty(),
        },
        Term::Time(field, when) => when.holds(
            match field {
                TimeField::Created => row.created,
                TimeField::Updated => row.updated,
            },
            ctx.now,
        ),
        Term::Score(c) => row
            .best_score()
            .is_some_and(|s| c.holds(s.tenths().max(0) as u64)),
        Term::Reviews(c) => c.holds(row.reviews.count() as u64),
        Term::Reviewer(names) => names.iter().any(|n| row.reviews.by_someone_like(n)),
        Term::ReviewedByMe => row.reviews.reviewed_by(&ctx.me),
        Term::Is(State::Contested) => row.reviews.contested(),
        Term::Amount(c) => row.amount().is_some_and(|a| c.holds(a)),
        Term::Id(id) => row.id == *id,
        Term::Is(State::Archived) => row.archived,
        Term::Is(State::Marked) => ctx.marked.contains(&row.id),
        Term::Is(State::Stale) => row.is_stale(ctx.now),
        Term::Is(State::Duplicate) => ctx.duplicates.contains(&row.id),
        Term::Similar(of) => similarity(ctx, *of, row.id).is_some(),
        Term::Panel(names) => names
            .iter()
            .any(|n| ctx.panel.get(n).is_some_and(|ids| ids.contains(&row.id))),
        Term::Reason(words) => ctx.decided.matches(row.id, words),
        Term::Unreasoned => ctx.decided.reason_of(row.id).is_none(),
    }
}

/// How like idea `of` the idea `id` is (0–1), if it is a near-copy.
pub fn similarity(ctx: &Context, of: u64, id: u64) -> Option<f32> {
    ctx.similar.get(&of)?.get(&id).copied()
}

/// What a `similar:N` term adds to a hit's score, so that the likest
/// come first: the similarity in ten-thousandths, like a fuzzy match's
/// points (0 for any other term).
pub fn similar_points(term: &Term, ctx: &Context, id: u64) -> i32 {
    match term {
        Term::Similar(of) => (similarity(ctx, *of, id).unwrap_or(0.0) * 10_000.0) as i32,
        _ => 0,
    }
}

/// The order of two rows under a sort key; ties go by id, newest first for
/// time keys.
pub fn compare_rows(a: &Row, b: &Row, sort: SortKey) -> Ordering {
    match sort {
        SortKey::Updated => b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)),
        SortKey::Created => b.created.cmp(&a.created).then(b.id.cmp(&a.id)),
        SortKey::Title => fold(a.title()).cmp(&fold(b.title())).then(a.id.cmp(&b.id)),
        SortKey::Score => score_key(b).cmp(&score_key(a)).then(a.id.cmp(&b.id)),
        SortKey::Stage => a
            .stage
            .index()
            .cmp(&b.stage.index())
            .then(b.updated.cmp(&a.updated))
            .then(a.id.cmp(&b.id)),
        SortKey::Id => a.id.cmp(&b.id),
    }
}

/// What `sort: score` orders by, highest first: the score in thousandths
/// (a quick 4 as 4000), unscored last.
pub fn score_key(row: &Row) -> i64 {
    row.best_score().map_or(-1, |s| i64::from(s.milli()))
}

/// Character positions in `title` that the query's title terms matched,
/// sorted and each once.
pub(super) fn title_positions(title: &str, query: &Query, fuzzy: &Fuzzy) -> Vec<usize> {
    let mut out = Vec::new();
    for term in &query.terms {
        match term {
            Term::Fuzzy(p) => {
                if let Some(pos) = fuzzy.positions(title, &Pattern::new(p)) {
                    out.extend(pos);
                }
            }
            Term::Exact(s) | Term::TitlePrefix(s) => substring(title, s, &mut out),
            Term::Text(TextField::Title, values) => {
                for s in values {
                    substring(title, s, &mut out);
                }
            }
            _ => {}
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
