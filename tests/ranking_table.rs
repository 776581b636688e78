//! The relevance rule (README, "How a word matches") as a table: queries
//! on a fixed set of ideas, each with the idea it must put first and how
//! many it must find. The ideas are written out here, not made by `demo`,
//! so that the table stays true whatever the demo generator becomes.
//! Every query is also counted by the other paths that count (the UI's
//! search with its sidebar, `sprout stats`, the views' counts): they must
//! all count what the list shows.

use sprout::domain::{Idea, Named, Sector, Timestamp};
use sprout::query::{Catalog, Context, Query, SortKey};
use sprout::store::Store;
use sprout::{ideas, search};

const NOW: Timestamp = Timestamp(1_795_694_400);

/// (title, sector, region, proposer, tags, funder, summary)
type Fixture = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
);

/// Ideas #1 to #32, oldest first (one hour apart), so that among equally
/// good matches the later one comes first.
const IDEAS: &[Fixture] = &[
    (
        "Clean water points for villages",
        "ecology",
        "Tatarstan",
        "Living Water",
        &["water"],
        "",
        "",
    ),
    (
        "Craft cooperative for women after maternity leave",
        "employment",
        "Moscow",
        "",
        &[],
        "",
        "",
    ),
    (
        "Job coaching for women after maternity leave",
        "employment",
        "Perm Krai",
        "",
        &[],
        "",
        "",
    ),
    (
        "Social taxi for people in remote villages",
        "disparities",
        "Irkutsk Oblast",
        "",
        &[],
        "",
        "",
    ),
    (
        "Social taxi for homeless people",
        "disparities",
        "Perm Krai",
        "",
        &[],
        "",
        "",
    ),
    (
        "Watershed restoration on the Kama",
        "ecology",
        "Perm Krai",
        "",
        &[],
        "",
        "",
    ),
    (
        "Rainwater tanks for schools",
        "ecology",
        "Samara Oblast",
        "",
        &[],
        "",
        "",
    ),
    (
        "Чистая вода для сёл",
        "ecology",
        "Татарстан",
        "",
        &[],
        "",
        "",
    ),
    (
        "Поиск работы для молодёжи",
        "employment",
        "Пермский край",
        "",
        &["youth"],
        "",
        "",
    ),
    (
        "Социальное такси для пожилых",
        "disparities",
        "Пермский край",
        "",
        &[],
        "",
        "",
    ),
    (
        "Школа ухода за пожилыми",
        "health",
        "Москва",
        "",
        &["elderly"],
        "",
        "",
    ),
    (
        "Home care visits for elderly people living alone",
        "health",
        "Tatarstan",
        "",
        &["care", "elderly"],
        "",
        "",
    ),
    (
        "Mobile clinic for villages",
        "health",
        "Karelia",
        "",
        &[],
        "",
        "",
    ),
    (
        "Coding club for rural teenagers",
        "education",
        "Tomsk Oblast",
        "",
        &["stem", "youth"],
        "",
        "",
    ),
    (
        "Reading mentors for children",
        "education",
        "Moscow",
        "Open Doors",
        &[],
        "Our Future Foundation",
        "",
    ),
    (
        "Mental health peer support",
        "health",
        "Moscow",
        "",
        &["mental-health"],
        "",
        "",
    ),
    (
        "Wastewater recycling for farms",
        "ecology",
        "Altai Krai",
        "",
        &[],
        "",
        "",
    ),
    (
        "Urban gardens for apartment blocks",
        "ecology",
        "Rostov Oblast",
        "",
        &["waste", "water"],
        "",
        "",
    ),
    (
        "Legal aid desk",
        "disparities",
        "Moscow",
        "Open Doors",
        &[],
        "",
        "",
    ),
    (
        "Respite care for families",
        "health",
        "Omsk Oblast",
        "",
        &[],
        "",
        "Volunteers bring water and meals.",
    ),
    (
        "Day centre for stroke survivors",
        "health",
        "Perm Krai",
        "",
        &[],
        "",
        "",
    ),
    (
        "Permaculture school",
        "education",
        "Moscow",
        "",
        &[],
        "",
        "",
    ),
    (
        "Inclusive school programme",
        "education",
        "Perm Krai",
        "",
        &[],
        "",
        "",
    ),
    (
        "Кружок программирования для школьников",
        "education",
        "Новосибирская область",
        "",
        &[],
        "",
        "",
    ),
    (
        "Social bakery for women",
        "employment",
        "Samara Oblast",
        "",
        &[],
        "",
        "",
    ),
    (
        "Telemedicine consultations",
        "health",
        "Yakutia",
        "",
        &[],
        "Фонд «Наше будущее»",
        "",
    ),
    ("Водоснабжение школ", "ecology", "Карелия", "", &[], "", ""),
    (
        "Waterfront cleanup volunteers",
        "ecology",
        "Saint Petersburg",
        "",
        &[],
        "",
        "",
    ),
    (
        "Retraining programme for veterans",
        "employment",
        "Moscow",
        "Living Water",
        &[],
        "",
        "",
    ),
    (
        "Career guidance for women over 50",
        "employment",
        "Perm Krai",
        "",
        &[],
        "",
        "Women after a career break.",
    ),
    (
        "Adult literacy courses",
        "education",
        "Moscow",
        "",
        &[],
        "",
        "Archived: never shown unless asked.",
    ),
    (
        "Social taxi for rural districts",
        "unclassified",
        "Perm Krai",
        "",
        &[],
        "",
        "",
    ),
];

