//! Realistic synthetic ideas for trying sprout out and for benchmarks. The
//! same seed and clock give the same ideas; sectors follow SPEC §1's shares.
//! Like a real inbox: each idea is written in one language (most in
//! English, some wholly in Russian), the new ones mostly wait for a sector
//! (that is what triage decides), and a proposer is a person or an
//! organisation's own name.

use crate::domain::{Barrier, Edit, Idea, Named, OrgKind, Sector, Stage, Timestamp};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

mod copies;
mod particular;
mod words;
pub use copies::{Labelled, MAX_PERCENT, generate_with_copies, near_copy};
pub use particular::generate_particular;
pub use words::REGIONS;
use words::{
    CLOSERS, CLOSERS_RU, FIRST, FUNDERS, LAST, NOTES, OPENERS, OPENERS_RU, ORG_WORDS, REVIEWERS,
    theme,
};

/// Sector shares reported for Russian social-innovation projects 2007–2016
/// (they add up to 101; sampling normalises them).
const SECTOR_SHARES: [(Sector, u32); 5] = [
    (Sector::Health, 33),
    (Sector::Education, 25),
    (Sector::Disparities, 20),
    (Sector::Employment, 19),
    (Sector::Ecology, 4),
];

fn pick<'a>(rng: &mut ChaCha8Rng, items: &'a [&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or("")
}

/// How many demo ideas, in a hundred, are written in Russian.
const RUSSIAN_PERCENT: u32 = 15;
/// How many new demo ideas, in a hundred, are still without a sector.
const NEW_UNCLASSIFIED_PERCENT: u32 = 85;

