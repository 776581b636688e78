//! A file or directory the command line could not make or write, said in
//! the language spoken with the system's reason as src/i18n words it.

use crate::Error;

/// A directory that could not be made, in the language spoken.
pub fn cannot_create(path: &std::path::Path, e: &std::io::Error) -> Error {
    Error::Invalid(crate::tr!(
        "cli-err-cannot-create",
        name = &crate::domain::text::printable(&path.display().to_string(), false),
        problem = &crate::i18n::io_reason(e)
    ))
}

/// A file that could not be written, in the language spoken.
pub fn cannot_write(name: &str, e: &std::io::Error) -> Error {
    Error::Invalid(crate::tr!(
        "cli-err-cannot-write",
        name = name,
        problem = &crate::i18n::io_reason(e)
    ))
}

/// Whether `path` is something other than a file or a directory: a
/// terminal, `/dev/null`, a FIFO. Output goes into it as it is; the
/// write-beside-and-rename that keeps a file whole would put a plain file
/// where the device was.
pub fn is_device(path: &std::path::Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}
