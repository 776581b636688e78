//! A batch of changes, the same for every engine: new and changed ideas,
//! each with the stored idea it was based on, removed ideas, and view
//! changes, applied together by [`super::Engine::commit`].

use super::version::{Version, Versioned};
use crate::domain::assign_conflicts::DeclaredConflict;
use crate::domain::panel::PanelSettings;
use crate::domain::{Idea, Reason, Rubric, View};
use crate::similar::{self, Signature};
use std::collections::{BTreeMap, HashMap};

/// Pending changes, applied together by a commit.
pub struct Writes {
    /// The next id [`Writes::allocate`] gives.
    pub(super) next_id: u64,
    /// Each idea to store, with the stored idea it was based on (`None`: a
    /// new idea).
    pub(super) puts: BTreeMap<u64, (Idea, Option<Versioned>)>,
    /// Ideas to remove, as they were read.
    pub(super) deletes: BTreeMap<u64, Versioned>,
    /// View changes in order: (the view replaced or deleted, the new one).
    pub(super) views: Vec<(Option<String>, Option<View>)>,
    /// Set by the first commit that gives the default views.
    pub(super) views_seeded: bool,
    /// New versions of the rubric, each refused if its version is taken.
    pub(super) rubrics: Vec<Rubric>,
    /// The panel's new settings (`sprout panel`), if they change.
    pub(super) panel: Option<PanelSettings>,
    /// The declared conflicts of interest to store in place of the list
    /// read, `(read, new)`: refused whole if the list changed meanwhile.
    pub(super) conflicts: Option<(Vec<DeclaredConflict>, Vec<DeclaredConflict>)>,
    /// Reasons added, changed or marked removed, a record per key (the
    /// last one given for a key wins).
    pub(super) reasons: Vec<Reason>,
    /// Near-duplicate signatures already made of some texts (an import
    /// makes them to check its records), by [`similar::text_key`], so that
    /// an engine keeping them beside the rows need not make them again.
    pub(super) signatures: Signatures,
}

/// See [`Writes::signatures`]: shared by the parts a large write is cut in.
pub type Signatures = std::sync::Arc<HashMap<u64, Option<Signature>>>;

impl Writes {
    /// An empty batch whose new ideas get ids from `next_id` on.
    pub(super) fn new(next_id: u64) -> Writes {
        Writes {
            next_id,
            puts: BTreeMap::new(),
            deletes: BTreeMap::new(),
            views: Vec::new(),
            views_seeded: false,
            rubrics: Vec::new(),
            panel: None,
            conflicts: None,
            reasons: Vec::new(),
            signatures: Signatures::default(),
        }
    }

    /// Tells the batch the signatures of some texts, made already, by
    /// their [`similar::text_key`].
    pub fn know_signatures(&mut self, made: impl IntoIterator<Item = (u64, Option<Signature>)>) {
        std::sync::Arc::make_mut(&mut self.signatures).extend(made);
    }

    /// Every signature the batch was told, by [`similar::text_key`].
    pub fn signatures(&self) -> Signatures {
        std::sync::Arc::clone(&self.signatures)
    }

    /// The signature of `idea`'s text, if the batch was told it (`Some(None)`:
    /// the text has none).
    pub fn signature_of(&self, idea: &Idea) -> Option<Option<Signature>> {
        self.signatures.get(&similar::text_key(idea)).copied()
    }

