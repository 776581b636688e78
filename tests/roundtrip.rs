//! Property tests: idea → store → idea, and export → import → export in
//! JSON and CSV, with arbitrary Unicode, quotes, commas, newlines and
//! control characters in every text field; on both engines (fewer cases
//! on PostgreSQL, where each database is made on the server: what varies
//! between cases is the codec's input, which both engines store the same).

mod engines;
use engines::{Engine, Fresh, on_both_engines};
use proptest::prelude::*;
use sprout::domain::idea::{valid_line, valid_note, valid_summary, valid_title};
use sprout::domain::text::normalize_tag;
use sprout::domain::{Barrier, Change, Idea, Named, Note, OrgKind, Sector, Stage, Timestamp};
use sprout::store::Store;
use sprout::transfer::{Format, ImportOptions, export, plan_import, read_records};

fn text() -> impl Strategy<Value = String> {
    // Printable Unicode plus the characters that break naive CSV and JSON
    // writers and terminals.
    prop::collection::vec(
        prop_oneof![
            4 => any::<char>(),
            2 => prop::sample::select(vec![',', '"', '\'', ';', '\n', '\r', '\t', '=', '+', '-', '@', ' ', '\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', 'ё', '日']),
        ],
        0..40,
    )
    .prop_map(|v| v.into_iter().collect())
}

fn pick<T: Named + std::fmt::Debug>() -> impl Strategy<Value = T> {
    (0..T::ALL.len()).prop_map(|i| T::ALL[i])
}

/// The fields of record schema 2: contact, source id, duplicate links,
/// extra fields, and who wrote the note and made the change.
#[derive(Debug, Clone)]
struct Later {
    contact: [String; 4],
    duplicate_of: Option<u64>,
    not_duplicates: Vec<u64>,
    extras: Vec<(String, String)>,
    by: String,
}

prop_compose! {
    fn later()(
        email in text(), phone in text(), website in text(), source_id in text(),
        duplicate_of in prop::option::of(1u64..=i64::MAX as u64),
        not_duplicates in prop::collection::vec(1u64..1_000_000, 0..3),
        extras in prop::collection::vec((text(), text()), 0..3), by in text(),
    ) -> Later {
        Later { contact: [email, phone, website, source_id], duplicate_of, not_duplicates, extras, by }
    }
}

prop_compose! {
    fn idea()(
        title in text(), summary in text(), proposer in text(), region in text(),
        funder in text(), assignee in text(), tags in prop::collection::vec(text(), 0..4),
        note in text(), sector in pick::<Sector>(), stage in pick::<Stage>(),
        org in pick::<OrgKind>(), barrier in prop::option::of(pick::<Barrier>()),
        amount in prop::option::of(any::<u64>()), score in prop::option::of(1u8..=5),
        created in 0i64..4_000_000_000, archived in any::<bool>(), from in text(),
        later in later(),
    ) -> Idea {
        let created = Timestamp(created);
        let mut i = Idea::new(valid_title(&title).unwrap_or_else(|_| "t".into()), created);
        i.summary = valid_summary(&summary).unwrap();
        i.proposer = valid_line(&proposer).unwrap();
        i.region = valid_line(&region).unwrap();
        i.funder = valid_line(&funder).unwrap();
        i.assignee = valid_line(&assignee).unwrap();
        i.tags = tags.iter().filter_map(|t| normalize_tag(t)).collect();
        if let Ok(text) = valid_note(&note) {
            i.notes.push(Note { time: Timestamp(created.0 + 5), text, by: valid_line(&later.by).unwrap() });
        }
        i.history.push(Change { time: Timestamp(created.0 + 9), field: "assignee".into(), from: valid_line(&from).unwrap(), to: i.assignee.clone(), by: valid_line(&later.by).unwrap() });
        let [email, phone, website, source_id] = later.contact.map(|t| valid_line(&t).unwrap());
        (i.email, i.phone, i.website, i.source_id) = (email, phone, website, source_id);
        i.duplicate_of = later.duplicate_of;
        i.not_duplicates.extend(later.not_duplicates);
        for (name, value) in &later.extras {
            i.extras.set(name, value);
        }
        i.sector = sector;
        i.stage = stage;
        i.org_kind = org;
        i.barriers.extend(barrier);
        i.amount = amount;
        i.score = score;
        i.archived = archived;
        i.updated = Timestamp(created.0 + 10);
        i
    }
}

