//! Why ideas were declined and accepted (issue 18, point 6): the ideas of
//! a selection that have a decision, counted by reason and by sector, for
//! `sprout stats` (its tables and JSON) and the board pack.

use crate::domain::reason::Fit;
use crate::domain::{Named, Reasons, Row, Sector};
use crate::query::Decided;
use serde::Serialize;

/// One reason's line of a table: how many decisions gave it, by sector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReasonCount {
    /// The reason's key; empty for the decisions given without one.
    pub key: String,
    pub label: String,
    pub count: usize,
    /// By sector, in [`Sector::ALL`]'s order.
    pub by_sector: Vec<usize>,
}

/// The declines and the accepts of a selection, by reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct ReasonFigures {
    pub declined: Vec<ReasonCount>,
    pub accepted: Vec<ReasonCount>,
}

impl ReasonFigures {
    /// Counts `rows` (the selection) by their decisions' reasons, as
    /// `decided` holds them. Every reason offered gets a line (zeros too,
    /// so a table's shape does not depend on the data), then a removed one
    /// still given, then "no reason" when some decisions have none.
    pub fn of<'a>(
        rows: impl IntoIterator<Item = &'a Row>,
        decided: &Decided,
        reasons: &Reasons,
    ) -> ReasonFigures {
        let line = |key: &str, label: &str| ReasonCount {
            key: key.into(),
            label: label.into(),
            count: 0,
            by_sector: vec![0; Sector::ALL.len()],
        };
        let start = |fit: Fit| -> Vec<ReasonCount> {
            reasons
                .offered(fit)
                .map(|r| line(&r.key, &r.label))
                .collect()
        };
        let mut out = ReasonFigures {
            declined: start(Fit::Decline),
            accepted: start(Fit::Accept),
        };
        for row in rows {
            let Some(fit) = Fit::of(row.stage) else {
                continue;
            };
            let key = decided.reason_of(row.id).unwrap_or("");
            let lines = match fit {
                Fit::Decline => &mut out.declined,
                Fit::Accept => &mut out.accepted,
            };
            let at = match lines.iter().position(|l| l.key == key) {
                Some(at) => at,
                None => {
                    let label = if key.is_empty() {
                        "(no reason)".to_string()
                    } else {
                        reasons.describe(key)
                    };
                    lines.push(line(key, &label));
                    lines.len() - 1
                }
            };
            lines[at].count += 1;
            lines[at].by_sector[row.sector.index()] += 1;
        }
        // "No reason" last, wherever it was first met.
        for lines in [&mut out.declined, &mut out.accepted] {
            if let Some(at) = lines.iter().position(|l| l.key.is_empty()) {
                let none = lines.remove(at);
                lines.push(none);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Stage, Timestamp};

    #[test]
    fn decisions_count_by_reason_and_sector() {
        let row = |id, stage, sector| {
            let mut i = Idea::new(format!("#{id}"), Timestamp(0));
            i.id = id;
            i.stage = stage;
            i.sector = sector;
            Row::of(&i)
        };
        let rows = [
            row(1, Stage::Declined, Sector::Health),
            row(2, Stage::Declined, Sector::Health),
            row(3, Stage::Declined, Sector::Ecology),
            row(4, Stage::Pilot, Sector::Ecology),
            row(5, Stage::Review, Sector::Ecology),
        ];
        let decided = Decided::new(
            [
                (1, "budget".into()),
                (3, "budget".into()),
                (4, "mentoring".into()),
            ],
            &Reasons::default(),
        );
        let f = ReasonFigures::of(&rows, &decided, &Reasons::default());
        let budget = &f.declined[1];
        assert_eq!((budget.key.as_str(), budget.count), ("budget", 2));
        assert_eq!(budget.by_sector[Sector::Health.index()], 1);
        assert_eq!(budget.by_sector[Sector::Ecology.index()], 1);
        let none = f.declined.last().unwrap();
        assert_eq!((none.label.as_str(), none.count), ("(no reason)", 1));
        assert_eq!(f.declined.len(), 5, "four offered and no reason");
        assert_eq!(f.accepted[1].count, 1);
        assert_eq!(f.accepted.len(), 2, "every accept had a reason");
    }
}