    /// Gives out the next id; ids already put are never given.
    pub fn allocate(&mut self) -> u64 {
        while self.puts.contains_key(&self.next_id) {
            self.next_id += 1;
        }
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Stores `idea` (its id set). `base` is the stored idea the change
    /// was made from, as read (`None` for a new idea): the commit is
    /// refused if the idea is no longer at that version, or, for a new
    /// idea, if one with its id exists.
    pub fn put(&mut self, idea: Idea, base: Option<Versioned>) {
        if idea.id >= self.next_id {
            self.next_id = idea.id + 1;
        }
        // Put twice in one batch: it is still based on what was first read.
        let base = match self.puts.remove(&idea.id) {
            Some((_, earlier)) => earlier,
            None => base,
        };
        self.deletes.remove(&idea.id);
        self.puts.insert(idea.id, (idea, base));
    }

    /// An idea this batch stores, as it will be stored (the import's
    /// near-duplicate check reads the records before it through this).
    pub fn pending(&self, id: u64) -> Option<&Idea> {
        self.puts.get(&id).map(|(idea, _)| idea)
    }

    /// Every idea put, by id.
    pub fn put_ideas(&self) -> impl Iterator<Item = &Idea> {
        self.puts.values().map(|(idea, _)| idea)
    }

    /// Removes a stored idea, as read (only undoing its creation does
    /// this). Its id is not given out again.
    pub fn delete(&mut self, stored: Versioned) {
        self.puts.remove(&stored.idea.id);
        self.deletes.insert(stored.idea.id, stored);
    }

    /// Saves `view`, in place of the view named `replacing` when given
    /// (a rename or a change of query keeps the view's place).
    pub fn save_view(&mut self, replacing: Option<&str>, view: View) {
        self.views.push((replacing.map(str::to_string), Some(view)));
    }

    /// Deletes the view named `name`.
    pub fn delete_view(&mut self, name: &str) {
        self.views.push((Some(name.to_string()), None));
    }

    /// Stores `rubric` as a new version of the database's rubric (its
    /// `version` set): the commit is refused whole if someone stored that
    /// version first.
    pub fn save_rubric(&mut self, rubric: Rubric) {
        self.rubrics.push(rubric);
    }

    /// Stores the panel's settings (how reviews combine, blind review).
    pub fn save_panel_settings(&mut self, settings: PanelSettings) {
        self.panel = Some(settings);
    }

    /// Stores `list` as the database's declared conflicts of interest, in
    /// place of `read` (the list as read): the commit is refused whole if
    /// someone changed the list first.
    pub fn set_conflicts(&mut self, read: Vec<DeclaredConflict>, list: Vec<DeclaredConflict>) {
        let read = match self.conflicts.take() {
            Some((earlier, _)) => earlier,
            None => read,
        };
        self.conflicts = Some((read, list));
    }

    /// Stores `reason` under its key, in place of what was stored there
    /// (see [`crate::domain::reason`]: a removal is a record marked so).
    pub fn save_reason(&mut self, reason: Reason) {
        self.reasons.retain(|r| r.key != reason.key);
        self.reasons.push(reason);
    }

    /// Never gives out an id below `next`, and leaves the database's id
    /// counter at least there: a copy keeps the counter of what it copies
    /// (ids of deleted ideas are not given again there either).
    pub fn keep_ids_below(&mut self, next: u64) {
        self.next_id = self.next_id.max(next);
    }

    /// An empty batch whose new ideas get ids after this one's: the next
    /// chunk of a large write.
    pub fn follow_on(&self) -> Writes {
        Writes::new(self.next_id)
    }

    /// Takes in a later batch: its puts as if put here (an idea put in
    /// both stays based on what this batch read), its removals and views
    /// after these.
    pub fn absorb(&mut self, later: Writes) {
        self.next_id = self.next_id.max(later.next_id);
        for (_, (idea, base)) in later.puts {
            self.put(idea, base);
        }
        for (_, stored) in later.deletes {
            self.delete(stored);
        }
        self.views.extend(later.views);
        self.views_seeded |= later.views_seeded;
        self.rubrics.extend(later.rubrics);
        self.panel = later.panel.or(self.panel);
        if let Some((read, list)) = later.conflicts {
            self.set_conflicts(read, list);
        }
        for r in later.reasons {
            self.save_reason(r);
        }
    }

    /// How many ideas it puts (new or changed).
    pub fn puts_len(&self) -> usize {
        self.puts.len()
    }

    pub fn len(&self) -> usize {
        self.puts.len()
            + self.deletes.len()
            + self.views.len()
            + self.rubrics.len()
            + usize::from(self.panel.is_some())
            + usize::from(self.conflicts.is_some())
            + self.reasons.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The version a put writes: one past the version it was based on.
pub(super) fn next_version(base: Option<&Versioned>) -> Version {
    base.map_or(1, |b| b.version + 1)
}
