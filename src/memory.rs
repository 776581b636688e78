//! How the process holds memory. The binary allocates with mimalloc, which
//! is fast at the many small allocations of loading rows; two settings keep
//! the memory it holds close to what is used.

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
