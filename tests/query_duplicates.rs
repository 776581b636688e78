//! `is:duplicate` and `similar:N` over the near-duplicate index, on the
//! ideas of tests/fixtures/near_duplicates.jsonl:
//! #1 an original, #2 it with a typo, #5 it with a typo, its sentences in
//! another order and another proposer; #3 and #4 nearly the same but #4
//! says "not a duplicate" of #3; #7 a near-copy of #6 already marked its
//! duplicate.

mod cli_support;
use cli_support::*;

fn db() -> Db {
    let db = Db::new();
    let file = db.file(
        "ideas.jsonl",
        include_bytes!("fixtures/near_duplicates.jsonl"),
    );
    import(&db, &file, &[]);
    db
}

fn ids(db: &Db, query: &str, sort: &[&str]) -> String {
    let mut args = vec!["list", query, "--format", "ids"];
    args.extend_from_slice(sort);
    db.run(&args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn is_duplicate_selects_unsettled_near_copies_and_marked_duplicates() {
    let db = db();
    // #3 and #4: "not a duplicate", never flagged. #6: its copy #7 is
    // marked its duplicate, which settles the pair for the original.
    assert_eq!(ids(&db, "is:duplicate", &["--sort", "id"]), "1 2 5 7");
    assert_eq!(ids(&db, "is:dup", &["--sort", "id"]), "1 2 5 7");
    assert_eq!(ids(&db, "!is:duplicate", &["--sort", "id"]), "3 4 6");
    assert_eq!(
        ids(&db, "is:duplicate clinic", &["--sort", "id"]),
        "1 2 5",
        "with other terms"
    );
}

#[test]
fn similar_ranks_the_likest_first_and_keeps_out_what_was_settled_not() {
    let db = db();
    // #2 differs from #1 by one letter, #5 by more: it comes second,
    // whatever the sort asked for.
    assert_eq!(ids(&db, "similar:1", &[]), "2 5");
    assert_eq!(ids(&db, "similar:#1", &["--sort", "id"]), "2 5");
    assert_eq!(ids(&db, "similar:5", &[]), "2 1");
    assert_eq!(ids(&db, "similar:3", &[]), "", "said not to be one");
    assert_eq!(ids(&db, "similar:4", &[]), "");
    assert_eq!(ids(&db, "similar:6", &[]), "7", "its marked duplicate");
    assert_eq!(ids(&db, "similar:99", &[]), "", "no such idea");
    assert_eq!(ids(&db, "!similar:1", &["--sort", "id"]), "1 3 4 6 7");
}

#[test]
fn a_bad_similar_term_is_a_clear_error() {
    let db = db();
    let err = db.fail(&["list", "similar:clinic"], 1);
    assert!(
        err.contains("in query term 'similar:clinic': 'clinic' is not an idea id"),
        "{err}"
    );
    let err = db.fail(&["list", "is:copy"], 1);
    assert!(
        err.contains("unknown state 'copy' (valid: archived, duplicate, marked, stale)"),
        "{err}"
    );
}
