//! `--salvage export` of a database whose log sled refuses: sprout reads
//! sled's files itself, so every idea whose record lies in a message the
//! damage did not reach is exported, exactly as saved, and none that was
//! not saved.
//!
//! The lower bounds are worked out from the intact files: where each
//! idea's record, as exported, lies in them. sled writes no message longer
//! than a quarter of a segment (a larger one goes to a blob file), so a
//! record starting more than that before the damage to the log lies in a
//! message the damage did not touch; one in a blob file is not touched.
//!
//! `SPROUT_FAULT_ROUNDS=200` for the long run (CI: a few).

mod fault_support;
use fault_support::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// sled's blob threshold (segment 512 KiB / 4) and its longest header.
const LONGEST_MESSAGE: usize = 512 * 1024 / 4 + 32;

/// A database of 2,000 ideas (about five of sled's segments), two of them
/// changed after; its export, one line per idea.
fn made(dir: &Path) -> (PathBuf, Vec<String>) {
    made_of(dir, 2000)
}

fn made_of(dir: &Path, ideas: usize) -> (PathBuf, Vec<String>) {
    let db = demo_db(dir, ideas);
    assert!(
        sprout(&db, &["set", "3", "5", "--score", "2"])
            .status
            .success()
    );
    let lines = export(&db).lines().map(str::to_string).collect();
    (db, lines)
}

/// Each idea's record as sprout stores it: the schema byte, then postcard.
fn record(line: &str) -> Vec<u8> {
    let idea: sprout::domain::Idea = serde_json::from_str(line).unwrap();
    let mut bytes = vec![sprout::store::SCHEMA_VERSION];
    bytes.extend(postcard::to_allocvec(&idea).unwrap());
    bytes
}

/// Every offset in `log` where each line's record starts (by line index).
fn where_records_lie(log: &[u8], lines: &[String]) -> Vec<Vec<usize>> {
    const PROBE: usize = 24;
    let records: Vec<Vec<u8>> = lines.iter().map(|l| record(l)).collect();
    let mut by_start: HashMap<&[u8], Vec<usize>> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        by_start.entry(&r[..PROBE]).or_default().push(i);
    }
    let mut found = vec![Vec::new(); lines.len()];
    for at in 0..log.len().saturating_sub(PROBE) {
        if let Some(candidates) = by_start.get(&log[at..at + PROBE]) {
            for &i in candidates {
                if log[at..].starts_with(&records[i]) {
                    found[i].push(at);
                }
            }
        }
    }
    found
}

/// Which lines' records lie in one of sled's blob files (a page too large
/// for the log, such as the one holding the row blocks and the first ideas),
/// which damage to the log does not reach.
fn in_blobs(db: &Path, lines: &[String]) -> Vec<bool> {
    let mut found = vec![false; lines.len()];
    for (name, bytes) in files(db) {
        if name.starts_with("blobs/") {
            for (i, at) in where_records_lie(&bytes, lines).iter().enumerate() {
                found[i] |= !at.is_empty();
            }
        }
    }
    found
}

/// The ids a salvage exported (line by line) and its (read, lost) counts.
fn salvage(db: &Path) -> (Vec<String>, usize, usize) {
    let out = sprout(db, &["--salvage", "export", "--format", "jsonl"]);
    let note = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "salvage failed: {note}");
    let line = note
        .lines()
        .find(|l| l.starts_with("salvage: "))
        .unwrap_or_else(|| panic!("no salvage note: {note}"));
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(numbers[0], lines.len(), "{note}");
    (lines, numbers[0], numbers.get(1).copied().unwrap_or(0))
}

fn id(line: &str) -> u64 {
    let v: serde_json::Value = serde_json::from_str(line).unwrap();
    v["id"].as_u64().unwrap()
}

/// What one salvage gave, against the original.
#[derive(Default, Clone, Copy)]
struct Tally {
    /// Exported exactly as saved.
    exact: usize,
    /// Exported as it was before its last change.
    older: usize,
    /// Counted as lost in the salvage's note.
    lost: usize,
}

