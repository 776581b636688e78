//! Damaged databases: a file cut in half, and one bit flipped or a cut at
//! random places in every file of the directory. Opening one either
//! refuses it, leaving every file byte for byte as it was, or holds every
//! idea that was saved; `--salvage export` always exports what can be read
//! and says how many ideas could not be.
//!
//! `SPROUT_FAULT_ROUNDS=1000` for the long run (CI: a few dozen).

mod fault_support;
use fault_support::*;
use std::path::Path;

/// The ids a salvage exported, and its note on stderr.
fn salvage(db: &Path) -> (Vec<String>, String) {
    let out = sprout(db, &["--salvage", "export", "--format", "jsonl"]);
    let note = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "salvage failed: {note}");
    let lines = String::from_utf8(out.stdout).unwrap();
    (lines.lines().map(str::to_string).collect(), note)
}

/// "salvage: read N ideas; M could not be read…": (N, M).
fn counts(note: &str) -> (usize, usize) {
    let line = note
        .lines()
        .find(|l| l.starts_with("salvage: "))
        .expect(note);
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers.get(1).copied().unwrap_or(0))
}

/// Whether an exported idea is one of the saved ones: the same, or (when
/// sled lost the end of its log) the same idea as it was before its last
/// changes.
fn is_saved(line: &str, original: &[&str]) -> bool {
    let key = |l: &str| {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        (
            v["id"].as_u64(),
            v["title"].as_str().map(str::to_string),
            v["created"].clone(),
        )
    };
    original.contains(&line) || original.iter().any(|o| key(o) == key(line))
}

/// A database of 300 ideas, changed after, closed cleanly; its export.
fn made(dir: &Path) -> (std::path::PathBuf, String) {
    let db = demo_db(dir, 300);
    assert!(
        sprout(&db, &["set", "3", "5", "--score", "2"])
            .status
            .success()
    );
    let exported = export(&db);
    (db, exported)
}

#[test]
fn salvage_reads_what_is_left_of_a_file_cut_in_half() {
    let dir = tempfile::tempdir().unwrap();
    let (pristine, exported) = made(dir.path());
    let original: Vec<&str> = exported.lines().collect();
    let names: Vec<String> = files(&pristine)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| n == "conf" || n == "db" || n.starts_with("snap."))
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    for name in names {
        let db = dir.path().join(format!("cut-{}", name.replace('.', "-")));
        copy_dir(&pristine, &db);
        let bytes = std::fs::read(db.join(&name)).unwrap();
        std::fs::write(db.join(&name), &bytes[..bytes.len() / 2]).unwrap();
        let before = files(&db);
        let (lines, note) = salvage(&db);
        let (read, lost) = counts(&note);
        assert_eq!(read, lines.len(), "{name}: {note}");
        assert_eq!(
            read + lost,
            300,
            "{name}: every idea is read or counted: {note}"
        );
        for line in &lines {
            assert!(
                is_saved(line, &original),
                "{name}: exported as saved: {line}"
            );
        }
        // The log holds everything: only a summary or a setting was cut.
        // With half the log gone, sled refuses it, but what is left of it
        // is read (tests/faults_salvage.rs works out how much must be).
        if name != "db" {
            assert_eq!(read, 300, "{name}: {note}");
        } else {
            assert!(read > 0, "{name}: {note}");
        }
        assert_eq!(files(&db), before, "{name}: salvage reads a copy");
    }
}

#[test]
fn salvage_of_a_database_with_no_log_exports_nothing_and_says_what_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = made(dir.path());
    std::fs::remove_file(db.join("db")).unwrap();
    let (lines, note) = salvage(&db);
    assert!(lines.is_empty());
    assert_eq!(counts(&note), (0, 300), "{note}");
}

/// One bit flipped, or the file cut short, at a random place.
fn damage(db: &Path, rng: &mut Rng) -> String {
    let all = files(db);
    let (name, bytes) = &all[rng.below(all.len() as u64) as usize];
    let path = db.join(name);
    let mut bytes = bytes.clone();
    if bytes.is_empty() {
        return format!("{name} (empty, left)");
    }
    if rng.below(2) == 0 {
        let at = rng.below(bytes.len() as u64) as usize;
        let bit = rng.below(8);
        bytes[at] ^= 1 << bit;
        std::fs::write(&path, &bytes).unwrap();
        format!("{name}: bit {bit} of byte {at} of {}", bytes.len())
    } else {
        let at = rng.below(bytes.len() as u64) as usize;
        std::fs::write(&path, &bytes[..at]).unwrap();
        format!("{name}: cut at {at} of {}", bytes.len())
    }
}

#[test]
fn any_flipped_bit_or_cut_is_refused_untouched_or_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (pristine, exported) = made(dir.path());
    let original: Vec<&str> = exported.lines().collect();
    let seed = std::env::var("SPROUT_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00c0_ffee_u64);
    let mut rng = Rng(seed);
    let (mut refused, mut opened, mut salvaged, mut lost_in_salvage) = (0, 0, 0, 0);
    let rounds = rounds(40);
    for round in 0..rounds {
        let db = dir.path().join("damaged");
        let _ = std::fs::remove_dir_all(&db);
        copy_dir(&pristine, &db);
        let what = damage(&db, &mut rng);
        let before = files(&db);
        let out = sprout(&db, &["export", "--format", "jsonl"]);
        if out.status.success() {
            opened += 1;
            assert_eq!(
                String::from_utf8(out.stdout).unwrap(),
                exported,
                "round {round}, {what}: opened, so every saved idea is there as saved"
            );
        } else {
            refused += 1;
            let err = one_line_error(&out);
            assert!(err.contains("damaged"), "round {round}, {what}: {err}");
            assert_eq!(
                files(&db),
                before,
                "round {round}, {what}: a refused database is left exactly as it was"
            );
            // A salvage of it never fails, and exports only ideas as saved.
            if round % 3 == 0 || rounds > 100 {
                let (lines, note) = salvage(&db);
                let (read, lost) = counts(&note);
                assert_eq!(read, lines.len(), "round {round}, {what}: {note}");
                assert!(read + lost >= 299, "round {round}, {what}: {note}");
                for line in &lines {
                    assert!(is_saved(line, &original), "round {round}, {what}: {line}");
                }
                assert_eq!(
                    files(&db),
                    before,
                    "round {round}, {what}: salvage reads a copy"
                );
                salvaged += 1;
                lost_in_salvage += lost;
            }
        }
    }
    eprintln!(
        "{rounds} damaged copies (seed {seed}): {opened} opened with nothing lost, {refused} refused with every file unchanged; {salvaged} salvaged ({lost_in_salvage} ideas unreadable in all)"
    );
}
