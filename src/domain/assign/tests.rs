use super::*;
use crate::domain::Timestamp;
use crate::domain::assign_conflicts::ConflictField;
use proptest::prelude::*;

fn idea(id: u64, proposer: &str, had: &[&str]) -> Candidate {
    Candidate {
        id,
        proposer: proposer.into(),
        region: format!("Region {}", id % 3),
        reviewers: had.iter().map(|s| s.to_string()).collect(),
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn conflict(reviewer: &str, field: ConflictField, value: &str) -> DeclaredConflict {
    DeclaredConflict::new(reviewer, field, value, "olga", Timestamp(0)).unwrap()
}

fn totals(p: &Plan) -> Vec<usize> {
    p.loads.iter().map(Load::total).collect()
}

#[test]
fn thirty_ideas_four_reviewers_two_each_are_balanced_and_avoid_the_conflict() {
    let ideas: Vec<Candidate> = (1..=30)
        .map(|id| idea(id, if id % 5 == 0 { "Green Town" } else { "Other" }, &[]))
        .collect();
    let reviewers = names(&["anna", "boris", "olga", "petr"]);
    let conflicts = [conflict("Boris", ConflictField::Org, "green town")];
    let p = plan(&ideas, &reviewers, 2, &conflicts);
    assert_eq!(totals(&p), [15, 15, 15, 15]);
    for i in &p.ideas {
        assert_eq!(i.added.len(), 2, "#{}", i.id);
        if i.id % 5 == 0 {
            assert!(!i.added.contains(&"boris".to_string()), "#{}", i.id);
            assert_eq!(i.barred.len(), 1);
        }
    }
    assert_eq!(p, plan(&ideas, &reviewers, 2, &conflicts), "deterministic");
}

#[test]
fn reviewers_an_idea_has_are_kept_and_counted() {
    let ideas = [
        idea(1, "x", &["Anna"]),
        idea(2, "x", &[]),
        idea(3, "x", &["boris", "olga"]),
    ];
    let p = plan(&ideas, &names(&["anna", "boris"]), 2, &[]);
    assert_eq!(p.ideas[0].added, ["boris"]);
    assert_eq!(p.ideas[1].added, ["anna", "boris"]);
    assert!(p.ideas[2].added.is_empty(), "it has two already");
    assert_eq!(
        p.loads[0],
        Load {
            reviewer: "anna".into(),
            before: 1,
            added: 1
        }
    );
    assert_eq!(
        p.loads[1],
        Load {
            reviewer: "boris".into(),
            before: 1,
            added: 2
        }
    );
}

#[test]
fn an_idea_with_too_few_free_reviewers_gets_those_and_says_what_is_missing() {
    let ideas = [idea(1, "Green Town", &[]), idea(2, "x", &[])];
    let conflicts = [
        conflict("anna", ConflictField::Proposer, "green town"),
        conflict("boris", ConflictField::Region, "region 1"),
    ];
    let p = plan(&ideas, &names(&["anna", "boris", "olga"]), 2, &conflicts);
    assert_eq!(p.ideas[0].added, ["olga"]);
    assert_eq!(p.ideas[0].missing, 1);
    assert_eq!(p.ideas[0].barred.len(), 2);
    assert_eq!(p.short().map(|i| i.id).collect::<Vec<_>>(), [1]);
    assert_eq!(p.ideas[1].missing, 0);
}

#[test]
fn a_reviewer_the_greedy_pass_overloads_gives_ideas_away() {
    // Idea 1 can only go to anna; the rest could go to anyone. Served in
    // order alone, anna would end with more than the others.
    let mut ideas = vec![idea(1, "Both", &[])];
    ideas.extend((2..=5).map(|id| idea(id, "x", &[])));
    let conflicts = [conflict("boris", ConflictField::Proposer, "both")];
    let p = plan(&ideas, &names(&["anna", "boris"]), 1, &conflicts);
    let t = totals(&p);
    assert!(t[0].abs_diff(t[1]) <= 1, "{t:?}");
    assert_eq!(p.ideas[0].added, ["anna"]);
}

/// Checks what must hold of every plan (see the module).
fn check(
    ideas: &[Candidate],
    reviewers: &[String],
    per_idea: usize,
    conflicts: &[DeclaredConflict],
) {
    let p = plan(ideas, reviewers, per_idea, conflicts);
    let barred = |r: &str, c: &Candidate| {
        conflicts
            .iter()
            .any(|d| d.is_of(r) && d.matches(&c.proposer, &c.region))
    };
    let had = |r: &str, c: &Candidate| {
        c.reviewers
            .iter()
            .any(|h| reviewer_key(h) == reviewer_key(r))
    };
    for (c, i) in ideas.iter().zip(&p.ideas) {
        for r in &i.added {
            assert!(!barred(r, c), "#{} given to {r} despite a conflict", c.id);
            assert!(!had(r, c), "#{} given to {r} twice", c.id);
        }
        let free = reviewers
            .iter()
            .filter(|r| !barred(r, c) && !had(r, c))
            .count();
        let wanted = per_idea.saturating_sub(c.reviewers.len());
        assert_eq!(i.added.len(), wanted.min(free), "#{}", c.id);
        assert_eq!(i.missing, wanted - wanted.min(free), "#{}", c.id);
    }
    // Loads as even as conflicts and earlier assignments allow: no new
    // assignment could move to a reviewer two or more below its own.
    for a in 0..reviewers.len() {
        for b in 0..reviewers.len() {
            if p.loads[a].total() < p.loads[b].total() + 2 {
                continue;
            }
            for (c, i) in ideas.iter().zip(&p.ideas) {
                if i.added.contains(&reviewers[a]) {
                    let b_name = &reviewers[b];
                    assert!(
                        i.added.contains(b_name) || barred(b_name, c) || had(b_name, c),
                        "#{} could move from {} to {}: {:?}",
                        c.id,
                        reviewers[a],
                        b_name,
                        totals(&p)
                    );
                }
            }
        }
    }
    // With neither conflicts nor earlier assignments, within one.
    if conflicts.is_empty() && ideas.iter().all(|c| c.reviewers.is_empty()) {
        let t = totals(&p);
        let (lo, hi) = (t.iter().min(), t.iter().max());
        if let (Some(lo), Some(hi)) = (lo, hi) {
            assert!(hi - lo <= 1, "{t:?}");
        }
    }
    assert_eq!(
        p,
        plan(ideas, reviewers, per_idea, conflicts),
        "deterministic"
    );
}

const PEOPLE: [&str; 6] = ["anna", "boris", "olga", "petr", "rita", "sasha"];
const ORGS: [&str; 4] = ["Green Town", "Blue Sky", "Red River", "Old Mill"];

fn scenario() -> impl Strategy<Value = (Vec<Candidate>, Vec<String>, usize, Vec<DeclaredConflict>)>
{
    let idea = (
        0..4usize,
        0..3usize,
        proptest::collection::btree_set(0..6usize, 0..3),
    );
    (
        proptest::collection::vec(idea, 0..40),
        1..=6usize,
        0..=4usize,
        proptest::collection::vec((0..6usize, 0..3usize, 0..4usize), 0..6),
    )
        .prop_map(|(ideas, n, per_idea, conflicts)| {
            let ideas = ideas
                .into_iter()
                .enumerate()
                .map(|(k, (org, region, had))| Candidate {
                    id: k as u64 + 1,
                    proposer: ORGS[org].to_string(),
                    region: format!("Region {region}"),
                    reviewers: had.into_iter().map(|r| PEOPLE[r].to_uppercase()).collect(),
                })
                .collect();
            let conflicts = conflicts
                .into_iter()
                .map(|(r, field, v)| {
                    let field = ConflictField::ALL[field];
                    let value = match field {
                        ConflictField::Region => format!("region {}", v % 3),
                        ConflictField::Org => ORGS[v].split(' ').next().unwrap().to_string(),
                        ConflictField::Proposer => ORGS[v].to_lowercase(),
                    };
                    conflict(PEOPLE[r], field, &value)
                })
                .collect();
            (ideas, names(&PEOPLE[..n]), per_idea, conflicts)
        })
}

proptest! {
    #[test]
    fn every_plan_avoids_conflicts_fills_what_it_can_and_is_even(
        (ideas, reviewers, per_idea, conflicts) in scenario()
    ) {
        check(&ideas, &reviewers, per_idea, &conflicts);
    }

    #[test]
    fn without_conflicts_or_earlier_reviewers_loads_are_within_one(
        ideas in 0..60usize, n in 1..=6usize, per_idea in 1..=6usize
    ) {
        let ideas: Vec<Candidate> = (1..=ideas as u64).map(|id| idea(id, "x", &[])).collect();
        check(&ideas, &names(&PEOPLE[..n]), per_idea, &[]);
    }
}