/// Checks a salvage of damaged `db` against the original: every idea in
/// `sure` (line indexes) exported exactly as saved, every exported idea one
/// that was saved (or, for an idea changed after, as it was before), and
/// every idea either exported or counted as lost.
fn check(db: &Path, original: &[String], sure: &[usize], what: &str) -> Tally {
    let (lines, read, lost) = salvage(db);
    assert_eq!(
        read + lost,
        original.len(),
        "{what}: read {read}, lost {lost}"
    );
    let by_id: HashMap<u64, &String> = original.iter().map(|l| (id(l), l)).collect();
    let mut tally = Tally {
        lost,
        ..Tally::default()
    };
    for line in &lines {
        let saved = by_id
            .get(&id(line))
            .unwrap_or_else(|| panic!("{what}: an idea never saved: {line}"));
        if line == *saved {
            tally.exact += 1;
            continue;
        }
        let (a, b): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(line).unwrap(),
            serde_json::from_str(saved).unwrap(),
        );
        // Only ideas 3 and 5 were changed after they were made.
        assert!(
            [3, 5].contains(&id(line)) && a["title"] == b["title"] && a["created"] == b["created"],
            "{what}: exported differs from saved:\n{line}\n{saved}"
        );
        tally.older += 1;
    }
    let exported: std::collections::HashSet<&String> = lines.iter().collect();
    for &i in sure {
        assert!(
            exported.contains(&original[i]),
            "{what}: idea {} lies wholly before the damage, but was not exported as saved",
            id(&original[i])
        );
    }
    tally
}

#[test]
fn a_log_cut_anywhere_gives_up_only_the_ideas_written_after_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let (pristine, original) = made(dir.path());
    let log = std::fs::read(pristine.join("db")).unwrap();
    let lie = where_records_lie(&log, &original);
    let in_blob = in_blobs(&pristine, &original);
    let missing: Vec<u64> = (0..original.len())
        .filter(|&i| lie[i].is_empty() && !in_blob[i])
        .map(|i| id(&original[i]))
        .collect();
    assert!(
        missing.is_empty(),
        "every idea's record is found in the intact log; not {missing:?}"
    );
    // Half first: on the code before the scan, sled refused that one.
    for percent in [50, 10, 25, 75, 90] {
        let cut = log.len() * percent / 100;
        let db = dir.path().join(format!("cut-{percent}"));
        copy_dir(&pristine, &db);
        std::fs::write(db.join("db"), &log[..cut]).unwrap();
        let before = files(&db);
        // The last version of each idea, if some copy of it lies in a
        // message wholly before the cut.
        let sure: Vec<usize> = (0..original.len())
            .filter(|&i| in_blob[i] || lie[i].iter().any(|&at| at + LONGEST_MESSAGE <= cut))
            .collect();
        let what = format!("db cut at {percent}% ({cut} of {})", log.len());
        let t = check(&db, &original, &sure, &what);
        eprintln!(
            "{what}: {} sure, {} read, {} lost",
            sure.len(),
            t.exact + t.older,
            t.lost
        );
        if percent >= 50 {
            assert!(!sure.is_empty(), "{what}: the bound says something");
        }
        assert_eq!(files(&db), before, "{what}: salvage reads a copy");
    }
}

#[test]
fn a_log_with_flipped_bits_gives_up_only_the_messages_they_hit() {
    let dir = tempfile::tempdir().unwrap();
    let (pristine, original) = made(dir.path());
    let log = std::fs::read(pristine.join("db")).unwrap();
    let lie = where_records_lie(&log, &original);
    let in_blob = in_blobs(&pristine, &original);
    let mut rng = Rng(0x5a1_7a6e);
    for round in 0..rounds(4) {
        // A few bits at once, far apart: each loses only its own message.
        let flips: Vec<usize> = (0..3)
            .map(|_| rng.below(log.len() as u64) as usize)
            .collect();
        let mut damaged = log.clone();
        for &at in &flips {
            damaged[at] ^= 1 << rng.below(8);
        }
        let db = dir.path().join(format!("flip-{round}"));
        copy_dir(&pristine, &db);
        std::fs::write(db.join("db"), &damaged).unwrap();
        let far = |at: usize| flips.iter().all(|&f| f.abs_diff(at) > LONGEST_MESSAGE);
        let sure: Vec<usize> = (0..original.len())
            .filter(|&i| in_blob[i] || lie[i].iter().any(|&at| far(at)))
            .collect();
        let what = format!("round {round}, bits flipped at {flips:?} of {}", log.len());
        let t = check(&db, &original, &sure, &what);
        eprintln!(
            "{what}: {} sure, {} read, {} lost",
            sure.len(),
            t.exact + t.older,
            t.lost
        );
    }
}

