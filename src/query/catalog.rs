//! The searchable set of rows: every row with its folded search text, and
//! the evaluation of a [`Query`] over them.

use super::facets::{Facets, Group, Tally};
use super::fuzzy::Fuzzy;
use super::parse::{Query, State, Term, TextField};
use crate::domain::Row;
use crate::domain::row::FIELD_SEPARATOR;
use crate::domain::text::fold;
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// How results are ordered when the query has no fuzzy terms (and among
/// equally good fuzzy hits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Most recently updated first.
    #[default]
    Updated,
    /// Newest first.
    Created,
    /// A to Я.
    Title,
    /// Highest score first, unscored last.
    Score,
    /// Pipeline order, new first.
    Stage,
    /// Lowest id first.
    Id,
}

impl SortKey {
    /// The order `o` cycles through in the UI.
    pub const CYCLE: [SortKey; 5] = [
        SortKey::Updated,
        SortKey::Created,
        SortKey::Title,
        SortKey::Score,
        SortKey::Stage,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SortKey::Updated => "updated",
            SortKey::Created => "created",
            SortKey::Title => "title",
            SortKey::Score => "score",
            SortKey::Stage => "stage",
            SortKey::Id => "id",
        }
    }

    pub fn next(self) -> SortKey {
        let i = SortKey::CYCLE
            .iter()
            .position(|k| *k == self)
            .map_or(0, |i| i + 1);
        SortKey::CYCLE[i % SortKey::CYCLE.len()]
    }
}

/// Hashes idea ids with one multiplication: they are already well spread,
/// and looking every summary hit up by id is on the per-keystroke path.
#[derive(Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A set of idea ids, shared without copying.
pub type IdSet = std::sync::Arc<HashSet<u64>>;

/// Everything a query needs besides the rows: summary-word hits for each
/// fuzzy term, the marked ideas, and whether archived ideas are shown.
#[derive(Debug, Default)]
pub struct Context {
    pub summary_hits: HashMap<String, IdSet>,
    pub marked: HashSet<u64>,
    pub include_archived: bool,
    /// The time `is:stale` measures waiting against.
    pub now: crate::domain::Timestamp,
}

/// Limits on one search: the rows to look at, and a way to be told to stop.
#[derive(Default)]
pub struct Scope<'a> {
    pub within: Option<&'a [u32]>,
    pub cancelled: Option<&'a (dyn Fn() -> bool + Sync)>,
}

/// A finished faceted search.
pub struct Searched {
    pub hits: Vec<Hit>,
    pub facets: Facets,
    /// The rows that matched or counted in a facet, in position order: a
    /// narrower query (more characters, one more term) need look at no other.
    pub counted: Vec<u32>,
}

/// What one thread's share of a scan found.
struct Part {
    hits: Vec<Hit>,
    tally: Tally,
    counted: Vec<u32>,
}

/// A set of row positions.
struct Bits(Vec<u64>);

impl Bits {
    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// What a fuzzy term needs at every row, worked out once per search.
struct FuzzyPlan {
    pattern: String,
    mask: u64,
    /// Rows whose summary has a word starting with the pattern.
    summary: Bits,
}

/// A query made ready to run: cheap terms first, fuzzy terms last.
struct Plan<'q> {
    terms: Vec<(&'q Term, Option<FuzzyPlan>)>,
    hide_archived: bool,
}

impl<'q> Plan<'q> {
    fn new(catalog: &Catalog, query: &'q Query, ctx: &Context) -> Plan<'q> {
        let mut terms: Vec<(&Term, Option<FuzzyPlan>)> = query
            .terms
            .iter()
            .map(|t| {
                let fuzzy = match t {
                    Term::Fuzzy(p) => {
                        let mut bits = vec![0u64; catalog.rows.len().div_ceil(64)];
                        for id in ctx.summary_hits.get(p).into_iter().flat_map(|s| s.iter()) {
                            if let Some(&i) = catalog.by_id.get(id) {
                                bits[i / 64] |= 1 << (i % 64);
                            }
                        }
                        Some(FuzzyPlan {
                            pattern: p.clone(),
                            mask: char_mask(p),
                            summary: Bits(bits),
                        })
                    }
                    _ => None,
                };
                (t, fuzzy)
            })
            .collect();
        terms.sort_by_key(|(_, f)| f.is_some());
        Plan {
            terms,
            hide_archived: !ctx.include_archived && !query.mentions_archived(),
        }
    }
}

/// One result: a row's position in the catalog, and how good a match it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    /// 0 = every fuzzy term matched a field; 1 = some matched only the summary.
    pub tier: u8,
    pub score: i64,
}

/// A small table of distinct strings (regions, tags) so facets count
/// with arrays instead of hashing text for every row.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.ids.insert(name.to_string(), id);
        self.names.push(name.to_string());
        id
    }
}

