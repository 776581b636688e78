//! What happens on a bug: the full panic report goes to a log file, and the
//! person sees one short message saying where it is. (The UI restores the
//! terminal before this runs.)

use std::io::Write;
use std::path::PathBuf;

/// Where crash reports are written: `$SPROUT_CRASH_LOG`, else the platform
/// data directory (`~/.local/share/sprout/crash.log` on Linux), else the
/// temporary directory.
pub fn log_path() -> PathBuf {
    if let Some(p) = std::env::var_os("SPROUT_CRASH_LOG").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("", "", "sprout")
        .map(|d| d.data_dir().join("crash.log"))
        .unwrap_or_else(|| std::env::temp_dir().join("sprout-crash.log"))
}

/// Installs the panic hook. Call it first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let path = log_path();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let report = format!(
            "--- sprout {} crashed at {}\n{message}\nat {place}\n{}\n",
            env!("CARGO_PKG_VERSION"),
            chrono::Utc::now().to_rfc3339(),
            std::backtrace::Backtrace::force_capture()
        );
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| {
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)
            })
            .and_then(|mut f| f.write_all(report.as_bytes()));
        let message = crate::domain::text::printable(&message, false);
        // Not eprintln!: a panic while printing (standard error full)
        // would abort the process.
        let mut err = std::io::stderr().lock();
        let _ = match written {
            Ok(()) => writeln!(
                err,
                "sprout crashed (a bug): {message}. The details are in {}; please send them with a bug report. Every change made before the crash was already saved.",
                path.display()
            ),
            Err(_) => writeln!(
                err,
                "sprout crashed (a bug): {message} at {place}. Every change made before the crash was already saved."
            ),
        };
    }));
}