/// (query, the first idea, how many ideas).
const TABLE: &[(&str, Option<u64>, usize)] = &[
    // "water": whole word in a title, then whole elsewhere (a tag, a
    // proposer), the start of a title word, inside one, the summary last;
    // never "women after".
    ("water", Some(1), 8),
    ("Water", Some(1), 8),
    // Swapped and left-out letters find the same field matches.
    ("watre", Some(1), 7),
    ("wter", Some(1), 7),
    ("wtr", Some(1), 7),
    // The start of a word: the shortest such word first.
    ("wat", Some(1), 8),
    // The case: only the taxis in Perm Krai, the newest first.
    ("taxi perm", Some(32), 2),
    ("social taxi", Some(32), 3),
    ("\"social taxi\"", Some(32), 3),
    // Letters over several words are no match.
    ("sotax", None, 0),
    ("perm", Some(32), 8),
    ("school", Some(23), 3),
    ("vilage", Some(13), 3),
    ("care elderly", Some(12), 1),
    ("women", Some(30), 4),
    ("future", Some(15), 1),
    ("open doors", Some(19), 2),
    ("mental-health", Some(16), 1),
    ("water sector:ecology", Some(1), 6),
    ("water !tag:water", Some(29), 6),
    // Russian, folded (ё as е), one word or several.
    ("вода", Some(8), 2),
    ("пермск", Some(10), 2),
    ("поиск работы", Some(9), 1),
    ("поикс", Some(9), 1),
    ("молодеж", Some(9), 1),
    ("такси пожил", Some(10), 1),
    ("наше будущее", Some(26), 1),
    ("школ", Some(27), 3),
    ("zzz", None, 0),
];

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("db")).unwrap();
    for (n, (title, sector, region, proposer, tags, funder, summary)) in IDEAS.iter().enumerate() {
        let mut idea = Idea::new(
            (*title).into(),
            Timestamp(NOW.0 - 86_400 + n as i64 * 3_600),
        );
        idea.sector = Sector::parse(sector).unwrap();
        idea.region = (*region).into();
        idea.proposer = (*proposer).into();
        idea.tags = tags.iter().map(|t| t.to_string()).collect();
        idea.funder = (*funder).into();
        idea.summary = (*summary).into();
        idea.archived = title.starts_with("Adult literacy");
        let id = ideas::add(&store, idea).unwrap();
        assert_eq!(id, n as u64 + 1);
    }
    (dir, store)
}

#[test]
fn queries_find_their_first_idea_and_count_what_the_list_shows() {
    let (_dir, store) = store();
    let catalog = Catalog::new(store.rows().unwrap());
    let queries: Vec<Query> = TABLE
        .iter()
        .map(|(q, _, _)| Query::parse(q).unwrap())
        .collect();
    let view_counts = search::count_each(&store, &queries, NOW).unwrap();
    let mut wrong = Vec::new();
    for ((&(text, first, count), query), view_count) in TABLE.iter().zip(&queries).zip(view_counts)
    {
        // `sprout list` and `sprout stats`.
        let listed: Vec<u64> = search::select(&store, query, false, SortKey::Updated, NOW)
            .unwrap()
            .rows()
            .map(|r| r.id)
            .collect();
        if listed.first().copied() != first || listed.len() != count {
            wrong.push(format!(
                "{text:?}: want #{first:?} first of {count}, got {listed:?}"
            ));
        }
        // The UI: the same ideas in the same order, and a sidebar that
        // counts them (each group's counts add up to the list when the
        // query has no term of that group).
        let ctx = Context {
            summary_hits: search::summary_hits(&store, query).unwrap(),
            now: NOW,
            ..Context::default()
        };
        let (hits, facets) = catalog.search_faceted(query, &ctx, SortKey::Updated);
        let shown: Vec<u64> = hits.iter().map(|h| catalog.row(h.index()).id).collect();
        assert_eq!(shown, listed, "{text:?}: the UI's list");
        if !text.contains("sector:") {
            assert_eq!(
                facets.sectors.iter().sum::<usize>(),
                count,
                "{text:?}: sectors"
            );
        }
        assert_eq!(
            facets.stages.iter().sum::<usize>(),
            count,
            "{text:?}: stages"
        );
        assert_eq!(view_count, count, "{text:?}: a view's count");
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    assert!(TABLE.len() >= 20);
}
