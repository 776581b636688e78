//! The reasons for decisions under the `mreason` prefix, one record per
//! reason key: only those added, relabelled or removed (see
//! [`crate::domain::reason`]); the defaults are not stored.

use super::batch::Batch;
use super::handle::SledStore;
use super::keys::REASON_PREFIX;
use crate::domain::Reason;
use crate::store::{Result, Writes, reason_record};

fn key(reason: &str) -> Vec<u8> {
    let mut k = REASON_PREFIX.to_vec();
    k.extend_from_slice(reason.as_bytes());
    k
}

impl SledStore {
    /// Every stored reason record, in key order.
    pub fn reasons(&self) -> Result<Vec<Reason>> {
        self.tree()?
            .scan_prefix(REASON_PREFIX)
            .map(|kv| reason_record::decode(&kv?.1))
            .collect()
    }

    /// Writes a commit's reason records into its batch, each in place of
    /// the one stored under its key.
    pub(super) fn write_reasons(&self, writes: &Writes, batch: &mut Batch) -> Result<()> {
        for reason in &writes.reasons {
            batch.insert(key(&reason.key), reason_record::encode(reason)?);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::reason::Fit;

    #[test]
    fn a_reason_is_stored_under_its_key_and_replaced_there() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        assert!(store.reasons().unwrap().is_empty());
        let added = Reason::new("no-team", "No team yet", Fit::Decline).unwrap();
        let relabelled = Reason::new("budget", "Budget not credible", Fit::Decline).unwrap();
        let mut w = store.begin().unwrap();
        w.save_reason(added.clone());
        w.save_reason(relabelled.clone());
        store.commit(w).unwrap();
        drop(store);
        let store = SledStore::open_again(&dir.path().join("db"));
        assert_eq!(store.reasons().unwrap(), [relabelled, added.clone()]);
        let gone = Reason {
            removed: true,
            ..added
        };
        let mut w = store.begin().unwrap();
        w.save_reason(gone.clone());
        store.commit(w).unwrap();
        assert_eq!(store.reasons().unwrap()[1], gone);
    }
}
