//! Rows gained fields after the first databases: an idea's reviews
//! (schema 4), its reason key (7), its reviewers asked (10). A database
//! whose rows were written before is moved on by its owner's first open,
//! which writes those rows again, so what reads the rows (the list's
//! scores, `reason:`, the statistics, `panel:`) finds them.

mod pg_support;
use pg_support::{TestDb, add, schema};
use sprout::domain::{Idea, Timestamp};
use sprout::store::{PG_SCHEMA_VERSION, Store};

/// Adds an idea, changes it by `change` and gives its id and the row as
/// it was stored before the change (the bare row an older build wrote).
fn changed_with_row_before(db: &TestDb, change: impl FnOnce(&mut Idea)) -> (u64, Vec<u8>) {
    let store = db.open();
    let id = add(&store, "Idea", "");
    let bare = db
        .sql()
        .query_one(
            "SELECT row_record FROM ideas WHERE id = $1",
            &[&(id as i64)],
        )
        .unwrap()
        .get(0);
    let stored = store.idea_with_version(id).unwrap().unwrap();
    let mut idea = stored.idea.clone();
    change(&mut idea);
    let mut w = store.begin().unwrap();
    w.put(idea, Some(stored));
    store.commit(w).unwrap();
    (id, bare)
}

/// The database as schema `version` left it, with `bare` as every row
/// (and `more` SQL run), opened by its owner with this build.
fn opened_from(db: &TestDb, bare: &[u8], version: i32, more: &str) -> Store {
    db.sql()
        .execute("UPDATE ideas SET row_record = $1", &[&bare])
        .unwrap();
    db.sql()
        .batch_execute(&format!(
            "{more} UPDATE sprout_schema SET version = {version};"
        ))
        .unwrap();
    let store = db.open();
    assert_eq!(schema(db), i32::from(PG_SCHEMA_VERSION));
    store
}

/// Schema 3: reviews in the ideas, none in their rows, no table of the
/// panel's settings. The reviewed idea's row gets its review, so the list
/// scores it, and the panel's settings can be changed.
#[test]
fn schema_three_rows_get_their_reviews_and_the_panel_its_table() {
    let Some(db) = TestDb::new("migrate_reviews") else {
        return;
    };
    let (_, bare) = changed_with_row_before(&db, |idea| {
        let rubric = sprout::domain::Rubric::default_rubric();
        idea.reviews.push(sprout::domain::Review {
            by: "anna".into(),
            rubric: 1,
            scores: rubric
                .criteria
                .iter()
                .map(|c| (c.name.clone(), 4))
                .collect(),
            confidence: 2,
            comment: String::new(),
            time: Timestamp(1),
        });
    });
    let store = opened_from(&db, &bare, 3, "DROP TABLE panel_settings;");
    let rows = store.rows().unwrap();
    assert_eq!(rows[0].reviews.marks().len(), 1);
    assert_eq!(rows[0].reviews.combined(), Some(4000));
    let mut w = store.begin().unwrap();
    w.save_panel_settings(sprout::domain::panel::PanelSettings {
        blind: true,
        ..Default::default()
    });
    store.commit(w).unwrap();
    assert!(store.panel_settings().unwrap().blind);
}

/// Schema 6: reasons in the ideas, none in their rows. The decided idea's
/// row gets its reason key, so `reason:` and the statistics find it.
#[test]
fn schema_six_rows_get_their_reasons() {
    let Some(db) = TestDb::new("migrate_reasons") else {
        return;
    };
    let (id, bare) = changed_with_row_before(&db, |idea| {
        idea.stage = sprout::domain::Stage::Declined;
        idea.reason = "no-budget".into();
    });
    assert_eq!(&*db.open().rows().unwrap()[0].reason, "no-budget");
    let store = opened_from(&db, &bare, 6, "");
    assert_eq!(&*store.rows().unwrap()[0].reason, "no-budget");
    let decided = sprout::search::decided::build(&store).unwrap();
    assert_eq!(decided.reason_of(id), Some("no-budget"));
}

/// Schema 9: reviewers in the ideas, none in their rows. The row of the
/// idea with reviewers gets them, so `panel:`, which reads the rows,
/// finds it.
#[test]
fn schema_nine_rows_get_their_reviewers() {
    let Some(db) = TestDb::new("migrate_reviewers") else {
        return;
    };
    let (id, bare) = changed_with_row_before(&db, |idea| {
        idea.reviewers.insert("Anna".into());
    });
    assert_eq!(db.open().rows().unwrap()[0].reviewers.len(), 1);
    let store = opened_from(&db, &bare, 9, "");
    assert_eq!(&*store.rows().unwrap()[0].reviewers[0], "Anna");
    let q = sprout::query::Query::parse("panel:anna").unwrap();
    let found =
        sprout::search::select(&store, &q, false, Default::default(), Timestamp(1)).unwrap();
    assert_eq!(found.rows().map(|r| r.id).collect::<Vec<_>>(), [id]);
}
