//! A small text prompt over the screen: a note (multi-line), an assignee or
//! a view name (one line), for the ideas it was opened on.

use super::keymap::{Context, Keymap, Scope};
use ratatui_textarea::{Input, Key, TextArea};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Note,
    Assignee,
    /// The name of a new view for this query.
    NewView(String),
    /// A new name for the view stored as `old`, which reads as `shown`.
    RenameView {
        old: String,
        shown: String,
    },
    /// The idea the ideas are duplicates of.
    DuplicateOf,
    /// The idea the ideas are not duplicates of.
    NotDuplicateOf,
    /// Who reviews the ideas (names, commas between).
    AssignReviewers,
    /// How many of these reviewers each idea gets.
    AssignPerIdea(Vec<String>),
}

pub struct Prompt {
    pub kind: PromptKind,
    pub ids: Vec<u64>,
    pub input: TextArea<'static>,
    /// Values to complete from, most common first (known assignees).
    pub completions: Vec<String>,
}

/// The prompt actions of the key table each kind answers to: a note takes
/// Enter as a new line, a one-line prompt saves with it.
const NOTE_ACTIONS: &[&str] = &["save", "cancel"];
const LINE_ACTIONS: &[&str] = &["save-line", "save", "cancel"];

impl Prompt {
    pub fn new(kind: PromptKind, ids: Vec<u64>, initial: &str) -> Prompt {
        let mut input = TextArea::new(initial.lines().map(String::from).collect::<Vec<_>>());
        if input.lines().is_empty() {
            input = TextArea::default();
        }
        input.move_cursor(ratatui_textarea::CursorMove::Bottom);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        input.set_cursor_line_style(ratatui::style::Style::default());
        input.set_selection_style(super::theme::selected(true));
        input.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        // The assignee there now is a default: typing replaces it, as in a
        // selected field; an arrow key keeps it to edit.
        let replaced = matches!(
            kind,
            PromptKind::Assignee
                | PromptKind::DuplicateOf
                | PromptKind::NotDuplicateOf
                | PromptKind::AssignReviewers
                | PromptKind::AssignPerIdea(_)
        );
        if replaced && !initial.is_empty() {
            input.select_all();
        }
        Prompt {
            kind,
            ids,
            input,
            completions: Vec::new(),
        }
    }

    pub fn with_completions(mut self, completions: Vec<String>) -> Prompt {
        self.completions = completions;
        self
    }

    pub fn multiline(&self) -> bool {
        self.kind == PromptKind::Note
    }

    pub fn text(&self) -> String {
        self.input.lines().join("\n")
    }

    /// The actions of the key table that apply in this prompt.
    pub fn actions(&self) -> &'static [&'static str] {
        if self.multiline() {
            NOTE_ACTIONS
        } else {
            LINE_ACTIONS
        }
    }

    pub fn scope(&self) -> Scope {
        Scope::only(Context::Prompt, self.actions())
    }

    /// What the prompt asks for.
    pub fn subject(&self) -> String {
        use crate::tr;
        // `for #4`, `for 3 ideas`: the changes' own words for whom.
        let whom = super::step_label::whom(&self.ids);
        let subject = match self.ids.as_slice() {
            [one] => format!("#{one}"),
            many => tr!("ideas-count", count = many.len()),
        };
        match &self.kind {
            PromptKind::Note => tr!("ui-prompt-note", whom = &whom),
            PromptKind::Assignee => tr!("ui-prompt-assignee", whom = &whom),
            PromptKind::NewView(query) if query.trim().is_empty() => tr!("ui-prompt-view-of-all"),
            PromptKind::NewView(query) => tr!(
                "ui-prompt-view-for",
                query = &crate::domain::text::printable(query, false)
            ),
            PromptKind::DuplicateOf => tr!("ui-prompt-duplicate-of", whom = &subject),
            PromptKind::NotDuplicateOf => tr!("ui-prompt-not-duplicate-of", whom = &subject),
            PromptKind::AssignReviewers => tr!("panelfin-assign-ask-reviewers", whom = &subject),
            PromptKind::AssignPerIdea(who) => tr!(
                "panelfin-assign-ask-per-idea",
                whom = &subject,
                count = who.len()
            ),
            PromptKind::RenameView { shown, .. } => tr!(
                "ui-prompt-rename-view",
                name = &crate::domain::text::printable(shown, false)
            ),
        }
    }

    /// The title: the subject and the keys that work here, as bound.
    /// The prompt's title for a box `width` columns wide: its subject and
    /// the keys that fit beside it (the last ones, save and cancel, stay
    /// longest; the status line lists them all).
    pub fn title(&self, keymap: &Keymap, width: u16) -> String {
        let subject = self.subject();
        let room = usize::from(width.saturating_sub(2)).saturating_sub(subject.chars().count() + 5);
        let hints = super::strings::fitting_hints(&keymap.hint_line(&self.scope()), room);
        if hints.is_empty() {
            format!(" {subject} ")
        } else {
            format!(" {subject} · {hints} ")
        }
    }

    /// The rest of the most common known value that starts with what is
    /// typed, when the cursor is at the end of a one-line prompt.
    pub fn suggestion(&self) -> Option<String> {
        if self.multiline() || self.input.is_selecting() {
            return None;
        }
        let text = self.text();
        if self.input.cursor().1 != text.chars().count() {
            return None;
        }
        super::form::completion(&text, &self.completions)
    }

    /// A key typed into the prompt.
    pub fn input(&mut self, input: Input) {
        if !self.multiline() && input.key == Key::Enter {
            // One line only; Enter is bound to saving (or to nothing).
            return;
        }
        let moves = matches!(
            input.key,
            Key::Left | Key::Right | Key::Up | Key::Down | Key::Home | Key::End
        );
        if moves && self.input.is_selecting() {
            self.input.cancel_selection();
        }
        if matches!(input.key, Key::Right | Key::End)
            && let Some(rest) = self.suggestion()
        {
            self.input.insert_str(rest);
            return;
        }
        self.input.input(input);
    }
}
