//! The idea record of schema 1 (and of the records before versions, which
//! are schema 1 without the version after them), kept only to read old
//! databases: schema 2 added who made each note and change, the contact
//! fields, the source id, the extra fields and the duplicate links. Every
//! other kind of record is the same in both schemas.

use crate::domain::{Barrier, Change, Extras, Idea, Note, OrgKind, Sector, Stage, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The schema these shapes were written in.
pub const SCHEMA_1: u8 = 1;

#[derive(Serialize, Deserialize)]
pub struct IdeaV1 {
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
    notes: Vec<NoteV1>,
    history: Vec<ChangeV1>,
    created: Timestamp,
    updated: Timestamp,
    archived: bool,
}

#[derive(Serialize, Deserialize)]
struct NoteV1 {
    time: Timestamp,
    text: String,
}

#[derive(Serialize, Deserialize)]
struct ChangeV1 {
    time: Timestamp,
    field: String,
    from: String,
    to: String,
}

impl From<IdeaV1> for Idea {
    /// What schema 1 did not know is empty: nobody is named as having made
    /// an old note or change.
    fn from(v: IdeaV1) -> Idea {
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
            notes: v
                .notes
                .into_iter()
                .map(|n| Note {
                    time: n.time,
                    text: n.text,
                    by: String::new(),
                })
                .collect(),
            history: v
                .history
                .into_iter()
                .map(|c| Change {
                    time: c.time,
                    field: c.field,
                    from: c.from,
                    to: c.to,
                    by: String::new(),
                })
                .collect(),
            created: v.created,
            updated: v.updated,
            archived: v.archived,
            email: String::new(),
            phone: String::new(),
            website: String::new(),
            source_id: String::new(),
            duplicate_of: None,
            not_duplicates: BTreeSet::new(),
            extras: Extras::default(),
            reviews: Vec::new(),
            reviewers: BTreeSet::new(),
            reason: String::new(),
        }
    }
}

/// An idea as schema 1 wrote it (for tests that make old records).
#[cfg(test)]
pub fn of(idea: &Idea) -> IdeaV1 {
    IdeaV1 {
        id: idea.id,
        title: idea.title.clone(),
        summary: idea.summary.clone(),
        proposer: idea.proposer.clone(),
        org_kind: idea.org_kind,
        region: idea.region.clone(),
        sector: idea.sector,
        stage: idea.stage,
        barriers: idea.barriers.clone(),
        funder: idea.funder.clone(),
        amount: idea.amount,
        tags: idea.tags.clone(),
        score: idea.score,
        assignee: idea.assignee.clone(),
        notes: idea
            .notes
            .iter()
            .map(|n| NoteV1 {
                time: n.time,
                text: n.text.clone(),
            })
            .collect(),
        history: idea
            .history
            .iter()
            .map(|c| ChangeV1 {
                time: c.time,
                field: c.field.clone(),
                from: c.from.clone(),
                to: c.to.clone(),
            })
            .collect(),
        created: idea.created,
        updated: idea.updated,
        archived: idea.archived,
    }
}
