//! The declared conflicts of interest under one meta key, `mconflicts`:
//! the whole list, in its order, rewritten by each change. A change made
//! from a list that is no longer the stored one is refused, so two
//! officers changing it at once cannot lose each other's declaration.

use super::batch::Batch;
use super::handle::SledStore;
use super::keys::META_CONFLICTS;
use crate::domain::assign_conflicts::DeclaredConflict;
use crate::store::{Result, StoreError, Writes, conflicts_record};

impl SledStore {
    /// The stored list, empty if none was ever declared.
    pub fn declared_conflicts(&self) -> Result<Vec<DeclaredConflict>> {
        match self.tree()?.get(META_CONFLICTS)? {
            Some(bytes) => conflicts_record::decode_list(&bytes),
            None => Ok(Vec::new()),
        }
    }

    /// Writes a commit's new list into its batch; refuses the commit if
    /// the stored list is not the one the change was made from.
    pub(super) fn write_declared_conflicts(
        &self,
        writes: &Writes,
        batch: &mut Batch,
    ) -> Result<()> {
        let Some((read, list)) = &writes.conflicts else {
            return Ok(());
        };
        if self.declared_conflicts()? != *read {
            return Err(StoreError::ConflictsChanged);
        }
        batch.insert(META_CONFLICTS, conflicts_record::encode_list(list)?);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Timestamp;
    use crate::domain::assign_conflicts::ConflictField;

    #[test]
    fn the_list_is_kept_and_a_change_from_an_old_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        assert!(store.declared_conflicts().unwrap().is_empty());
        let c = |v: &str| {
            DeclaredConflict::new("anna", ConflictField::Region, v, "olga", Timestamp(1)).unwrap()
        };
        let mut w = store.begin().unwrap();
        w.set_conflicts(Vec::new(), vec![c("Perm")]);
        store.commit(w).unwrap();
        drop(store);
        let store = SledStore::open_again(&dir.path().join("db"));
        assert_eq!(store.declared_conflicts().unwrap(), [c("Perm")]);
        let mut w = store.begin().unwrap();
        w.set_conflicts(Vec::new(), vec![c("Tver")]);
        assert!(matches!(store.commit(w), Err(StoreError::ConflictsChanged)));
        assert_eq!(store.declared_conflicts().unwrap(), [c("Perm")]);
    }
}
