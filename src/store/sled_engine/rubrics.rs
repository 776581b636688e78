//! The rubric's versions under the `mrubric` prefix, one record each, keyed by
//! version (big-endian, so a scan reads them oldest first). A version once
//! stored is never changed: reviews made with it keep reading it.

use super::batch::Batch;
use super::handle::SledStore;
use super::keys::{META_PANEL, RUBRIC_PREFIX};
use crate::domain::Rubric;
use crate::store::{Result, StoreError, Writes, rubric_record};

fn key(version: u32) -> Vec<u8> {
    let mut k = RUBRIC_PREFIX.to_vec();
    k.extend_from_slice(&version.to_be_bytes());
    k
}

impl SledStore {
    /// Every stored version of the rubric, oldest first.
    pub fn rubrics(&self) -> Result<Vec<Rubric>> {
        self.tree()?
            .scan_prefix(RUBRIC_PREFIX)
            .map(|kv| rubric_record::decode(&kv?.1))
            .collect()
    }

    /// The panel's settings: the default until a commit stores them.
    pub fn panel_settings(&self) -> Result<crate::domain::panel::PanelSettings> {
        match self.tree()?.get(META_PANEL)? {
            Some(bytes) => rubric_record::decode_panel(&bytes),
            None => Ok(Default::default()),
        }
    }

    /// Writes a commit's new rubric versions into its batch; refuses the
    /// commit if one of them is stored already.
    pub(super) fn write_rubrics(&self, writes: &Writes, batch: &mut Batch) -> Result<()> {
        if let Some(panel) = &writes.panel {
            batch.insert(META_PANEL, rubric_record::encode_panel(panel)?);
        }
        if writes.rubrics.is_empty() {
            return Ok(());
        }
        let tree = self.tree()?;
        for rubric in &writes.rubrics {
            let key = key(rubric.version);
            if tree.contains_key(&key)? {
                return Err(StoreError::RubricTaken(rubric.version));
            }
            batch.insert(key, rubric_record::encode(rubric)?);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_kept_in_order_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(&dir.path().join("db")).unwrap();
        assert!(store.rubrics().unwrap().is_empty());
        let d = Rubric::default_rubric();
        let two = Rubric::new(vec![d.criteria[1].clone()])
            .unwrap()
            .succeeding(&d, crate::domain::Timestamp(5), "anna");
        let three = Rubric::new(vec![d.criteria[2].clone()])
            .unwrap()
            .succeeding(&two, crate::domain::Timestamp(6), "anna");
        let mut w = store.begin().unwrap();
        w.save_rubric(three.clone());
        w.save_rubric(two.clone());
        store.commit(w).unwrap();
        drop(store);
        let store = SledStore::open_again(&dir.path().join("db"));
        assert_eq!(store.rubrics().unwrap(), [two.clone(), three]);
        let mut w = store.begin().unwrap();
        w.save_rubric(Rubric {
            by: "boris".into(),
            ..two.clone()
        });
        assert!(matches!(store.commit(w), Err(StoreError::RubricTaken(2))));
        assert_eq!(store.rubrics().unwrap()[0], two, "the first one kept");
    }
}
