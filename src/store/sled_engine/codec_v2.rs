//! The idea record of schema 2, kept only to read databases written
//! before reviews: schema 3 added an idea's reviews after its extra fields
//! (see `domain/review.rs`). Notes, changes and every other kind of record
//! are the same in both.

use crate::domain::{Barrier, Change, Extras, Idea, Note, OrgKind, Sector, Stage, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The schema these shapes were written in.
pub const SCHEMA_2: u8 = 2;

#[derive(Serialize, Deserialize)]
pub struct IdeaV2 {
    id: u64,
    title: String,
    summary: String,
    proposer: String,
    org_kind: OrgKind,
    region: String,
    sector: Sector,
    stage: Stage,
    barriers: BTreeSet<Barrier>,
    funder: String,
    amount: Option<u64>,
    tags: BTreeSet<String>,
    score: Option<u8>,
    assignee: String,
    notes: Vec<Note>,
    history: Vec<Change>,
    created: Timestamp,
    updated: Timestamp,
    archived: bool,
    email: String,
    phone: String,
    website: String,
    source_id: String,
    duplicate_of: Option<u64>,
    not_duplicates: BTreeSet<u64>,
    extras: Extras,
}

impl From<IdeaV2> for Idea {
    /// An idea of schema 2 has no reviews.
    fn from(v: IdeaV2) -> Idea {
        Idea {
            id: v.id,
            title: v.title,
            summary: v.summary,
            proposer: v.proposer,
            org_kind: v.org_kind,
            region: v.region,
            sector: v.sector,
            stage: v.stage,
            barriers: v.barriers,
            funder: v.funder,
            amount: v.amount,
            tags: v.tags,
            score: v.score,
            assignee: v.assignee,
            notes: v.notes,
            history: v.history,
            created: v.created,
            updated: v.updated,
            archived: v.archived,
            email: v.email,
            phone: v.phone,
            website: v.website,
            source_id: v.source_id,
            duplicate_of: v.duplicate_of,
            not_duplicates: v.not_duplicates,
            extras: v.extras,
            reviews: Vec::new(),
            reviewers: BTreeSet::new(),
            reason: String::new(),
        }
    }
}

/// An idea as schema 2 wrote it (for tests that make old records).
#[cfg(test)]
pub fn of(idea: &Idea) -> IdeaV2 {
    let i = idea.clone();
    IdeaV2 {
        id: i.id,
        title: i.title,
        summary: i.summary,
        proposer: i.proposer,
        org_kind: i.org_kind,
        region: i.region,
        sector: i.sector,
        stage: i.stage,
        barriers: i.barriers,
        funder: i.funder,
        amount: i.amount,
        tags: i.tags,
        score: i.score,
        assignee: i.assignee,
        notes: i.notes,
        history: i.history,
        created: i.created,
        updated: i.updated,
        archived: i.archived,
        email: i.email,
        phone: i.phone,
        website: i.website,
        source_id: i.source_id,
        duplicate_of: i.duplicate_of,
        not_duplicates: i.not_duplicates,
        extras: i.extras,
    }
}