#[test]
fn a_salvage_of_a_sound_database_exports_exactly_what_it_holds() {
    // The scan of sled's files is preferred where it finds an idea, so on
    // a sound database it must agree with sled to the byte.
    let dir = tempfile::tempdir().unwrap();
    let (db, original) = made(dir.path());
    let (lines, read, lost) = salvage(&db);
    assert_eq!((read, lost), (original.len(), 0));
    assert_eq!(lines, original);
}

/// One bit flipped at a random place of `bytes`, or the file cut there;
/// the place.
fn damaged(bytes: &[u8], cut: bool, rng: &mut Rng) -> (Vec<u8>, usize) {
    let at = rng.below(bytes.len() as u64) as usize;
    if cut {
        return (bytes[..at].to_vec(), at);
    }
    let mut out = bytes.to_vec();
    out[at] ^= 1 << rng.below(8);
    (out, at)
}

#[test]
fn every_file_cut_or_flipped_at_random_loses_only_what_the_damage_reached() {
    // The long run: SPROUT_FAULT_ROUNDS=200 cuts of each file, and as many
    // flips unless SPROUT_FAULT_FLIPS says how many.
    let cuts = rounds(1);
    let flips = std::env::var("SPROUT_FAULT_FLIPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cuts);
    let dir = tempfile::tempdir().unwrap();
    let (pristine, original) = made_of(dir.path(), 1000);
    let all = files(&pristine);
    let lies: HashMap<&str, Vec<Vec<usize>>> = all
        .iter()
        .filter(|(n, _)| n == "db" || n.starts_with("blobs/"))
        .map(|(n, bytes)| (n.as_str(), where_records_lie(bytes, &original)))
        .collect();
    // Every file of sled's and sprout's but the holder note (who has the
    // database open; salvage does not read it); of the blobs, the largest.
    let blob = all
        .iter()
        .filter(|(n, _)| n.starts_with("blobs/"))
        .max_by_key(|(_, b)| b.len())
        .map(|(n, _)| n.clone());
    let targets: Vec<&(String, Vec<u8>)> = all
        .iter()
        .filter(|(n, _)| !n.starts_with("blobs/") || Some(n) == blob.as_ref())
        .filter(|(n, b)| n != "sprout-holder" && !b.is_empty())
        .collect();
    assert!(
        targets.len() >= 6,
        "conf, db, snapshot, rows, commits, a blob"
    );
    let mut rng = Rng(0x5a1_7a6e_0002);
    eprintln!(
        "file | damage | rounds | ideas known | exported as saved | as before their last change | counted lost | fewest read"
    );
    for (name, bytes) in targets {
        for cut in [true, false] {
            let mut sum = Tally::default();
            let mut fewest = usize::MAX;
            let rounds = if cut { cuts } else { flips };
            for round in 0..rounds {
                let (bad, at) = damaged(bytes, cut, &mut rng);
                let db = dir.path().join("damaged");
                let _ = std::fs::remove_dir_all(&db);
                copy_dir(&pristine, &db);
                std::fs::write(db.join(name), &bad).unwrap();
                // A blob file is one message under one checksum: damage
                // anywhere in it reaches all of it.
                let reach = |i: usize, file: &str, lie: &Vec<Vec<usize>>| {
                    lie[i].iter().any(|&r| {
                        file != name
                            || !name.starts_with("blobs/")
                                && if cut {
                                    r + LONGEST_MESSAGE <= at
                                } else {
                                    r.abs_diff(at) > LONGEST_MESSAGE
                                }
                    })
                };
                // Sure: some copy of the idea's last version lies where the
                // damage cannot reach; with the log and blobs untouched,
                // that is every idea.
                let sure: Vec<usize> = (0..original.len())
                    .filter(|&i| lies.iter().any(|(file, lie)| reach(i, file, lie)))
                    .collect();
                if !(name == "db" || name.starts_with("blobs/")) {
                    assert_eq!(sure.len(), original.len());
                }
                let what = format!(
                    "{name} {} at {at} of {} (round {round})",
                    if cut { "cut" } else { "bit flipped" },
                    bytes.len()
                );
                let before = files(&db);
                let t = check(&db, &original, &sure, &what);
                assert_eq!(files(&db), before, "{what}: salvage reads a copy");
                sum.exact += t.exact;
                sum.older += t.older;
                sum.lost += t.lost;
                fewest = fewest.min(t.exact + t.older);
            }
            eprintln!(
                "{name} | {} | {rounds} | {} | {} | {} | {} | {fewest}",
                if cut { "cut" } else { "bit flip" },
                rounds * original.len(),
                sum.exact,
                sum.older,
                sum.lost
            );
        }
    }
}
