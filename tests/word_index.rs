//! The summary word index, on both engines, against a model: after large
//! loads (chunks of ids per word, more ids than one chunk holds), edits
//! that take words out of loaded chunks and put them back, deletes and
//! small additions, every prefix gives each idea once for each of its
//! words that starts with it, and nothing else.

mod cli_support;
use cli_support::*;
use sprout::domain::text::{fold, words};
use sprout::domain::{Idea, Timestamp};
use sprout::store::Store;
use std::collections::BTreeMap;

const VOCABULARY: [&str; 10] = [
    "water", "wells", "clean", "kazan", "kaz", "rides", "Ёлки", "eau", "Élan", "w2",
];
const PREFIXES: [&str; 14] = [
    "w", "wa", "water", "k", "kaz", "kazan", "c", "ё", "ёл", "e", "é", "bulk", "r", "zz",
];

/// A small generator of our own: the same steps each run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }

    /// One to five words of the vocabulary, some twice.
    fn summary(&mut self) -> String {
        let n = 1 + self.next(5);
        let list: Vec<&str> = (0..n)
            .map(|_| VOCABULARY[self.next(VOCABULARY.len() as u64) as usize])
            .collect();
        list.join(" ")
    }
}

/// What the index should answer for `prefix`, sorted.
fn expected(model: &BTreeMap<u64, String>, prefix: &str) -> Vec<u64> {
    let prefix = fold(prefix);
    let mut ids = Vec::new();
    for (&id, summary) in model {
        let mut list: Vec<String> = words(summary).collect();
        list.sort();
        list.dedup();
        ids.extend(list.iter().filter(|w| w.starts_with(&prefix)).map(|_| id));
    }
    ids
}

fn check(store: &Store, model: &BTreeMap<u64, String>, when: &str) {
    for prefix in PREFIXES {
        let mut found = store.summary_ids(prefix).unwrap();
        found.sort();
        assert_eq!(found, expected(model, prefix), "{prefix:?} {when}");
    }
}

/// `n` new ideas in one batch, every one with `bulk` in its summary.
fn load(store: &Store, rng: &mut Lcg, model: &mut BTreeMap<u64, String>, n: usize) {
    let mut w = store.begin().unwrap();
    for k in 0..n {
        let mut idea = Idea::new(format!("Idea {k}"), Timestamp(1));
        idea.summary = format!("bulk {}", rng.summary());
        idea.id = w.allocate();
        model.insert(idea.id, idea.summary.clone());
        w.put(idea, None);
    }
    store.commit_large(w).unwrap();
}

on_both_engines!(the_word_index_follows_loads_edits_and_deletes);
fn the_word_index_follows_loads_edits_and_deletes(engine: Engine) {
    let fresh = Fresh::new(engine);
    let store = fresh.open();
    let mut rng = Lcg(7);
    let mut model: BTreeMap<u64, String> = BTreeMap::new();
    load(&store, &mut rng, &mut model, 2_500);
    check(&store, &model, "after the first load");
    for step in 0..240 {
        let ids: Vec<u64> = model.keys().copied().collect();
        let id = ids[rng.next(ids.len() as u64) as usize];
        let mut w = store.begin().unwrap();
        match rng.next(6) {
            0 => {
                w.delete(store.idea_with_version(id).unwrap().unwrap());
                model.remove(&id);
            }
            1 => {
                let mut idea = Idea::new("small".into(), Timestamp(1));
                idea.summary = rng.summary();
                idea.id = w.allocate();
                model.insert(idea.id, idea.summary.clone());
                w.put(idea, None);
            }
            _ => {
                let base = store.idea_with_version(id).unwrap().unwrap();
                let mut idea = base.idea.clone();
                // Sometimes the same words in another order: nothing to index.
                idea.summary = if rng.next(4) == 0 {
                    let mut list: Vec<&str> = idea.summary.split(' ').collect();
                    list.reverse();
                    list.join(" ")
                } else {
                    rng.summary()
                };
                model.insert(id, idea.summary.clone());
                w.put(idea, Some(base));
            }
        }
        store.commit(w).unwrap();
        if step % 60 == 59 {
            check(&store, &model, &format!("after step {step}"));
            // A second load (by COPY on PostgreSQL) among edited chunks.
            load(&store, &mut rng, &mut model, 700);
            check(&store, &model, &format!("after the load at step {step}"));
        }
    }
}