fn store(engine: Engine) -> (Fresh, Store) {
    let fresh = Fresh::new(engine);
    let store = fresh.open();
    (fresh, store)
}

/// As many cases as the engine affords.
fn config(engine: Engine) -> ProptestConfig {
    let cases = match engine {
        Engine::Sled => 64,
        Engine::Postgres => 12,
    };
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

fn put_all(store: &Store, ideas: &[Idea]) {
    let mut w = store.begin().unwrap();
    for idea in ideas {
        let mut idea = idea.clone();
        idea.id = w.allocate();
        w.put(idea, None);
    }
    store.commit(w).unwrap();
}

fn export_all(store: &Store, format: Format) -> Vec<u8> {
    let ideas: Vec<Idea> = store.ideas().map(Result::unwrap).collect();
    let mut out = Vec::new();
    export(ideas, format, &mut out).unwrap();
    out
}

fn import_into(store: &Store, bytes: &[u8], format: Format) {
    let records = read_records(bytes, format).unwrap();
    let plan = plan_import(store, records, ImportOptions::default(), Timestamp(0))
        .unwrap_or_else(|e| panic!("{e}: {:?}", String::from_utf8_lossy(bytes)));
    store.commit(plan.writes).unwrap();
}

on_both_engines!(idea_store_idea);
fn idea_store_idea(engine: Engine) {
    proptest!(config(engine), |(ideas in prop::collection::vec(idea(), 1..4))| {
        let (_d, store) = store(engine);
        put_all(&store, &ideas);
        for (n, original) in ideas.iter().enumerate() {
            let mut expected = original.clone();
            expected.id = n as u64 + 1;
            prop_assert_eq!(store.idea(expected.id).unwrap().unwrap(), expected);
        }
    });
}

on_both_engines!(json_export_import_export);
fn json_export_import_export(engine: Engine) {
    proptest!(config(engine), |(ideas in prop::collection::vec(idea(), 1..4))| {
        let (_a, a) = store(engine);
        put_all(&a, &ideas);
        let first = export_all(&a, Format::Json);
        let (_b, b) = store(engine);
        import_into(&b, &first, Format::Json);
        prop_assert_eq!(String::from_utf8(export_all(&b, Format::Json)).unwrap(), String::from_utf8(first).unwrap());
        let lines = export_all(&a, Format::Jsonl);
        let (_c, c) = store(engine);
        import_into(&c, &lines, Format::Jsonl);
        prop_assert_eq!(export_all(&c, Format::Jsonl), lines);
    });
}

on_both_engines!(csv_export_import_export);
fn csv_export_import_export(engine: Engine) {
    proptest!(config(engine), |(ideas in prop::collection::vec(idea(), 1..4))| {
        // A CSV file's columns that are no field become extra fields by the
        // import's column mapping (and an extra named like a field would
        // go to that field); here every other field goes both ways.
        let ideas: Vec<Idea> = ideas.into_iter().map(|mut i| { i.extras = Default::default(); i }).collect();
        let (_a, a) = store(engine);
        put_all(&a, &ideas);
        let first = export_all(&a, Format::Csv);
        let (_b, b) = store(engine);
        import_into(&b, &first, Format::Csv);
        prop_assert_eq!(String::from_utf8(export_all(&b, Format::Csv)).unwrap(), String::from_utf8(first).unwrap());
        prop_assert_eq!(export_all(&b, Format::Json), export_all(&a, Format::Json));
    });
}
