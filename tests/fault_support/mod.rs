//! What the fault tests share: the binary on a database, a small tmpfs to
//! fill, and the bytes of every file of a database directory.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub fn sprout(db: &Path, args: &[&str]) -> std::process::Output {
    sprout_env(db, args, &[])
}

pub fn sprout_env(db: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::cargo_bin("sprout").unwrap();
    cmd.arg("--db").arg(db).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.timeout(Duration::from_secs(120)).output().unwrap()
}

pub fn stdout(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn one_line_error(out: &std::process::Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.starts_with("error: ") && !err.contains("panicked"),
        "{err}"
    );
    err
}

/// Every file of a database directory (and its `blobs/`), with its bytes.
pub fn files(db: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for (dir, prefix) in [(db.to_path_buf(), ""), (db.join("blobs"), "blobs/")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            if e.file_type().unwrap().is_file() {
                out.push((
                    format!("{prefix}{}", e.file_name().to_string_lossy()),
                    std::fs::read(e.path()).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

pub fn demo_db(dir: &Path, n: usize) -> PathBuf {
    let db = dir.join("db");
    let out = sprout(&db, &["demo", "--count", &n.to_string(), "--seed", "2"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

/// Every idea, as `export --format jsonl` writes them.
pub fn export(db: &Path) -> String {
    stdout(&sprout(db, &["export", "--format", "jsonl"]))
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A small tmpfs, where the machine allows mounting one (root in CI).
pub struct Mount(pub PathBuf);

impl Mount {
    pub fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root)");
        }
        ok.then(|| Mount(dir.to_path_buf()))
    }
    pub fn grow(&self, size: &str) -> bool {
        std::process::Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
    pub fn read_only(&self) -> bool {
        std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
    /// Fills the file system, leaving about `leave` bytes free; the
    /// filler is removed by [`Mount::empty`].
    pub fn fill(&self, leave: u64) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.0.join("filler")).unwrap();
        let chunk = vec![0x5au8; 64 * 1024];
        loop {
            let free = free_bytes(&self.0);
            if free <= leave {
                break;
            }
            let n = chunk.len().min((free - leave) as usize).max(1);
            if f.write_all(&chunk[..n]).is_err() {
                break;
            }
        }
        let _ = f.flush();
    }
    pub fn empty(&self) {
        let _ = std::fs::remove_file(self.0.join("filler"));
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Free bytes on the file system holding `path`, from `df`.
pub fn free_bytes(path: &Path) -> u64 {
    let out = std::process::Command::new("df")
        .args(["-B1", "--output=avail"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0)
}

/// A small deterministic random source (xorshift), so a failing round can
/// be run again from its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// How many rounds a randomised fault test runs: `SPROUT_FAULT_ROUNDS`, else
/// the CI-sized `default`.
pub fn rounds(default: usize) -> usize {
    std::env::var("SPROUT_FAULT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Whether a message says the disk is full.
pub fn says_full(message: &str) -> bool {
    message.contains("disk is full") || message.contains("disk full")
}
