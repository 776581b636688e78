//! What every handle of one open sled database shares.

/// The sled instance every handle of one open database shares. It is
/// replaced when a write fails (see `SledStore::reopen_after_failure` in
/// handle.rs), and taken when the database is closed.
pub(crate) struct Shared {
    pub(crate) tree: std::sync::RwLock<Option<sled::Db>>,
    /// Held from checking a batch's versions until it is written, so that
    /// two threads' batches cannot both pass the check.
    pub(crate) writing: std::sync::Mutex<()>,
    /// A write failed and sled would not let go: nothing more is written,
    /// and the close does not wait for it.
    pub(crate) broken: std::sync::atomic::AtomicBool,
    /// The database was closed: sled is not opened again.
    pub(crate) closed: std::sync::atomic::AtomicBool,
}
