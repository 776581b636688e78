//! The one table of keys: (context, key) → message. Input handling, the
//! help overlay and the status-line hints are all read from it, so they
//! cannot drift from the keys that really work.

use super::msg::{Msg, Step};
use crate::domain::{Named, Sector, Stage};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a key applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Browsing, whatever pane has focus.
    Browse,
    /// The filter sidebar has focus.
    Sidebar,
    /// The query bar is being edited.
    Query,
    /// The help overlay is open.
    Help,
    /// The detail is open full screen (narrow terminals).
    Detail,
    /// After `S`: a stage key.
    StagePrefix,
    /// After `*`: a score key.
    ScorePrefix,
    /// Triage mode.
    Triage,
    /// A note or assignee prompt is open.
    Prompt,
    /// The idea form is open.
    Form,
    /// A question is asked.
    Dialog,
    /// The statistics view is open.
    Stats,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Browse => "Browsing",
            Context::Sidebar => "Filter sidebar",
            Context::Query => "Editing the query",
            Context::Help => "Help",
            Context::Detail => "Full-screen detail",
            Context::StagePrefix => "After S (set the stage)",
            Context::ScorePrefix => "After * (set the score)",
            Context::Triage => "Triage (t)",
            Context::Prompt => "Note or assignee prompt",
            Context::Form => "Idea form (n, e)",
            Context::Dialog => "Questions",
            Context::Stats => "Statistics view (v)",
        }
    }
}

/// One key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}
const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

impl Key {
    /// How the key is written in help: `j`, `Ctrl-d`, `PgDn`.
    pub fn label(self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    fn matches(self, event: &KeyEvent) -> bool {
        // Shift is part of the character for letters ('G'), and terminals
        // differ in whether they report it, so it is ignored for chars.
        let mods = event.modifiers - KeyModifiers::SHIFT;
        match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b && mods == self.mods,
            (a, b) => a == b && (event.modifiers == self.mods || (a == KeyCode::BackTab)),
        }
    }
}

/// What a binding does: one message, or a message that depends on which
/// of its keys was pressed.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Send(Msg),
    /// A digit key sets that sector.
    Sector,
    /// A letter key sets that stage.
    Stage,
    /// A digit key sets that score (0 clears it).
    Score,
}

impl Action {
    fn msg(&self, key: &Key) -> Option<Msg> {
        let c = match key.code {
            KeyCode::Char(c) => c,
            _ => '\0',
        };
        match self {
            Action::Send(m) => Some(m.clone()),
            Action::Sector => Sector::from_key(c).map(Msg::SetSector),
            Action::Stage => Stage::from_key(c).map(Msg::SetStage),
            Action::Score => c
                .to_digit(10)
                .map(|d| Msg::SetScore((d > 0).then_some(d as u8))),
        }
    }
}

/// A row of the key table.
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Key>,
    pub action: Action,
    pub help: &'static str,
    /// Shown in the status line when this context is active.
    pub hint: Option<&'static str>,
}

