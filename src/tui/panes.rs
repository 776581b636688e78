//! The state of each part of the browsing screen, one struct per part: the
//! query bar, the filter sidebar, the list of results and the detail pane.

use super::sidebar::SidebarItem;
use crate::domain::Idea;
use crate::query::Query;
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea};
use std::collections::HashSet;

/// The query bar: the text typed, whether it is being edited, and what
/// the text means.
pub struct QueryBar {
    pub input: TextArea<'static>,
    /// Keys go to the bar (after `/` or a click on it).
    pub editing: bool,
    /// The last query that parsed; results are for it.
    pub parsed: Query,
    /// Why the text in the query bar does not parse, if it does not.
    pub error: Option<String>,
    /// A query that parses but likely does not mean what was typed
    /// (`region:tatarscore:>=4`): what to do about it.
    pub hint: Option<String>,
}

impl QueryBar {
    /// An empty bar showing `placeholder`.
    pub fn new(placeholder: String) -> QueryBar {
        let mut input = TextArea::default();
        input.set_placeholder_text(placeholder);
        input.set_cursor_line_style(Style::default());
        input.set_cursor_style(Style::default());
        QueryBar {
            input,
            editing: false,
            parsed: Query::default(),
            error: None,
            hint: None,
        }
    }

    /// Starts or stops editing the query; the bar shows a cursor only
    /// while it is edited.
    pub fn set_editing(&mut self, editing: bool) {
        self.editing = editing;
        let cursor = if editing {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        self.input.set_cursor_style(cursor);
    }

    /// The text in the query bar.
    pub fn text(&self) -> String {
        self.input.lines().join(" ")
    }

    /// Replaces the text in the query bar, cursor at the end.
    pub fn set_text(&mut self, text: &str) {
        self.set_text_at(text, usize::MAX);
    }

    /// Replaces the text in the query bar, the cursor this many characters
    /// in (at the end if past it).
    pub fn set_text_at(&mut self, text: &str, cursor: usize) {
        self.input = {
            let mut t = TextArea::new(vec![text.to_string()]);
            t.set_placeholder_text(self.input.placeholder_text().to_string());
            t.set_cursor_line_style(Style::default());
            t.move_cursor(CursorMove::End);
            if let Ok(col) = u16::try_from(cursor)
                && usize::from(col) < text.chars().count()
            {
                t.move_cursor(CursorMove::Jump(0, col));
            }
            t
        };
        self.set_editing(self.editing);
    }

    /// Where the cursor is in the query bar, in characters.
    pub fn cursor(&self) -> usize {
        self.input.cursor().1
    }
}

/// The filter sidebar: facet values and saved views.
pub struct SidebarState {
    pub items: Vec<SidebarItem>,
    pub cursor: usize,
    /// The first item shown.
    pub offset: usize,
    pub visible: bool,
}

impl Default for SidebarState {
    fn default() -> SidebarState {
        SidebarState {
            items: Vec::new(),
            cursor: 0,
            offset: 0,
            visible: true,
        }
    }
}

/// The list of results: where the selection is, how far it is scrolled,
/// and the marked ideas.
#[derive(Default)]
pub struct ListState {
    /// Position in the results of the selected idea.
    pub selected: usize,
    /// The first row shown.
    pub offset: usize,
    pub marked: HashSet<u64>,
}

/// The detail pane.
#[derive(Default)]
pub struct DetailPane {
    /// The full record of the selected idea, once loaded.
    pub idea: Option<Idea>,
    pub scroll: u16,
}
