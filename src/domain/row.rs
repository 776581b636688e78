//! The compact row the list and search need, kept apart from the full record
//! (summary, notes, history) so rows load without decoding every idea.

use super::idea::Idea;
use super::name::Name;
use super::names::{Barrier, Named, OrgKind, Sector, Stage};
use super::row_reviews::{RowReviews, Score};
use super::tags::Tags;
use super::text::fold_char;
use super::time::Timestamp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Days in `new` or `review` after which an idea is waiting too long,
/// unless the config says otherwise (`[defaults] stale_days`).
pub const STALE_DAYS: i64 = 30;

/// The threshold in use. One setting for the whole process, set once at
/// start from the config, and read wherever waiting is judged (`is:stale`,
/// the list's mark, the statistics), so that none of them can disagree
/// and none needs the config passed down to it.
static STALE: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(STALE_DAYS);

/// Days after which an idea in `new` or `review` is waiting too long.
pub fn stale_days() -> i64 {
    STALE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sets [`stale_days`] (from the config, at start).
pub fn set_stale_days(days: i64) {
    STALE.store(days, std::sync::atomic::Ordering::Relaxed);
}

/// Separates the fields in [`Row::search_text`]; never part of stored text.
pub const FIELD_SEPARATOR: char = '\u{1f}';

/// What the list and the query need of one idea.
///
/// The title and the proposer share one allocation (a million rows are
/// held at once, and each allocation costs its pointer and rounding).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: u64,
    /// The title, then the proposer.
    text: Box<str>,
    /// Where the title ends in `text`.
    title_len: u32,
    pub region: Name,
    pub funder: Name,
    pub assignee: Name,
    pub tags: Tags,
    pub sector: Sector,
    pub stage: Stage,
    pub org_kind: OrgKind,
    /// Bit i set = `Barrier::ALL[i]`.
    pub barriers: u8,
    /// The amount, if `has_amount` (an `Option<u64>` takes 16 bytes).
    amount: u64,
    has_amount: bool,
    pub score: Option<u8>,
    pub archived: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// When the idea entered its current stage (for waiting times).
    pub stage_since: Timestamp,
    /// Its reviews as the list needs them. Not part of the row's stored
    /// fields below: the store keeps them after the row (see
    /// `store/row_record.rs`), so rows stored before reviews read as they
    /// were.
    pub reviews: RowReviews,
    /// The key of its decision's reason (empty if none), for the
    /// statistics' reason tables and `reason:` queries, so that they need
    /// not decode every idea. Kept after the row like its reviews.
    pub reason: Name,
    /// The reviewers asked to review it, as named, for `panel:` queries
    /// (the default view "My reviews"), so that they need not decode
    /// every idea. Kept after the row like its reason.
    pub reviewers: Tags,
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
            text: format!("{}{}", idea.title, idea.proposer).into(),
            title_len: idea.title.len() as u32,
            region: Name::new(&idea.region),
            funder: Name::new(&idea.funder),
            assignee: Name::new(&idea.assignee),
            tags: idea.tags.iter().map(|t| Name::new(t)).collect(),
            sector: idea.sector,
            stage: idea.stage,
            org_kind: idea.org_kind,
            barriers: idea.barriers.iter().fold(0, |m, b| m | (1 << b.index())),
            amount: idea.amount.unwrap_or_default(),
            has_amount: idea.amount.is_some(),
            score: idea.score,
            archived: idea.archived,
            created: idea.created,
            updated: idea.updated,
            stage_since,
            reviews: RowReviews::of(&idea.reviews),
            reason: Name::new(&idea.reason),
            reviewers: idea.reviewers.iter().map(|r| Name::new(r)).collect(),
        }
    }

    /// The score the list shows, sorts and queries: the panel's combined
    /// score where the viewer sees reviews, else the quick score.
    pub fn best_score(&self) -> Option<Score> {
        self.reviews
            .combined()
            .map(Score::Panel)
            .or(self.score.map(Score::Quick))
    }

    pub fn title(&self) -> &str {
        &self.text[..self.title_len as usize]
    }

    pub fn proposer(&self) -> &str {
        &self.text[self.title_len as usize..]
    }

    pub fn amount(&self) -> Option<u64> {
        self.has_amount.then_some(self.amount)
    }

    /// Whole days the idea has been in its current stage.
    pub fn waiting_days(&self, now: Timestamp) -> i64 {
        (now.0 - self.stage_since.0).max(0) / 86_400
    }

    /// Waiting too long: more than [`stale_days`] in `new` or `review`.
    pub fn is_stale(&self, now: Timestamp) -> bool {
        matches!(self.stage, Stage::New | Stage::Review) && self.waiting_days(now) > stale_days()
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
        let len = self.text.len() + self.region.len() + self.funder.len() + 8;
        let mut s =
            String::with_capacity(len + self.tags.iter().map(|t| t.len() + 1).sum::<usize>());
        self.push_search_text(&mut s);
        s
    }

    /// Appends [`Row::search_text`] to `s`.
    pub fn push_search_text(&self, s: &mut String) {
        self.push_own_search_text(s);
        let mut tags = String::new();
        self.tags.push_field(&mut tags);
        for part in [&*self.region, &tags, &*self.funder] {
            s.push(FIELD_SEPARATOR);
            s.extend(part.chars().map(fold_char));
        }
    }

    /// Appends the first two fields of [`Row::search_text`], the title and
    /// the proposer: the ones that are the row's own (the region, tags and
    /// funder are names many rows share).
    pub fn push_own_search_text(&self, s: &mut String) {
        s.extend(self.title().chars().map(fold_char));
        s.push(FIELD_SEPARATOR);
        s.extend(self.proposer().chars().map(fold_char));
    }
}

