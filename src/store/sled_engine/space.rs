//! Room on the disk, looked at before a write reaches sled.
//!
//! Why: sled 0.34.7 does not survive running out of space in the middle of
//! a write. When a large value's file cannot be written it leaves a log
//! buffer that is never finished, and every later flush (and the flush in
//! its own `Drop`) waits for it for ever; when a log write fails, every
//! later operation of that instance fails too, even once there is room.
//! So a commit first checks that the disk has room for it with a margin,
//! and is refused whole, before sled sees any of it, when it has not.

use crate::store::{Result, StoreError};
use std::path::Path;

/// Kept free beyond a write's own size: sled may rewrite whole pages
/// (hundreds of KB each) and start a new log segment (512 KB) for it.
const RESERVE: u64 = 2 << 20;

/// Bytes that users other than root may still write on the file system
/// holding `path`, or `None` when it cannot be told.
pub fn available(path: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    let mut st = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `c` is a NUL-terminated path and `st` a buffer of the right
    // type, which statvfs fills when it returns 0.
    let rc = unsafe { libc::statvfs(c.as_ptr(), st.as_mut_ptr()) };
    if rc != 0 {
        return None;
    }
    // SAFETY: statvfs returned 0, so it filled the buffer.
    let st = unsafe { st.assume_init() };
    // Both are u64 on Linux targets; the conversion keeps other widths right.
    #[allow(clippy::unnecessary_cast)]
    Some((st.f_bavail as u64).saturating_mul(st.f_frsize as u64))
}

/// What a write of `bytes` needs free: sled writes each value once in its
/// log and may write it again when it rewrites the page holding it.
pub fn needed(bytes: u64) -> u64 {
    bytes.saturating_mul(2).saturating_add(RESERVE)
}

/// Refuses a write of about `bytes` to the database at `path` when the disk
/// has not room for it.
pub fn ensure(path: &Path, bytes: u64) -> Result<()> {
    // Lets the fault tests make sled itself meet the full disk.
    if std::env::var_os("SPROUT_TEST_NO_SPACE_CHECK").is_some_and(|v| v == "1") {
        return Ok(());
    }
    let need = needed(bytes);
    match available(path) {
        Some(free) if free < need => Err(StoreError::Full {
            figures: Some((need, free)),
        }),
        _ => Ok(()),
    }
}
