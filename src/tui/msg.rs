//! The verbs of the UI: every key, click and result becomes a [`Msg`], and
//! [`super::update::update`] answers with the [`Effect`]s to carry out.

use crate::domain::{Idea, Sector, Stage};
use crate::ideas::Change;

/// An undo (or, `redo`, a redo) that could not be written.
#[derive(Debug, Clone, PartialEq)]
pub struct RefusedStep {
    pub redo: bool,
    pub label: String,
    /// The step as it was on its stack.
    pub changes: Vec<Change>,
}

/// A movement of the cursor in the focused pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    HalfUp,
    HalfDown,
}

/// Something that happened, by the part of the UI it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Moving through the list, the sidebar and the panes.
    List(ListMsg),
    /// The query bar.
    Query(QueryMsg),
    /// What is on screen as a whole: help, statistics, size, quit.
    Screen(ScreenMsg),
    /// Saved views.
    Views(ViewMsg),
    /// Changing the selected, marked or triaged ideas.
    Change(ChangeMsg),
    /// The one-line prompt (a note, the assignee, a view's name).
    Prompt(PromptMsg),
    /// Triage, one idea at a time.
    Triage(TriageMsg),
    /// The form for an idea, and the external editor.
    Form(FormMsg),
    /// The review pane: a reviewer's scores, confidence and comment.
    Review(ReviewMsg),
    /// An answer in a dialog (`y`, `n`, `e`, `d`, Esc as `\u{1b}`).
    DialogKey(char),
    /// The first key of a two-key sequence (wait for the next), or `None`
    /// when the keys so far make no binding.
    Keys(Option<crate::keys::Key>),
    /// What the runtime reports back: results, loaded and stored data.
    Reply(Reply),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ListMsg {
    Move(Step),
    FocusNext,
    FocusPrev,
    ToggleSidebar,
    CycleSort,
    /// `Space` in the sidebar: tick or untick the facet under the cursor.
    ToggleFacet,
    /// `Enter`: open the selected idea (full screen on narrow terminals).
    Open,
    /// `Esc` outside the query bar: close what is open.
    Back,
    Click(u16, u16),
    Scroll(i32),
}

