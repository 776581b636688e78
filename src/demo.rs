//! Realistic synthetic ideas for trying sprout out and for benchmarks. The
//! same seed and clock give the same ideas; sectors follow SPEC §1's shares.

use crate::domain::{Barrier, Edit, Idea, Named, OrgKind, Sector, Stage, Timestamp};
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Sector shares reported for Russian social-innovation projects 2007–2016
/// (they add up to 101; sampling normalises them).
const SECTOR_SHARES: [(Sector, u32); 5] = [
    (Sector::Health, 33),
    (Sector::Education, 25),
    (Sector::Disparities, 20),
    (Sector::Employment, 19),
    (Sector::Ecology, 4),
];

pub const REGIONS: &[&str] = &[
    "Moscow",
    "Saint Petersburg",
    "Tatarstan",
    "Perm Krai",
    "Sverdlovsk Oblast",
    "Novosibirsk Oblast",
    "Krasnoyarsk Krai",
    "Bashkortostan",
    "Nizhny Novgorod Oblast",
    "Samara Oblast",
    "Rostov Oblast",
    "Krasnodar Krai",
    "Chelyabinsk Oblast",
    "Tomsk Oblast",
    "Irkutsk Oblast",
    "Khabarovsk Krai",
    "Primorsky Krai",
    "Kaliningrad Oblast",
    "Yaroslavl Oblast",
    "Tyumen Oblast",
    "Voronezh Oblast",
    "Udmurtia",
    "Chuvashia",
    "Karelia",
    "Arkhangelsk Oblast",
    "Altai Krai",
    "Omsk Oblast",
    "Kemerovo Oblast",
    "Vologda Oblast",
    "Yakutia",
    "Татарстан",
    "Пермский край",
];

const FUNDERS: &[&str] = &[
    "Our Future Foundation",
    "Presidential Grants Fund",
    "Timchenko Foundation",
    "Potanin Foundation",
    "Regional Social Innovation Centre",
    "City Social Policy Committee",
    "Фонд «Наше будущее»",
    "Agency for Strategic Initiatives",
    "",
];

const FIRST: &[&str] = &[
    "Anna",
    "Dmitry",
    "Elena",
    "Ivan",
    "Olga",
    "Sergey",
    "Marina",
    "Aleksei",
    "Natalia",
    "Pavel",
    "Irina",
    "Timur",
    "Айгуль",
    "Мария",
    "Алексей",
    "Ольга",
];
const LAST: &[&str] = &[
    "Ivanova",
    "Petrov",
    "Smirnova",
    "Kuznetsov",
    "Sokolova",
    "Popov",
    "Lebedeva",
    "Novikov",
    "Морозова",
    "Волков",
    "Гарипова",
    "Соловьёв",
];
const ORG_WORDS: &[&str] = &[
    "Good Neighbours",
    "Open Doors",
    "Warm Hands",
    "New Horizons",
    "Green Street",
    "Second Wind",
    "Bright Future",
    "Living Water",
    "Равные возможности",
    "Тёплый дом",
    "Зелёный город",
];
const REVIEWERS: &[&str] = &["anna", "dmitry", "olga", "timur", "marina"];

struct Theme {
    what: &'static [&'static str],
    who: &'static [&'static str],
    tags: &'static [&'static str],
    detail: &'static [&'static str],
}

