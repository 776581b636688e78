//! `sprout config`: print the default file or the path, or check the file.

use super::{default_file, load, path};
use crate::keys::KeyTable;
use std::path::{Path, PathBuf};

/// Writes `sprout config` output: the default file, the path, or a check.
pub fn command(
    path_flag: Option<PathBuf>,
    default: bool,
    show_path: bool,
    keys: &dyn KeyTable,
) -> Result<(), crate::Error> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if default {
        out.write_all(default_file(keys).as_bytes())?;
        return Ok(());
    }
    let found = path(path_flag);
    if show_path {
        return match &found {
            Some((p, _)) => Ok(writeln!(out, "{}", p.display())?),
            None => Err(crate::Error::Invalid(crate::tr!("config-no-directory"))),
        };
    }
    let exists = found.as_ref().is_some_and(|(p, _)| Path::new(p).exists());
    let loaded = load(found.clone(), keys);
    for n in &loaded.notes {
        writeln!(out, "{}", crate::tr!("config-note", note = n.as_str()))?;
    }
    if !loaded.errors.is_empty() {
        let count = loaded.errors.len();
        return Err(crate::Error::Invalid(format!(
            "{}\n  {}",
            crate::tr!("err-config-problems", count = count),
            loaded.errors.join("\n  ")
        )));
    }
    match found {
        Some((p, _)) if exists => {
            let path = p.display().to_string();
            writeln!(out, "{}", crate::tr!("config-fine", path = path.as_str()))?
        }
        Some((p, _)) => {
            let path = p.display().to_string();
            writeln!(
                out,
                "{}",
                crate::tr!("config-no-file", path = path.as_str())
            )?
        }
        None => writeln!(out, "{}", crate::tr!("config-no-file-anywhere"))?,
    }
    Ok(())
}