/// Every key sprout knows.
pub fn bindings() -> &'static [Binding] {
    use Context::*;
    static TABLE: std::sync::OnceLock<Vec<Binding>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let b = |context, keys: Vec<Key>, msg, help, hint| Binding { context, keys, action: Action::Send(msg), help, hint };
        let act = |context, keys: Vec<Key>, action, help, hint| Binding { context, keys, action, help, hint };
        let digits = || "1234560".chars().map(key).collect::<Vec<_>>();
        let stages = |with_new: bool| {
            Stage::ALL.iter().filter(|s| with_new || **s != Stage::New).map(|s| key(s.key())).collect::<Vec<_>>()
        };
        vec![
            b(Browse, vec![key('j'), code(KeyCode::Down)], Msg::Move(Step::Down), "move down", None),
            b(Browse, vec![key('k'), code(KeyCode::Up)], Msg::Move(Step::Up), "move up", None),
            b(Browse, vec![key('g'), code(KeyCode::Home)], Msg::Move(Step::Top), "go to the top", None),
            b(Browse, vec![key('G'), code(KeyCode::End)], Msg::Move(Step::Bottom), "go to the bottom", None),
            b(Browse, vec![code(KeyCode::PageDown)], Msg::Move(Step::PageDown), "page down", None),
            b(Browse, vec![code(KeyCode::PageUp)], Msg::Move(Step::PageUp), "page up", None),
            b(Browse, vec![ctrl('d')], Msg::Move(Step::HalfDown), "half a page down", None),
            b(Browse, vec![ctrl('u')], Msg::Move(Step::HalfUp), "half a page up", None),
            b(Browse, vec![key('/')], Msg::EditQuery, "search: edit the query", Some("search")),
            b(Browse, vec![key('v')], Msg::ToggleStats, "statistics of the ideas shown", Some("stats")),
            b(Stats, vec![key('v'), code(KeyCode::Esc)], Msg::ToggleStats, "back to the list", Some("back")),
            b(Stats, vec![key('j'), code(KeyCode::Down)], Msg::Move(Step::Down), "scroll down", None),
            b(Stats, vec![key('k'), code(KeyCode::Up)], Msg::Move(Step::Up), "scroll up", None),
            b(Stats, vec![key('?')], Msg::ToggleHelp, "help", Some("help")),
            b(Stats, vec![key('q'), ctrl('c')], Msg::Quit, "quit", Some("quit")),
            b(Browse, vec![key('t')], Msg::StartTriage, "triage the new ideas shown, oldest first", Some("triage")),
            act(Browse, digits(), Action::Sector, "set the sector: 1 health, 2 education, 3 disparities, 4 employment, 5 ecology, 6 other, 0 unclassified", None),
            b(Browse, vec![key('S')], Msg::StagePrefix, "set the stage: S then n r i p c s d", Some("stage")),
            b(Browse, vec![key('*')], Msg::ScorePrefix, "set the score: * then 1-5 (0 clears)", None),
            b(Browse, vec![key('a')], Msg::AddNote, "add a note", Some("note")),
            b(Browse, vec![key('A')], Msg::SetAssignee, "set the assignee", None),
            b(Browse, vec![key('n')], Msg::NewIdea, "new idea (form)", None),
            b(Browse, vec![key('e')], Msg::EditIdea, "edit the idea in a form", Some("edit")),
            b(Browse, vec![key('E')], Msg::ExternalEdit, "edit the idea in $VISUAL / $EDITOR", None),
            b(Browse, vec![key(' ')], Msg::ToggleMark, "mark or unmark the idea, then move down", None),
            b(Browse, vec![key('V')], Msg::MarkAll, "mark every idea shown", None),
            b(Browse, vec![key('x')], Msg::Archive, "archive the selected or marked ideas", None),
            b(Browse, vec![key('u')], Msg::Undo, "undo the last change", Some("undo")),
            b(Browse, vec![ctrl('r')], Msg::Redo, "redo", None),
            b(Browse, vec![code(KeyCode::Tab)], Msg::FocusNext, "focus the next pane", None),
            b(Browse, vec![code(KeyCode::BackTab)], Msg::FocusPrev, "focus the previous pane", None),
            b(Browse, vec![key('w')], Msg::SaveView, "save the query as a view (it shows in the sidebar)", Some("save view")),
            b(Browse, vec![key(']')], Msg::NextView, "the next saved view", None),
            b(Browse, vec![key('[')], Msg::PrevView, "the previous saved view", None),
            b(Browse, vec![key('f')], Msg::ToggleSidebar, "show or hide the filter sidebar", None),
            b(Browse, vec![key('o')], Msg::CycleSort, "cycle the sort order", Some("sort")),
            b(Browse, vec![code(KeyCode::Enter)], Msg::Open, "open the selected idea", None),
            b(Browse, vec![code(KeyCode::Esc)], Msg::Back, "back / clear the marks", None),
            b(Browse, vec![key('?')], Msg::ToggleHelp, "help: every key", Some("help")),
            b(Browse, vec![key('q'), ctrl('c')], Msg::Quit, "quit", Some("quit")),
            b(Sidebar, vec![key(' '), code(KeyCode::Enter)], Msg::ToggleFacet, "tick or untick the filter; on a view, use its query", Some("tick")),
            b(Sidebar, vec![key('r')], Msg::RenameView, "rename the view under the cursor", None),
            b(Sidebar, vec![key('d')], Msg::DeleteView, "delete the view under the cursor (asks first)", None),
            b(Query, vec![code(KeyCode::Enter)], Msg::AcceptQuery, "keep the query", Some("keep")),
            b(Query, vec![code(KeyCode::Esc)], Msg::ClearQuery, "clear the query", Some("clear")),
            b(Query, vec![ctrl('c')], Msg::Quit, "quit", None),
            act(StagePrefix, stages(true), Action::Stage, "n new, r review, i incubation, p pilot, c scaling, s sustainable, d declined", Some("stage")),
            b(StagePrefix, vec![code(KeyCode::Esc)], Msg::CancelPrefix, "cancel", Some("cancel")),
            act(ScorePrefix, "012345".chars().map(key).collect(), Action::Score, "score 1 to 5; 0 clears it", Some("score")),
            b(ScorePrefix, vec![code(KeyCode::Esc)], Msg::CancelPrefix, "cancel", Some("cancel")),
            act(Triage, digits(), Action::Sector, "set the sector (1-6, 0)", Some("sector")),
            act(Triage, stages(false), Action::Stage, "set the stage and go to the next idea", Some("stage")),
            b(Triage, vec![key(' ')], Msg::TriageSkip, "skip to the next idea", Some("skip")),
            b(Triage, vec![key('a')], Msg::AddNote, "add a note", Some("note")),
            b(Triage, vec![key('u')], Msg::TriageBack, "back one idea, undoing what was done to it", Some("back")),
            b(Triage, vec![code(KeyCode::Esc)], Msg::LeaveTriage, "leave triage", Some("leave")),
            b(Triage, vec![key('j'), code(KeyCode::Down)], Msg::Move(Step::Down), "scroll the idea down", None),
            b(Triage, vec![key('k'), code(KeyCode::Up)], Msg::Move(Step::Up), "scroll the idea up", None),
            b(Triage, vec![key('?')], Msg::ToggleHelp, "help", None),
            b(Triage, vec![ctrl('c')], Msg::Quit, "quit", None),
            b(Prompt, vec![ctrl('s')], Msg::PromptSubmit, "save (Enter too, for one-line prompts)", Some("save")),
            b(Prompt, vec![code(KeyCode::Esc)], Msg::PromptCancel, "cancel", Some("cancel")),
            b(Form, vec![code(KeyCode::Tab)], Msg::FormNext, "next field", Some("next")),
            b(Form, vec![code(KeyCode::BackTab)], Msg::FormPrev, "previous field", None),
            b(Form, vec![ctrl('s')], Msg::FormSave, "save", Some("save")),
            b(Form, vec![code(KeyCode::Esc)], Msg::FormCancel, "cancel (asks first if anything changed)", Some("cancel")),
            b(Dialog, vec![key('y')], Msg::DialogKey('y'), "yes", Some("yes")),
            b(Dialog, vec![key('n'), code(KeyCode::Esc)], Msg::DialogKey('n'), "no", Some("no")),
            b(Dialog, vec![key('e')], Msg::DialogKey('e'), "edit the file again (after an editor error)", None),
            b(Dialog, vec![key('d')], Msg::DialogKey('d'), "discard the edit (after an editor error)", None),
            b(Help, vec![key('?'), code(KeyCode::Esc), key('q')], Msg::ToggleHelp, "close help", Some("close")),
            b(Help, vec![key('j'), code(KeyCode::Down)], Msg::Move(Step::Down), "scroll down", None),
            b(Help, vec![key('k'), code(KeyCode::Up)], Msg::Move(Step::Up), "scroll up", None),
            b(Help, vec![ctrl('c')], Msg::Quit, "quit", None),
            b(Detail, vec![code(KeyCode::Esc)], Msg::Back, "back to the list", Some("back")),
            b(Detail, vec![key('j'), code(KeyCode::Down)], Msg::Move(Step::Down), "scroll down", None),
            b(Detail, vec![key('k'), code(KeyCode::Up)], Msg::Move(Step::Up), "scroll up", None),
            b(Detail, vec![key('?')], Msg::ToggleHelp, "help", Some("help")),
            b(Detail, vec![key('q'), ctrl('c')], Msg::Quit, "quit", Some("quit")),
        ]
    })
}

