//! The state of the UI. [`super::update::update`] changes it; the view only
//! reads it.

pub use super::dialog::Dialog;
use super::layout::Areas;
use super::panes::{DetailPane, ListState, QueryBar, SidebarState};
use super::screen::{Overlays, Screen};
use super::sidebar;
use crate::domain::{Row, Timestamp};
use crate::ideas::Change;
use crate::query::{Catalog, Facets, Hit, SortKey};
use crate::search::{Outcome, Request};
use std::sync::Arc;

/// Which pane keys go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Sidebar,
    List,
    Detail,
}

impl Focus {
    pub fn name(self) -> &'static str {
        match self {
            Focus::Sidebar => "filters",
            Focus::List => "list",
            Focus::Detail => "detail",
        }
    }
}

/// A key that waits for a second key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Stage,
    Score,
    /// A decline or an accept was just set on these ideas: the next key
    /// may give it a reason (see `reason_pick.rs`).
    Reason {
        ids: Vec<u64>,
        fit: crate::domain::reason::Fit,
    },
}

/// One step of undo: what a change did, as (before, after) per idea.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoStep {
    pub label: String,
    pub changes: Vec<Change>,
}

/// Everything the UI shows and remembers.
pub struct App {
    /// The rows as last loaded or changed: read here, handed to the search
    /// worker with each request, and changed only by the runtime (see
    /// [`super::msg::Effect::ApplyRows`]).
    pub catalog: Arc<Catalog>,
    /// Bumped whenever ideas change, so kept search results are not reused.
    pub data_version: u64,
    /// A search is running; the status line says so.
    pub searching: bool,
    /// Only the newest ideas are loaded yet; the rest are coming.
    pub loading: bool,
    /// Everything has loaded and the first page's results are gone with
    /// it: the first search of all the ideas is running.
    pub refilling: bool,
    /// Select this idea when the next results arrive (a new idea).
    pub select_after: Option<u64>,
    /// The query changed: its results are shown from the best match, as in
    /// fzf, rather than kept on the idea selected before.
    pub from_top: bool,
    /// The query bar: its text and the query it parses to.
    pub query: QueryBar,
    /// Bumped for every new query, so late results for an old one are dropped.
    pub generation: u64,
    /// The results: every hit (the count, the statistics, marking all and
    /// triage read them all), of which the first `ranked` are in result
    /// order. Only those are listed, selected and scrolled through: the
    /// rest of a large result is still being ordered (see
    /// [`App::listed`]).
    pub hits: Vec<Hit>,
    pub ranked: usize,
    pub facets: Facets,
    pub sidebar: SidebarState,
    pub list: ListState,
    pub focus: Focus,
    pub sort: SortKey,
    /// The terminal size.
    pub size: (u16, u16),
    pub detail: DetailPane,
    /// What the body shows: the panes, one idea, triage or statistics.
    pub screen: Screen,
    /// What is drawn over it (help, a prompt, the form, a dialog); the
    /// top one takes the keys.
    pub overlays: Overlays,
    pub now: Timestamp,
    /// A one-line message for the status bar (errors, confirmations).
    pub message: Option<String>,
    pub quit: bool,
    pub pending: Option<Pending>,
    pub undo: Vec<UndoStep>,
    pub redo: Vec<UndoStep>,
    /// The saved views, in their order, and how many ideas each shows.
    pub views: Arc<Vec<crate::domain::View>>,
    pub view_counts: Arc<Vec<Option<usize>>>,
    /// The keys in force (the defaults, changed by the config file).
    pub keymap: Arc<super::keymap::Keymap>,
    /// The keys of a sequence typed so far (`g` of `g g`).
    pub keys_pending: Vec<super::keymap::Key>,
    /// How the config file asks dates to be written (a chrono format);
    /// `None` when it does not say (see [`super::dates::format`]).
    pub date_format: Option<String>,
    /// The colours the screen is drawn in.
    pub theme: super::theme::Theme,
    /// Others' changes and the connection to a shared database.
    pub live: super::live_state::LiveState,
    /// Near-duplicates: the list's marks, the shown idea's likes.
    pub similar: super::similar_state::SimilarState,
    /// The rubric's stored versions (empty: only the default), for the
    /// totals of the reviews the detail shows.
    pub rubrics: Vec<crate::domain::Rubric>,
    /// How the panel combines its reviews and whether it is blind, as the
    /// database said at start.
    pub panel: crate::domain::panel::PanelSettings,
    /// Who runs the UI (the store's actor): under blind review they see
    /// an idea's reviews once they have made their own.
    pub me: String,
    /// The review pane whose review is being saved, until the store says
    /// it is (a refused save opens it again, nothing typed lost).
    pub review_saving: Option<Box<super::review_pane::ReviewPane>>,
    /// The database's reasons for decisions, for the reason menu.
    pub reasons: Arc<crate::domain::Reasons>,
    /// The next change saved joins the undo step before it (a reason
    /// picked right after its stage is undone with it).
    pub join_undo: bool,
    /// What the last assignment of reviewers asked (to offer it again).
    pub last_assignment: super::assign_plan::LastAssignment,
    /// The decided ideas' reasons, read for the statistics, and the
    /// `data_version` they were read at.
    pub decided: Option<(u64, Arc<crate::query::Decided>)>,
}

