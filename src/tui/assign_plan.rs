//! Assigning reviewers in the UI (issue 18, point 5): the plan for the
//! marked ideas, as the planner `sprout assign` uses made it
//! (`domain/assign.rs`, with the database's declared conflicts), and the
//! lines the question shows before it is applied.

use crate::domain::assign::Plan;

/// A plan made for the ideas the key was pressed on, waiting for a yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The reviewers given, cleaned, each once.
    pub reviewers: Vec<String>,
    pub per_idea: usize,
    pub plan: Plan,
}

/// What the last assignment of this session asked, to ask it again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LastAssignment {
    pub reviewers: String,
    pub per_idea: Option<usize>,
}

/// How many conflicts, or ideas left short, the question lists by name
/// before it says how many more: it has to fit a 50x16 terminal.
const LISTED: usize = 4;

impl Proposal {
    /// The plan as the question shows it: what is added, each reviewer's
    /// load, the conflicts of interest avoided, the ideas left short.
    pub fn lines(&self) -> Vec<String> {
        let p = &self.plan;
        let names: Vec<String> = self
            .reviewers
            .iter()
            .map(|r| crate::i18n::person(r))
            .collect();
        let mut out = vec![crate::tr!(
            "panelfin-assign-summary",
            ideas = p.ideas.len(),
            per = self.per_idea,
            added = p.added(),
            reviewers = &names.join(", ")
        )];
        out.push(String::new());
        let head = [
            crate::tr!("panelfin-assign-col-reviewer"),
            crate::tr!("panelfin-assign-col-had"),
            crate::tr!("panelfin-assign-col-added"),
            crate::tr!("panelfin-assign-col-load"),
        ];
        let loads: Vec<[String; 4]> = p
            .loads
            .iter()
            .map(|l| {
                [
                    crate::i18n::person(&l.reviewer),
                    l.before.to_string(),
                    format!("+{}", l.added),
                    l.total().to_string(),
                ]
            })
            .collect();
        let width = |c: usize| {
            std::iter::once(&head)
                .chain(&loads)
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        };
        let w: Vec<usize> = (0..4).map(width).collect();
        for row in std::iter::once(&head).chain(&loads) {
            out.push(format!(
                "{:<a$}  {:>b$}  {:>c$}  {:>d$}",
                row[0],
                row[1],
                row[2],
                row[3],
                a = w[0],
                b = w[1],
                c = w[2],
                d = w[3]
            ));
        }
        let totals: Vec<usize> = p.loads.iter().map(|l| l.total()).collect();
        if let (Some(lo), Some(hi)) = (totals.iter().min(), totals.iter().max())
            && hi - lo > 1
        {
            out.push(crate::tr!("panelfin-assign-uneven", lo = *lo, hi = *hi));
        }
        let avoided: Vec<String> = p
            .ideas
            .iter()
            .flat_map(|i| {
                i.barred.iter().map(move |(r, c)| {
                    format!(
                        "  #{} {}: {}",
                        i.id,
                        crate::i18n::person(r),
                        crate::i18n::conflict_description(c)
                    )
                })
            })
            .collect();
        if !avoided.is_empty() {
            out.push(crate::tr!(
                "panelfin-assign-conflicts",
                count = avoided.len()
            ));
            listed(&mut out, avoided);
        }
        let short: Vec<String> = p
            .short()
            .map(|i| {
                let line = crate::tr!(
                    "panelfin-assign-short-line",
                    id = i.id,
                    has = i.kept.len() + i.added.len(),
                    per = self.per_idea
                );
                format!("  {line}")
            })
            .collect();
        if !short.is_empty() {
            out.push(crate::tr!("panelfin-assign-short", count = short.len()));
            listed(&mut out, short);
        }
        out
    }
}

/// What was done once applied, for the undo step and the status line:
/// `added` assignments to `ideas` ideas.
pub fn saved_label(added: usize, ideas: usize) -> String {
    crate::tr!("panelfin-assign-saved", added = added, ideas = ideas)
}

/// The first few of `items`, then how many more there are.
fn listed(out: &mut Vec<String>, items: Vec<String>) {
    let more = items.len().saturating_sub(LISTED);
    out.extend(items.into_iter().take(LISTED));
    if more > 0 {
        out.push(crate::tr!("panelfin-assign-more", count = more));
    }
}
