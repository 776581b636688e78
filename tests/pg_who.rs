//! Who did it on PostgreSQL: the role the connection logged in as, whatever
//! the config file's `user` says; every change is signed with it.
//! `SPROUT_TEST_PG` names the server (`.ci/with-postgres` starts one).

mod pg_support;
use pg_support::{TestDb, add};
use sprout::domain::{Edit, FixedClock, Stage, Timestamp};

#[test]
fn the_role_is_who_made_a_change_and_who_me_is() {
    let Some(db) = TestDb::new("who") else {
        return;
    };
    // The config's user is for a database of one's own only.
    sprout::store::actor::set_configured_user(Some("not-the-role"));
    let role: String = db
        .sql()
        .query_one("SELECT current_user::text", &[])
        .unwrap()
        .get(0);
    let store = db.open();
    assert_eq!(store.actor(), role);
    let id = add(&store, "Wells", "clean water");
    sprout::ideas::edit(
        &store,
        &[id],
        &[Edit::Stage(Stage::Review), Edit::Note("called".into())],
        &FixedClock(Timestamp(10)),
    )
    .unwrap();
    let idea = store.idea(id).unwrap().unwrap();
    assert_eq!(idea.history[0].by, role);
    assert_eq!(idea.notes[0].by, role);
}
