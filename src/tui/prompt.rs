//! A small text prompt over the screen: a note (multi-line) or an assignee
//! (one line), for the ideas it was opened on.

use ratatui_textarea::TextArea;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Note,
    Assignee,
    /// The name of a new view for this query.
    NewView(String),
    /// A new name for the view named here.
    RenameView(String),
}

pub struct Prompt {
    pub kind: PromptKind,
    pub ids: Vec<u64>,
    pub input: TextArea<'static>,
}

impl Prompt {
    pub fn new(kind: PromptKind, ids: Vec<u64>, initial: &str) -> Prompt {
        let mut input = TextArea::new(initial.lines().map(String::from).collect::<Vec<_>>());
        if input.lines().is_empty() {
            input = TextArea::default();
        }
        input.move_cursor(ratatui_textarea::CursorMove::Bottom);
        input.move_cursor(ratatui_textarea::CursorMove::End);
        input.set_cursor_line_style(ratatui::style::Style::default());
        input.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        Prompt { kind, ids, input }
    }

    pub fn multiline(&self) -> bool {
        self.kind == PromptKind::Note
    }

    pub fn text(&self) -> String {
        self.input.lines().join("\n")
    }

    /// The title, with `{mode.action}` where a key is named.
    pub fn title(&self) -> String {
        let whom = match self.ids.as_slice() {
            [one] => format!("#{one}"),
            many => format!("{} ideas", many.len()),
        };
        match &self.kind {
            PromptKind::Note => {
                format!(" Note for {whom} · {{prompt.save}} saves · {{prompt.cancel}} cancels ")
            }
            PromptKind::Assignee => {
                format!(
                    " Assignee for {whom} · Enter saves (empty clears) · {{prompt.cancel}} cancels "
                )
            }
            PromptKind::NewView(query) if query.trim().is_empty() => {
                " Name of a view of all ideas · Enter saves · {prompt.cancel} cancels ".into()
            }
            PromptKind::NewView(query) => format!(
                " Name of the view for '{}' · Enter saves · {{prompt.cancel}} cancels ",
                crate::domain::text::printable(query, false)
            ),
            PromptKind::RenameView(old) => {
                format!(" Rename the view '{old}' · Enter saves · {{prompt.cancel}} cancels ")
            }
        }
    }
}
