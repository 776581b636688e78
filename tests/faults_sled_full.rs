//! A full disk that sled itself runs into, part way through a write from
//! the UI (sprout's own look at the free space is turned off for this whole
//! test binary). The UI must then show what is stored, let the change be
//! made again once there is room, and quit. Needs root for the tmpfs.

mod common;
mod fault_support;
use crossterm::event::{KeyCode, KeyModifiers};
use fault_support::*;
use sprout::domain::{Named, Sector};
use sprout::store::Store;

#[test]
fn a_write_sled_fails_part_way_leaves_the_ui_telling_the_truth() {
    // SAFETY: the only test of this binary; set before any thread reads it.
    unsafe { std::env::set_var("SPROUT_TEST_NO_SPACE_CHECK", "1") };
    let dir = tempfile::tempdir().unwrap();
    let Some(mount) = Mount::tmpfs(dir.path(), "8m") else {
        return;
    };
    let db = demo_db(dir.path(), 200);
    let store = Store::open(&db).unwrap();
    let mut app = common::app(&store, (120, 36));
    common::press(&mut app, &store, KeyCode::Char('V'), KeyModifiers::NONE);
    let marked = app.list.marked.clone();
    mount.fill(0);
    // sled may still find room in a page it already has: change the
    // sector back and forth until a write is refused.
    let rows = |store: &Store| -> Vec<(u64, Sector)> {
        store
            .rows()
            .unwrap()
            .iter()
            .map(|r| (r.id, r.sector))
            .collect()
    };
    let mut refused = None;
    for key in "565656565656".chars() {
        let before = rows(&store);
        common::press(&mut app, &store, KeyCode::Char(key), KeyModifiers::NONE);
        // A change to more than 50 ideas asks first.
        common::answer_yes(&mut app, &store);
        let message = app.message.clone().unwrap_or_default();
        // Said when the change is refused, and again by the reads after it
        // while sled cannot open again on the full disk.
        if says_full(&message) {
            refused = Some((key, before));
            break;
        }
        assert!(message.contains("sector → "), "{message}");
    }
    let (key, before) = refused.expect("a write on the full disk is refused");
    mount.empty();
    // What the UI shows is what is stored, read again from the disk.
    let selected = app.selected_row().unwrap().id;
    let stored = store.idea(selected).unwrap().unwrap();
    assert_eq!(app.selected_row().unwrap().sector, stored.sector);
    let now: Vec<(u64, Sector)> = store
        .rows()
        .unwrap()
        .iter()
        .map(|r| (r.id, r.sector))
        .collect();
    assert_eq!(now, before, "nothing of the refused change is stored");
    if let Some(d) = &app.detail.idea {
        assert_eq!(d.sector, stored.sector);
    }
    // The same key does it now.
    common::press(&mut app, &store, KeyCode::Char(key), KeyModifiers::NONE);
    common::answer_yes(&mut app, &store);
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.contains("sector → ") && !message.contains("no change"),
        "{message}"
    );
    let wanted = if key == '5' {
        Sector::Ecology
    } else {
        store
            .idea(*marked.iter().next().unwrap())
            .unwrap()
            .unwrap()
            .sector
    };
    for id in &marked {
        assert_eq!(store.idea(*id).unwrap().unwrap().sector, wanted);
    }
    store.flush().unwrap();
    drop(app);
    drop(store);
    // And what was saved is there for the next process.
    let out = stdout(&sprout(
        &db,
        &[
            "list",
            &format!("sector:{}", wanted.name()),
            "--format",
            "ids",
        ],
    ));
    assert!(out.lines().count() >= marked.len(), "{out}");
}