/// A row as it is stored: the fields one by one, the title and the proposer
/// as two strings (the layout rows have always had). Written with borrowed
/// strings and read with strings borrowed from the input, so a row costs
/// one allocation for both.
#[derive(Serialize, Deserialize)]
struct Stored<S, T> {
    id: u64,
    title: S,
    proposer: S,
    region: Name,
    funder: Name,
    assignee: Name,
    tags: T,
    sector: Sector,
    stage: Stage,
    org_kind: OrgKind,
    barriers: u8,
    amount: Option<u64>,
    score: Option<u8>,
    archived: bool,
    created: Timestamp,
    updated: Timestamp,
    stage_since: Timestamp,
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Stored {
            id: self.id,
            title: self.title(),
            proposer: self.proposer(),
            region: self.region,
            funder: self.funder,
            assignee: self.assignee,
            tags: &self.tags,
            sector: self.sector,
            stage: self.stage,
            org_kind: self.org_kind,
            barriers: self.barriers,
            amount: self.amount(),
            score: self.score,
            archived: self.archived,
            created: self.created,
            updated: self.updated,
            stage_since: self.stage_since,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Row {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Row, D::Error> {
        let r = Stored::<&'de str, Tags>::deserialize(d)?;
        let mut text = String::with_capacity(r.title.len() + r.proposer.len());
        text.push_str(r.title);
        text.push_str(r.proposer);
        Ok(Row {
            id: r.id,
            text: text.into_boxed_str(),
            title_len: r.title.len() as u32,
            region: r.region,
            funder: r.funder,
            assignee: r.assignee,
            tags: r.tags,
            sector: r.sector,
            stage: r.stage,
            org_kind: r.org_kind,
            barriers: r.barriers,
            amount: r.amount.unwrap_or_default(),
            has_amount: r.amount.is_some(),
            score: r.score,
            archived: r.archived,
            created: r.created,
            updated: r.updated,
            stage_since: r.stage_since,
            reviews: RowReviews::default(),
            reason: Name::default(),
            reviewers: Tags::default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The row as it was stored before its strings were shared.
    #[derive(Serialize)]
    struct Before {
        id: u64,
        title: String,
        proposer: String,
        region: String,
        funder: String,
        assignee: String,
        tags: Vec<String>,
        sector: Sector,
        stage: Stage,
        org_kind: OrgKind,
        barriers: u8,
        amount: Option<u64>,
        score: Option<u8>,
        archived: bool,
        created: Timestamp,
        updated: Timestamp,
        stage_since: Timestamp,
    }

    /// The old layout of this test's idea (its times and kinds from `row`).
    fn before_with(row: &Row) -> Before {
        Before {
            id: 42,
            title: "Тёплый дом".into(),
            proposer: "Warm Hands".into(),
            region: "Perm Krai".into(),
            funder: "Fund".into(),
            assignee: String::new(),
            tags: vec!["elderly".into(), "housing".into()],
            sector: row.sector,
            stage: row.stage,
            org_kind: row.org_kind,
            barriers: row.barriers,
            amount: None,
            score: Some(4),
            archived: false,
            created: row.created,
            updated: row.updated,
            stage_since: row.stage_since,
        }
    }

    #[test]
    fn rows_are_stored_as_they_always_were() {
        let mut idea = Idea::new("Тёплый дом".into(), Timestamp(5));
        idea.id = 42;
        idea.proposer = "Warm Hands".into();
        idea.region = "Perm Krai".into();
        idea.funder = "Fund".into();
        idea.tags.insert("elderly".into());
        idea.tags.insert("housing".into());
        idea.amount = Some(1_000);
        idea.score = Some(4);
        let row = Row::of(&idea);
        assert_eq!(row.title(), "Тёплый дом");
        assert_eq!(row.proposer(), "Warm Hands");
        let before = Before {
            amount: Some(1_000),
            ..before_with(&row)
        };
        let bytes = postcard::to_allocvec(&row).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&before).unwrap());
        let back: Row = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, row);
        assert_eq!(back.amount(), Some(1_000));
        // No amount, and an amount of 0, stay apart.
        for amount in [None, Some(0)] {
            idea.amount = amount;
            let row = Row::of(&idea);
            assert_eq!(row.amount(), amount);
            let bytes = postcard::to_allocvec(&row).unwrap();
            let before = Before {
                amount,
                ..before_with(&row)
            };
            assert_eq!(bytes, postcard::to_allocvec(&before).unwrap());
            assert_eq!(
                postcard::from_bytes::<Row>(&bytes).unwrap().amount(),
                amount
            );
        }
    }
}
