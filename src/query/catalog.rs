//! The searchable set of rows: every row with its folded search text, and
//! the evaluation of a [`Query`] over them.

pub use super::context::{Context, IdSet, Scope};
use super::facets::{Facets, Group, Tally};
use super::fuzzy::Fuzzy;
use super::ids::IdIndex;
use super::index::{NameTexts, Texts, char_mask};
use super::parse::Query;
pub use super::sort::SortKey;
pub use super::terms::compare_rows;
use super::terms::{Searchable, holds, similar_points};
use crate::domain::row::FIELD_SEPARATOR;
use crate::domain::{Name, Row, Tags};

mod build;
mod hit;
pub use hit::{Hit, Searched};

/// What one thread's share of a scan found.
struct Part {
    hits: Vec<Hit>,
    tally: Tally,
    counted: Vec<u32>,
}

/// Rows with what searching them needs: the folded text of their own
/// searched fields (title and proposer), the folded text of the names they
/// share (region, tags, funder) once per name, and the letter set of all
/// of it. Facets count regions and tags by the number each [`Name`] has.
#[derive(Default)]
pub struct Catalog {
    rows: Vec<Row>,
    /// Folded title and proposer.
    texts: Texts,
    /// The tags field of each list of tags (by [`Tags`] number), as a name.
    tag_fields: Vec<Option<Name>>,
    names: NameTexts,
    masks: Vec<u64>,
    /// Rows removed (undoing a creation) stay as tombstones, so positions
    /// held in results stay valid.
    dead: Vec<bool>,
    removed: usize,
    /// The highest id ever held (the list sizes its id column by it).
    max_id: u64,
    ids: IdIndex,
    fuzzy: Fuzzy,
    /// Below this many rows a search runs on one thread (0 = the default).
    parallel_from: usize,
    work: work::Work,
    /// What scores a row that comes in (see [`Catalog::set_book`]).
    book: Option<crate::domain::panel_book::ScoreBook>,
}

/// Below this many rows a search runs on one thread by default.
const PARALLEL_FROM: usize = 20_000;

impl Catalog {
    /// Steps its searches took (terms tried at rows, names scored).
    pub fn work_done(&self) -> u64 {
        self.work.done()
    }

    /// Searches of at least `rows` rows are split over two threads (tests
    /// use a small number to exercise the parallel path).
    pub fn set_parallel_from(&mut self, rows: usize) {
        self.parallel_from = rows.max(1);
    }

