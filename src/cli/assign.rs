//! `assign`: see `domain/assign.rs` (written once the idea record holds
//! its reviewers).

use super::assign_args::AssignArgs;
use crate::Error;
use crate::domain::Clock;
use crate::store::Store;

pub fn run(_store: &Store, _a: AssignArgs, _clock: &dyn Clock) -> Result<(), Error> {
    Err(Error::Usage("assign is not built yet".into()))
}
