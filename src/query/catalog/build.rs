//! Building a catalog: whole (every row's folded text, letter set and
//! names, what fuzzy and text terms need), or, for searches that read no
//! text, only the rows in id order.
//!
//! Why two: folding and letter masks were a third of a command-line
//! search at a million rows (`list --limit 1`, `stats`,
//! `list 'sector:health stage:new'`), and such queries never look at them.

use super::{Catalog, PARALLEL_FROM};
use crate::domain::Row;
use crate::query::SortKey;
use crate::query::index::char_mask;
use crate::query::parse::{Query, Term};

impl Catalog {
    /// A catalog of `rows` that every query can search and the UI can
    /// change.
    pub fn new(rows: Vec<Row>) -> Catalog {
        let rows = in_id_order(rows);
        // Folding the searched text is the costly part; it splits over two
        // threads, the rest is cheap and stays in order.
        // One string of folded text per half, and each row's length and
        // letter set.
        let fold = |part: &[Row]| {
            let mut text = String::new();
            let mut lens = Vec::with_capacity(part.len());
            let mut masks = Vec::with_capacity(part.len());
            for r in part {
                let start = text.len();
                r.push_own_search_text(&mut text);
                lens.push((text.len() - start) as u32);
                masks.push(char_mask(&text[start..]));
            }
            (text, lens, masks)
        };
        let halves = if rows.len() >= PARALLEL_FROM {
            let (first, second) = crate::cores::halves(&rows, fold);
            // A thread that died is redone here rather than lose rows.
            vec![
                first,
                second.unwrap_or_else(|_| fold(&rows[rows.len() / 2..])),
            ]
        } else {
            vec![fold(&rows)]
        };
        let mut c = Catalog::default();
        let n = rows.len();
        c.rows.reserve(n);
        c.masks.reserve(n);
        c.dead.reserve(n);
        for (text, lens, masks) in halves {
            c.texts.add_chunk(text, &lens);
            c.masks.extend(masks);
        }
        for row in rows {
            c.insert_new(row, None);
        }
        c
    }

    /// A catalog of `rows` for running `queries` in `sort` order, and
    /// nothing else: when none of them has a term that reads the searched
    /// text (fuzzy, exact, title prefix) nor sorts by title, no text is
    /// folded and no letter set or name is made. Results are those of
    /// [`Catalog::new`]'s catalog.
    pub fn for_search(rows: Vec<Row>, queries: &[&Query], sort: SortKey) -> Catalog {
        let reads_text =
            sort == SortKey::Title || queries.iter().any(|q| q.terms.iter().any(term_reads_text));
        if reads_text {
            return Catalog::new(rows);
        }
        let rows = in_id_order(rows);
        let n = rows.len();
        let mut c = Catalog::default();
        // Every row has an empty text and letter set, so that positions
        // stay aligned (a fuzzy term would match no row, never panic).
        c.texts.add_chunk(String::new(), &vec![0; n]);
        c.masks = vec![0; n];
        c.dead = vec![false; n];
        c.rows.reserve(n);
        for row in rows {
            c.max_id = c.max_id.max(row.id);
            c.ids.add(row.id, &c.rows);
            c.rows.push(row);
        }
        c
    }
}

/// Sorted by id (the store gives them so; a first page comes newest
/// first), each id once, so that ids are found by binary search.
fn in_id_order(mut rows: Vec<Row>) -> Vec<Row> {
    if !rows.is_sorted_by_key(|r| r.id) {
        rows.sort_unstable_by_key(|r| r.id);
    }
    rows.dedup_by_key(|r| r.id);
    rows
}

/// Whether a term looks at the folded searched text of a row.
fn term_reads_text(term: &Term) -> bool {
    match term {
        Term::Fuzzy(_) | Term::Exact(_) | Term::TitlePrefix(_) => true,
        Term::Not(inner) => term_reads_text(inner),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Named, Sector, Stage, Timestamp};
    use crate::query::Context;

    fn rows() -> Vec<Row> {
        (1..=300u64)
            .rev()
            .map(|id| {
                let mut i = Idea::new(format!("water pump {id}"), Timestamp(id as i64 % 17));
                i.id = id;
                i.sector = Sector::ALL[id as usize % Sector::ALL.len()];
                i.stage = Stage::ALL[id as usize % Stage::ALL.len()];
                i.region = format!("region {}", id % 7);
                i.tags = [format!("t{}", id % 5)].into();
                Row::of(&i)
            })
            .collect()
    }

    fn ids(c: &Catalog, q: &Query, sort: SortKey) -> Vec<u64> {
        c.search(q, &Context::default(), sort)
            .iter()
            .map(|h| c.row(h.index()).id)
            .collect()
    }

    #[test]
    fn a_catalog_without_text_answers_as_the_whole_one_does() {
        let whole = Catalog::new(rows());
        for text in [
            "",
            "sector:health",
            "sector:health stage:new",
            "!stage:new region:\"region 3\"",
            "tag:t1 updated:<30d",
            "#17",
        ] {
            let q = Query::parse(text).unwrap();
            for sort in [SortKey::Updated, SortKey::Id, SortKey::Stage] {
                let lean = Catalog::for_search(rows(), &[&q], sort);
                assert!(
                    lean.texts.get(0).is_empty() && !whole.texts.get(0).is_empty(),
                    "{text:?} {:?}",
                    q.terms
                );
                assert_eq!(ids(&lean, &q, sort), ids(&whole, &q, sort), "{text:?}");
                assert_eq!(lean.len(), whole.len());
                assert_eq!(lean.max_id(), whole.max_id());
            }
        }
    }

    #[test]
    fn a_query_that_reads_text_gets_the_whole_catalog() {
        for text in ["water", "\"pump 1\"", "!^wat", "!pump", "wat sector:health"] {
            let q = Query::parse(text).unwrap();
            let built = Catalog::for_search(rows(), &[&Query::default(), &q], SortKey::Id);
            let found = ids(&built, &q, SortKey::Id);
            assert_eq!(found, ids(&Catalog::new(rows()), &q, SortKey::Id));
            assert!(!found.is_empty() || text.starts_with('!'), "{text:?}");
        }
        // Sorted by title, the folded titles are what the order compares.
        let q = Query::default();
        let by_title = Catalog::for_search(rows(), &[&q], SortKey::Title);
        assert_eq!(
            ids(&by_title, &q, SortKey::Title),
            ids(&Catalog::new(rows()), &q, SortKey::Title)
        );
        assert_ne!(
            ids(&by_title, &q, SortKey::Title),
            ids(&by_title, &q, SortKey::Id)
        );
    }
}
