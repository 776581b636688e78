//! `-o` naming a FIFO or a device writes into it: the write-beside-and-
//! rename that keeps a file whole must not put a plain file where a FIFO
//! or `/dev/full` was (it once replaced /dev/full), and a device that
//! refuses the bytes fails the command.

mod cli_support;
use cli_support::*;
use std::os::unix::fs::FileTypeExt;

fn fifo(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    path
}

#[test]
fn export_and_report_into_a_fifo_write_through_it_and_leave_it_a_fifo() {
    let db = Db::new();
    add(&db, "Water for villages", &[]);
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["export", "--format", "jsonl", "-o"],
        vec!["report", "--format", "markdown", "-o"],
    ] {
        let pipe = fifo(dir.path());
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
        };
        let mut full = args.clone();
        full.push(pipe.to_str().unwrap());
        db.run(&full);
        // Asked before the reader is joined: a reader of a FIFO that was
        // replaced waits for a writer for ever.
        let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
        assert!(kind.is_fifo(), "{args:?} replaced the FIFO");
        let read = reader.join().unwrap();
        assert!(read.contains("Water for villages"), "{args:?}: {read}");
        std::fs::remove_file(&pipe).unwrap();
    }
}

#[test]
fn a_device_that_refuses_the_bytes_fails_the_export() {
    let full = std::path::Path::new("/dev/full");
    if !std::fs::metadata(full).is_ok_and(|m| m.file_type().is_char_device()) {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "/dev/full is missing, and under CI=true no test may be skipped"
        );
        eprintln!("SKIPPED: no /dev/full character device here");
        return;
    }
    let db = Db::new();
    add(&db, "Water for villages", &[]);
    let err = db.fail(&["export", "--format", "json", "-o", "/dev/full"], 1);
    assert!(err.contains("full") || err.contains("space"), "{err}");
    assert!(
        std::fs::metadata(full)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}