/// No region.
const NONE: u32 = u32::MAX;

/// Which letters a text contains, as a 64-bit set: a pattern can only
/// match (as a subsequence) text whose set includes the pattern's.
pub fn char_mask(text: &str) -> u64 {
    text.chars().fold(0, |m, c| m | char_bit(c))
}

fn char_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << 26,
        'а'..='я' => 1 << (27 + (c as u32 - 'а' as u32)),
        c if c.is_whitespace() || c == FIELD_SEPARATOR => 0,
        c => 1 << (59 + c as u32 % 5),
    }
}

/// Rows with what searching them needs: the folded text of the searched
/// fields, its letter set, and interned region and tags for facets.
#[derive(Default)]
pub struct Catalog {
    rows: Vec<Row>,
    texts: Vec<String>,
    masks: Vec<u64>,
    regions: Vec<u32>,
    tags: Vec<Box<[u32]>>,
    region_names: Interner,
    tag_names: Interner,
    /// Rows removed (undoing a creation) stay as tombstones, so positions
    /// held in results stay valid.
    dead: Vec<bool>,
    removed: usize,
    by_id: HashMap<u64, usize, BuildHasherDefault<IdHasher>>,
    fuzzy: Fuzzy,
    /// Below this many rows a search runs on one thread (0 = the default).
    parallel_from: usize,
}

/// Below this many rows a search runs on one thread by default.
const PARALLEL_FROM: usize = 20_000;

