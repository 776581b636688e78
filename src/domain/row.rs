//! The compact row the list and search need, kept apart from the full record
//! (summary, notes, history) so rows load without decoding every idea.

use super::idea::Idea;
use super::name::Name;
use super::names::{Barrier, Named, OrgKind, Sector, Stage};
use super::text::fold_char;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Days in `new` or `review` after which an idea is waiting too long.
pub const STALE_DAYS: i64 = 30;

/// Separates the fields in [`Row::search_text`]; never part of stored text.
pub const FIELD_SEPARATOR: char = '\u{1f}';

/// What the list and the query need of one idea.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub id: u64,
    pub title: Box<str>,
    pub proposer: Box<str>,
    pub region: Name,
    pub funder: Name,
    pub assignee: Name,
    pub tags: Box<[Name]>,
    pub sector: Sector,
    pub stage: Stage,
    pub org_kind: OrgKind,
    /// Bit i set = `Barrier::ALL[i]`.
    pub barriers: u8,
    pub amount: Option<u64>,
    pub score: Option<u8>,
    pub archived: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// When the idea entered its current stage (for waiting times).
    pub stage_since: Timestamp,
}

impl Row {
    pub fn of(idea: &Idea) -> Row {
        let stage_since = idea
            .history
            .iter()
            .rev()
            .find(|c| c.field == "stage")
            .map_or(idea.created, |c| c.time);
        Row {
            id: idea.id,
            title: idea.title.as_str().into(),
            proposer: idea.proposer.as_str().into(),
            region: Name::new(&idea.region),
            funder: Name::new(&idea.funder),
            assignee: Name::new(&idea.assignee),
            tags: idea.tags.iter().map(|t| Name::new(t)).collect(),
            sector: idea.sector,
            stage: idea.stage,
            org_kind: idea.org_kind,
            barriers: idea.barriers.iter().fold(0, |m, b| m | (1 << b.index())),
            amount: idea.amount,
            score: idea.score,
            archived: idea.archived,
            created: idea.created,
            updated: idea.updated,
            stage_since,
        }
    }

    /// Whole days the idea has been in its current stage.
    pub fn waiting_days(&self, now: Timestamp) -> i64 {
        (now.0 - self.stage_since.0).max(0) / 86_400
    }

    /// Waiting too long: more than [`STALE_DAYS`] in `new` or `review`.
    pub fn is_stale(&self, now: Timestamp) -> bool {
        matches!(self.stage, Stage::New | Stage::Review) && self.waiting_days(now) > STALE_DAYS
    }

    pub fn has_barrier(&self, b: Barrier) -> bool {
        self.barriers & (1 << b.index()) != 0
    }

    pub fn barrier_list(&self) -> impl Iterator<Item = Barrier> + '_ {
        Barrier::ALL
            .iter()
            .copied()
            .filter(|b| self.has_barrier(*b))
    }

    /// The folded text that fuzzy and exact terms match against: title,
    /// proposer, region, tags and funder, separated by [`FIELD_SEPARATOR`]
    /// so that a match never runs from one field into the next. The title
    /// comes first, so positions in the first field are title positions.
    pub fn search_text(&self) -> String {
        let len =
            self.title.len() + self.proposer.len() + self.region.len() + self.funder.len() + 8;
        let mut s =
            String::with_capacity(len + self.tags.iter().map(|t| t.len() + 1).sum::<usize>());
        self.push_search_text(&mut s);
        s
    }

    /// Appends [`Row::search_text`] to `s`.
    pub fn push_search_text(&self, s: &mut String) {
        self.push_own_search_text(s);
        let mut tags = String::new();
        self.push_tags_field(&mut tags);
        for part in [&*self.region, &tags, &*self.funder] {
            s.push(FIELD_SEPARATOR);
            s.extend(part.chars().map(fold_char));
        }
    }

    /// Appends the first two fields of [`Row::search_text`], the title and
    /// the proposer: the ones that are the row's own (the region, tags and
    /// funder are names many rows share).
    pub fn push_own_search_text(&self, s: &mut String) {
        s.extend(self.title.chars().map(fold_char));
        s.push(FIELD_SEPARATOR);
        s.extend(self.proposer.chars().map(fold_char));
    }

    /// Appends the tags as the one field of [`Row::search_text`] they make:
    /// joined by spaces, not folded.
    pub fn push_tags_field(&self, s: &mut String) {
        for (i, t) in self.tags.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(t);
        }
    }
}
