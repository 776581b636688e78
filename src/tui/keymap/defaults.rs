//! The default key table. Each row: mode, action name (for the config
//! file), keys, message, help text, status-line hint.

use super::binding::{Binding, alt, code, ctrl, key};
use crate::domain::{Named, Sector, Stage};
use crate::keys::KeyCode;
use crate::keys::{Context, Key, Seq};
use crate::tui::line_edit::LineEdit;
use crate::tui::msg::{
    ChangeMsg, FormMsg, ListMsg, Msg, PromptMsg, QueryMsg, ReviewMsg, ScreenMsg, Step, TriageMsg,
    ViewMsg,
};

/// The default bindings.
#[rustfmt::skip]
pub(super) fn defaults() -> Vec<Binding> {
    use Context::*;
    let one = |k: Key| Seq(vec![k]);
    let b = |context, action, keys: Vec<Key>, msg, help, hint| Binding {
        context,
        action,
        keys: keys.into_iter().map(one).collect(),
        msg,
        help,
        group: None,
        hint,
    };
    let mut t = vec![
        b(Browse, "move-down", vec![key('j'), code(KeyCode::Down)], Msg::List(ListMsg::Move(Step::Down)), "move down", None),
        b(Browse, "move-up", vec![key('k'), code(KeyCode::Up)], Msg::List(ListMsg::Move(Step::Up)), "move up", None),
        b(Browse, "top", vec![key('g'), code(KeyCode::Home)], Msg::List(ListMsg::Move(Step::Top)), "go to the top", None),
        b(Browse, "bottom", vec![key('G'), code(KeyCode::End)], Msg::List(ListMsg::Move(Step::Bottom)), "go to the bottom", None),
        b(Browse, "page-down", vec![code(KeyCode::PageDown)], Msg::List(ListMsg::Move(Step::PageDown)), "page down", None),
        b(Browse, "page-up", vec![code(KeyCode::PageUp)], Msg::List(ListMsg::Move(Step::PageUp)), "page up", None),
        b(Browse, "half-page-down", vec![ctrl('d')], Msg::List(ListMsg::Move(Step::HalfDown)), "half a page down", None),
        b(Browse, "half-page-up", vec![ctrl('u')], Msg::List(ListMsg::Move(Step::HalfUp)), "half a page up", None),
        b(Browse, "search", vec![key('/')], Msg::Query(QueryMsg::EditQuery), "search: edit the query", Some("search")),
        b(Browse, "stats", vec![key('v')], Msg::Screen(ScreenMsg::ToggleStats), "statistics of the ideas shown", Some("stats")),
        b(Browse, "triage", vec![key('t')], Msg::Triage(TriageMsg::StartTriage), "triage the new ideas shown, oldest first", Some("triage")),
    ];
    t.extend(sectors(Browse, None));
    t.extend([
        b(Browse, "stage-key", vec![key('S')], Msg::Change(ChangeMsg::StagePrefix), "set the stage: this key, then a stage key", Some("stage")),
        b(Browse, "score-key", vec![key('*')], Msg::Change(ChangeMsg::ScorePrefix), "set the score: this key, then 1-5 (0 clears)", None),
        b(Browse, "note", vec![key('a')], Msg::Change(ChangeMsg::AddNote), "add a note", Some("note")),
        b(Browse, "assignee", vec![key('A')], Msg::Change(ChangeMsg::SetAssignee), "set the assignee", None),
        b(Browse, "review", vec![key('R')], Msg::Review(ReviewMsg::Open), REVIEW_HELP, None),
        b(Browse, "assign-reviewers", vec![key('P')], Msg::Change(ChangeMsg::AssignReviewers), "assign reviewers to the marked ideas (or this one) fairly, as sprout assign does: asks who and how many per idea, shows the plan, applies it on y", None),
        b(Browse, "new", vec![key('n')], Msg::Form(FormMsg::NewIdea), "new idea (form)", None),
        b(Browse, "edit", vec![key('e')], Msg::Form(FormMsg::EditIdea), "edit the idea in a form", Some("edit")),
        b(Browse, "external-edit", vec![key('E')], Msg::Form(FormMsg::ExternalEdit), "edit the idea in $VISUAL / $EDITOR", None),
        b(Browse, "mark", vec![key(' ')], Msg::Change(ChangeMsg::ToggleMark), "mark or unmark the idea, then move down", None),
        b(Browse, "mark-all", vec![key('V')], Msg::Change(ChangeMsg::MarkAll), "mark every idea shown", None),
        b(Browse, "similar", vec![key('s')], Msg::Query(QueryMsg::ShowSimilar), "similar ideas: list those like the selected one, the likest first (the query similar:N)", None),
        b(Browse, "mark-duplicate", vec![key('D')], Msg::Change(ChangeMsg::MarkDuplicate), "mark as a duplicate of an idea (asks which, offering the likest): declined, linked to it", None),
        b(Browse, "not-duplicate", vec![key('N')], Msg::Change(ChangeMsg::NotDuplicate), "not a duplicate of an idea (asks which, offering the likest): never flagged again", None),
        b(Browse, "archive", vec![key('x')], Msg::Change(ChangeMsg::Archive), "archive the selected or marked ideas (restore them if all are archived)", None),
        b(Browse, "undo", vec![key('u')], Msg::Change(ChangeMsg::Undo), "undo the last change", Some("undo")),
        b(Browse, "redo", vec![ctrl('r')], Msg::Change(ChangeMsg::Redo), "redo", None),
        b(Browse, "save-view", vec![key('w')], Msg::Views(ViewMsg::SaveView), "save the query and the sort as a view (it shows in the sidebar)", Some("save view")),
        b(Browse, "next-view", vec![key(']')],
            Msg::Views(ViewMsg::NextView),
            "the next saved view",
            None,
        ),
        b(Browse, "previous-view", vec![key('[')], Msg::Views(ViewMsg::PrevView), "the previous saved view", None), b(Browse, "focus-next", vec![code(KeyCode::Tab)], Msg::List(ListMsg::FocusNext), "focus the next pane", None), b(Browse, "focus-previous", vec![code(KeyCode::BackTab)], Msg::List(ListMsg::FocusPrev), "focus the previous pane", None), b(Browse, "sidebar", vec![key('f')], Msg::List(ListMsg::ToggleSidebar), "show or hide the filter sidebar", None), b(Browse, "sort", vec![key('o')], Msg::List(ListMsg::CycleSort), "cycle the sort order", Some("sort")), b(Browse, "open", vec![code(KeyCode::Enter)], Msg::List(ListMsg::Open), "open the selected idea full screen", None), b(Browse, "back", vec![code(KeyCode::Esc)], Msg::List(ListMsg::Back), "back to the list / clear the marks", None), b(Browse, "help", vec![key('?')], Msg::Screen(ScreenMsg::ToggleHelp), "help: every key", Some("help")), b(Browse, "quit", vec![key('q'), ctrl('c')], Msg::Screen(ScreenMsg::Quit), "quit", Some("quit")), b(Sidebar, "choose", vec![key(' '), code(KeyCode::Enter)], Msg::List(ListMsg::ToggleFacet), "tick or untick the filter; on a view, use its query", Some("tick")), b(Sidebar, "rename-view", vec![key('r')], Msg::Views(ViewMsg::RenameView), "rename the view under the cursor", None), b(Sidebar, "delete-view", vec![key('d')], Msg::Views(ViewMsg::DeleteView), "delete the view under the cursor (asks first)", None)]);
    t.push(b(Sidebar, "back", vec![code(KeyCode::Esc)], Msg::List(ListMsg::Back), "back to the list", Some("back")));
    t.extend(stages(StagePrefix, true, "the stage"));
    t.push(b(
        StagePrefix,
        "cancel",
        vec![code(KeyCode::Esc)],
        Msg::Change(ChangeMsg::CancelPrefix),
        "cancel",
        Some("cancel"),
    ));
    for n in 1..=5u8 {
        let c = char::from(b'0' + n);
        t.push(Binding {
            context: ScorePrefix,
            action: ["score-1", "score-2", "score-3", "score-4", "score-5"][usize::from(n - 1)],
            keys: vec![one(key(c))],
            msg: Msg::Change(ChangeMsg::SetScore(Some(n))),
            help: ["1", "2", "3", "4", "5"][usize::from(n - 1)],
            group: Some("the score"),
            hint: Some("score"),
        });
    }
    t.extend([
        Binding {
            context: ScorePrefix,
            action: "score-clear",
            keys: vec![one(key('0'))],
            msg: Msg::Change(ChangeMsg::SetScore(None)),
            help: "clears it",
            group: Some("the score"),
            hint: Some("score"),
        },
        b(ScorePrefix, "cancel", vec![code(KeyCode::Esc)], Msg::Change(ChangeMsg::CancelPrefix), "cancel", Some("cancel")),
    ]);
    t.extend(reasons());
    t.extend(sectors(Triage, Some("sector")));
    t.extend(stages(
        Triage,
        false,
        "set the stage and go to the next idea",
    ));
    t.extend([
        b(Triage, "skip", vec![key(' ')], Msg::Triage(TriageMsg::TriageSkip), "skip to the next idea", Some("skip")),
        b(Triage, "note", vec![key('a')], Msg::Change(ChangeMsg::AddNote), "add a note", Some("note")),
        b(Triage, "review", vec![key('R')], Msg::Review(ReviewMsg::Open), REVIEW_HELP, None),
        b(Triage, "mark-duplicate", vec![key('D')], Msg::Change(ChangeMsg::MarkDuplicate), "a duplicate of an idea (asks which, offering the likest): declined, then the next idea", Some("duplicate")),
        b(Triage, "not-duplicate", vec![key('N')], Msg::Change(ChangeMsg::NotDuplicate), "not a duplicate of an idea (asks which, offering the likest)", None),
        b(Triage, "back", vec![key('u')], Msg::Triage(TriageMsg::TriageBack), "back one idea, undoing what was done to it", Some("back")),
        b(Triage, "leave", vec![code(KeyCode::Esc)], Msg::Triage(TriageMsg::LeaveTriage), "leave triage", Some("leave")),
        b(Triage, "scroll-down", vec![key('j'), code(KeyCode::Down)], Msg::List(ListMsg::Move(Step::Down)), "scroll the idea down", None),
        b(Triage, "scroll-up", vec![key('k'), code(KeyCode::Up)], Msg::List(ListMsg::Move(Step::Up)), "scroll the idea up", None),
        b(Triage, "help", vec![key('?')], Msg::Screen(ScreenMsg::ToggleHelp), "help", None),
        b(Triage, "quit", vec![ctrl('c')], Msg::Screen(ScreenMsg::Quit), "quit", None),
        b(Stats, "back", vec![key('v'), code(KeyCode::Esc)], Msg::Screen(ScreenMsg::ToggleStats), "back to the list", Some("back")),
        b(Stats, "scroll-down", vec![key('j'), code(KeyCode::Down)], Msg::List(ListMsg::Move(Step::Down)), "scroll down", None),
        b(Stats, "scroll-up", vec![key('k'), code(KeyCode::Up)], Msg::List(ListMsg::Move(Step::Up)), "scroll up", None),
        b(Stats, "page-down", vec![code(KeyCode::PageDown)], Msg::List(ListMsg::Move(Step::PageDown)), "page down", None),
        b(Stats, "page-up", vec![code(KeyCode::PageUp)], Msg::List(ListMsg::Move(Step::PageUp)), "page up", None),
        b(Stats, "top", vec![key('g'), code(KeyCode::Home)], Msg::List(ListMsg::Move(Step::Top)), "go to the top", None),
        b(Stats, "bottom", vec![key('G'), code(KeyCode::End)], Msg::List(ListMsg::Move(Step::Bottom)), "go to the bottom", None),
        b(Stats, "help", vec![key('?')], Msg::Screen(ScreenMsg::ToggleHelp), "help", Some("help")),
        b(Stats, "quit", vec![key('q'), ctrl('c')], Msg::Screen(ScreenMsg::Quit), "quit", Some("quit")),
        b(Query, "keep", vec![code(KeyCode::Enter)], Msg::Query(QueryMsg::AcceptQuery), "keep the query", Some("keep")),
        b(Query, "clear", vec![code(KeyCode::Esc)], Msg::Query(QueryMsg::ClearQuery), "clear the query", Some("clear")),
        b(Query, "line-start", vec![ctrl('a'), code(KeyCode::Home)], Msg::Query(QueryMsg::QueryEdit(LineEdit::Start)), "to the start of the query", None),
        b(Query, "line-end", vec![ctrl('e'), code(KeyCode::End)], Msg::Query(QueryMsg::QueryEdit(LineEdit::End)), "to the end of the query", None),
        b(Query, "word-back", vec![alt('b')], Msg::Query(QueryMsg::QueryEdit(LineEdit::WordBack)), "back a word", None),
        b(Query, "word-forward", vec![alt('f')], Msg::Query(QueryMsg::QueryEdit(LineEdit::WordForward)), "forward a word", None),
        b(Query, "delete-term", vec![ctrl('w')], Msg::Query(QueryMsg::QueryEdit(LineEdit::DeleteTermBack)), "delete the term before the cursor", Some("delete term")),
        b(Query, "delete-to-start", vec![ctrl('u')], Msg::Query(QueryMsg::QueryEdit(LineEdit::DeleteToStart)), "delete to the start", None),
        b(Query, "delete-to-end", vec![ctrl('k')], Msg::Query(QueryMsg::QueryEdit(LineEdit::DeleteToEnd)), "delete to the end", None),
        b(Query, "quit", vec![ctrl('c')], Msg::Screen(ScreenMsg::Quit), "quit", None),
        b(Prompt, "save-line", vec![code(KeyCode::Enter)], Msg::Prompt(PromptMsg::PromptSubmit), "save a one-line prompt (assignee, view name); in a note it starts a new line", Some("save")),
        b(Prompt, "save", vec![ctrl('s')], Msg::Prompt(PromptMsg::PromptSubmit), "save", Some("save")),
        b(Prompt, "cancel", vec![code(KeyCode::Esc)], Msg::Prompt(PromptMsg::PromptCancel), "cancel", Some("cancel")),
        b(Form, "next-field", vec![code(KeyCode::Tab)], Msg::Form(FormMsg::FormNext), "next field", Some("next field")),
        b(Form, "previous-field", vec![code(KeyCode::BackTab)], Msg::Form(FormMsg::FormPrev), "previous field", None),
        b(Form, "save", vec![ctrl('s')], Msg::Form(FormMsg::FormSave), "save", Some("save")),
        b(Form, "cancel", vec![code(KeyCode::Esc)], Msg::Form(FormMsg::FormCancel), "cancel (asks first if anything changed)", Some("cancel")),
        b(Dialog, "yes", vec![key('y')], Msg::DialogKey('y'), "yes", Some("yes")),
        b(Dialog, "no", vec![key('n'), code(KeyCode::Esc)], Msg::DialogKey('n'), "no", Some("no")),
        b(Dialog, "edit-again", vec![key('e')], Msg::DialogKey('e'), "edit the file again, your text kept (after an editor error)", Some("edit again")),
        b(Dialog, "discard", vec![key('d')], Msg::DialogKey('d'), "discard the edit (after an editor error)", Some("discard")),
        b(Help, "close", vec![key('?'), code(KeyCode::Esc), key('q')], Msg::Screen(ScreenMsg::ToggleHelp), "close help", Some("close")),
        b(Help, "scroll-down", vec![key('j'), code(KeyCode::Down)], Msg::List(ListMsg::Move(Step::Down)), "scroll down", None),
        b(Help, "scroll-up", vec![key('k'), code(KeyCode::Up)], Msg::List(ListMsg::Move(Step::Up)), "scroll up", None),
        b(Help, "page-down", vec![code(KeyCode::PageDown), key(' ')], Msg::List(ListMsg::Move(Step::PageDown)), "page down", Some("next page")),
        b(Help, "page-up", vec![code(KeyCode::PageUp)], Msg::List(ListMsg::Move(Step::PageUp)), "page up", Some("previous page")),
        b(Help, "top", vec![key('g'), code(KeyCode::Home)], Msg::List(ListMsg::Move(Step::Top)), "go to the top", None),
        b(Help, "bottom", vec![key('G'), code(KeyCode::End)], Msg::List(ListMsg::Move(Step::Bottom)), "go to the bottom", None),
        b(Help, "quit", vec![ctrl('c')], Msg::Screen(ScreenMsg::Quit), "quit", None),
        b(Detail, "back", vec![code(KeyCode::Esc)], Msg::List(ListMsg::Back), "back to the list", Some("back")),
        b(Detail, "scroll-down", vec![key('j'), code(KeyCode::Down)], Msg::List(ListMsg::Move(Step::Down)), "scroll down", None),
        b(Detail, "scroll-up", vec![key('k'), code(KeyCode::Up)], Msg::List(ListMsg::Move(Step::Up)), "scroll up", None),
        b(Detail, "page-down", vec![code(KeyCode::PageDown), key(' '), ctrl('d')], Msg::List(ListMsg::Move(Step::PageDown)), "scroll a page down", None),
        b(Detail, "page-up", vec![code(KeyCode::PageUp), ctrl('u')], Msg::List(ListMsg::Move(Step::PageUp)), "scroll a page up", None),
        b(Detail, "top", vec![key('g'), code(KeyCode::Home)], Msg::List(ListMsg::Move(Step::Top)), "go to the top", None),
        b(Detail, "bottom", vec![key('G'), code(KeyCode::End)], Msg::List(ListMsg::Move(Step::Bottom)), "go to the end", None),
        b(Detail, "review", vec![key('R')], Msg::Review(ReviewMsg::Open), REVIEW_HELP, None),
        b(Detail, "similar", vec![key('s')], Msg::Query(QueryMsg::ShowSimilar), "similar ideas: list those like this one (the query similar:N)", None),
        b(Detail, "mark-duplicate", vec![key('D')], Msg::Change(ChangeMsg::MarkDuplicate), "mark as a duplicate of an idea (asks which, offering the likest)", None),
        b(Detail, "not-duplicate", vec![key('N')], Msg::Change(ChangeMsg::NotDuplicate), "not a duplicate of an idea (asks which, offering the likest)", None),
        b(Detail, "help", vec![key('?')], Msg::Screen(ScreenMsg::ToggleHelp), "help", Some("help")),
        b(Detail, "quit", vec![key('q'), ctrl('c')], Msg::Screen(ScreenMsg::Quit), "quit", Some("quit")),
    ]);
    t.extend(review_pane());
    t
}