    /// Every live row.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.rows
            .iter()
            .zip(&self.dead)
            .filter(|(_, d)| !**d)
            .map(|(r, _)| r)
    }

    pub fn len(&self) -> usize {
        self.rows.len() - self.removed
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn row(&self, index: usize) -> &Row {
        &self.rows[index]
    }

    /// The position of the live row with this id.
    pub fn index_of(&self, id: u64) -> Option<usize> {
        self.position(id).filter(|&i| !self.dead[i])
    }

    /// The position of the row with this id, removed or not.
    fn position(&self, id: u64) -> Option<usize> {
        self.ids.find(id, &self.rows)
    }

    /// Adds a row or replaces the one with the same id; with a book (see
    /// [`Catalog::set_book`]) the row is scored first, and when the book
    /// normalises and the row's reviews changed, every row is scored again
    /// (a reviewer's scale moved).
    pub fn upsert(&mut self, mut row: Row) {
        let mut rescore = false;
        if let Some(book) = &self.book {
            book.score(&mut row);
            rescore = book.normalises()
                && self
                    .index_of(row.id)
                    .map_or(!row.reviews.marks().is_empty(), |i| {
                        self.rows[i].reviews.marks() != row.reviews.marks()
                    });
        }
        let mut text = String::new();
        row.push_own_search_text(&mut text);
        self.insert_new(row, Some(&text));
        if rescore && let Some(book) = self.book.take() {
            self.set_book(book);
        }
    }

    /// This catalog with `book` (see [`Catalog::set_book`]).
    pub fn scored_by(mut self, book: crate::domain::panel_book::ScoreBook) -> Catalog {
        self.set_book(book);
        self
    }

    /// A catalog of the same rows, scored by the same book.
    pub fn copied(&self) -> Catalog {
        let copy = Catalog::new(self.rows().cloned().collect());
        match &self.book {
            Some(book) => copy.scored_by(book.clone()),
            None => copy,
        }
    }

    /// Scores every row with `book` (learning each reviewer's scale from
    /// them when it normalises) and keeps it to score the rows that come
    /// in later: the rows a store gives are scored already, but a row made
    /// from a changed idea is not.
    pub fn set_book(&mut self, mut book: crate::domain::panel_book::ScoreBook) {
        if book.normalises() {
            book.learn(self.rows());
        }
        for (row, dead) in self.rows.iter_mut().zip(&self.dead) {
            if !dead {
                book.score(row);
            }
        }
        self.book = Some(book);
    }

    /// The highest id among the rows (kept as rows come, so drawing the
    /// list never scans them).
    pub fn max_id(&self) -> u64 {
        self.max_id
    }

    /// Puts a row in its place (replacing the one with its id), with its
    /// own folded text; `None` when the catalog is being built and the text
    /// and letter set of this new row are in place already.
    fn insert_new(&mut self, row: Row, text: Option<&str>) {
        self.max_id = self.max_id.max(row.id);
        let i = match self.position(row.id) {
            Some(i) => {
                if self.dead[i] {
                    // Back after an undone creation was redone.
                    self.dead[i] = false;
                    self.removed -= 1;
                }
                self.rows[i] = row;
                if let Some(text) = text {
                    self.texts.set(i, text);
                    self.masks[i] = char_mask(text);
                }
                i
            }
            None => {
                self.ids.add(row.id, &self.rows);
                self.rows.push(row);
                if let Some(text) = text {
                    self.texts.push(text);
                    self.masks.push(char_mask(text));
                }
                self.dead.push(false);
                self.rows.len() - 1
            }
        };
        let (region, tags, funder) = (self.rows[i].region, self.rows[i].tags, self.rows[i].funder);
        let tags = self.tag_field(tags);
        self.masks[i] |= self.names.add(region) | self.names.add(tags) | self.names.add(funder);
    }

    /// The tags field of a list of tags, as a name (made once per list).
    fn tag_field(&mut self, tags: Tags) -> Name {
        let i = tags.id() as usize;
        if i >= self.tag_fields.len() {
            self.tag_fields.resize(i + 1, None);
        }
        *self.tag_fields[i].get_or_insert_with(|| {
            let mut field = String::new();
            tags.push_field(&mut field);
            Name::new(&field)
        })
    }

    /// The tags field of a row already in the catalog.
    fn tags_of(&self, i: usize) -> Name {
        let tags = self.rows[i].tags.id() as usize;
        // A catalog built without text (see `build.rs`) has no tag fields.
        self.tag_fields
            .get(tags)
            .copied()
            .flatten()
            .unwrap_or_default()
    }

    /// The folded text a row is searched in.
    fn searchable(&self, i: usize) -> Searchable<'_> {
        let row = &self.rows[i];
        Searchable {
            own: self.texts.get(i),
            names: [
                self.names.get(row.region),
                self.names.get(self.tags_of(i)),
                self.names.get(row.funder),
            ],
        }
    }

    /// Removes the row with this id, if there is one.
    pub fn remove(&mut self, id: u64) {
        let Some(i) = self.index_of(id) else {
            return;
        };
        self.dead[i] = true;
        self.removed += 1;
    }

    /// The rows that match, best first (fuzzy queries) or in `sort` order.
    pub fn search(&self, query: &Query, ctx: &Context, sort: SortKey) -> Vec<Hit> {
        self.run(query, ctx, sort, false, &Scope::default())
            .map(|r| r.hits)
            .unwrap_or_default()
    }

    /// Like [`Catalog::search`], and also counts, for each facet group, the
    /// values among the rows that every term outside that group leaves.
    pub fn search_faceted(
        &self,
        query: &Query,
        ctx: &Context,
        sort: SortKey,
    ) -> (Vec<Hit>, Facets) {
        match self.run(query, ctx, sort, true, &Scope::default()) {
            Some(r) => (r.hits, r.facets),
            None => (Vec::new(), Facets::default()),
        }
    }

    /// A faceted search limited to `scope.within` (the rows an earlier,
    /// broader query counted), which gives up and returns `None` as soon
    /// as `scope.cancelled` says a newer search is wanted.
    pub fn search_scoped(
        &self,
        query: &Query,
        ctx: &Context,
        sort: SortKey,
        scope: &Scope<'_>,
    ) -> Option<Searched> {
        self.run(query, ctx, sort, true, scope)
    }

    /// Puts `hits[from..]` in result order, after a search that ranked
    /// only the first `from` (see [`Scope::ranked`]): then all are.
    pub fn rank_rest(&self, hits: &mut [Hit], sort: SortKey, from: usize) {
        if let Some(rest) = hits.get_mut(from..) {
            self.order(rest, sort);
        }
    }

    fn run(
        &self,
        query: &Query,
        ctx: &Context,
        sort: SortKey,
        facets: bool,
        scope: &Scope<'_>,
    ) -> Option<Searched> {
        let plan = Plan::new(query, ctx);
        let all: Vec<u32>;
        let positions: &[u32] = match scope.within {
            Some(p) => p,
            None => {
                all = (0..self.rows.len() as u32).collect();
                &all
            }
        };
        let threshold = if self.parallel_from == 0 {
            PARALLEL_FROM
        } else {
            self.parallel_from
        };
        let part = if positions.len() >= threshold {
            let scan = |part: &[u32]| self.scan(&plan, ctx, part, facets, scope);
            match crate::cores::halves(positions, scan) {
                (Some(mut x), Ok(Some(y))) => {
                    x.hits.extend(y.hits);
                    x.tally.add(&y.tally);
                    x.counted.extend(y.counted);
                    Some(x)
                }
                _ => None,
            }
        } else {
            self.scan(&plan, ctx, positions, facets, scope)
        }?;
        let mut hits = part.hits;
        let ranked = scope.ranked.unwrap_or(usize::MAX).min(hits.len());
        self.order_first(&mut hits, sort, ranked);
        let facets = part.tally.finish();
        Some(Searched {
            hits,
            ranked,
            facets,
            counted: part.counted,
        })
    }

    fn tally(&self) -> Tally {
        Tally::new()
    }

    /// Evaluates the rows at `positions`; `None` if cancelled.
    fn scan(
        &self,
        plan: &Plan,
        ctx: &Context,
        positions: &[u32],
        facets: bool,
        scope: &Scope<'_>,
    ) -> Option<Part> {
        let mut part = Part {
            hits: Vec::new(),
            tally: self.tally(),
            counted: Vec::new(),
        };
        let mut steps = 0;
        for (n, &p) in positions.iter().enumerate() {
            if n % 4096 == 4095 && scope.cancelled.is_some_and(|c| c()) {
                self.work.add(steps);
                return None;
            }
            let i = p as usize;
            if self.dead[i] || (plan.hide_archived && self.rows[i].archived) {
                continue;
            }
            let Some((failed, hit)) = self.evaluate(i, plan, ctx, facets, &mut steps) else {
                continue;
            };
            if facets {
                part.tally.count(&self.rows[i], failed);
                part.counted.push(p);
            }
            if failed.is_none() {
                part.hits.push(hit);
            }
        }
        self.work.add(steps);
        Some(part)
    }

    /// Evaluates a row. `None`: it fails terms of more than one facet group
    /// (or a non-facet term), so it counts nowhere. `Some((None, hit))`: it
    /// matches. `Some((Some(g), _))`: only terms of group `g` fail, so it
    /// counts for that group's facet. Without `facets`, any failure is `None`.
    fn evaluate(
        &self,
        i: usize,
        plan: &Plan,
        ctx: &Context,
        facets: bool,
        steps: &mut u64,
    ) -> Option<(Option<Group>, Hit)> {
        let row = &self.rows[i];
        let mut hit = Hit {
            pos: i as u32,
            tier: 0,
            score: 0,
        };
        let mut failed: Option<Group> = None;
        for (term, fuzzy) in &plan.terms {
            *steps += 1;
            let ok = match fuzzy {
                Some(f) => {
                    let score = if self.masks[i] & f.mask == f.mask {
                        // The best field: the row's own, or a name it has.
                        let names = f.names(&self.names, &self.fuzzy, &self.work);
                        let name = |n: Name| names.get(n.id() as usize).copied().flatten();
                        self.fuzzy
                            .best_field(self.texts.get(i), &f.pattern)
                            .max(name(row.region))
                            .max(name(self.tags_of(i)))
                            .max(name(row.funder))
                    } else {
                        None
                    };
                    match score {
                        Some(s) => {
                            let s = i32::try_from(s).unwrap_or(i32::MAX);
                            hit.score = hit.score.saturating_add(s.saturating_mul(f.times));
                            true
                        }
                        None if f.summary.as_ref().is_some_and(|ids| ids.contains(&row.id)) => {
                            hit.tier = 1;
                            true
                        }
                        None => false,
                    }
                }
                None => {
                    let ok = holds(term, row, &self.searchable(i), ctx);
                    if ok {
                        hit.score = hit.score.saturating_add(similar_points(term, ctx, row.id));
                    }
                    ok
                }
            };
            if !ok {
                let group = term.group();
                if !facets || group == Group::Other || failed.is_some_and(|g| g != group) {
                    return None;
                }
                failed = Some(group);
            }
        }
        Some((failed, hit))
    }

    /// Character positions in the title that the query matched, for
    /// highlighting (computed for visible rows only).
    pub fn title_positions(&self, index: usize, query: &Query) -> Vec<usize> {
        let text = self.texts.get(index);
        let title = text.split(FIELD_SEPARATOR).next().unwrap_or_default();
        super::terms::title_positions(title, query, &self.fuzzy)
    }
}

mod order;
mod plan;
use plan::Plan;
mod work;

#[cfg(test)]
mod tests;