impl App {
    pub fn new(rows: Vec<Row>, now: Timestamp, size: (u16, u16)) -> App {
        App {
            catalog: Arc::new(Catalog::new(rows)),
            data_version: 0,
            searching: false,
            loading: false,
            refilling: false,
            select_after: None,
            from_top: false,
            query: QueryBar::new(super::strings::search_placeholder(
                &super::keymap::Keymap::default(),
            )),
            generation: 0,
            hits: Vec::new(),
            ranked: 0,
            facets: Facets::default(),
            sidebar: SidebarState::default(),
            list: ListState::default(),
            focus: Focus::List,
            sort: SortKey::default(),
            size,
            detail: DetailPane::default(),
            screen: Screen::Browse,
            overlays: Overlays::default(),
            now,
            message: None,
            quit: false,
            pending: None,
            undo: Vec::new(),
            redo: Vec::new(),
            views: Arc::default(),
            view_counts: Arc::default(),
            keymap: Arc::default(),
            keys_pending: Vec::new(),
            date_format: None,
            theme: super::theme::Theme::default(),
            live: super::live_state::LiveState::default(),
            similar: super::similar_state::SimilarState::default(),
            rubrics: Vec::new(),
            panel: Default::default(),
            me: String::new(),
            review_saving: None,
            reasons: Arc::default(),
            join_undo: false,
            last_assignment: Default::default(),
            decided: None,
        }
    }

    /// Changes wait until every idea is loaded, so none is made to a page
    /// that is about to be replaced: says so, when that is why nothing
    /// happens.
    pub fn still_loading(&mut self) -> bool {
        if self.loading {
            self.message = Some(crate::tr!("ui-still-loading"));
        }
        self.loading
    }

    /// The ideas a change applies to: the idea being triaged, else the
    /// marked ideas, else the selected one.
    pub fn targets(&self) -> Vec<u64> {
        if let Some(t) = self.screen.triage() {
            return t.current().into_iter().collect();
        }
        if !self.list.marked.is_empty() {
            let mut ids: Vec<u64> = self.list.marked.iter().copied().collect();
            ids.sort_unstable();
            return ids;
        }
        self.selected_id().into_iter().collect()
    }

    /// The id whose full record the detail (or triage) pane shows.
    pub fn shown_id(&self) -> Option<u64> {
        match self.screen.triage() {
            Some(t) => t.current(),
            None => self.selected_id(),
        }
    }

    /// Figures for the ideas shown, for the statistics view.
    pub fn compute_stats(&mut self) {
        let figures = {
            let cat = self.catalog();
            let mut f =
                crate::stats::Figures::of(self.hits.iter().map(|h| cat.row(h.index())), self.now);
            // Why they were declined and accepted, with the reasons read
            // last (none yet: each decision counts as given none until
            // they come, see stats_reasons.rs).
            let decided = self.decided.as_ref().map(|(_, d)| Arc::clone(d));
            f.reasons = Box::new(crate::stats::reasons::ReasonFigures::of(
                self.hits.iter().map(|h| cat.row(h.index())),
                &decided.unwrap_or_default(),
                &self.reasons,
            ));
            f
        };
        let scroll = self.screen.stats().map_or(0, |(_, s)| s);
        self.screen = Screen::Stats { figures, scroll };
    }

    /// The rows.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The hits the list shows, in result order: all of them, but for the
    /// rest of a large result while it is still being ordered.
    pub fn listed(&self) -> &[Hit] {
        &self.hits[..self.ranked.min(self.hits.len())]
    }

    /// Whether the idea with this id is among `hits`.
    fn position_in(&self, hits: &[Hit], id: u64) -> bool {
        let cat = self.catalog();
        hits.iter().any(|h| cat.row(h.index()).id == id)
    }

    /// The selected row, if any idea is shown.
    pub fn selected_row(&self) -> Option<Row> {
        let h = self.listed().get(self.list.selected)?;
        Some(self.catalog().row(h.index()).clone())
    }

    /// The id of the selected idea, if any idea is shown.
    pub fn selected_id(&self) -> Option<u64> {
        let h = self.listed().get(self.list.selected)?;
        Some(self.catalog().row(h.index()).id)
    }

    /// `12 of 2000 ideas`; while only the first page is loaded, what it
    /// is (`12 of the 500 newest ideas`), not a total it does not know.
    pub fn counts(&self) -> String {
        let total = self.catalog().len();
        let shown = self.hits.len();
        if self.refilling {
            crate::tr!("ui-counts-searching", total = total)
        } else if self.loading {
            crate::tr!("ui-counts-loading", shown = shown, total = total)
        } else {
            crate::tr!("ui-counts", shown = shown, total = total)
        }
    }