const REVIEW_HELP: &str = "review the idea: a digit per criterion, then the confidence and a comment (your own review, if you have one, to change)";

/// The review pane's keys: digits score the step and go on; the comment
/// takes text, so only named and Ctrl keys act there.
#[rustfmt::skip]
fn review_pane() -> Vec<Binding> {
    use Context::{Review, ReviewComment};
    const ACTIONS: [&str; 10] = [
        "score-0", "score-1", "score-2", "score-3", "score-4",
        "score-5", "score-6", "score-7", "score-8", "score-9",
    ];
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let b = |context, action, keys: Vec<Key>, msg, help, hint| Binding {
        context,
        action,
        keys: keys.into_iter().map(|k| Seq(vec![k])).collect(),
        msg,
        help,
        group: None,
        hint,
    };
    let mut t: Vec<Binding> = (0..10u8)
        .map(|d| Binding {
            context: Review,
            action: ACTIONS[usize::from(d)],
            keys: vec![Seq(vec![key(char::from(b'0' + d))])],
            msg: Msg::Review(ReviewMsg::Digit(d)),
            help: DIGITS[usize::from(d)],
            group: Some("score the criterion, or give the confidence, and go on (a score past 9 takes its digits, then Enter)"),
            hint: Some("score"),
        })
        .collect();
    t.extend([
        b(Review, "next", vec![code(KeyCode::Tab), code(KeyCode::Down)], Msg::Review(ReviewMsg::Next), "the next criterion, then the confidence, the comment and Save", Some("next")),
        b(Review, "previous", vec![code(KeyCode::BackTab), code(KeyCode::Up)], Msg::Review(ReviewMsg::Prev), "the step before", None),
        b(Review, "confirm", vec![code(KeyCode::Enter)], Msg::Review(ReviewMsg::Confirm), "keep the digits typed and go on; on Save, save the review", None),
        b(Review, "clear", vec![code(KeyCode::Backspace)], Msg::Review(ReviewMsg::Clear), "clear the score of the criterion (or the confidence)", None),
        b(Review, "save", vec![ctrl('s')], Msg::Review(ReviewMsg::Save), "save the review (u undoes it)", Some("save")),
        b(Review, "cancel", vec![code(KeyCode::Esc)], Msg::Review(ReviewMsg::Cancel), "cancel (asks first if anything changed)", Some("cancel")),
        b(ReviewComment, "next", vec![code(KeyCode::Tab)], Msg::Review(ReviewMsg::Next), "on to Save (Enter there saves); Enter in the comment starts a new line", Some("to Save")),
        b(ReviewComment, "previous", vec![code(KeyCode::BackTab)], Msg::Review(ReviewMsg::Prev), "back to the confidence", None),
        b(ReviewComment, "save", vec![ctrl('s')], Msg::Review(ReviewMsg::Save), "save the review (u undoes it)", Some("save")),
        b(ReviewComment, "cancel", vec![code(KeyCode::Esc)], Msg::Review(ReviewMsg::Cancel), "cancel (asks first if anything changed)", Some("cancel")),
    ]);
    t
}