#[derive(Debug, Clone, PartialEq)]
pub enum QueryMsg {
    /// `/`: start editing the query.
    EditQuery,
    /// A key typed into the query bar.
    QueryInput(ratatui_textarea::Input),
    /// `Enter` in the query bar: keep the query.
    AcceptQuery,
    /// `Esc` in the query bar: clear the query.
    ClearQuery,
    /// A readline edit of the query bar (`Ctrl-u`, `Ctrl-w`, `Alt-b` …).
    QueryEdit(super::line_edit::LineEdit),
    /// `s`: the ideas like the selected one (the query `similar:N`).
    ShowSimilar,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ScreenMsg {
    ToggleHelp,
    /// `v`: the statistics view of the current query, and back.
    ToggleStats,
    Quit,
    Resize(u16, u16),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ViewMsg {
    /// `w`: save the query as a view (asks for a name).
    SaveView,
    /// Rename the view under the sidebar cursor.
    RenameView,
    /// Delete the view under the sidebar cursor (asks first).
    DeleteView,
    /// `]` and `[`: the next or previous view.
    NextView,
    PrevView,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ChangeMsg {
    /// Set the sector of the selected, marked or triaged ideas.
    SetSector(Sector),
    /// `S`: the next key picks a stage.
    StagePrefix,
    SetStage(Stage),
    /// `*`: the next key picks a score.
    ScorePrefix,
    SetScore(Option<u8>),
    /// `Esc` after a prefix key.
    CancelPrefix,
    /// After a decision's stage key: the reason numbered N (1-9) in the
    /// menu of those that fit.
    PickReason(u8),
    /// `Enter` or `Esc` in the reason menu: no reason (the stage stays).
    SkipReason,
    ToggleMark,
    MarkAll,
    Archive,
    Undo,
    Redo,
    /// `a`: write a note.
    AddNote,
    /// `A`: set the assignee.
    SetAssignee,
    /// `D`: mark as a duplicate of an idea (asks which, the likest first).
    MarkDuplicate,
    /// `N`: not a duplicate of an idea (asks which, the likest first).
    NotDuplicate,
    /// `P`: assign reviewers to the marked ideas (asks who and how many,
    /// shows the plan, asks again).
    AssignReviewers,
}

impl ChangeMsg {
    /// Whether it changes ideas, and so waits until every idea is loaded.
    pub fn waits_for_loading(&self) -> bool {
        !matches!(
            self,
            ChangeMsg::CancelPrefix
                | ChangeMsg::ToggleMark
                | ChangeMsg::MarkAll
                | ChangeMsg::SkipReason
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PromptMsg {
    /// A key typed into the open prompt.
    PromptInput(ratatui_textarea::Input),
    PromptSubmit,
    PromptCancel,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TriageMsg {
    StartTriage,
    TriageSkip,
    /// `u` in triage: back one idea, undoing what was done to it.
    TriageBack,
    LeaveTriage,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FormMsg {
    /// `n`: the form for a new idea.
    NewIdea,
    /// `e`: the form for the selected idea.
    EditIdea,
    /// `E`: the selected idea in $VISUAL / $EDITOR.
    ExternalEdit,
    FormNext,
    FormPrev,
    FormInput(ratatui_textarea::Input),
    FormSave,
    FormCancel,
}

impl FormMsg {
    /// Whether it opens an idea to change, and so waits until every idea
    /// is loaded.
    pub fn waits_for_loading(&self) -> bool {
        matches!(
            self,
            FormMsg::NewIdea | FormMsg::EditIdea | FormMsg::ExternalEdit
        )
    }
}

/// The review pane (issue 18, point 2).
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewMsg {
    /// `R`: review the shown idea, from one's own review if there is one.
    Open,
    /// A digit: scores the criterion (or gives the confidence) and goes on.
    Digit(u8),
    /// The next or previous step: a criterion, the confidence, the
    /// comment, Save.
    Next,
    Prev,
    /// `Enter`: keeps the digits typed and goes on; on Save, saves.
    Confirm,
    /// Clears the score (or confidence) of the step.
    Clear,
    Save,
    /// `Esc`: closes the pane, asking first if anything was typed.
    Cancel,
    /// A key typed into the comment (or a non-digit on a score).
    Input(ratatui_textarea::Input),
}

/// What the runtime reports back after carrying out an effect (or from
/// the threads it owns).
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// The whole database has loaded (the UI started on its newest ideas).
    Loaded(Handover<crate::query::Catalog>),
    /// A search finished.
    Results(Box<crate::search::Outcome>),
    /// The full record of the selected idea arrived.
    DetailLoaded(u64, Option<Box<Idea>>),
    /// Near-duplicates were found: the list's marks, the shown idea's likes.
    Similar(Box<super::similar_state::Found>),
    /// Something went wrong outside update (a read failed).
    Failed(String),
    /// A change was refused and nothing of it saved (a full disk): why,
    /// what is stored now of the ideas it would have changed (`None`: not
    /// there, or it could not be read), and the undo or redo step it was,
    /// to give back.
    Refused {
        message: String,
        stored: Vec<(u64, Option<Idea>)>,
        step: Option<RefusedStep>,
    },
    /// The views were saved; these are all of them now.
    ViewsChanged {
        views: Vec<crate::domain::View>,
        message: String,
    },
    /// The external editor returned this text for this idea (None = new).
    EditorDone {
        id: Option<u64>,
        before: String,
        after: String,
    },
    /// Changes were stored; `label` says what was done.
    Saved {
        label: String,
        changes: Vec<Change>,
        triage_next: bool,
    },
    /// An undo (or redo, when `redo`) was stored.
    Restored {
        label: String,
        changes: Vec<Change>,
        redo: bool,
    },
    /// The idea to review, as stored now, with the rubric it is scored
    /// by, every stored version of it, and who reviews (the actor).
    ReviewReady {
        idea: Box<Idea>,
        rubric: crate::domain::Rubric,
        rubrics: Vec<crate::domain::Rubric>,
        reviewer: String,
    },
    /// The stored versions of the rubric, for the totals of reviews made
    /// with one the UI did not have.
    Rubrics(Vec<crate::domain::Rubric>),
    /// Others changed these ideas (or views) in the shared database.
    Remote(Box<super::live_state::Remote>),
    /// The connection to the database was lost (why), or is back (`None`).
    Connection(Option<String>),
    /// A change was not saved: someone else changed the same field since
    /// (`message` says who and what). `stored` as in `Refused`; `retry`
    /// saves it over theirs, if the person asks for that.
    Clashed {
        message: String,
        stored: Vec<(u64, Option<Idea>)>,
        retry: Box<Effect>,
    },
    /// The plan for assigning reviewers, made; to show and ask about.
    AssignPlan(Box<super::assign_plan::Proposal>),
    /// The decided ideas' reasons, as stored at this `data_version`.
    Decided(u64, Handover<crate::query::Decided>),
}

/// Something big handed to update once (the loaded catalog), so messages
/// can stay plain values that compare and print.
pub struct Handover<T>(std::sync::Arc<std::sync::Mutex<Option<T>>>);

impl<T> Clone for Handover<T> {
    fn clone(&self) -> Self {
        Handover(std::sync::Arc::clone(&self.0))
    }
}

impl<T> Handover<T> {
    pub fn new(value: T) -> Handover<T> {
        Handover(std::sync::Arc::new(std::sync::Mutex::new(Some(value))))
    }

    /// The value, the first time it is asked for.
    pub fn take(&self) -> Option<T> {
        self.0.lock().ok()?.take()
    }
}

impl<T> std::fmt::Debug for Handover<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Handover(..)")
    }
}

impl<T> PartialEq for Handover<T> {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Eq for Handover<T> {}

/// Work for the runtime: I/O that update does not do itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Search for the current query (tagged with its generation).
    Search(u64),
    /// Put these stored changes' rows into the catalog (the runtime owns
    /// it and shares it with the search worker).
    ApplyRows(Vec<Change>),
    /// Replace the catalog with the whole database, loaded.
    InstallCatalog(Handover<crate::query::Catalog>),
    /// Read the full record of this idea for the detail pane.
    LoadDetail(u64),
    /// Read this idea and the rubric to open the review pane on it.
    OpenReview(u64),
    /// Find near-duplicates: the list's marks, the shown idea's likes.
    FindSimilar(super::similar_state::Ask),
    /// Settle `ids` against `other`: marked its duplicates (declined), or
    /// not duplicates of it (written on both). Stored like an `Edit`.
    Pair {
        ids: Vec<u64>,
        other: u64,
        duplicate: bool,
        label: String,
        triage_next: bool,
    },
    /// Apply edits to these ideas and store them.
    /// `triage_next`: then move triage on to the next idea.
    Edit {
        ids: Vec<u64>,
        edits: Vec<crate::domain::Edit>,
        label: String,
        triage_next: bool,
    },
    /// Store a new idea.
    Create(Box<Idea>),
    /// Store a changed idea (before, after).
    Replace(Box<Idea>, Box<Idea>),
    /// Write these states back (undo when `redo` is false).
    Restore {
        changes: Vec<Change>,
        label: String,
        redo: bool,
    },
    /// Save a view, in place of the view named `replacing`.
    SaveView {
        replacing: Option<String>,
        view: crate::domain::View,
    },
    /// Delete the view with this name.
    DeleteView(String),
    /// The change (an `Edit` or a `Replace`) saved over someone else's
    /// change to the same field, on purpose.
    Overwrite(Box<Effect>),
    /// Hand the terminal to the user's editor with this text.
    OpenEditor {
        id: Option<u64>,
        text: String,
    },
    Quit,
    /// Plan the assignment of these reviewers to these ideas, `per_idea`
    /// each (the ideas and conflicts as stored now).
    PlanAssignment {
        ids: Vec<u64>,
        reviewers: Vec<String>,
        per_idea: usize,
    },
    /// Apply the plan asked about, in one commit.
    Assign(Box<super::assign_plan::Proposal>),
    /// Read the decided ideas' reasons, for the statistics (tagged with
    /// the `data_version` asked at).
    ReadDecided(u64),
}