impl Catalog {
    pub fn new(rows: Vec<Row>) -> Catalog {
        // Folding the searched text is the costly part; it splits over two
        // threads, the rest is cheap and stays in order.
        let fold = |part: &[Row]| {
            part.iter()
                .map(|r| {
                    let t = r.search_text();
                    let m = char_mask(&t);
                    (t, m)
                })
                .collect::<Vec<_>>()
        };
        let folded: Vec<(String, u64)> = if rows.len() >= PARALLEL_FROM {
            let (a, b) = rows.split_at(rows.len() / 2);
            std::thread::scope(|s| {
                let second = s.spawn(|| fold(b));
                let mut first = fold(a);
                // A thread that died is redone here rather than lose rows.
                first.extend(second.join().unwrap_or_else(|_| fold(b)));
                first
            })
        } else {
            fold(&rows)
        };
        let mut c = Catalog::default();
        let n = rows.len();
        c.rows.reserve(n);
        c.texts.reserve(n);
        c.masks.reserve(n);
        c.regions.reserve(n);
        c.tags.reserve(n);
        c.dead.reserve(n);
        c.by_id.reserve(n);
        for (row, (text, mask)) in rows.into_iter().zip(folded) {
            c.insert_new(row, text, mask);
        }
        c
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

    pub fn index_of(&self, id: u64) -> Option<usize> {
        self.by_id.get(&id).copied()
    }

    /// Adds a row or replaces the one with the same id.
    pub fn upsert(&mut self, row: Row) {
        let text = row.search_text();
        let mask = char_mask(&text);
        self.insert_new(row, text, mask);
    }

    fn insert_new(&mut self, row: Row, text: String, mask: u64) {
        let region = if row.region.is_empty() {
            NONE
        } else {
            self.region_names.id(&row.region)
        };
        let tags: Box<[u32]> = row.tags.iter().map(|t| self.tag_names.id(t)).collect();
        match self.by_id.get(&row.id) {
            Some(&i) => {
                self.rows[i] = row;
                self.texts[i] = text;
                self.masks[i] = mask;
                self.regions[i] = region;
                self.tags[i] = tags;
            }
            None => {
                self.by_id.insert(row.id, self.rows.len());
                self.rows.push(row);
                self.texts.push(text);
                self.masks.push(mask);
                self.regions.push(region);
                self.tags.push(tags);
                self.dead.push(false);
            }
        }
    }

    /// Removes the row with this id, if there is one.
    pub fn remove(&mut self, id: u64) {
        let Some(i) = self.by_id.remove(&id) else {
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

    fn run(
        &self,
        query: &Query,
        ctx: &Context,
        sort: SortKey,
        facets: bool,
        scope: &Scope<'_>,
    ) -> Option<Searched> {
        let plan = Plan::new(self, query, ctx);
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
            let (a, b) = positions.split_at(positions.len() / 2);
            std::thread::scope(|s| {
                let second = s.spawn(|| self.scan(&plan, ctx, b, facets, scope));
                let first = self.scan(&plan, ctx, a, facets, scope);
                match (first, second.join().ok().flatten()) {
                    (Some(mut x), Some(y)) => {
                        x.hits.extend(y.hits);
                        x.tally.add(&y.tally);
                        x.counted.extend(y.counted);
                        Some(x)
                    }
                    _ => None,
                }
            })
        } else {
            self.scan(&plan, ctx, positions, facets, scope)
        }?;
        let mut hits = part.hits;
        hits.sort_unstable_by(|a, b| {
            a.tier
                .cmp(&b.tier)
                .then(b.score.cmp(&a.score))
                .then_with(|| self.compare(a.index, b.index, sort))
        });
        let facets = part
            .tally
            .finish(&self.region_names.names, &self.tag_names.names);
        Some(Searched {
            hits,
            facets,
            counted: part.counted,
        })
    }

    fn tally(&self) -> Tally {
        Tally::new(self.region_names.names.len(), self.tag_names.names.len())
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
        for (n, &p) in positions.iter().enumerate() {
            if n % 4096 == 4095 && scope.cancelled.is_some_and(|c| c()) {
                return None;
            }
            let i = p as usize;
            if self.dead[i] || (plan.hide_archived && self.rows[i].archived) {
                continue;
            }
            let Some((failed, hit)) = self.evaluate(i, plan, ctx, facets) else {
                continue;
            };
            if facets {
                part.tally
                    .count(&self.rows[i], self.regions[i], &self.tags[i], failed);
                part.counted.push(p);
            }
            if failed.is_none() {
                part.hits.push(hit);
            }
        }
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
    ) -> Option<(Option<Group>, Hit)> {
        let row = &self.rows[i];
        let text = &self.texts[i];
        let mut hit = Hit {
            index: i,
            tier: 0,
            score: 0,
        };
        let mut failed: Option<Group> = None;
        for (term, fuzzy) in &plan.terms {
            let ok = match fuzzy {
                Some(f) => {
                    let score = if self.masks[i] & f.mask == f.mask {
                        self.fuzzy_score(text, &f.pattern)
                    } else {
                        None
                    };
                    match score {
                        Some(s) => {
                            hit.score += s;
                            true
                        }
                        None if f.summary.get(i) => {
                            hit.tier = 1;
                            true
                        }
                        None => false,
                    }
                }
                None => holds(term, row, text, ctx),
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

    /// The order of two rows under a sort key (titles compared folded).
    fn compare(&self, a: usize, b: usize, sort: SortKey) -> Ordering {
        if sort == SortKey::Title {
            let title = |i: usize| {
                self.texts[i]
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

    /// The best score of any one field: a pattern must match within a field.
    /// A match in the title counts half as much again as one elsewhere, so
    /// that "water" puts "Clean water points" above a proposer "Living Water".
    fn fuzzy_score(&self, text: &str, pattern: &str) -> Option<i64> {
        text.split(FIELD_SEPARATOR)
            .enumerate()
            .filter_map(|(i, field)| {
                let s = self.fuzzy.score(field, pattern)?;
                Some(if i == 0 { s + s / 2 } else { s })
            })
            .max()
    }

    /// Character positions in the title that the query matched, for
    /// highlighting (computed for visible rows only).
    pub fn title_positions(&self, index: usize, query: &Query) -> Vec<usize> {
        let text = &self.texts[index];
        let title = text.split(FIELD_SEPARATOR).next().unwrap_or_default();
        let mut out = Vec::new();
        for term in &query.terms {
            match term {
                Term::Fuzzy(p) => {
                    if let Some(pos) = self.fuzzy.positions(title, p) {
                        out.extend(pos);
                    }
                }
                Term::Exact(s) | Term::TitlePrefix(s) => substring(title, s, &mut out),
                Term::Text(TextField::Title, values) => {
                    for s in values {
                        substring(title, s, &mut out);
                    }
                }
                _ => {}
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Adds the character positions of `needle` in `hay` (both folded).
fn substring(hay: &str, needle: &str, out: &mut Vec<usize>) {
    if let Some(byte) = hay.find(needle) {
        let start = hay[..byte].chars().count();
        out.extend(start..start + needle.chars().count());
    }
}

/// Whether a non-fuzzy term holds for a row.
fn holds(term: &Term, row: &Row, text: &str, ctx: &Context) -> bool {
    match term {
        Term::Fuzzy(p) | Term::Exact(p) => text.contains(p.as_str()),
        Term::TitlePrefix(p) => text.starts_with(p.as_str()),
        Term::Not(inner) => !holds(inner, row, text, ctx),
        Term::Sector(v) => v.contains(&row.sector),
        Term::Stage(v) => v.contains(&row.stage),
        Term::Org(v) => v.contains(&row.org_kind),
        Term::Barrier(v) => v.iter().any(|b| row.has_barrier(*b)),
        Term::Text(field, values) => {
            let contains = |t: &str| {
                let t = fold(t);
                values.iter().any(|v| t.contains(v.as_str()))
            };
            match field {
                TextField::Title => contains(&row.title),
                TextField::Region => contains(&row.region),
                TextField::Tag => row.tags.iter().any(|t| contains(t)),
                TextField::Assignee => contains(&row.assignee),
                TextField::Funder => contains(&row.funder),
                TextField::Proposer => contains(&row.proposer),
            }
        }
        Term::Score(c) => row.score.is_some_and(|s| c.holds(u64::from(s))),
        Term::Amount(c) => row.amount.is_some_and(|a| c.holds(a)),
        Term::Id(id) => row.id == *id,
        Term::Is(State::Archived) => row.archived,
        Term::Is(State::Marked) => ctx.marked.contains(&row.id),
        Term::Is(State::Stale) => row.is_stale(ctx.now),
    }
}

/// The order of two rows under a sort key; ties go by id, newest first for
/// time keys.
pub fn compare_rows(a: &Row, b: &Row, sort: SortKey) -> Ordering {
    match sort {
        SortKey::Updated => b.updated.cmp(&a.updated).then(b.id.cmp(&a.id)),
        SortKey::Created => b.created.cmp(&a.created).then(b.id.cmp(&a.id)),
        SortKey::Title => fold(&a.title).cmp(&fold(&b.title)).then(a.id.cmp(&b.id)),
        SortKey::Score => b.score.cmp(&a.score).then(a.id.cmp(&b.id)),
        SortKey::Stage => a
            .stage
            .index()
            .cmp(&b.stage.index())
            .then(b.updated.cmp(&a.updated))
            .then(a.id.cmp(&b.id)),
        SortKey::Id => a.id.cmp(&b.id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Idea, Sector, Stage, Timestamp};

    fn row(id: u64, title: &str, f: impl FnOnce(&mut Idea)) -> Row {
        let mut i = Idea::new(title.into(), Timestamp(id as i64 * 10));
        i.id = id;
        f(&mut i);
        Row::of(&i)
    }

    fn catalog() -> Catalog {
        Catalog::new(vec![
            row(1, "Clean water for villages", |i| {
                i.region = "Tatarstan".into()
            }),
            row(2, "Поиск работы для молодёжи", |i| {
                i.sector = Sector::Employment;
                i.region = "Пермский край".into();
            }),
            row(3, "Warm homes", |i| {
                i.stage = Stage::Pilot;
                i.score = Some(4);
                i.amount = Some(300_000);
                i.tags.insert("elderly".into());
            }),
            row(4, "Archived water idea", |i| i.archived = true),
        ])
    }

    fn ids(c: &Catalog, q: &str, ctx: &Context) -> Vec<u64> {
        let q = Query::parse(q).unwrap();
        c.search(&q, ctx, SortKey::Id)
            .iter()
            .map(|h| c.row(h.index).id)
            .collect()
    }

    #[test]
    fn fuzzy_terms_rank_and_fold_cyrillic() {
        let c = catalog();
        let ctx = Context::default();
        assert_eq!(ids(&c, "water", &ctx), [1]);
        assert_eq!(ids(&c, "ПОИСК", &ctx), [2]);
        assert_eq!(ids(&c, "молодеж", &ctx), [2], "ё matches е");
        assert_eq!(ids(&c, "wtr", &ctx), [1]);
    }

    #[test]
    fn summary_hits_rank_below_field_hits() {
        let c = catalog();
        let mut ctx = Context::default();
        ctx.summary_hits.insert(
            "warm".into(),
            std::sync::Arc::new([2].into_iter().collect()),
        );
        assert_eq!(ids(&c, "warm", &ctx), [3, 2]);
    }

    #[test]
    fn filters_negation_and_archived() {
        let c = catalog();
        let ctx = Context::default();
        assert_eq!(ids(&c, "sector:emp", &ctx), [2]);
        assert_eq!(
            ids(&c, "stage:pilot score:>=4 amount:<500000 tag:eld", &ctx),
            [3]
        );
        assert_eq!(ids(&c, "!water", &ctx), [2, 3]);
        assert_eq!(ids(&c, "is:archived", &ctx), [4]);
        assert_eq!(ids(&c, "region:пермск", &ctx), [2]);
        assert_eq!(ids(&c, "^warm", &ctx), [3]);
        assert_eq!(ids(&c, "'for vil", &ctx), [1]);
        assert_eq!(ids(&c, "", &ctx), [1, 2, 3]);
        let all = Context {
            include_archived: true,
            ..Context::default()
        };
        assert_eq!(ids(&c, "", &all), [1, 2, 3, 4]);
        let marked = Context {
            marked: [3].into_iter().collect(),
            ..Context::default()
        };
        assert_eq!(ids(&c, "is:marked", &marked), [3]);
    }

    #[test]
    fn facets_count_what_the_rest_of_the_query_leaves() {
        let c = catalog();
        let q = Query::parse("sector:employment !warm").unwrap();
        let (hits, f) = c.search_faceted(&q, &Context::default(), SortKey::Id);
        assert_eq!(hits.len(), 1);
        // Sector counts ignore the sector term but keep `!warm`: ideas 1 and 2.
        assert_eq!(f.sectors[Sector::Unclassified.index()], 1);
        assert_eq!(f.sectors[Sector::Employment.index()], 1);
        // Stage counts keep both terms: only idea 2.
        assert_eq!(f.stages.iter().sum::<usize>(), 1);
        assert_eq!(f.regions, [("Пермский край".to_string(), 1)]);
        let (_, all) = c.search_faceted(&Query::default(), &Context::default(), SortKey::Id);
        assert_eq!(all.stages[Stage::New.index()], 2);
        assert_eq!(all.tags, [("elderly".to_string(), 1)]);
    }

    #[test]
    fn sorting_without_fuzzy_terms() {
        let c = catalog();
        let q = Query::default();
        let order = |k| -> Vec<u64> {
            c.search(&q, &Context::default(), k)
                .iter()
                .map(|h| c.row(h.index).id)
                .collect()
        };
        assert_eq!(order(SortKey::Updated), [3, 2, 1]);
        assert_eq!(order(SortKey::Title), [1, 3, 2]);
        assert_eq!(order(SortKey::Score), [3, 1, 2]);
        assert_eq!(order(SortKey::Stage), [2, 1, 3]);
        assert_eq!(SortKey::Stage.next(), SortKey::Updated);
    }

    #[test]
    fn highlight_positions_stay_in_the_title() {
        let c = catalog();
        let q = Query::parse("вод tatar").unwrap();
        assert!(c.title_positions(0, &q).is_empty());
        let q = Query::parse("clean").unwrap();
        assert_eq!(c.title_positions(0, &q), [0, 1, 2, 3, 4]);
        let q = Query::parse("поиск").unwrap();
        assert_eq!(c.title_positions(1, &q), [0, 1, 2, 3, 4]);
    }
}