/// One binding per sector: `1` health … `6` other, `0` unclassified.
fn sectors(context: Context, hint: Option<&'static str>) -> Vec<Binding> {
    const ACTIONS: [&str; 7] = [
        "sector-health",
        "sector-education",
        "sector-disparities",
        "sector-employment",
        "sector-ecology",
        "sector-other",
        "sector-unclassified",
    ];
    Sector::ALL
        .iter()
        .zip(ACTIONS)
        .map(|(s, action)| Binding {
            context,
            action,
            keys: vec![Seq(vec![key(s.key())])],
            msg: Msg::Change(ChangeMsg::SetSector(*s)),
            help: s.name(),
            group: Some("set the sector"),
            hint,
        })
        .collect()
}

/// One binding per stage, by its letter (`new` only where it makes sense).
fn stages(context: Context, with_new: bool, group: &'static str) -> Vec<Binding> {
    const ACTIONS: [&str; 7] = [
        "stage-new",
        "stage-review",
        "stage-incubation",
        "stage-pilot",
        "stage-scaling",
        "stage-sustainable",
        "stage-declined",
    ];
    Stage::ALL
        .iter()
        .zip(ACTIONS)
        .filter(|(s, _)| with_new || **s != Stage::New)
        .map(|(s, action)| Binding {
            context,
            action,
            keys: vec![Seq(vec![key(s.key())])],
            msg: Msg::Change(ChangeMsg::SetStage(*s)),
            help: s.name(),
            group: Some(group),
            hint: Some("stage"),
        })
        .collect()
}

