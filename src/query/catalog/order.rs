//! The result order of hits: tier, then score, then the sort key; all of
//! them at once, or the first few first and the rest behind them.
//!
//! Every order here is total (the id settles what the key leaves equal),
//! so the first `n` put in order by a partial sort are exactly the first
//! `n` of the whole order, and ordering the rest after them gives the
//! whole order: a one-letter query at a million ideas has half a million
//! hits, and a screen of them is known long before all are sorted.

use super::{Catalog, Hit};
use crate::domain::row::FIELD_SEPARATOR;
use crate::query::sort::SortKey;
use crate::query::terms::compare_rows;
use std::cmp::{Ordering, Reverse};

/// A hit's place in the order, as plain numbers (every key but the title):
/// worked out once a hit, not once a comparison.
type Key = (u8, Reverse<i32>, i64, i64, u64);

impl Catalog {
    /// Puts hits in result order.
    pub(super) fn order(&self, hits: &mut [Hit], sort: SortKey) {
        self.order_first(hits, sort, hits.len());
    }

    /// Puts the first `n` hits of the result order, in order, at the front;
    /// the others follow in no particular order.
    pub(super) fn order_first(&self, hits: &mut [Hit], sort: SortKey, n: usize) {
        if n == 0 {
            return;
        }
        if sort == SortKey::Title {
            let by = |a: &Hit, b: &Hit| self.compare_titled(a, b);
            if n < hits.len() {
                hits.select_nth_unstable_by(n, by);
            }
            let n = n.min(hits.len());
            hits[..n].sort_unstable_by(by);
            return;
        }
        let mut keyed: Vec<(Key, Hit)> = hits.iter().map(|h| (self.key(h, sort), *h)).collect();
        if n < keyed.len() {
            keyed.select_nth_unstable_by(n, |a, b| a.0.cmp(&b.0));
        }
        let n = n.min(keyed.len());
        keyed[..n].sort_unstable_by_key(|k| k.0);
        for (h, (_, k)) in hits.iter_mut().zip(keyed) {
            *h = k;
        }
    }

    fn key(&self, h: &Hit, sort: SortKey) -> Key {
        let r = &self.rows[h.index()];
        let id = r.id as i64;
        let (a, b, c) = match sort {
            SortKey::Updated => (-r.updated.0, -id, 0),
            SortKey::Created => (-r.created.0, -id, 0),
            SortKey::Score => (-crate::query::terms::score_key(r), id, 0),
            SortKey::Stage => (r.stage.index() as i64, -r.updated.0, r.id),
            SortKey::Id | SortKey::Title => (id, 0, 0),
        };
        (h.tier, Reverse(h.score), a, b, c)
    }

    /// The order of two hits sorted by title.
    fn compare_titled(&self, a: &Hit, b: &Hit) -> Ordering {
        a.tier
            .cmp(&b.tier)
            .then(b.score.cmp(&a.score))
            .then_with(|| self.compare(a.index(), b.index(), SortKey::Title))
    }

    /// The order of two rows under a sort key (titles compared folded).
    pub(super) fn compare(&self, a: usize, b: usize, sort: SortKey) -> Ordering {
        if sort == SortKey::Title {
            let title = |i: usize| {
                self.texts
                    .get(i)
                    .split(FIELD_SEPARATOR)
                    .next()
                    .unwrap_or_default()
            };
            return title(a)
                .cmp(title(b))
                .then(self.rows[a].id.cmp(&self.rows[b].id));
        }
        compare_rows(&self.rows[a], &self.rows[b], sort)
    }
}