/// The message a key means in the given contexts (most specific first).
pub fn lookup(contexts: &[Context], event: &KeyEvent) -> Option<Msg> {
    contexts.iter().find_map(|ctx| {
        bindings()
            .iter()
            .filter(|b| b.context == *ctx)
            .find_map(|b| {
                b.keys
                    .iter()
                    .find(|k| k.matches(event))
                    .and_then(|k| b.action.msg(k))
            })
    })
}

/// `key label  what it does` hints for the status line.
pub fn hints(contexts: &[Context]) -> Vec<(String, &'static str)> {
    contexts
        .iter()
        .flat_map(|ctx| bindings().iter().filter(move |b| b.context == *ctx))
        .filter_map(|b| {
            let keys = match b.action {
                // Keys that each mean a value show them all: `1234560 sector`.
                Action::Send(_) => b.keys[0].label(),
                _ => b.keys.iter().map(|k| k.label()).collect::<String>(),
            };
            b.hint.map(|h| (keys, h))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_map_to_messages_by_context() {
        let browse = [Context::Browse];
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('j'), KeyModifiers::NONE)),
            Some(Msg::Move(Step::Down))
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Msg::Move(Step::Bottom))
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Msg::Move(Step::HalfDown))
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Msg::Quit)
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Msg::FocusPrev)
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char(' '), KeyModifiers::NONE)),
            Some(Msg::ToggleMark)
        );
        assert_eq!(
            lookup(&browse, &press(KeyCode::Char('2'), KeyModifiers::NONE)),
            Some(Msg::SetSector(Sector::Education))
        );
        assert_eq!(
            lookup(
                &[Context::StagePrefix],
                &press(KeyCode::Char('c'), KeyModifiers::NONE)
            ),
            Some(Msg::SetStage(Stage::Scaling))
        );
        assert_eq!(
            lookup(
                &[Context::ScorePrefix],
                &press(KeyCode::Char('0'), KeyModifiers::NONE)
            ),
            Some(Msg::SetScore(None))
        );
        assert_eq!(
            lookup(
                &[Context::Triage],
                &press(KeyCode::Char('n'), KeyModifiers::NONE)
            ),
            None,
            "new is not a triage outcome"
        );
        let sidebar = [Context::Sidebar, Context::Browse];
        assert_eq!(
            lookup(&sidebar, &press(KeyCode::Char(' '), KeyModifiers::NONE)),
            Some(Msg::ToggleFacet)
        );
        assert_eq!(
            lookup(
                &[Context::Query],
                &press(KeyCode::Char('q'), KeyModifiers::NONE)
            ),
            None
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        let all = bindings();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                if a.context == b.context {
                    for k in &a.keys {
                        assert!(
                            !b.keys.contains(k),
                            "{} bound twice in {:?}",
                            k.label(),
                            a.context
                        );
                    }
                }
            }
        }
    }
}