/// The reason menu after a decline's or an accept's stage key: `1`-`9`
/// give the reason so numbered; `Enter` or `Esc`, none (the stage stays).
/// Any other key closes the menu and does what it does where the menu is.
fn reasons() -> Vec<Binding> {
    const ACTIONS: [&str; 9] = [
        "reason-1", "reason-2", "reason-3", "reason-4", "reason-5", "reason-6", "reason-7",
        "reason-8", "reason-9",
    ];
    const HELP: [&str; 9] = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
    let mut t: Vec<Binding> = (1..=9u8)
        .map(|n| Binding {
            context: Context::ReasonPrefix,
            action: ACTIONS[usize::from(n - 1)],
            keys: vec![Seq(vec![key(char::from(b'0' + n))])],
            msg: Msg::Change(ChangeMsg::PickReason(n)),
            help: HELP[usize::from(n - 1)],
            group: Some("give the reason numbered so in the menu"),
            hint: Some("reason"),
        })
        .collect();
    for (action, k, help, hint) in [
        (
            "no-reason",
            KeyCode::Enter,
            "no reason (the stage stays set)",
            "no reason",
        ),
        (
            "cancel",
            KeyCode::Esc,
            "close the menu: no reason (the stage stays set)",
            "close",
        ),
    ] {
        t.push(Binding {
            context: Context::ReasonPrefix,
            action,
            keys: vec![Seq(vec![code(k)])],
            msg: Msg::Change(ChangeMsg::SkipReason),
            help,
            group: None,
            hint: Some(hint),
        });
    }
    t
}
