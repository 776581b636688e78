//! The one place the command line learns what the UI binds: the config
//! file's keys are checked against the UI's table wherever it is read.

use crate::config::Loaded;
use crate::keys::KeyTable;
use std::path::PathBuf;

/// The UI's key table, as the config file may rebind it.
pub(super) fn table() -> impl KeyTable {
    crate::tui::keymap::Keymap::default()
}

/// Reads the config file, its keys checked against the UI's.
pub(super) fn load_config(path: Option<(PathBuf, bool)>) -> Loaded {
    crate::config::load(path, &table())
}