fn cyrillic_char(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// One of the items written in the idea's language (an empty item, such as
/// "no funder", fits both). Drawn until one fits, which is fast on these
/// short lists where every language has several items.
fn pick_in<'a>(rng: &mut ChaCha8Rng, items: &'a [&'a str], russian: bool) -> &'a str {
    let fits = |s: &str| s.chars().next().is_none_or(|c| cyrillic_char(c) == russian);
    for _ in 0..64 {
        let s = pick(rng, items);
        if fits(s) {
            return s;
        }
    }
    items.iter().copied().find(|s| fits(s)).unwrap_or("")
}

/// A Russian sentence starts with a capital even when its first word is a
/// title taken from the middle of one.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

fn sector(rng: &mut ChaCha8Rng) -> Sector {
    let total: u32 = SECTOR_SHARES.iter().map(|(_, s)| s).sum();
    let mut roll = rng.random_range(0..total);
    for (sector, share) in SECTOR_SHARES {
        if roll < share {
            return sector;
        }
        roll -= share;
    }
    Sector::Health
}

fn stage(rng: &mut ChaCha8Rng) -> Stage {
    const WEIGHTS: [(Stage, u32); 7] = [
        (Stage::New, 30),
        (Stage::Review, 20),
        (Stage::Incubation, 12),
        (Stage::Pilot, 10),
        (Stage::Scaling, 5),
        (Stage::Sustainable, 3),
        (Stage::Declined, 20),
    ];
    let mut roll = rng.random_range(0..100);
    for (stage, w) in WEIGHTS {
        if roll < w {
            return stage;
        }
        roll -= w;
    }
    Stage::New
}

/// `count` ideas (ids left at 0), created over the two years before `now`.
pub fn generate(count: usize, seed: u64, now: Timestamp) -> Vec<Idea> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    (0..count).map(|_| one(&mut rng, now)).collect()
}

fn one(rng: &mut ChaCha8Rng, now: Timestamp) -> Idea {
    let sector = sector(rng);
    let t = theme(sector);
    let russian = rng.random_range(0..100) < RUSSIAN_PERCENT;
    let region = pick_in(rng, REGIONS, russian);
    let what = pick_in(rng, t.what, russian);
    let who = pick_in(rng, t.who, russian);
    let title = if russian {
        format!("{what} для {who}")
    } else {
        format!("{what} for {who}")
    };
    let target = stage(rng);
    // The inbox is mostly recent (some of it waiting too long); ideas
    // further down the pipeline arrived over the last two years.
    let max_age = if target == Stage::New { 75 } else { 730 };
    let created = Timestamp(now.0 - rng.random_range(0..max_age * 86_400));
    let mut idea = Idea::new(title, created);
    // The sector is what triage decides: most of the inbox has none yet;
    // once past it, every idea has one and the shares hold there.
    let waiting = target == Stage::New && rng.random_range(0..100) < NEW_UNCLASSIFIED_PERCENT;
    idea.sector = if waiting {
        Sector::Unclassified
    } else {
        sector
    };
    let (openers, closers) = if russian {
        (OPENERS_RU, CLOSERS_RU)
    } else {
        (OPENERS, CLOSERS)
    };
    let opener = pick(rng, openers)
        .replace("{what}", what)
        .replace("{who}", who)
        .replace("{region}", region);
    let mut sentences = vec![if russian {
        capitalised(&opener)
    } else {
        opener
    }];
    let mut details: Vec<&str> = t
        .detail
        .iter()
        .copied()
        .filter(|d| d.starts_with(|c: char| cyrillic_char(c)) == russian)
        .collect();
    details.shuffle(rng);
    let extra = rng.random_range(1..=3);
    sentences.extend(details.iter().take(extra.min(2)).map(|s| s.to_string()));
    if extra == 3 {
        sentences.push(pick(rng, closers).replace("{n}", &rng.random_range(30..2000).to_string()));
    }
    idea.summary = sentences.join(" ");
    idea.region = region.to_string();
    idea.org_kind = *OrgKind::ALL.choose(rng).unwrap_or(&OrgKind::Unknown);
    // A person, or the organisation's own name (its kind is a field of
    // its own, not part of the name).
    idea.proposer = match idea.org_kind {
        OrgKind::InitiativeGroup | OrgKind::Unknown => {
            format!(
                "{} {}",
                pick_in(rng, FIRST, russian),
                pick_in(rng, LAST, russian)
            )
        }
        _ => pick_in(rng, ORG_WORDS, russian).to_string(),
    };
    idea.funder = pick_in(rng, FUNDERS, russian).to_string();
    if rng.random_bool(0.8) {
        idea.amount = Some(rng.random_range(5..300) * 10_000);
    }
    let n_tags = rng.random_range(1..=3);
    for tag in t.tags.choose_multiple(rng, n_tags) {
        idea.tags.insert(tag.to_string());
    }
    for b in Barrier::ALL {
        if rng.random_bool(0.25) {
            idea.barriers.insert(*b);
        }
    }
    // Walk the idea through the pipeline so that its history is real.
    if target != Stage::New {
        let mut edits = vec![Edit::Assignee(pick(rng, REVIEWERS).to_string())];
        let path: Vec<Stage> = match target {
            Stage::Declined => vec![Stage::Review, Stage::Declined],
            t => Stage::ALL[1..=t.index()].to_vec(),
        };
        edits.extend(path.into_iter().map(Edit::Stage));
        if rng.random_bool(0.6) {
            edits.push(Edit::Score(Some(rng.random_range(1..=5))));
        }
        if rng.random_bool(0.4) {
            edits.push(Edit::Note(pick(rng, NOTES).to_string()));
        }
        // Spread the steps over the time between creation and now, so that
        // ages and waiting times look like a real pipeline.
        let span = (now.0 - created.0).max(1);
        let mut times: Vec<i64> = (0..edits.len())
            .map(|_| created.0 + rng.random_range(0..span))
            .collect();
        times.sort_unstable();
        for (edit, t) in edits.iter().zip(times) {
            idea.apply(edit, Timestamp(t));
        }
    }
    idea
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cyrillic(text: &str) -> bool {
        text.chars().any(cyrillic_char)
    }

    #[test]
    fn same_seed_same_ideas_and_varied_content() {
        let now = Timestamp(1_800_000_000);
        let a = generate(200, 7, now);
        assert_eq!(a, generate(200, 7, now));
        assert_ne!(a, generate(200, 8, now));
        for s in Stage::ALL {
            assert!(a.iter().any(|i| i.stage == *s), "no idea in {s}");
        }
        assert!(a.iter().any(|i| !i.notes.is_empty()));
        assert!(
            a.iter()
                .any(|i| i.summary.chars().any(|c| ('а'..='я').contains(&c)))
        );
        assert!(
            a.iter()
                .all(|i| crate::domain::idea::valid_title(&i.title).is_ok())
        );
        assert!(a.iter().all(|i| i.updated <= now && i.created <= i.updated));
    }

    #[test]
    fn sector_shares_follow_the_spec() {
        // Over the ideas that have a sector: the inbox mostly waits for one.
        let all = generate(10_000, 1, Timestamp(1_800_000_000));
        let ideas: Vec<&Idea> = all
            .iter()
            .filter(|i| i.sector != Sector::Unclassified)
            .collect();
        assert!(ideas.len() > 6_000, "{}", ideas.len());
        for (sector, share) in SECTOR_SHARES {
            let n = ideas.iter().filter(|i| i.sector == sector).count();
            let pct = n as f64 * 100.0 / ideas.len() as f64;
            let want = share as f64 * 100.0 / 101.0;
            assert!(
                (pct - want).abs() < 2.0,
                "{sector}: {pct:.1}% vs {want:.1}%"
            );
        }
    }

    #[test]
    fn it_looks_like_a_real_inbox() {
        let ideas = generate(2_000, 3, Timestamp(1_800_000_000));
        let new: Vec<&Idea> = ideas.iter().filter(|i| i.stage == Stage::New).collect();
        let unclassified = new
            .iter()
            .filter(|i| i.sector == Sector::Unclassified)
            .count();
        assert!(
            unclassified * 100 > new.len() * 70,
            "{unclassified} of {} new",
            new.len()
        );
        assert!(
            ideas
                .iter()
                .filter(|i| i.stage != Stage::New)
                .all(|i| i.sector != Sector::Unclassified),
            "past the inbox, every idea has a sector"
        );
        let mut russian = 0;
        for i in &ideas {
            // One language per idea: every word of title and summary in the
            // same script (digits and punctuation aside).
            let text = format!("{} {} {}", i.title, i.summary, i.region);
            let latin = text.chars().any(|c| c.is_ascii_alphabetic());
            let cyr = cyrillic(&text);
            assert!(latin != cyr, "mixed languages: {text}");
            russian += usize::from(cyr);
            for kind in OrgKind::ALL {
                assert!(
                    !i.proposer.contains(&format!("({})", kind.label())),
                    "{}",
                    i.proposer
                );
            }
            assert!(
                i.proposer.is_empty() || cyrillic(&i.proposer) == cyr,
                "{} by {}",
                i.title,
                i.proposer
            );
        }
        let share = russian * 100 / ideas.len();
        assert!((8..=25).contains(&share), "{share}% in Russian");
    }
}
