//! How the process holds memory. The binary allocates with mimalloc, which
//! is fast at the many small allocations of loading rows; the settings
//! here keep the memory it holds close to what is used.

/// Turns transparent huge pages off for the process. With them, a byte
/// touched in a fresh 2 MiB region makes all of it resident: sled's buffers
/// and mimalloc's arenas then cost tens of megabytes more than they use,
/// and an import spends a quarter of its time zeroing pages.
pub fn tune() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integers and only
    // changes how the kernel backs this process's memory.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Gives memory freed since the last call back to the system (after a
/// large load, whose temporary buffers would otherwise stay resident).
/// Harmless when mimalloc is not the allocator: its own heap is then empty.
pub fn release() {
    // SAFETY: mi_collect only walks mimalloc's own heaps.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

/// From now on, gives freed memory back to the system at once, and gives
/// back what is free now. For a process that has finished its large work
/// and stays open (the UI, once the database is loaded).
///
/// mimalloc keeps freed pages 10 ms (its arenas 100 ms) before giving them
/// back, so that a program that frees and allocates again pays less; but
/// pages freed by threads that have ended (the loader's) then stay resident:
/// 15 MB at 100,000 ideas, 35 MB at a million. A search at a time, as the
/// UI does, costs little more without the delay.
pub fn settle() {
    /// `mi_option_purge_delay`: its place in `mi_option_e` of mimalloc.h
    /// (libmimalloc-sys does not name it).
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: mi_option_set only stores an option mimalloc reads when it
    // next frees; mi_collect only walks mimalloc's own heaps.
    unsafe {
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        libmimalloc_sys::mi_collect(true);
    }
}