    /// The order the list is in: a query with words is ranked by how well
    /// they match, the chosen sort only breaking ties; triage walks the
    /// oldest first.
    pub fn order_name(&self) -> String {
        if self.screen.triage().is_some() {
            crate::tr!("ui-order-oldest-first")
        } else if self.query.parsed.has_fuzzy() {
            crate::tr!("ui-order-best-match-then", sort = &sort_name(self.sort))
        } else {
            sort_name(self.sort)
        }
    }

    /// What keys go to now, by name: the screen that is up, else the pane.
    pub fn place(&self) -> String {
        let place = if self.overlays.help().is_some() {
            "help"
        } else if self.overlays.review().is_some() {
            "review"
        } else {
            match self.screen {
                Screen::Stats { .. } => "statistics",
                Screen::Triage(_) => "triage",
                Screen::FullDetail => "full-detail",
                Screen::Browse if self.query.editing => "query",
                Screen::Browse => self.focus.name(),
            }
        };
        let id = format!("ui-place-{place}");
        crate::i18n::texts().get(&id, &[])
    }

    pub fn areas(&self) -> Areas {
        Areas::compute(
            self.size,
            self.screen.is_full_detail(),
            self.sidebar.visible,
        )
    }

    /// A search for the current query, sort and marks, newer than any
    /// before it.
    pub fn search(&mut self) -> super::msg::Effect {
        self.generation += 1;
        self.searching = true;
        super::msg::Effect::Search(self.generation)
    }

    /// The request the current state asks for.
    pub fn search_request(&self, generation: u64) -> Request {
        Request {
            generation,
            query: self.query.parsed.clone(),
            sort: self.sort,
            marked: self.list.marked.clone(),
            now: self.now,
            data_version: self.data_version,
            // The sidebar shows no view counts until every idea is loaded
            // (see `refresh_sidebar`), so none are asked for: counting a
            // view such as `My reviews` (panel:me) reads every idea, and
            // the first frame waited a third of a second for it at 100,000.
            views: if self.loading {
                Arc::default()
            } else {
                Arc::clone(&self.views)
            },
        }
    }

    /// Rebuilds the sidebar from the facets, views and query.
    pub fn refresh_sidebar(&mut self) {
        // Counts over the first page would be wrong: none until all loaded.
        let counts: &[Option<usize>] = if self.loading { &[] } else { &self.view_counts };
        self.sidebar.items = sidebar::items(&self.facets, &self.query.parsed, &self.views, counts);
        self.sidebar.cursor = self
            .sidebar
            .cursor
            .min(self.sidebar.items.len().saturating_sub(1));
    }

    /// Shows a search's results, keeping the selection on the same idea
    /// where it can (or moving it to the idea asked for).
    ///
    /// An early answer (the first hits in order, the rest still being
    /// ordered) is shown only when the selection it should keep is among
    /// those first hits; else the list stays as it was until the complete
    /// answer comes, so the cursor never lands on a place it must leave.
    pub fn show_results(&mut self, outcome: Outcome) {
        let early = outcome.ranked < outcome.hits.len();
        let wanted = self
            .select_after
            .or_else(|| (!self.from_top).then(|| self.selected_id()).flatten());
        if early
            && let Some(id) = wanted
            && !self.position_in(&outcome.hits[..outcome.ranked], id)
        {
            return;
        }
        let from_top = std::mem::take(&mut self.from_top);
        let keep = self
            .select_after
            .take()
            .or_else(|| (!from_top).then(|| self.selected_id()).flatten());
        self.hits = outcome.hits.as_ref().clone();
        self.ranked = outcome.ranked;
        self.facets = outcome.facets;
        self.view_counts = outcome.view_counts;
        self.searching = early;
        self.refilling = false;
        if self.screen.stats().is_some() {
            self.compute_stats();
        }
        self.refresh_sidebar();
        let position = keep.and_then(|id| {
            let cat = self.catalog();
            self.listed()
                .iter()
                .position(|h| cat.row(h.index()).id == id)
        });
        // Someone else's change took the selected idea out of the results:
        // the cursor stays where it was, on the idea that took its place.
        let hold = std::mem::take(&mut self.live.hold_place) && !from_top;
        match position {
            Some(p) => self.list.selected = p,
            None if hold && !self.listed().is_empty() => {
                self.list.selected = self.list.selected.min(self.listed().len() - 1);
            }
            None => {
                self.list.selected = 0;
                self.list.offset = 0;
            }
        }
    }
}

/// A sort order as the status line names it (`updated`, `по изменению`);
/// the config file and the query language keep its English name.
pub fn sort_name(sort: SortKey) -> String {
    let id = format!("ui-sort-{}", sort.name());
    crate::i18n::texts()
        .find(&id, &[])
        .unwrap_or_else(|| sort.name().to_string())
}
