//! Who "I" am, the name every change, note and history entry records: on
//! PostgreSQL the role the connection logged in as ([`super::Engine::actor`]);
//! on an engine without users of its own (sled), `user = "…"` in the config
//! file, else `$USER`, else [`FALLBACK`].

use crate::domain::text::clean_line;
use std::sync::RwLock;

/// The name used when nothing says who the user is.
/// Stored as it is in every language; shown as `i18n::person` says it.
pub const FALLBACK: &str = crate::domain::history::LOCAL_USER;

/// The config file's `user`, set once at start (one setting for the whole
/// process, as `stale_days` is).
static CONFIGURED: RwLock<Option<String>> = RwLock::new(None);

/// Sets the config file's `user` (or clears it).
pub fn set_configured_user(name: Option<&str>) {
    let name = name.map(clean_line).filter(|n| !n.is_empty());
    *CONFIGURED.write().unwrap_or_else(|e| e.into_inner()) = name;
}

/// The user on an engine without users: the configured one, else `$USER`
/// (or `$LOGNAME`), else [`FALLBACK`]; one line, cleaned.
pub fn local_user() -> String {
    let configured = CONFIGURED.read().unwrap_or_else(|e| e.into_inner()).clone();
    configured
        .or_else(|| {
            ["USER", "LOGNAME"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .map(|v| clean_line(&v))
                .find(|v| !v.is_empty())
        })
        .unwrap_or_else(|| FALLBACK.to_string())
}