fn theme(sector: Sector) -> Theme {
    match sector {
        Sector::Health => Theme {
            what: &[
                "Home care visits",
                "Mobile clinic",
                "Day centre",
                "Rehabilitation workshop",
                "Telemedicine consultations",
                "Peer support groups",
                "Respite care",
                "Патронаж на дому",
                "Школа ухода",
            ],
            who: &[
                "elderly people living alone",
                "children with disabilities",
                "stroke survivors",
                "families caring for dementia patients",
                "people with diabetes",
                "пожилых людей",
                "семей с особыми детьми",
            ],
            tags: &[
                "elderly",
                "disability",
                "care",
                "rehabilitation",
                "mental-health",
                "palliative",
            ],
            detail: &[
                "Volunteers are trained by nurses from the regional hospital.",
                "Visits are scheduled through a simple phone line run by the centre.",
                "The service fills the gap left after the rural clinic closed.",
                "Participants keep a diary so that progress can be measured.",
                "Волонтёры проходят обучение у медсестёр областной больницы.",
            ],
        },
        Sector::Education => Theme {
            what: &[
                "Coding club",
                "Inclusive school programme",
                "Reading mentors",
                "Summer science camp",
                "Adult literacy courses",
                "Robotics lab",
                "Кружок программирования",
                "Школа наставников",
            ],
            who: &[
                "rural teenagers",
                "children from low-income families",
                "migrant children",
                "pupils with learning difficulties",
                "adults returning to study",
                "сельских школьников",
            ],
            tags: &[
                "children",
                "youth",
                "stem",
                "inclusion",
                "literacy",
                "mentoring",
            ],
            detail: &[
                "Lessons run after school in the library of the district centre.",
                "University students act as mentors and earn course credit.",
                "Materials are open and can be reused by other schools.",
                "Занятия проходят после уроков в районной библиотеке.",
            ],
        },
        Sector::Disparities => Theme {
            what: &[
                "Legal aid desk",
                "Accessible transport service",
                "Social taxi",
                "Community kitchen",
                "Housing support",
                "Digital literacy classes",
                "Социальное такси",
                "Пункт правовой помощи",
            ],
            who: &[
                "people with limited mobility",
                "large families",
                "former prisoners",
                "homeless people",
                "single mothers",
                "people in remote villages",
                "многодетных семей",
            ],
            tags: &[
                "accessibility",
                "inclusion",
                "housing",
                "legal-aid",
                "poverty",
                "rural",
            ],
            detail: &[
                "The service is free and booked by phone or messenger.",
                "Local businesses donate food and premises.",
                "Social workers refer the first participants.",
                "Услуга бесплатна, запись по телефону.",
            ],
        },
        Sector::Employment => Theme {
            what: &[
                "Job coaching",
                "Supported employment",
                "Craft cooperative",
                "Social bakery",
                "Career guidance",
                "Retraining programme",
                "Поиск работы",
                "Социальная пекарня",
            ],
            who: &[
                "young people with autism",
                "women after maternity leave",
                "people over 50",
                "veterans",
                "people with hearing impairments",
                "молодёжи",
            ],
            tags: &[
                "jobs",
                "training",
                "social-enterprise",
                "youth",
                "disability",
                "crafts",
            ],
            detail: &[
                "Employers in the region have agreed to offer trial placements.",
                "Each participant gets a personal coach for six months.",
                "Products are sold at city fairs and online.",
                "Работодатели региона готовы предложить стажировки.",
            ],
        },
        Sector::Ecology | Sector::Other | Sector::Unclassified => Theme {
            what: &[
                "Clean water points",
                "Recycling stations",
                "Urban gardens",
                "River clean-up",
                "Tree planting",
                "Composting network",
                "Раздельный сбор отходов",
                "Чистая вода",
            ],
            who: &[
                "residential districts",
                "small towns",
                "schools",
                "villages along the Volga",
                "apartment blocks",
                "сельских поселений",
            ],
            tags: &[
                "water",
                "recycling",
                "green",
                "waste",
                "climate",
                "volunteers",
            ],
            detail: &[
                "Residents sort waste at collection points built by volunteers.",
                "Water quality is tested monthly by a partner laboratory.",
                "The city provides land for free for five years.",
                "Жители сортируют отходы на площадках, построенных волонтёрами.",
            ],
        },
    }
}

const OPENERS: &[&str] = &[
    "The project offers {what} for {who} in {region}.",
    "We propose {what} for {who}, starting in {region}.",
    "{what} for {who} in {region}, run by a local team.",
];
const CLOSERS: &[&str] = &[
    "In the first year we expect to reach {n} people.",
    "The budget covers premises, training and two part-time staff.",
    "The model can be repeated in other regions at low cost.",
    "We ask for support to run a pilot and measure the results.",
    "Sustainability comes from small fees and municipal contracts.",
];
const NOTES: &[&str] = &[
    "Called the proposer; budget needs a breakdown by month.",
    "Strong team, weak evidence of demand.",
    "Site visit planned for next month.",
    "Similar project already funded in the neighbouring region.",
    "Good fit for the regional programme.",
    "Позвонили заявителю, ждём смету.",
];

fn pick<'a>(rng: &mut ChaCha8Rng, items: &'a [&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or("")
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
    let region = pick(rng, REGIONS);
    let what = pick(rng, t.what);
    let who = pick(rng, t.who);
    let title = format!("{what} for {who}");
    let target = stage(rng);
    // The inbox is mostly recent (some of it waiting too long); ideas
    // further down the pipeline arrived over the last two years.
    let max_age = if target == Stage::New { 75 } else { 730 };
    let created = Timestamp(now.0 - rng.random_range(0..max_age * 86_400));
    let mut idea = Idea::new(title, created);
    // Proposers choose a sector on the submission form, so every demo idea
    // has one and the shares hold over the whole set.
    idea.sector = sector;
    let opener = pick(rng, OPENERS)
        .replace("{what}", what)
        .replace("{who}", who)
        .replace("{region}", region);
    let mut sentences = vec![opener];
    let mut details = t.detail.to_vec();
    details.shuffle(rng);
    let extra = rng.random_range(1..=3);
    sentences.extend(details.iter().take(extra.min(2)).map(|s| s.to_string()));
    if extra == 3 {
        sentences.push(pick(rng, CLOSERS).replace("{n}", &rng.random_range(30..2000).to_string()));
    }
    idea.summary = sentences.join(" ");
    idea.region = region.to_string();
    idea.org_kind = *OrgKind::ALL.choose(rng).unwrap_or(&OrgKind::Unknown);
    idea.proposer = match idea.org_kind {
        OrgKind::InitiativeGroup | OrgKind::Unknown => {
            format!("{} {}", pick(rng, FIRST), pick(rng, LAST))
        }
        kind => format!("{} ({})", pick(rng, ORG_WORDS), kind.label()),
    };
    idea.funder = pick(rng, FUNDERS).to_string();
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
        let ideas = generate(10_000, 1, Timestamp(1_800_000_000));
        for (sector, share) in SECTOR_SHARES {
            let n = ideas.iter().filter(|i| i.sector == sector).count();
            let pct = n as f64 / 100.0;
            let want = share as f64 * 100.0 / 101.0;
            assert!(
                (pct - want).abs() < 2.0,
                "{sector}: {pct:.1}% vs {want:.1}%"
            );
        }
    }
}
